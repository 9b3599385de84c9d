#include "frontmattertitle.h"

namespace Citewise {

namespace {

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

qsizetype indentOf(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && isBlank(line.at(i)))
        ++i;
    return i;
}

// Where a comment starts in `line` from `from` on: a '#' after a blank (or at `from`), as in YAML and
// TOML; the line's size when there is none.
qsizetype commentStart(QStringView line, qsizetype from)
{
    for (qsizetype i = from; i < line.size(); ++i) {
        if (line.at(i) == u'#' && (i == from || isBlank(line.at(i - 1))))
            return i;
    }
    return line.size();
}

// A title is one line: the line breaks a value holds (a literal block's, an escaped "\n") read as spaces.
QString oneLine(QString text)
{
    for (QChar &c : text) {
        if (c == u'\n' || c == u'\r' || c == u'\u2028' || c == u'\u2029')
            c = u' ';
    }
    return text.trimmed();
}

class Reader
{
public:
    Reader(const Article &a, int last, bool toml) : m_a(a), m_last(last), m_toml(toml) { }

    QStringView line(int n) const { return m_a.view(m_a.lines.at(n - 1).span); }
    qsizetype startOf(int n) const { return m_a.lines.at(n - 1).span.start; }

    // The value starting at `from` in line `line`, of whichever form it is.
    FrontMatterTitle read(int n, qsizetype from) const
    {
        const QStringView l = line(n);
        const QStringView rest = l.sliced(from);
        for (const QStringView delimiter : {u"\"\"\"", u"'''", u"\"", u"'"}) {
            if (delimiter.size() == 3 && !m_toml)
                continue; // (YAML has no triple quotes)
            if (!rest.startsWith(delimiter))
                continue;
            if (const std::optional<FrontMatterTitle> quoted = readQuoted(n, from, delimiter))
                return *quoted;
            break; // not closed, or followed by more than a comment: read as written
        }
        if (!m_toml && (rest.startsWith(u'|') || rest.startsWith(u'>')) && isBlockHeader(rest.sliced(1)))
            return readBlock(n);
        return readPlain(n, from);
    }

private:
    // "|", ">-", "|2+", each optionally followed by a comment.
    static bool isBlockHeader(QStringView indicators)
    {
        qsizetype i = 0;
        while (i < indicators.size() && i < 2
            && (indicators.at(i) == u'+' || indicators.at(i) == u'-'
                || (indicators.at(i) >= u'1' && indicators.at(i) <= u'9')))
            ++i;
        const QStringView rest = indicators.sliced(i).trimmed();
        return rest.isEmpty()
            || (rest.startsWith(u'#') && (i < indicators.size() && isBlank(indicators.at(i))));
    }

    // Appends what the escape at l[i] (after its backslash) stands for; returns the index after it. One
    // that means nothing is kept as written.
    static qsizetype readEscape(QStringView l, qsizetype i, QString &out)
    {
        const QChar c = l.at(i);
        const auto hex = [&](qsizetype digits) {
            bool ok = false;
            const uint code = i + digits < l.size() ? l.sliced(i + 1, digits).toUInt(&ok, 16) : 0;
            if (!ok || code > 0x10FFFF) {
                out += u'\\';
                out += c;
                return i + 1;
            }
            if (code <= 0xFFFF) {
                out += QChar(char16_t(code)); // (half of a pair escaped as "\uD83D\uDE00" joins the other)
            } else {
                const char32_t wide = code;
                out += QString::fromUcs4(&wide, 1);
            }
            return i + 1 + digits;
        };
        switch (c.unicode()) {
        case u'x':
            return hex(2);
        case u'u':
            return hex(4);
        case u'U':
            return hex(8);
        case u'n':
            out += u'\n';
            break;
        case u't':
        case u'\t':
            out += u'\t';
            break;
        case u'r':
            out += u'\r';
            break;
        case u'0':
            out += QChar(char16_t(0));
            break;
        case u'a':
            out += QChar(char16_t(7));
            break;
        case u'b':
            out += QChar(char16_t(8));
            break;
        case u'v':
            out += QChar(char16_t(0xB));
            break;
        case u'f':
            out += QChar(char16_t(0xC));
            break;
        case u'e':
            out += QChar(char16_t(0x1B));
            break;
        case u'N':
            out += QChar(char16_t(0x85));
            break;
        case u'_':
            out += QChar(char16_t(0xA0));
            break;
        case u'L':
            out += QChar(char16_t(0x2028));
            break;
        case u'P':
            out += QChar(char16_t(0x2029));
            break;
        case u' ':
        case u'"':
        case u'/':
        case u'\\':
            out += c;
            break;
        default:
            out += u'\\';
            out += c;
        }
        return i + 1;
    }

