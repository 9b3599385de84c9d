// UTF-8 decoding that keeps invalid bytes (as lone surrogates) so a save writes them back unchanged.
#include "articleio.h"

#include <QStringDecoder>

namespace Citewise {

namespace {

constexpr char16_t kEscapeBase = 0xDC00; // invalid byte b becomes U+DC00 + b (b >= 0x80)

bool isEscapeCode(char16_t c)
{
    return c >= 0xDC80 && c <= 0xDCFF;
}

// Length of the valid UTF-8 sequence at p (strict: no overlongs, surrogates or values past U+10FFFF),
// or 0 when the byte at p does not start one.
int validSequenceLength(const uchar *p, const uchar *end)
{
    const uchar b0 = p[0];
    if (b0 < 0x80)
        return 1;
    const auto cont = [&](int i) { return p + i < end && (p[i] & 0xC0) == 0x80; };
    if (b0 >= 0xC2 && b0 <= 0xDF)
        return cont(1) ? 2 : 0;
    if (b0 >= 0xE0 && b0 <= 0xEF) {
        if (!cont(1) || !cont(2))
            return 0;
        if (b0 == 0xE0 && p[1] < 0xA0)
            return 0; // overlong
        if (b0 == 0xED && p[1] >= 0xA0)
            return 0; // UTF-16 surrogate
        return 3;
    }
    if (b0 >= 0xF0 && b0 <= 0xF4) {
        if (!cont(1) || !cont(2) || !cont(3))
            return 0;
        if (b0 == 0xF0 && p[1] < 0x90)
            return 0;
        if (b0 == 0xF4 && p[1] >= 0x90)
            return 0;
        return 4;
    }
    return 0;
}

DecodedText decodeEscaping(QByteArrayView bytes)
{
    DecodedText out;
    out.text.reserve(bytes.size());
    const uchar *p = reinterpret_cast<const uchar *>(bytes.data());
    const uchar *end = p + bytes.size();
    const uchar *runStart = p;
    // QString::fromUtf8 would drop a BOM that happens to start a run: keep it as text.
    QStringDecoder decoder(
        QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    const auto flushRun = [&](const uchar *runEnd) {
        if (runEnd > runStart)
            out.text += decoder.decode(QByteArrayView(runStart, runEnd - runStart));
    };
    while (p < end) {
        const int len = validSequenceLength(p, end);
        if (len > 0) {
            p += len;
            continue;
        }
        flushRun(p);
        out.invalidOffsets.append(out.text.size());
        out.text += QChar(char16_t(kEscapeBase + *p));
        ++p;
        runStart = p;
    }
    flushRun(p);
    return out;
}

} // namespace

DecodedText decodeText(QByteArrayView bytes)
{
    DecodedText out;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        out.hasBom = true;
        bytes = bytes.sliced(3);
    }
    // Fast path: valid UTF-8 (a second BOM, if any, stays in the text).
    QStringDecoder decoder(
        QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    QString text = decoder.decode(bytes);
    if (!decoder.hasError()) {
        out.text = std::move(text);
        return out;
    }
    DecodedText escaped = decodeEscaping(bytes);
    escaped.hasBom = out.hasBom;
    return escaped;
}

bool isEscapedByte(QStringView text, qsizetype i)
{
    return isEscapeCode(text.at(i).unicode()) && (i == 0 || !text.at(i - 1).isHighSurrogate());
}

QByteArray encodeText(QStringView text, bool withBom)
{
    QByteArray out;
    if (withBom)
        out += "\xEF\xBB\xBF";
    // Almost every text has no escaped byte at all: one branch-free pass (which the compiler vectorises)
    // says so, and the text is then encoded in one go.
    const char16_t *data = text.utf16();
    bool anyLowSurrogate = false;
    for (qsizetype i = 0; i < text.size(); ++i)
        anyLowSurrogate |= (data[i] & 0xFC00) == 0xDC00;
    if (!anyLowSurrogate) {
        out += text.toUtf8();
        return out;
    }
    // Find escaped bytes: lone low surrogates in U+DC80..U+DCFF.
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!text.at(i).isLowSurrogate() || !isEscapedByte(text, i))
            continue;
        out += text.sliced(runStart, i - runStart).toUtf8();
        out += char(text.at(i).unicode() - kEscapeBase);
        runStart = i + 1;
    }
    out += text.sliced(runStart).toUtf8();
    return out;
}

} // namespace Citewise
