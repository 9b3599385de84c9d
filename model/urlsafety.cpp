#include "urlsafety.h"

#include <QChar>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Citewise {

bool isHiddenCharacter(char32_t ucs4)
{
    switch (QChar::category(ucs4)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        break;
    }
    // Not all of these are Cf in every Unicode version; they reorder or hide text, so list them.
    return (ucs4 >= 0x202A && ucs4 <= 0x202E) || (ucs4 >= 0x2066 && ucs4 <= 0x2069) || ucs4 == 0x200E
        || ucs4 == 0x200F || ucs4 == 0x061C;
}

QString escapeHiddenCharacters(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        char32_t ucs4 = c.unicode();
        qsizetype width = 1;
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ucs4 = QChar::surrogateToUcs4(c, text.at(i + 1));
            width = 2;
        }
        if (isHiddenCharacter(ucs4))
            out += u"<U+%1>"_s.arg(uint(ucs4), 4, 16, QChar(u'0')).toUpper();
        else
            out += text.mid(i, width);
        i += width - 1;
    }
    return out;
}

QString asciiHost(const QUrl &url)
{
    const QString host = url.host(QUrl::FullyEncoded);
    if (host.isEmpty())
        return {};
    // An IP version 6 address is no domain name to encode: it is shown as an address writes it.
    if (host.contains(u':'))
        return u'[' + host + u']';
    return QString::fromLatin1(QUrl::toAce(host));
}

static bool hasHiddenCharacters(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            if (isHiddenCharacter(QChar::surrogateToUcs4(c, text.at(i + 1))))
                return true;
            ++i;
        } else if (isHiddenCharacter(c.unicode())) {
            return true;
        }
    }
    return false;
}

// QUrl::host() may already give the ACE form (it depends on the top-level domain), so look at
// the ACE labels: any "xn--" label stands for non-ASCII letters, whether written as such or not.
static bool isInternationalHost(const QString &aceHost)
{
    if (aceHost.startsWith("xn--"_L1, Qt::CaseInsensitive))
        return true;
    return aceHost.contains(".xn--"_L1, Qt::CaseInsensitive);
}

bool isBareDomainAddress(QStringView text)
{
    const qsizetype slash = text.indexOf(u'/');
    const QStringView host = slash < 0 ? text : text.first(slash);
    if (host.isEmpty() || host.size() > 253)
        return false;
    int labels = 0;
    QStringView last;
    for (qsizetype start = 0; start <= host.size();) {
        qsizetype end = host.indexOf(u'.', start);
        if (end < 0)
            end = host.size();
        const QStringView label = host.sliced(start, end - start);
        if (label.isEmpty() || label.size() > 63 || label.front() == u'-' || label.back() == u'-')
            return false;
        for (const QChar c : label) {
            const char16_t u = c.unicode();
            if (!((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
                    || u == u'-'))
                return false;
        }
        ++labels;
        last = label;
        start = end + 1;
    }
    if (labels < 2)
        return false;
    // The top-level domains sources are cited at, with or without a path: a word that only looks like a
    // host names a library or a file ("Node.js/Express", "README.md", "main.rs", "setup.py").
    static constexpr QStringView kDomains[] = {u"com", u"org", u"net", u"edu", u"gov", u"mil", u"int",
        u"info", u"biz", u"name", u"pro", u"io", u"co", u"ai", u"app", u"dev", u"news", u"media", u"online",
        u"site", u"tech", u"blog", u"ly", u"me", u"tv", u"fm", u"gl", u"to", u"ws", u"eu", u"asia", u"uk",
        u"de", u"fr", u"es", u"it", u"nl", u"be", u"ch", u"at", u"se", u"no", u"dk", u"fi", u"pl", u"cz",
        u"sk", u"hu", u"ro", u"bg", u"gr", u"pt", u"ie", u"ru", u"ua", u"kz", u"jp", u"cn", u"kr", u"tw",
        u"hk", u"sg", u"my", u"id", u"th", u"vn", u"ph", u"in", u"pk", u"bd", u"au", u"nz", u"ca", u"us",
        u"mx", u"br", u"ar", u"cl", u"pe", u"za", u"ng", u"ke", u"eg", u"tr", u"il", u"sa", u"ae", u"qa"};
    return std::any_of(std::begin(kDomains), std::end(kDomains),
        [last](QStringView tld) { return last.compare(tld, Qt::CaseInsensitive) == 0; });
}

QString withAssumedScheme(const QString &text)
{
    if (text.startsWith(u"www."_s, Qt::CaseInsensitive) && !text.contains(u"://"_s))
        return u"http://"_s + text;
    // A DOI's resolver written without its scheme ("doi.org/10.1000/x"), which it answers at.
    if ((text.startsWith(u"doi.org/"_s, Qt::CaseInsensitive)
            || text.startsWith(u"dx.doi.org/"_s, Qt::CaseInsensitive))
        && !text.contains(u"://"_s))
        return u"https://"_s + text;
    // Identifiers academic lists cite by, at the addresses that resolve them.
    if (text.startsWith(u"doi:"_s, Qt::CaseInsensitive) && text.size() > 4)
        return u"https://doi.org/"_s + QStringView(text).sliced(4).trimmed().toString();
    if (text.startsWith(u"arxiv:"_s, Qt::CaseInsensitive) && text.size() > 6)
        return u"https://arxiv.org/abs/"_s + QStringView(text).sliced(6).trimmed().toString();
    if (isBareDomainAddress(text))
        return u"https://"_s + text;
    return text;
}

UrlAssessment assessUrl(const QString &text)
{
    UrlAssessment result;
    const QString trimmed = withAssumedScheme(text.trimmed());
    result.displayUrl = escapeHiddenCharacters(trimmed);

    // Strict parsing: a string QUrl would have to repair is not something to hand to a browser.
    const QUrl url(trimmed, QUrl::StrictMode);
    // The host is shown even when strict parsing fails: it is where a lenient browser would go.
    const QUrl lenient = url.isValid() ? url : QUrl(trimmed, QUrl::TolerantMode);
    if (lenient.isValid())
        result.displayHost = asciiHost(lenient);
    if (url.isValid())
        result.url = url;
    result.scheme = lenient.scheme().toLower();

    // Hidden characters come first: they are the most likely sign of a deliberate disguise.
    if (hasHiddenCharacters(trimmed)) {
        result.concern = UrlAssessment::Concern::HiddenCharacters;
        return result;
    }
    if (trimmed.isEmpty() || !url.isValid() || url.scheme().isEmpty()) {
        result.concern = UrlAssessment::Concern::Unparsable;
        return result;
    }

    const bool web = result.scheme == "http"_L1 || result.scheme == "https"_L1;
    if (!web)
        result.concern = UrlAssessment::Concern::NonWebScheme;
    else if (url.host().isEmpty())
        result.concern = UrlAssessment::Concern::Unparsable;
    else if (!url.userInfo().isEmpty())
        result.concern = UrlAssessment::Concern::UserInfo;
    else if (isInternationalHost(result.displayHost))
        result.concern = UrlAssessment::Concern::InternationalHost;
    else
        result.concern = UrlAssessment::Concern::None;
    return result;
}

} // namespace Citewise
