// Keeping a parsed Article up to date as its text is edited, at a cost proportional to the edit.
#pragma once

#include "article.h"

namespace Citewise {

// What an edit changed in an Article, for analyses and views that update only what moved. Ranges are
// half-open index ranges into the lists of the article before ([first, oldEnd)) and after
// ([first, newEnd)) the edit; everything after them moved by `delta` characters and `lineDelta` lines.
struct ArticleChange
{
    bool whole = true; // the article was parsed again from scratch: assume anything changed
    // With `whole`: the edit lay inside the reference list, and the body (paragraphs, markers, code
    // fences) read again is the one before, moved by `delta` and `lineDelta` after the edit. The
    // title, dateline and section headers are as they were; the entries may have changed.
    bool bodyUnchanged = false;
    // Without `whole`: the edit lay inside the title line, which is still the title. The title and its
    // markers (citations [firstCitation, newCitationEnd), the first ones) were read again; no line or
    // paragraph changed, everything after the title moved by `delta`.
    bool titleChanged = false;
    // Without `whole`: the edit lay inside one line of the comments section (the article's last part),
    // which is still a comment or blank. That comment was read again and those after it moved by
    // `delta`; no line, paragraph or marker changed.
    bool commentsChanged = false;

    qsizetype position = 0; // where the text changed
    qsizetype removed = 0;
    qsizetype added = 0;
    qsizetype delta = 0; // added - removed
    int lineDelta = 0;

    int firstLine = 0; // 1-based; lines [firstLine, oldLineEnd) became [firstLine, newLineEnd)
    int oldLineEnd = 0;
    int newLineEnd = 0;
    int firstParagraph = 0;
    int oldParagraphEnd = 0;
    int newParagraphEnd = 0;
    int firstCitation = 0;
    int oldCitationEnd = 0;
    int newCitationEnd = 0;
    int firstMalformed = 0;
    int oldMalformedEnd = 0;
    int newMalformedEnd = 0;
    qsizetype stretchStart = 0; // the re-read text: [stretchStart, oldStretchEnd) before the edit
    qsizetype oldStretchEnd = 0;
    QList<Citation> removedCitations; // the citations [firstCitation, oldCitationEnd) that were replaced

    // Nothing in the article changed (its diagnostics from elsewhere may have).
    static ArticleChange none()
    {
        ArticleChange change;
        change.whole = false;
        change.firstLine = change.oldLineEnd = change.newLineEnd = 1;
        return change;
    }
};

// Replaces `removed` characters at `position` of article.text with `inserted` and brings every part of
// the article up to date, exactly as parseArticle() of the new text would (hasBom and the invalid
// encoding fields are left as they were). An edit inside body lines that neither are nor make section
// headers, code fences or the title is handled by re-reading only the lines it touches (and the
// dateline, when they reach the first paragraph) and moving everything after it; so is one inside the
// title line that leaves it the title, and one inside a line of the comments section that stays a
// comment or blank. Anything else parses the new text again (the result says which). The edit must lie
// within the text.
ArticleChange updateArticle(Article &article, qsizetype position, qsizetype removed, QStringView inserted);

} // namespace Citewise
