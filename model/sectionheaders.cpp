#include "sectionheaders.h"

#include "textsearch.h"

#include <QString>

namespace Citewise {

namespace {

// Trimmed header words, compared case-insensitively.
constexpr QStringView kReferenceWords[] = {
    u"references",
    u"reference",
    u"sources",
    u"source",
    u"citations",
    u"works cited",
    u"bibliography",
    u"reference list",
    // German, French, Spanish, Italian, Portuguese, Dutch
    u"quellen",
    u"quelle",
    u"literatur",
    u"einzelnachweise",
    u"quellenangaben",
    u"références",
    u"referencias",
    u"fuentes",
    u"riferimenti",
    u"fonti",
    u"referências",
    u"fontes",
    u"bronnen",
    u"referenties",
    // Russian, Ukrainian, Polish
    u"источники",
    u"ссылки",
    u"литература",
    u"джерела",
    u"źródła",
    u"bibliografia",
    u"przypisy",
    // Korean, Japanese, Chinese
    u"참고 문헌",
    u"참고문헌",
    u"참고 자료",
    u"참고자료",
    u"출처",
    u"참조",
    u"参考文献",
    u"参考資料",
    u"出典",
    u"参考资料",
    u"参考",
    u"来源",
    u"引用",
    u"資料來源",
    u"参考链接",
};

// Words that head a list of sources as often as notes in prose: a header only when an entry with an
// address follows (see referencesHeaderOf()). ("Links" or "Further reading" are left out: the
// lists under them are seldom cited, and read as references every entry would be reported unused.)
constexpr QStringView kLooseReferenceWords[] = {
    u"notes",
    u"footnotes",
    u"endnotes",
    u"notes and references",
    u"references and notes",
    u"sources and notes",
    // German, French, Spanish, Italian, Portuguese, Dutch
    u"anmerkungen",
    u"fußnoten",
    u"notes et références",
    u"notas",
    u"note",
    u"noten",
    u"voetnoten",
    // Russian, Polish
    u"примечания",
    u"przypisy końcowe",
    // Korean, Japanese, Chinese
    u"각주",
    u"주석",
    u"脚注",
    u"注釈",
    u"注释",
};

constexpr QStringView kCommentWords[] = {
    u"comments",
    u"comment",
    u"kommentare",
    u"commentaires",
    u"comentarios",
    u"commenti",
    u"댓글",
    u"코멘트",
    u"评论",
    u"コメント",
    u"комментарии",
};

template<size_t N> bool matchesAny(QStringView word, const QStringView (&words)[N])
{
    // Case folding keeps the length of UTF-16 text, so only words of the same length can match:
    // reference entries and prose never get to the comparison.
    for (QStringView w : words) {
        if (w.size() == word.size() && word.compare(w, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Whether the line cannot be a header whatever its word: a reference entry or a numbered line (no
// header word starts with a bracket or a digit). Spares the entries of a long list headerWord().
bool startsLikeAnEntry(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && line[i].isSpace())
        ++i;
    return i < line.size() && (line[i] == u'[' || (line[i] >= u'0' && line[i] <= u'9'));
}

} // namespace

QStringView headerWord(QStringView line)
{
    QStringView s = trimmedView(line);
    if (s.size() > 60)
        return {};
    while (s.startsWith(u'#'))
        s = s.sliced(1);
    s = trimmedView(s);
    // **Sources:** or __References__
    while (s.size() >= 2 && (s.startsWith(u'*') || s.startsWith(u'_')) && s.endsWith(s.front()))
        s = trimmedView(s.sliced(1, s.size() - 2));
    while (s.endsWith(u':') || s.endsWith(u'：'))
        s.chop(1);
    while (s.size() >= 2 && (s.startsWith(u'*') || s.startsWith(u'_')) && s.endsWith(s.front()))
        s = trimmedView(s.sliced(1, s.size() - 2));
    return trimmedView(s);
}

namespace {

// The bare word(s) of a line that may be a section header, empty when it cannot be one.
QStringView candidateWord(QStringView line)
{
    if (line.size() > 60 || startsLikeAnEntry(line))
        return {};
    return headerWord(line);
}

} // namespace

ReferencesHeader referencesHeaderOf(QStringView line)
{
    const QStringView word = candidateWord(line);
    if (word.isEmpty())
        return ReferencesHeader::None;
    if (matchesAny(word, kReferenceWords))
        return ReferencesHeader::Named;
    return matchesAny(word, kLooseReferenceWords) ? ReferencesHeader::Loose : ReferencesHeader::None;
}

bool isReferencesHeader(QStringView line)
{
    return referencesHeaderOf(line) == ReferencesHeader::Named;
}

bool isCommentsHeader(QStringView line)
{
    const QStringView word = candidateWord(line);
    return !word.isEmpty() && matchesAny(word, kCommentWords);
}

bool isMarkdownHeading(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && line.at(i) == u'#')
        ++i;
    return i >= 1 && i <= 6 && (i == line.size() || line.at(i) == u' ' || line.at(i) == u'\t');
}

} // namespace Citewise
