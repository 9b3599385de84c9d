// Reading and writing article files: bytes <-> Article, byte-exact.
#pragma once

#include "article.h"
#include "utf16text.h"

#include <QByteArray>
#include <QByteArrayView>

#include <functional>

namespace Citewise {

struct TextEdit;
struct TextIndex;
class TextIndexer;

// Decodes UTF-8 (or UTF-16, see utf16text.h). Bytes that are not valid UTF-8 are mapped one by one to
// the lone surrogates U+DC80..U+DCFF so that encodeText() writes them back unchanged (and no valid text
// can collide, since valid UTF-8 never decodes to a lone surrogate). In UTF-16 the invalid units are
// the unpaired surrogates themselves, kept as they are.
struct DecodedText
{
    QString text;
    bool hasBom = false;
    TextEncoding encoding = TextEncoding::Utf8;
    QList<qsizetype> invalidOffsets; // offsets in text of escaped bytes (UTF-16: of unpaired surrogates)
    bool decodedAgain = false; // not valid UTF-8 (or UTF-16): what was indexed while decoding is void
};
// `spare` UTF-16 units of room are left after the text, unused, for the text to grow into without
// moving (ArticleText::roomForFirstEdit()). `indexer`, if given, indexes the text as it is decoded, a
// cache-sized piece at a time, while each piece is still in the processor's cache.
DecodedText decodeText(QByteArrayView bytes, qsizetype spare = 0, TextIndexer *indexer = nullptr);
// Whether text[i] is a byte decodeText() kept from invalid UTF-8 (a lone surrogate U+DC80..U+DCFF).
bool isEscapedByte(QStringView text, qsizetype i);
// Whether text[i], in text read as `encoding`, is what decodeText() kept of input that was not valid:
// an escaped byte (UTF-8) or an unpaired surrogate (UTF-16).
bool isInvalidUnit(QStringView text, qsizetype i, TextEncoding encoding);
// Sets Article::hasInvalidEncoding and invalidEncodingLines from the invalid units in the text, as read
// in Article::encoding (readArticle() does this from the decoder's offsets; this is for text that comes
// from elsewhere).
void markInvalidEncoding(Article &article);
// Reads the digits of a number longer than eighteen, from `pos` (at the nineteenth), the value so far
// `value`: readDigits() past what always fits.
bool readLongDigits(QStringView text, qsizetype &pos, qint64 &value);

// Reads ASCII digits at `pos` (advancing it); `value` is -1 when they overflow qint64. False when
// there is no digit at `pos`. Inline: markers' and entries' numbers are read by the tens of thousands.
inline bool readDigits(QStringView text, qsizetype &pos, qint64 &value)
{
    const qsizetype begin = pos;
    const char16_t *const data = text.utf16();
    // Eighteen digits always fit a qint64: only a longer number needs checking for overflow.
    constexpr qsizetype kSafeDigits = 18;
    const qsizetype safeEnd = qMin(text.size(), begin + kSafeDigits);
    qint64 v = 0;
    qsizetype i = begin;
    for (; i < safeEnd; ++i) {
        const unsigned d = unsigned(data[i]) - u'0';
        if (d > 9)
            break;
        v = v * 10 + d;
    }
    pos = i;
    value = v;
    if (i == safeEnd && i < text.size() && unsigned(data[i]) - u'0' <= 9)
        return readLongDigits(text, pos, value);
    return pos > begin;
}
// The bytes of `text`, in UTF-8 unless `encoding` says otherwise, after the byte order mark if asked.
QByteArray encodeText(QStringView text, bool withBom, TextEncoding encoding = TextEncoding::Utf8);
// The bytes of encodeText(applyEdits(text, edits), withBom, encoding), handed to `sink` a slice at a
// time, so a large article is written without building the edited text or all of its bytes first.
void encodeEditedText(QStringView text, const QList<TextEdit> &edits, bool withBom, TextEncoding encoding,
    const std::function<void(QByteArrayView)> &sink);

// Parses already decoded text (the text is kept verbatim in the result).
Article parseArticle(QString text);
// The same, with indexText(text) already at hand (readArticle() builds it while decoding).
Article parseArticle(QString text, TextIndex &&index);
// Reads line `lineNumber` (1-based) of the article as an entry of a reference list, as parseArticle()
// does. False when the line is no entry.
bool parseReferenceEntry(const Article &article, int lineNumber, Reference &ref);
// Whether the entries from line `first` on (blank lines and `<br>` between them, up to the first line that
// is no entry, or line `last`) hold one with an address. A list that a loose word ("Notes") or a heading
// of the writer's own opens is read as the reference list only then; which entry holds it does not
// matter, so renumbering, which puts the entries in a new order, keeps the list one.
bool entriesHoldAnAddress(const Article &article, int first, int last);
// Whether a line other than the reference list's header (and line `edited`) carries a header word: of
// several, the one whose entries have an address heads the list, so an edit or renumbering that gives or
// takes an entry's address may hand the list to it. While an edit is being taken in, the text is edited
// already and the lines after `edited` are not yet moved by `delta`.
bool hasAnotherListHeader(const Article &article, int edited = 0, qsizetype delta = 0);
// In an article whose reference list has no header word (no references section, or one opened by such a
// heading itself), the line of the heading that opens its list as parseArticle() reads it, or 0: of
// the headings after the first marker, up to line `last`, that an entry with an address follows (see
// unnamedListHeadingOf()), the first of the likeliest kind. Outside code blocks.
int unnamedListHeading(const Article &article, int last);
// What a line of the comments section is. For a comment, `comment` is set as parseArticle() reads it.
enum class CommentLine { Blank, Placeholder, Comment };
CommentLine readCommentLine(const Article &article, int line, Comment &comment);
// The line of the comments section that says there are none ("No comments yet", "(No comments)",
// "Keine Kommentare", …), or 0.
int noCommentsNoteLine(const Article &article);
// That line's words as a reader reads them, its emphasis taken off ("_No comments yet._" reads
// "No comments yet."); empty when there is no such line.
QString noCommentsNote(const Article &article);
// Reads line `line` as the article's title, as parseArticle() does (a Markdown heading's '#'s are not
// part of it), appending its markers to `citations` and `malformed`.
void readTitle(Article &article, int line, QList<Citation> &citations, QList<MalformedMarker> &malformed);
// Whether `line` only says that what follows is a press release ("FOR IMMEDIATE RELEASE", "Press
// release:", "Pressemitteilung"), as releases open above their headline: no title.
bool isReleaseLine(QStringView line);
// Whether `line` may be a release's headline under such a line: short, no sentence, no section header.
bool readsAsHeadline(QStringView line);
// Reads the dateline ("Seoul, July 2, 2025 — ") at the start of the article's first paragraph again,
// as parseArticle() does: for an update that changed or moved that paragraph.
void readDateline(Article &article);
// decodeText() + parseArticle(), recording BOM and invalid bytes.
Article readArticle(QByteArrayView bytes);
// The exact bytes of the article: readArticle(b) then writeArticle() gives b back.
QByteArray writeArticle(const Article &article);

} // namespace Citewise
