#include "diagnostic.h"

#include "analyser.h"
#include "articleanalysis.h"

#include "articleio.h"

#include "citationscanner.h"
#include "textsearch.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QUrl>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>

using namespace Qt::StringLiterals;

namespace Citewise {

namespace {

// What plainHttpUrlKey() needs to know of each ASCII character, read from one table.
enum UrlCharacter : unsigned char {
    HostCharacter = 1, // a letter, digit, '-' or '.'
    UpperCase = 2, // 'A' to 'Z'
    // Refused in a path, query or fragment: what QUrl would escape or refuse there (controls, space, DEL
    // and the characters below; anything past ASCII is refused by range).
    UnusualInPath = 4,
    StartsQuery = 8, // '?' or '#'
    EmptyLabel = 16, // not a character's: a host holds ".." ("example..com"), which QUrl refuses
};
constexpr std::array<unsigned char, 128> kUrlCharacters = [] {
    std::array<unsigned char, 128> table {};
    for (int c = 0; c <= ' '; ++c)
        table[c] = UnusualInPath;
    table[0x7f] = UnusualInPath;
    for (char c : {'%', '"', '<', '>', '\\', '^', '`', '{', '|', '}', '[', ']'})
        table[uchar(c)] = UnusualInPath;
    for (int c = 'a'; c <= 'z'; ++c)
        table[c] = HostCharacter;
    for (int c = 'A'; c <= 'Z'; ++c)
        table[c] = HostCharacter | UpperCase;
    for (int c = '0'; c <= '9'; ++c)
        table[c] = HostCharacter;
    table['-'] = HostCharacter;
    table['.'] = HostCharacter;
    table['?'] = StartsQuery;
    table['#'] = StartsQuery;
    return table;
}();

// The table's entry for `c`, none past ASCII.
unsigned char urlCharacter(char16_t c)
{
    return c < 0x80 ? kUrlCharacters[c] : static_cast<unsigned char>(UnusualInPath);
}

#if defined(__SSE2__)
// Whether the eight characters of `chunk` are all lower-case ASCII letters, digits or "-./_~".
bool allNormalPathCharacters(__m128i chunk)
{
    // '-', '.', '/' and the digits are one run of ASCII, 0x2D to 0x39.
    const __m128i normal
        = _mm_or_si128(_mm_or_si128(charactersInRange(chunk, '-', '9'), charactersInRange(chunk, 'a', 'z')),
            _mm_or_si128(
                _mm_cmpeq_epi16(chunk, _mm_set1_epi16('_')), _mm_cmpeq_epi16(chunk, _mm_set1_epi16('~'))));
    return _mm_movemask_epi8(normal) == 0xffff;
}
#endif

// Skips the host characters from `i` eight at a time while all eight are, noting upper case in `kinds`;
// the table's loop reads the rest. Addresses run to thousands, each host to tens of characters.
void skipHostCharacters(const char16_t *data, qsizetype size, qsizetype &i, unsigned char &kinds)
{
#if defined(__SSE2__)
    for (; i + 8 <= size; i += 8) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
        const __m128i upper = charactersInRange(chunk, 'A', 'Z');
        const __m128i other = _mm_or_si128(
            _mm_or_si128(charactersInRange(chunk, 'a', 'z'), charactersInRange(chunk, '0', '9')),
            _mm_or_si128(
                _mm_cmpeq_epi16(chunk, _mm_set1_epi16('-')), _mm_cmpeq_epi16(chunk, _mm_set1_epi16('.'))));
        if (_mm_movemask_epi8(_mm_or_si128(upper, other)) != 0xffff)
            return;
        if (_mm_movemask_epi8(upper))
            kinds |= UpperCase;
        // Two dots in a row, within the eight or across from the last eight.
        const int dots = _mm_movemask_epi8(_mm_cmpeq_epi16(chunk, _mm_set1_epi16('.')));
        if ((dots & (dots >> 2)) || ((dots & 1) && data[i - 1] == u'.'))
            kinds |= EmptyLabel;
    }
#else
    Q_UNUSED(data);
    Q_UNUSED(size);
    Q_UNUSED(i);
    Q_UNUSED(kinds);
#endif
}

// Skips characters of a path from `i` eight at a time while none of the eight is UnusualInPath or
// StartsQuery; the table's loop reads the rest.
void skipPlainPath(const char16_t *data, qsizetype size, qsizetype &i)
{
#if defined(__SSE2__)
    for (; i + 8 <= size; i += 8) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
        // The table's marks in ASCII's printable range: "#, %, <, >?, [\]^, `, {|}.
        const auto is = [chunk](char c) { return _mm_cmpeq_epi16(chunk, _mm_set1_epi16(c)); };
        const __m128i ranges = _mm_or_si128(
            _mm_or_si128(charactersInRange(chunk, '"', '#'), charactersInRange(chunk, '>', '?')),
            _mm_or_si128(charactersInRange(chunk, '[', '^'), charactersInRange(chunk, '{', '}')));
        const __m128i marked = _mm_or_si128(ranges, _mm_or_si128(_mm_or_si128(is('%'), is('<')), is('`')));
        const __m128i plain = _mm_andnot_si128(marked, charactersInRange(chunk, 0x21, 0x7e));
        if (_mm_movemask_epi8(plain) != 0xffff)
            return;
    }
#else
    Q_UNUSED(data);
    Q_UNUSED(size);
    Q_UNUSED(i);
#endif
}

} // namespace

