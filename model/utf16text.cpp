#include "utf16text.h"

#include "prefault.h"

#include <QtEndian>

namespace Citewise {

namespace {

// Enough of the start to tell ASCII written as UTF-16 from anything else, and the least that tells it.
constexpr qsizetype kDetectSample = 1024;
constexpr qsizetype kFewestPairs = 8;

char16_t unitAt(const uchar *p, TextEncoding encoding)
{
    return encoding == TextEncoding::Utf16LE ? qFromLittleEndian<quint16>(p) : qFromBigEndian<quint16>(p);
}

} // namespace

TextEncoding detectTextEncoding(QByteArrayView bytes, bool *hasBom)
{
    if (hasBom)
        *hasBom = false;
    if (bytes.size() < 2 || bytes.size() % 2 != 0)
        return TextEncoding::Utf8;
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    // FF FE 00 00 is UTF-32's mark, and a text does not start with NUL.
    if (p[0] == 0xFF && p[1] == 0xFE && !(bytes.size() >= 4 && p[2] == 0 && p[3] == 0)) {
        if (hasBom)
            *hasBom = true;
        return TextEncoding::Utf16LE;
    }
    if (p[0] == 0xFE && p[1] == 0xFF) {
        if (hasBom)
            *hasBom = true;
        return TextEncoding::Utf16BE;
    }
    // Without a mark: most pairs of the start are an ASCII character and a NUL, on the same side.
    // (Valid UTF-8 has no NUL; a program or an image has pairs of NULs, which no text has.)
    if ((p[0] == 0) == (p[1] == 0))
        return TextEncoding::Utf8; // the usual case, decided by the first two bytes
    const qsizetype pairs = qMin(bytes.size(), kDetectSample) / 2;
    if (pairs < kFewestPairs)
        return TextEncoding::Utf8; // too little to tell
    qsizetype low = 0; // ASCII with the NUL second (little-endian)
    qsizetype high = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        const uchar a = p[2 * i];
        const uchar b = p[2 * i + 1];
        if (a == 0 && b == 0)
            return TextEncoding::Utf8;
        if (b == 0 && a < 0x80)
            ++low;
        else if (a == 0 && b < 0x80)
            ++high;
    }
    if (low * 2 >= pairs && low >= 8 * high)
        return TextEncoding::Utf16LE;
    if (high * 2 >= pairs && high >= 8 * low)
        return TextEncoding::Utf16BE;
    return TextEncoding::Utf8;
}

bool looksLikeUtf16WithOddLength(QByteArrayView bytes)
{
    return bytes.size() % 2 != 0 && detectTextEncoding(bytes.chopped(1)) != TextEncoding::Utf8;
}

bool decodeUtf16(
    QByteArrayView bytes, TextEncoding encoding, QString &text, qsizetype spare, QList<qsizetype> *unpaired)
{
    if (encoding == TextEncoding::Utf8 || bytes.size() % 2 != 0)
        return false;
    const qsizetype units = bytes.size() / 2;
    QString out = stringWithRoomFor(units + 1 + spare);
    out.resize(units);
    char16_t *const data = reinterpret_cast<char16_t *>(out.data());
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    for (qsizetype i = 0; i < units; ++i)
        data[i] = unitAt(p + 2 * i, encoding);
    if (unpaired) {
        for (qsizetype i = 0; i < units; ++i) {
            if (!QChar::isSurrogate(data[i]))
                continue;
            if (QChar::isHighSurrogate(data[i]) && i + 1 < units && QChar::isLowSurrogate(data[i + 1]))
                ++i; // a pair
            else
                unpaired->append(i);
        }
    }
    text = std::move(out);
    return true;
}

bool isUnpairedSurrogate(QStringView text, qsizetype i)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate())
        return i + 1 == text.size() || !text.at(i + 1).isLowSurrogate();
    return c.isLowSurrogate() && (i == 0 || !text.at(i - 1).isHighSurrogate());
}

void appendUtf16(QByteArray &out, QStringView text, TextEncoding encoding)
{
    const qsizetype start = out.size();
    out.resize(start + text.size() * 2);
    auto *p = reinterpret_cast<uchar *>(out.data() + start);
    for (const QChar c : text) {
        if (encoding == TextEncoding::Utf16LE)
            qToLittleEndian<quint16>(c.unicode(), p);
        else
            qToBigEndian<quint16>(c.unicode(), p);
        p += 2;
    }
}

QByteArrayView byteOrderMark(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return "\xEF\xBB\xBF";
    case TextEncoding::Utf16LE:
        return "\xFF\xFE";
    case TextEncoding::Utf16BE:
        return "\xFE\xFF";
    }
    return {};
}

QLatin1StringView encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        break;
    case TextEncoding::Utf16LE:
        return QLatin1StringView("utf-16le");
    case TextEncoding::Utf16BE:
        return QLatin1StringView("utf-16be");
    }
    return QLatin1StringView("utf-8");
}

} // namespace Citewise
