#include "sectionheaders.h"

#include "linekinds.h"
#include "textsearch.h"

#include <QString>

#include <algorithm>

namespace Citewise {

namespace {

// Trimmed header words, compared case-insensitively.
constexpr QStringView kReferenceWords[] = {
    u"references",
    u"reference",
    u"refs",
    u"sources",
    u"source",
    u"citations",
    u"works cited",
    u"bibliography",
    u"reference list",
    u"source list",
    u"sources cited",
    u"cited sources",
    u"references cited",
    u"literature cited",
    u"works consulted",
    u"sources consulted",
    u"sources and references",
    u"sources & references",
    u"references and sources",
    u"references & sources",
    u"references and further reading",
    u"sources and further reading",
    u"sources & further reading",
    u"references & further reading",
    u"sources used",
    u"references used",
    u"bibliography and references",
    u"references and bibliography",
    u"sources and citations",
    u"citations and sources",
    u"reference links",
    u"source links",
    u"cited works",
    u"sources used in this answer",
    u"sources used in this report",
    // German, French, Spanish, Italian, Portuguese, Dutch
    u"quellen",
    u"quelle",
    u"literatur",
    u"einzelnachweise",
    u"quellenangaben",
    u"quellenverzeichnis",
    u"quellennachweis",
    u"quellennachweise",
    u"literaturverzeichnis",
    u"références",
    u"referencias",
    u"referencias bibliográficas",
    u"fuentes y referencias",
    u"références bibliographiques",
    u"sources et références",
    u"quellen und literatur",
    u"literatur und quellen",
    u"bibliografía",
    u"fuentes",
    u"fuentes consultadas",
    u"referencias consultadas",
    u"obras citadas",
    u"sources consultées",
    u"fontes consultadas",
    u"riferimenti",
    u"fonti",
    u"referências",
    u"fontes",
    u"bronnen",
    u"referenties",
    u"bibliographie",
    u"literaturangaben",
    u"sources et bibliographie",
    u"referências bibliográficas",
    u"fontes e referências",
    u"literatuur",
    u"literatuurlijst",
    u"bronvermelding",
    u"bronnenlijst",
    u"bibliografie",
    u"referințe",
    // Swedish, Danish and Norwegian, Finnish, Czech, Hungarian, Greek, Turkish
    u"källor",
    u"referenser",
    u"källförteckning",
    u"litteratur",
    u"kilder",
    u"kildeliste",
    u"referencer",
    u"referanser",
    u"lähteet",
    u"viitteet",
    u"lähdeluettelo",
    u"zdroje",
    u"odkazy",
    u"literatura",
    u"seznam literatury",
    u"použitá literatura",
    u"források",
    u"hivatkozások",
    u"irodalom",
    u"πηγές",
    u"βιβλιογραφία",
    u"αναφορές",
    u"kaynaklar",
    u"kaynakça",
    // Russian, Ukrainian, Polish
    u"источники",
    u"источники и литература",
    u"литература и источники",
    u"список литературы",
    u"список источников",
    u"использованные источники",
    u"ссылки",
    u"литература",
    u"список использованной литературы",
    u"список использованных источников",
    u"джерела",
    u"використані джерела",
    u"список використаних джерел",
    u"список літератури",
    u"література",
    u"źródła",
    u"bibliografia",
    u"przypisy",
    // Arabic, Hebrew, Hindi, Indonesian, Vietnamese
    u"المراجع",
    u"المصادر",
    u"مراجع",
    u"المصادر والمراجع",
    u"قائمة المراجع",
    u"منابع",
    u"מקורות",
    u"סימוכין",
    u"संदर्भ",
    u"स्रोत",
    u"referensi",
    u"daftar pustaka",
    u"tài liệu tham khảo",
    u"nguồn",
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
    u"参考来源",
    u"引用元",
    u"引用文献",
    u"参考リンク",
    u"참고 링크",
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
    u"notes & references",
    u"references & notes",
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

// Words that head lists of further reading more often than the sources an article cites: such a list is
// read as the reference list only when the article cites sources and has no header word of the lists
// above (see unnamedListHeadingOf()).
constexpr QStringView kFurtherReadingWords[] = {
    u"further reading",
    u"additional reading",
    u"recommended reading",
    u"related reading",
    u"external links",
    u"links",
    u"useful links",
    u"related links",
    u"see also",
    u"resources",
    u"more information",
    u"read more",
    u"learn more",
    // German, French, Spanish, Italian, Portuguese, Russian, Japanese, Chinese
    u"weblinks",
    u"weiterführende literatur",
    u"liens externes",
    u"pour en savoir plus",
    u"enlaces externos",
    u"collegamenti esterni",
    u"ligações externas",
    u"внешние ссылки",
    u"外部リンク",
    u"外部链接",
    u"延伸阅读",
};

// Words over lists that follow the sources and are none of them: credits for the pictures, the author.
constexpr QStringView kOtherListWords[] = {
    u"credits",
    u"image credits",
    u"photo credits",
    u"picture credits",
    u"image sources",
    u"photo sources",
    u"illustrations",
    u"about the author",
    u"about the authors",
    u"acknowledgements",
    u"acknowledgments",
    u"bildnachweis",
    u"bildnachweise",
    u"crédits photo",
    u"créditos",
};

constexpr QStringView kCommentWords[] = {
    u"comments",
    u"comment",
    u"reader comments",
    u"readers' comments",
    u"readers’ comments",
    u"user comments",
    u"leserkommentare",
    u"kommentare",
    u"commentaires",
    u"comentarios",
    u"commenti",
    u"댓글",
    u"코멘트",
    u"评论",
    u"コメント",
    u"комментарии",
    u"коментарі",
    u"comentários",
    u"reacties",
    u"komentarze",
    u"yorumlar",
    u"komentar",
    u"評論",
    u"留言",
    u"التعليقات",
    u"تعليقات",
    u"תגובות",
    u"top comments",
};

// Words that head the comments only beside a count ("Responses (23)", as Medium shows them; alone,
// "Responses" heads a survey's answers as often).
constexpr QStringView kCountedCommentWords[] = {
    u"responses",
    u"replies",
    u"thoughts",
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

namespace {

// `s` without the pictographs people set beside a heading ("📚 Sources", "References 🔗", "💬 Comments"),
// nor the white space between: symbols, with their emoji presentation selectors and joiners. A heading
// of pictographs alone ("## 📚") keeps them: they are all it says.
QStringView withoutPictographs(QStringView s)
{
    const QStringView whole = trimmedView(s);
    const auto isPictograph
        = [](char32_t c) { return c == 0xFE0F || c == 0x200D || QChar::category(c) == QChar::Symbol_Other; };
    for (;;) {
        s = trimmedView(s);
        if (s.isEmpty())
            return whole;
        const bool pairFirst = s.size() >= 2 && s.at(0).isHighSurrogate() && s.at(1).isLowSurrogate();
        if (isPictograph(pairFirst ? QChar::surrogateToUcs4(s.at(0), s.at(1)) : s.at(0).unicode())) {
            s = s.sliced(pairFirst ? 2 : 1);
            continue;
        }
        const qsizetype n = s.size();
        const bool pairLast = n >= 2 && s.at(n - 2).isHighSurrogate() && s.at(n - 1).isLowSurrogate();
        if (isPictograph(
                pairLast ? QChar::surrogateToUcs4(s.at(n - 2), s.at(n - 1)) : s.at(n - 1).unicode())) {
            s.chop(pairLast ? 2 : 1);
            continue;
        }
        return s;
    }
}

} // namespace

QStringView headerWord(QStringView line)
{
    QStringView s = trimmedView(line);
    if (s.size() > kMaxHeaderLineLength)
        return {};
    while (s.startsWith(u'#'))
        s = s.sliced(1);
    s = withoutPictographs(s);
    // "## References ##": CommonMark's closing sequence, after a space
    if (s.endsWith(u'#')) {
        QStringView open = s;
        while (open.endsWith(u'#'))
            open.chop(1);
        if (open.isEmpty() || open.back().isSpace())
            s = trimmedView(open);
    }
    // "== References ==", as wikis write a heading
    if (s.size() > 2 && s.startsWith(u'=') && s.endsWith(u'=')) {
        while (s.startsWith(u'='))
            s = s.sliced(1);
        while (s.endsWith(u'='))
            s.chop(1);
        s = trimmedView(s);
    }
    // "References[edit]", as a heading copied from a wiki page reads; "References:<br>", as one exported
    // to HTML line breaks does
    for (const QStringView end : {QStringView(u"[edit]"), QStringView(u"[edit source]"), QStringView(u"<br>"),
             QStringView(u"<br/>"), QStringView(u"<br />")}) {
        if (s.size() > end.size() && s.endsWith(end, Qt::CaseInsensitive))
            s = trimmedView(s.chopped(end.size()));
    }
    // **Sources:** or __References__
    while (s.size() >= 2 && (s.startsWith(u'*') || s.startsWith(u'_')) && s.endsWith(s.front()))
        s = trimmedView(s.sliced(1, s.size() - 2));
    // "— Sources —", "-- References --", a heading set between dashes as plain text sets one
    if (s.size() > 2 && QStringView(u"-–—").contains(s.front()) && QStringView(u"-–—").contains(s.back())) {
        while (!s.isEmpty() && QStringView(u"-–—").contains(s.front()))
            s = s.sliced(1);
        s = trimmedView(s);
    }
    // "Sources:", "Sources —"
    while (!s.isEmpty() && QStringView(u":：-–—").contains(s.back()))
        s = trimmedView(s.chopped(1));
    // "References (APA 7th)", "Sources (Selected)": the style the list follows, or a note on it, in
    // brackets, named or numbered (a count in words, "Sources (two)", is read as no header).
    if (s.endsWith(u')')) {
        const qsizetype open = s.lastIndexOf(u" (");
        const QStringView note = open > 0 ? s.sliced(open + 2) : QStringView();
        if (std::any_of(note.cbegin(), note.cend(), [](QChar c) { return c.isDigit() || c.isUpper(); }))
            s = trimmedView(s.first(open));
        while (!s.isEmpty() && QStringView(u":：-–—").contains(s.back()))
            s = trimmedView(s.chopped(1));
    }
    while (s.size() >= 2 && (s.startsWith(u'*') || s.startsWith(u'_')) && s.endsWith(s.front()))
        s = trimmedView(s.sliced(1, s.size() - 2));
    return withoutPictographs(s);
}

namespace {

// `word` without the number of the section it heads, as papers and reports number them: "7. References",
// "6 References", "4.2 Sources", "VII. REFERENCES" (a Roman numeral with its full stop); `word`
// itself when no such number, then a space and a letter, starts it.
QStringView withoutSectionNumber(QStringView word)
{
    qsizetype i = 0;
    if (i < word.size() && word.at(i) >= u'0' && word.at(i) <= u'9') {
        while (i < word.size() && ((word.at(i) >= u'0' && word.at(i) <= u'9') || word.at(i) == u'.'))
            ++i;
    } else {
        while (i < word.size() && QStringView(u"IVXLC").contains(word.at(i)))
            ++i;
        if (i == 0 || i >= word.size() || word.at(i) != u'.')
            return word;
        ++i;
    }
    const qsizetype digitsEnd = i;
    while (i < word.size() && word.at(i).isSpace())
        ++i;
    return i > digitsEnd && i < word.size() && word.at(i).isLetter() ? word.sliced(i) : word;
}

// The bare word(s) of a line that may be a section header, empty when it cannot be one.
QStringView candidateWord(QStringView line)
{
    if (line.size() > kMaxHeaderLineLength)
        return {};
    // A line that starts as an entry does is none, but for a section's number before its word ("7.
    // References"). One with an address or a number in brackets is an entry: said at once, as every
    // entry of a long list is asked this when the list's header is looked for.
    const bool entryLike = startsLikeAnEntry(line);
    if (entryLike) {
        const QStringView t = trimmedView(line);
        if (t.startsWith(u'[') || t.startsWith(u'(') || t.contains(u"://"))
            return {};
    }
    const QStringView word = headerWord(line);
    if (entryLike) {
        const QStringView bare = withoutSectionNumber(word);
        return bare.size() < word.size() ? bare : QStringView();
    }
    return withoutSectionNumber(word);
}

} // namespace

namespace {

bool isDigits(QStringView text)
{
    return !text.isEmpty()
        && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// `word` without the count a header may show: "Comments (2)", "Comments [2]", "2 Comments", "Comments: 2",
// "Comments — 2".
QStringView withoutCount(QStringView word)
{
    if (word.endsWith(u')') || word.endsWith(u']')) {
        const qsizetype open = word.lastIndexOf(word.endsWith(u')') ? u'(' : u'[');
        if (open > 0 && isDigits(word.sliced(open + 1, word.size() - open - 2)))
            return headerWord(word.first(open));
    }
    const qsizetype space = word.lastIndexOf(u' ');
    if (space > 0 && isDigits(word.sliced(space + 1)))
        return headerWord(word.first(space));
    const qsizetype first = word.indexOf(u' ');
    if (first > 0 && isDigits(word.first(first)))
        return headerWord(word.sliced(first + 1));
    return word;
}

ReferencesHeader referencesHeaderOfWord(QStringView word)
{
    if (matchesAny(word, kReferenceWords))
        return ReferencesHeader::Named;
    return matchesAny(word, kLooseReferenceWords) ? ReferencesHeader::Loose : ReferencesHeader::None;
}

// Whether `text` holds `name` as a word of its own (not "Bingham", "copilots").
bool holdsWord(QStringView text, QStringView name)
{
    for (qsizetype at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        const qsizetype end = at + name.size();
        if ((at == 0 || !text.at(at - 1).isLetterOrNumber())
            && (end == text.size() || !text.at(end).isLetterOrNumber()))
            return true;
    }
    return false;
}

// "Source: Conversation with Bing, 11/24/2023", "Sources: Conversation with Copilot, 5/30/2024",
// "Quelle: Unterhaltung mit Bing, 24.11.2023": the line Bing and Copilot set over the sources of an answer
// copied as text, a header word, a colon, and words naming the assistant and the day.
bool isAssistantSourcesLine(QStringView word)
{
    qsizetype colon = word.indexOf(u':');
    if (colon < 0)
        colon = word.indexOf(u'\uFF1A');
    if (colon <= 0 || !matchesAny(trimmedView(word.first(colon)), kReferenceWords))
        return false;
    const QStringView said = word.sliced(colon + 1);
    return holdsWord(said, u"Bing") || holdsWord(said, u"Copilot");
}

} // namespace

ReferencesHeader referencesHeaderOf(QStringView line)
{
    const QStringView word = candidateWord(line);
    if (word.isEmpty())
        return ReferencesHeader::None;
    if (const ReferencesHeader kind = referencesHeaderOfWord(word); kind != ReferencesHeader::None)
        return kind;
    if (isAssistantSourcesLine(word))
        return ReferencesHeader::Named;
    // "References.", written as a sentence: only a header word, a loose one ("Notes.") is no header so.
    if (word.size() > 1 && word.endsWith(u'.') && !word.chopped(1).endsWith(u'.')
        && referencesHeaderOfWord(trimmedView(word.chopped(1))) == ReferencesHeader::Named)
        return ReferencesHeader::Named;
    // "References (12)", as a page shows how many
    if (word.endsWith(u')')) {
        const QStringView bare = withoutCount(word);
        if (bare.size() != word.size() && !bare.isEmpty())
            return referencesHeaderOfWord(bare);
    }
    // "Sources/References", "References / Sources": two header words
    if (const qsizetype slash = word.indexOf(u'/'); slash > 0) {
        const QStringView first = trimmedView(word.first(slash));
        const QStringView second = trimmedView(word.sliced(slash + 1));
        if (matchesAny(first, kReferenceWords) && matchesAny(second, kReferenceWords))
            return ReferencesHeader::Named;
    }
    return ReferencesHeader::None;
}

UnnamedListHeading unnamedListHeadingOf(QStringView line)
{
    const QStringView word = candidateWord(line);
    if (word.isEmpty() || referencesHeaderOf(line) != ReferencesHeader::None || isCommentsHeader(line))
        return UnnamedListHeading::None;
    if (matchesAny(word, kFurtherReadingWords))
        return UnnamedListHeading::FurtherReading;
    // Set apart as a heading: "## My sources", "**Sources used**", "Where the figures come from:".
    const QStringView t = trimmedView(line);
    const bool heading = isMarkdownHeading(t) || t.endsWith(u':') || t.endsWith(u'：')
        || (t.size() > 4 && (t.startsWith(u"**") || t.startsWith(u"__")) && t.endsWith(t.first(2)));
    return heading ? UnnamedListHeading::Heading : UnnamedListHeading::None;
}

bool endsTheReferenceList(QStringView line)
{
    const QStringView word = candidateWord(line);
    if (word.isEmpty() || !(matchesAny(word, kFurtherReadingWords) || matchesAny(word, kOtherListWords)))
        return false;
    // Set as a heading is: "See also:", "Further reading", "**Image credits**" (not "see also" in
    // prose between the entries).
    const QStringView t = trimmedView(line);
    return t.endsWith(u':') || t.endsWith(u'：') || t.startsWith(u"**") || t.startsWith(u"__")
        || !word.front().isLower();
}

bool isReferencesHeader(QStringView line)
{
    return referencesHeaderOf(line) == ReferencesHeader::Named;
}

namespace {

// Whether `line` starts with a count and a space, "2 Comments" (which startsLikeAnEntry() turns away).
bool startsWithCount(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && line[i].isSpace())
        ++i;
    const qsizetype digits = i;
    while (i < line.size() && line[i] >= u'0' && line[i] <= u'9')
        ++i;
    return i > digits && i < line.size() && line[i] == u' ';
}

} // namespace

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// "2 thoughts on “Why we went fine-free”", "One response to “…”", "3 Comments on “…”": the header
// WordPress sets over a post's comments, naming the post.
bool isPostCommentsHeader(QStringView line)
{
    if (line.size() > 300)
        return false;
    // (Most lines are turned away by their first character.)
    qsizetype start = 0;
    while (
        start < line.size() && (line.at(start) == u' ' || line.at(start) == u'\t' || line.at(start) == u'#'))
        ++start;
    if (start == line.size()
        || !(isAsciiDigit(line.at(start)) || line.at(start) == u'O' || line.at(start) == u'o'))
        return false;
    line = trimmedView(line.sliced(start));
    const qsizetype space = line.indexOf(u' ');
    if (space <= 0
        || !(isDigits(line.first(space)) || line.first(space).compare(u"one", Qt::CaseInsensitive) == 0))
        return false;
    QStringView rest = line.sliced(space + 1);
    static constexpr QStringView kNouns[] = {u"thoughts on ", u"thought on ", u"responses to ",
        u"response to ", u"comments on ", u"comment on ", u"replies to ", u"reply to "};
    const auto noun = std::find_if(std::begin(kNouns), std::end(kNouns),
        [rest](QStringView n) { return rest.startsWith(n, Qt::CaseInsensitive); });
    if (noun == std::end(kNouns))
        return false;
    rest = trimmedView(rest.sliced(noun->size()));
    // The post's title in quotes.
    static constexpr QStringView kQuotes[][2]
        = {{u"“", u"”"}, {u"\"", u"\""}, {u"‘", u"’"}, {u"«", u"»"}, {u"„", u"“"}};
    return std::any_of(std::begin(kQuotes), std::end(kQuotes), [rest](const QStringView(&q)[2]) {
        return rest.size() > 2 && rest.startsWith(q[0]) && rest.endsWith(q[1]);
    });
}

} // namespace

bool isCommentsHeader(QStringView line)
{
    if (isPostCommentsHeader(line))
        return true;
    // Entries and numbered lines are turned away at once, as by candidateWord(), but for a count.
    if (line.size() > kMaxHeaderLineLength || (startsLikeAnEntry(line) && !startsWithCount(line)))
        return false;
    const QStringView word = headerWord(line);
    if (word.isEmpty())
        return false;
    if (matchesAny(word, kCommentWords))
        return true;
    if (matchesAny(withoutCount(word), kCommentWords))
        return true;
    // (The count as written: headerWord() takes one in brackets off.)
    const QStringView written = trimmedView(line);
    const QStringView bare = withoutCount(written);
    return bare.size() != written.size() && matchesAny(bare, kCountedCommentWords);
}

bool isSetextUnderline(QStringView line)
{
    const QStringView t = trimmedView(line);
    return t.size() >= 2 && (t.front() == u'=' || t.front() == u'-')
        && std::all_of(t.cbegin(), t.cend(), [c = t.front()](QChar ch) { return ch == c; });
}

bool isDoubleUnderline(QStringView line)
{
    return isSetextUnderline(line) && trimmedView(line).front() == u'=';
}

int markdownHeadingLevel(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && line.at(i) == u'#')
        ++i;
    return i >= 1 && i <= 6 && (i == line.size() || line.at(i) == u' ' || line.at(i) == u'\t') ? int(i) : 0;
}

bool isMarkdownHeading(QStringView line)
{
    return markdownHeadingLevel(line) > 0;
}

} // namespace Citewise