bool isNormalPlainHttpUrl(QStringView url)
{
    const char16_t *const data = url.utf16();
    const qsizetype size = url.size();
    qsizetype i = 0;
    if (size > 8 && std::memcmp(data, u"https://", 8 * sizeof(char16_t)) == 0)
        i = 8;
    else if (size > 7 && std::memcmp(data, u"http://", 7 * sizeof(char16_t)) == 0)
        i = 7;
    else
        return false;
    // Every character is a lower-case letter, a digit or one of "-./_~"; the host, up to the first '/',
    // holds no '_' or '~' and no '.' first or after another. (A port, a user, a query or anything else
    // sends the address to plainHttpUrlKey()'s reading.)
    const qsizetype hostStart = i;
    qsizetype hostEnd = -1;
    char16_t previous = u'.'; // the host character before i
#if defined(__SSE2__)
    for (; i + 8 <= size; i += 8) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
        if (!allNormalPathCharacters(chunk))
            return false;
        if (hostEnd >= 0)
            continue;
        const auto is = [chunk](char16_t c) {
            return uint(_mm_movemask_epi8(_mm_cmpeq_epi16(chunk, _mm_set1_epi16(short(c)))));
        };
        const uint slashes = is(u'/');
        const uint host = slashes != 0 ? (slashes & (0u - slashes)) - 1 : 0xffffu; // two bits a character
        const uint dots = is(u'.') & host;
        if (((is(u'_') | is(u'~')) & host) != 0 || (dots & (dots >> 2)) != 0
            || ((dots & 1) != 0 && previous == u'.'))
            return false;
        if (slashes != 0)
            hostEnd = i + qCountTrailingZeroBits(slashes) / 2;
        else
            previous = data[i + 7];
    }
    // Past the host, the last few characters as the last eight (the host's are all normal too).
    if (hostEnd >= 0 && i < size) {
        if (!allNormalPathCharacters(_mm_loadu_si128(reinterpret_cast<const __m128i *>(data + size - 8))))
            return false;
        i = size;
    }
#endif
    const auto isNormal = [](char16_t c) {
        return (c >= u'a' && c <= u'z') || (c >= u'-' && c <= u'9') || c == u'_' || c == u'~';
    };
    for (; i < size; ++i) {
        const char16_t c = data[i];
        if (!isNormal(c))
            return false;
        if (hostEnd >= 0)
            continue;
        if (c == u'/')
            hostEnd = i;
        else if (c == u'_' || c == u'~' || (c == u'.' && previous == u'.'))
            return false;
        previous = c;
    }
    if (hostEnd < 0)
        hostEnd = size;
    // A host, not ending with '-', and a path without a trailing slash (the key drops it).
    return hostEnd > hostStart && data[hostEnd - 1] != u'-' && (hostEnd == size || data[size - 1] != u'/');
}

// The common case, "http(s)://host[:port]/path" in plain ASCII, read without QUrl (which costs microseconds
// per address, a lot for articles with thousands of references). Anything unusual (non-ASCII, percent
// escapes, user info, IPv6, odd characters) goes through QUrl.
PlainHttpUrl plainHttpUrlKey(QStringView url, QString *key, bool *hasQuery)
{
    if (isNormalPlainHttpUrl(url)) {
        if (hasQuery)
            *hasQuery = false;
        return PlainHttpUrl::Normal;
    }
    return readPlainHttpUrl(url, key, hasQuery);
}

