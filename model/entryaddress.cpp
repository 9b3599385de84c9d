// Finding the address among the words of a reference list's entry.
#include "entryaddress.h"

#include "entrylabel.h"
#include "linekinds.h"
#include "textsearch.h"
#include "urlsafety.h"

namespace Citewise {

namespace {

// Where an http(s) address starts inside `token` that does not start with one, right after a mark that
// is no part of a scheme ("Reuters:https://…", "新华网，https://…", "日経（https://…）"), or -1.
qsizetype embeddedAddressStart(QStringView token)
{
    const qsizetype sep = indexOfShort(token, u"://");
    if (sep < 5)
        return -1;
    const bool secure = token.at(sep - 1) == u's' || token.at(sep - 1) == u'S';
    const qsizetype start = sep - (secure ? 5 : 4);
    if (start < 1)
        return -1;
    const QStringView scheme = token.sliced(start);
    if (!(secure ? startsWithAsciiNoCase(scheme, u"https") : startsWithAsciiNoCase(scheme, u"http")))
        return -1;
    const QChar before = token.at(start - 1);
    return before.isLetterOrNumber() || before == u'+' || before == u'-' || before == u'.' ? -1 : start;
}

// `url` cut at the first full-width mark ("（https://…）。", "https://…，"): addresses never hold one
// unescaped, while East Asian text writes them without a space around the address. A bracket the
// address stands in ("（https://…）") is left to trimUrlToken().
TextSpan beforeWideMark(QStringView text, TextSpan url)
{
    const qsizetype from = url.length > 1 && addressCloser(text.at(url.start)) ? url.start + 1 : url.start;
    for (qsizetype i = firstWideCharacter(text, from, url.end()); i < url.end();
         i = firstWideCharacter(text, i + 1, url.end())) {
        const char16_t c = text.at(i).unicode();
        if (c <= u'\u303f' || (c >= u'\uff00' && c <= u'\uff65'))
            return {url.start, i - url.start};
    }
    return url;
}

// The first address with a scheme ("https://…") among the words of `rest` from `from` (relative to it)
// on, trimmed as an address is; empty when there is none.
TextSpan schemedAddressAfter(QStringView text, TextSpan rest, qsizetype from)
{
    const QStringView words = text.mid(rest.start, rest.length);
    for (qsizetype t = from; t < words.size();) {
        while (t < words.size() && words.at(t).isSpace())
            ++t;
        const qsizetype e = endOfToken(words, t);
        const QStringView token = words.mid(t, e - t);
        if (e > t && looksLikeUrl(token) && indexOfShort(token, u"://") >= 0)
            return trimUrlToken(text, beforeWideMark(text, {rest.start + t, e - t}));
        t = e;
    }
    return {};
}

// Where no other address stands among the words of `rest`: the first written from its host on, without
// a scheme ("reuters.com/world/…", "Reuters - apnews.com/article/…"), trimmed as an address is; empty
// when there is none.
TextSpan bareDomainAddress(QStringView text, TextSpan rest)
{
    const QStringView words = text.mid(rest.start, rest.length);
    for (qsizetype t = 0; t < words.size();) {
        while (t < words.size() && words.at(t).isSpace())
            ++t;
        const qsizetype e = endOfToken(words, t);
        if (e > t && words.sliced(t, e - t).contains(u'.')) {
            const TextSpan url = trimUrlToken(text, {rest.start + t, e - t});
            if (url.length > 0 && isBareDomainAddress(text.mid(url.start, url.length)))
                return url;
        }
        t = e;
    }
    return {};
}

} // namespace

// Where the identifier ends that follows `token` ("doi:" or "arXiv:", ending at `tokenEnd` in `words`)
// after a space, when it is one: "doi: 10.1109/MSP.2020.2975749", "arXiv: 2006.16236". -1 otherwise.
qsizetype spacedIdentifierEnd(QStringView words, QStringView token, qsizetype tokenEnd)
{
    // (Asked of every word before an entry's address: most are told apart by their length and end.)
    if ((token.size() != 4 && token.size() != 6) || token.back() != u':')
        return -1;
    const bool doi = token.compare(u"doi:", Qt::CaseInsensitive) == 0;
    if (!doi && token.compare(u"arxiv:", Qt::CaseInsensitive) != 0)
        return -1;
    qsizetype next = tokenEnd;
    while (next < words.size() && words.at(next) == u' ')
        ++next;
    if (next == tokenEnd || next >= words.size())
        return -1;
    const qsizetype end = endOfToken(words, next);
    const QStringView id = words.sliced(next, end - next);
    const bool fits = doi ? id.size() > 4 && id.startsWith(u"10.") && id.at(3).isDigit()
                          : id.size() > 1 && id.front().isLetterOrNumber()
            && std::any_of(id.cbegin(), id.cend(), [](QChar c) { return c.isDigit(); });
    return fits ? end : -1;
}

TextSpan trimUrlToken(QStringView text, TextSpan span)
{
    qsizetype b = span.start;
    qsizetype e = span.end();
    if (const std::optional<QChar> closer = closerOfOpening(text.mid(b, e - b))) {
        ++b;
        if (*closer == u'>') {
            if (e > b && text.at(e - 1) == u'>')
                --e;
        } else if (*closer != u')') { // a ")" is left to the balance below: "(…/Mercury_(planet))"
            // No quote stands inside an address: it ends at the closing one.
            const qsizetype close = indexOfCharacter(text.mid(b, e - b), closer->unicode(), 0);
            if (close >= 0)
                e = b + close;
        }
    }
    // No "<" stands inside an address either: one glued to its end starts markup ("…/1<br>", "…</a>"),
    // nor "**", which starts emphasis ("https://…**Title**").
    if (const qsizetype markup = indexOfCharacter(text.mid(b, e - b), u'<', 0); markup > 0)
        e = b + markup;
    if (const qsizetype emphasis = indexOfShort(text.mid(b, e - b), u"**"); emphasis > 0)
        e = b + emphasis;
    while (e > b) {
        const QChar c = text.at(e - 1);
        // What GitHub leaves out of an address it links as trailing punctuation: sentence marks and the
        // emphasis or code the address stands in ("**https://…**", "`https://…`", "[a](https://…)**").
        // (And the closing quotes of other languages: an address writes none of them unescaped.)
        if (c == u'.' || c == u',' || c == u';' || c == u':' || c == u'!' || c == u'?' || c == u'>'
            || c == u'"' || c == u'\'' || c == u'*' || c == u'_' || c == u'~' || c == u'`'
            || (c.unicode() >= 0xab && QStringView(u"\u201d\u2019\u00bb\u203a\u201c").contains(c))) {
            --e;
            continue;
        }
        if (c == u')' || c == u']') {
            const QChar open = c == u')' ? u'(' : u'[';
            const QStringView s = text.mid(b, e - b);
            if (s.count(open) < s.count(c)) {
                --e;
                continue;
            }
        }
        break;
    }
    return {b, e - b};
}

EntryAddress findEntryAddress(QStringView text, TextSpan rest)
{
    const QStringView restView = QStringView(text).mid(rest.start, rest.length);
    EntryAddress found;
    TextSpan &url = found.url;
    bool &anchor = found.anchor;
    qsizetype t = 0;
    while (t < restView.size()) {
        while (t < restView.size() && restView.at(t).isSpace())
            ++t;
        qsizetype e = endOfToken(restView, t);
        if (e > t) {
            QStringView token = restView.mid(t, e - t);
            qsizetype offset = 0;
            const qsizetype paren = indexOfShort(token, u"](");
            if (paren >= 0) {
                offset = paren + 2;
                token = token.sliced(offset);
            } else if (startsWithNoCase(token, u"href=")) { // an HTML link, <a href="…">text</a>
                offset = 5;
                token = token.sliced(offset);
                anchor = true;
            } else if (!looksLikeUrl(token)) {
                if (const qsizetype inner = embeddedAddressStart(token); inner > 0) {
                    offset = inner;
                    token = token.sliced(offset);
                }
            }
            // "<https://…/with space>", "[text](<https://…/a b>)": an address in angle brackets runs to
            // the one that closes it, spaces and all.
            if (token.size() > 1 && token.front() == u'<' && !token.contains(u'>') && looksLikeUrl(token)) {
                const qsizetype close = restView.indexOf(u'>', e);
                if (close > 0 && !restView.sliced(e, close - e).contains(u'<')) {
                    e = close + 1;
                    token = restView.sliced(t + offset, e - t - offset);
                }
            }
            // "doi: 10.1109/…" (as IEEE writes it) and "arXiv: 2006.16236": the identifier after a space.
            if (const qsizetype idEnd = paren < 0 && !anchor ? spacedIdentifierEnd(restView, token, e) : -1;
                idEnd > 0) {
                url = trimUrlToken(text, {rest.start + t, idEnd - t});
                found.spacedIdentifier = true;
                break;
            }
            // A wiki page's link back to where the source is cited ("[^](https://…#cite_ref-1)"), as a
            // page converted to Markdown starts its entries with, is no address of the source's.
            if (paren >= 0 && isBacklinkTarget(token)) {
                t = e;
                continue;
            }
            if (looksLikeUrl(token) && (!anchor || closerOfOpening(token))) {
                url = trimUrlToken(text, beforeWideMark(text, {rest.start + t + offset, e - t - offset}));
                // The link's closing ')' is no part of the address, unless it closes one the address
                // opened ("…/wiki/Python_(programming_language)").
                if (paren >= 0 && url.length > 0 && text.at(url.end() - 1) == u')') {
                    const QStringView address = QStringView(text).mid(url.start, url.length);
                    if (address.count(u')') > address.count(u'('))
                        url.length -= 1;
                }
                found.markdownLink = paren >= 0;
                if (found.markdownLink)
                    found.linkClose = rest.start + t + paren;
                // A host named in the words ("See the www.example.org homepage: https://…") gives way to
                // an address written whole after it.
                if (paren < 0 && !anchor
                    && startsWithNoCase(token.sliced(closerOfOpening(token) ? 1 : 0), u"www.")) {
                    if (const TextSpan whole = schemedAddressAfter(text, rest, e); whole.length > 0)
                        url = whole;
                }
                break;
            }
        }
        anchor = false;
        t = e;
    }
    if (url.length == 0)
        url = bareDomainAddress(text, rest);
    return found;
}

} // namespace Citewise