    // A quoted string opening at `from` in line `n`, read to its closing quote on this line or one below
    // it, folded as YAML folds (a line break reads as a space). In double quotes backslashes escape; in
    // YAML's single quotes a doubled quote is one. Nothing when it does not close, or when more than a
    // comment follows it.
    std::optional<FrontMatterTitle> readQuoted(int n, qsizetype from, QStringView delimiter) const
    {
        const bool escapes = delimiter.front() == u'"';
        const bool doubledQuote = !m_toml && delimiter == u"'";
        const int last
            = m_toml && delimiter.size() == 1 ? n : m_last; // TOML's one-quote strings end on their line
        QString text;
        bool joined = false; // the next line follows without a space (a line ending in a backslash)
        const qsizetype spanStart = startOf(n) + from + delimiter.size();
        for (int k = n; k <= last; ++k) {
            const QStringView l = line(k);
            qsizetype i = k == n ? from + delimiter.size() : indentOf(l);
            if (k > n) {
                while (!joined && !text.isEmpty() && isBlank(text.back()))
                    text.chop(1);
                if (!joined && !text.isEmpty())
                    text += u' ';
                joined = false;
            }
            while (i < l.size()) {
                if (l.sliced(i).startsWith(delimiter)) {
                    if (doubledQuote && i + 1 < l.size() && l.at(i + 1) == u'\'') {
                        text += u'\'';
                        i += 2;
                        continue;
                    }
                    const QStringView after = l.sliced(i + delimiter.size()).trimmed();
                    if (!after.isEmpty() && !after.startsWith(u'#'))
                        return std::nullopt;
                    const qsizetype spanEnd = startOf(k) + i;
                    return FrontMatterTitle {oneLine(text), {spanStart, spanEnd - spanStart}};
                }
                if (escapes && l.at(i) == u'\\') {
                    if (i + 1 == l.size()) {
                        joined = true; // an escaped line break: the lines join as they are
                        break;
                    }
                    i = readEscape(l, i + 1, text);
                    continue;
                }
                text += l.at(i);
                ++i;
            }
        }
        return std::nullopt;
    }

    // A block ("title: >-", "title: |") opened at the end of line `n`: the more indented lines under it,
    // joined by spaces whether the block folds them or keeps them apart, as a title is one line.
    FrontMatterTitle readBlock(int n) const
    {
        QString text;
        TextSpan span {startOf(n) + line(n).size(), 0};
        qsizetype indent = -1;
        for (int k = n + 1; k <= m_last; ++k) {
            const QStringView l = line(k);
            const QStringView content = l.trimmed();
            if (content.isEmpty())
                continue;
            const qsizetype in = indentOf(l);
            if (in == 0 || in < indent)
                break; // the next field
            if (indent < 0) {
                indent = in;
                span.start = startOf(k) + in;
            }
            if (!text.isEmpty())
                text += u' ';
            text += content;
            span.length = startOf(k) + (content.data() - l.data()) + content.size() - span.start;
        }
        return {oneLine(text), span};
    }

    // A plain value from `from` in line `n` up to a comment, continued (in YAML) by the more indented lines
    // under it, folded into spaces: "title: Rents rise" over "  in Lisbon".
    FrontMatterTitle readPlain(int n, qsizetype from) const
    {
        const QStringView l = line(n);
        const qsizetype end = commentStart(l, from);
        const QStringView value = l.sliced(from, end - from).trimmed();
        QString text = value.toString();
        TextSpan span {startOf(n) + (value.isEmpty() ? end : value.data() - l.data()), value.size()};
        for (int k = n + 1; k <= m_last && !m_toml && end == l.size(); ++k) {
            const QStringView next = line(k);
            if (indentOf(next) == 0)
                break; // the next field
            const qsizetype cut = commentStart(next, indentOf(next));
            const QStringView part = next.first(cut).trimmed();
            if (part.isEmpty() || (text.isEmpty() && (part == u"-" || part.startsWith(u"- "))))
                break; // a blank line, or a list: no title
            text += text.isEmpty() ? part.toString() : u' ' + part.toString();
            if (span.length == 0)
                span.start = startOf(k) + (part.data() - next.data());
            span.length = startOf(k) + (part.data() - next.data()) + part.size() - span.start;
            if (cut < next.size())
                break; // a comment ends the value
        }
        // What is not a string as the format writes one keeps the quotes' inside, as before.
        if (text.size() >= 2 && (text.front() == u'"' || text.front() == u'\'') && text.back() == text.front()
            && span.length == text.size()) {
            text = text.sliced(1, text.size() - 2);
            span = {span.start + 1, span.length - 2};
        }
        return {oneLine(text), span};
    }

    const Article &m_a;
    int m_last;
    bool m_toml;
};

} // namespace

std::optional<FrontMatterTitle> readFrontMatterTitle(const Article &a, int line, int last, bool toml)
{
    const Reader reader(a, last, toml);
    const QStringView l = reader.line(line);
    if (!l.startsWith(u"title"))
        return std::nullopt;
    // "title: …" in YAML, "title = …" in TOML.
    qsizetype key = 5;
    while (toml && key < l.size() && isBlank(l.at(key)))
        ++key;
    if (key >= l.size() || l.at(key) != (toml ? u'=' : u':'))
        return std::nullopt;
    return reader.read(line, indentOf(l.sliced(key + 1)) + key + 1);
}

} // namespace Citewise