PlainHttpUrl readPlainHttpUrl(QStringView url, QString *key, bool *hasQuery)
{
    qsizetype schemeLength = 0;
    if (startsWithAsciiNoCase(url, u"https://"))
        schemeLength = 5;
    else if (startsWithAsciiNoCase(url, u"http://"))
        schemeLength = 4;
    else
        return PlainHttpUrl::Unusual;
    const qsizetype hostStart = schemeLength + 3;
    const char16_t *const data = url.utf16();
    const qsizetype size = url.size();
    qsizetype i = hostStart;
    unsigned char host = 0; // every kind of character the host holds
    skipHostCharacters(data, size, i, host);
    for (; i < size; ++i) {
        const unsigned char kind = urlCharacter(data[i]);
        if (!(kind & HostCharacter))
            break;
        host |= kind | (data[i] == u'.' && data[i - 1] == u'.' ? EmptyLabel : 0);
    }
    const qsizetype hostEnd = i;
    if (hostEnd == hostStart || url.at(hostStart) == u'.' || url.at(hostEnd - 1) == u'-'
        || (host & EmptyLabel))
        return PlainHttpUrl::Unusual;
    qsizetype portStart = -1;
    if (i < url.size() && url.at(i) == u':') {
        portStart = ++i;
        int port = 0;
        while (i < url.size() && url.at(i).unicode() >= u'0' && url.at(i).unicode() <= u'9' && port <= 65535)
            port = port * 10 + (url.at(i++).unicode() - u'0');
        if (i == portStart || port > 65535)
            return PlainHttpUrl::Unusual;
    }
    const qsizetype pathStart = i;
    if (i < url.size() && url.at(i) != u'/' && url.at(i) != u'?' && url.at(i) != u'#')
        return PlainHttpUrl::Unusual;
    qsizetype pathEnd = -1; // where the query or fragment starts, from pathStart
    skipPlainPath(data, size, i);
    for (; i < size; ++i) {
        const unsigned char kind = urlCharacter(data[i]);
        if (!(kind & (UnusualInPath | StartsQuery)))
            continue;
        if (kind & UnusualInPath)
            return PlainHttpUrl::Unusual;
        if (pathEnd < 0)
            pathEnd = i - pathStart;
    }
    if (hasQuery)
        *hasQuery = pathEnd >= 0 && url.at(pathStart + pathEnd) == u'?';
    const QStringView scheme = url.left(schemeLength);
    QStringView port;
    if (portStart > 0) {
        port = url.mid(portStart, pathStart - portStart);
        while (port.size() > 1 && port.front() == u'0')
            port = port.sliced(1);
        if ((schemeLength == 4 && port == u"80") || (schemeLength == 5 && port == u"443"))
            port = {};
    }
    // The path up to the query or fragment loses its trailing slashes.
    const QStringView rest = url.sliced(pathStart);
    if (pathEnd < 0)
        pathEnd = rest.size();
    QStringView path = rest.left(pathEnd);
    while (path.endsWith(u'/'))
        path.chop(1);
    // Most addresses are written in their normal form already: then the key is the address itself.
    const bool schemeLowerCase
        = std::none_of(data, data + schemeLength, [](char16_t c) { return urlCharacter(c) & UpperCase; });
    const bool portChanged = portStart > 0 && port.size() != pathStart - portStart;
    if (!portChanged && path.size() == pathEnd && schemeLowerCase && !(host & UpperCase)) {
        return PlainHttpUrl::Normal;
    }
    QString out;
    out.reserve(url.size());
    out += scheme;
    out += u"://";
    out += url.mid(hostStart, hostEnd - hostStart);
    // Scheme and host are plain ASCII here: lower-case them in place.
    char16_t *lower = reinterpret_cast<char16_t *>(out.data());
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (lower[i] >= u'A' && lower[i] <= u'Z')
            lower[i] = char16_t(lower[i] + (u'a' - u'A'));
    }
    if (!port.isEmpty()) {
        out += u':';
        out += port;
    }
    out += path;
    out += rest.sliced(pathEnd);
    *key = std::move(out);
    return PlainHttpUrl::Normalised;
}

QString severityName(Diagnostic::Severity severity)
{
    switch (severity) {
    case Diagnostic::Severity::Error:
        return u"error"_s;
    case Diagnostic::Severity::Warning:
        return u"warning"_s;
    case Diagnostic::Severity::Info:
        return u"info"_s;
    }
    return u"warning"_s;
}

QList<Diagnostic> analyseArticle(const Article &article)
{
    ArticleAnalysis analysis;
    analysis.analyse(article);
    return analysis.diagnostics();
}

QString normalizedUrlKey(const QString &url)
{
    const QString trimmed = url.trimmed();
    QString key;
    switch (plainHttpUrlKey(trimmed, &key)) {
    case PlainHttpUrl::Normal:
        return trimmed;
    case PlainHttpUrl::Normalised:
        return key;
    case PlainHttpUrl::Unusual:
        break;
    }
    QUrl parsed(trimmed);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return trimmed;
    // QUrl already lower-cases the scheme and the host.
    const QString scheme = parsed.scheme();
    if ((scheme == "http"_L1 && parsed.port() == 80) || (scheme == "https"_L1 && parsed.port() == 443))
        parsed.setPort(-1);
    QString path = parsed.path(QUrl::FullyEncoded);
    while (path.endsWith(u'/'))
        path.chop(1);
    parsed.setPath(path, QUrl::TolerantMode);
    return parsed.toString(QUrl::FullyEncoded);
}

} // namespace Citewise
