// UTF-8 decoding that keeps invalid bytes (as lone surrogates) so a save writes them back unchanged.
#include "articleio.h"
#include "prefault.h"
#include "textedit.h"
#include "textindex.h"

#include <QStringDecoder>
#include <QStringEncoder>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

// Decoding and encoding work a slice at a time, so no step needs more memory than the text itself.
constexpr qsizetype kDecodeSlice = 1 << 20; // bytes whose memory is made ready at a time
constexpr qsizetype kDecodeStep = 64 * 1024; // bytes decoded at a time when indexing: cache-sized
constexpr qsizetype kDecodeRun = 4096; // bytes that are not all ASCII handed to Qt's decoder at a time
constexpr qsizetype kEncodeSlice = 16 * 1024; // characters
constexpr qsizetype kEncodeFlush = 64 * 1024; // bytes handed to the sink at a time

// Whether `text` holds a low surrogate (U+DC00..U+DFFF), eight characters a step where SSE2 is there.
bool containsLowSurrogate(QStringView text)
{
    const char16_t *data = text.utf16();
    const qsizetype size = text.size();
    qsizetype i = 0;
#if defined(__SSE2__)
    const __m128i mask = _mm_set1_epi16(short(0xFC00));
    const __m128i low = _mm_set1_epi16(short(0xDC00));
    for (; i + 32 <= size; i += 32) {
        __m128i hits = _mm_setzero_si128();
        for (int k = 0; k < 32; k += 8) {
            const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i + k));
            hits = _mm_or_si128(hits, _mm_cmpeq_epi16(_mm_and_si128(chunk, mask), low));
        }
        if (_mm_movemask_epi8(hits) != 0)
            return true;
    }
#endif
    for (; i < size; ++i) {
        if ((data[i] & 0xFC00) == 0xDC00)
            return true;
    }
    return false;
}

// Appends the UTF-8 of `text` to `out`, writing each escaped byte back as the byte it was. A low
// surrogate at text[0] counts as an escaped byte: callers never start `text` after a high surrogate.
void appendEncoded(QByteArray &out, QStringView text)
{
    const auto appendRun = [&out](QStringView run) {
        if (run.isEmpty())
            return;
        QStringEncoder encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
        const qsizetype used = out.size();
        out.resize(used + encoder.requiredSpace(run.size()));
        char *end = encoder.appendToBuffer(out.data() + used, run);
        out.resize(end - out.constData());
    };
    // Almost every text has no escaped byte at all: one quick pass says so, and the text is then
    // encoded in one go.
    if (!containsLowSurrogate(text)) {
        appendRun(text);
        return;
    }
    // Find escaped bytes: lone low surrogates in U+DC80..U+DCFF.
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!text.at(i).isLowSurrogate() || !isEscapedByte(text, i))
            continue;
        appendRun(text.sliced(runStart, i - runStart));
        out += char(text.at(i).unicode() - kEscapeBase);
        runStart = i + 1;
    }
    appendRun(text.sliced(runStart));
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

// The byte at `stop` or the nearest before it that starts a character (at most three continuation
// bytes back), so that pieces of valid UTF-8 end between characters, never inside one.
qsizetype characterStart(QByteArrayView bytes, qsizetype stop)
{
    for (int back = 0; back < 3 && stop < bytes.size() && (uchar(bytes[stop]) & 0xC0) == 0x80; ++back)
        --stop;
    return stop;
}

} // namespace

DecodedText decodeText(QByteArrayView bytes, qsizetype spare, TextIndexer *indexer)
{
    DecodedText out;
    bool utf16Bom = false;
    const TextEncoding encoding = detectTextEncoding(bytes, &utf16Bom);
    if (encoding != TextEncoding::Utf8
        && decodeUtf16(bytes.sliced(utf16Bom ? 2 : 0), encoding, out.text, spare, &out.invalidOffsets)) {
        out.hasBom = utf16Bom;
        out.encoding = encoding;
        out.decodedAgain = true; // (nothing indexed)
        return out;
    }
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        out.hasBom = true;
        bytes = bytes.sliced(3);
    }
    // Fast path: valid UTF-8 (a second BOM, if any, stays in the text), decoded straight into the
    // text, a slice at a time (a cache-sized step at a time when indexing), each slice's memory made
    // ready in one call (prefault.h). One UTF-16 unit per byte at most, and the room asked for.
    // (In whole 2 MB pages when large: stringWithRoomFor().)
    const qsizetype size = bytes.size() + 1 + spare;
    QString text = stringWithRoomFor(size);
    text.resize(size);
    char16_t *const begin = reinterpret_cast<char16_t *>(text.data());
    char16_t *end = begin;
    const qsizetype step = indexer ? kDecodeStep : kDecodeSlice;
    qsizetype ready = 0; // bytes whose output memory has been made ready
    bool valid = true;
    // Decodes bytes[start, stop) with Qt's decoder, which checks them; stop is between characters.
    const auto decode = [&](qsizetype start, qsizetype stop) {
        QStringDecoder decoder(
            QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
        end = reinterpret_cast<char16_t *>(
            decoder.appendToBuffer(reinterpret_cast<QChar *>(end), bytes.sliced(start, stop - start)));
        valid = !decoder.hasError();
    };
    for (qsizetype start = 0; start < bytes.size() && valid;) {
        const qsizetype stop = characterStart(bytes, qMin(start + step, bytes.size()));
        if (stop > ready) {
            const qsizetype readyEnd = qMin(qMax(stop, start + kDecodeSlice), bytes.size());
            prefaultForWriting(end, (readyEnd - start) * sizeof(char16_t));
            ready = readyEnd;
        }
        if (!indexer) {
            decode(start, stop);
            start = stop;
            continue;
        }
        // ASCII, which is most of almost every article, is decoded and indexed in one pass; anything
        // else a short run at a time by Qt's decoder, then indexed.
        while (start < stop && valid) {
            const qsizetype ascii = indexer->appendAscii(bytes.sliced(start, stop - start), begin);
            start += ascii;
            end += ascii;
            if (start == stop)
                break;
            const qsizetype runEnd = characterStart(bytes, qMin(start + kDecodeRun, stop));
            decode(start, runEnd);
            if (valid)
                indexer->scan(QStringView(begin, end));
            start = runEnd;
        }
    }
    if (valid) {
        text.truncate(end - begin);
        out.text = std::move(text);
        return out;
    }
    DecodedText escaped = decodeEscaping(bytes);
    escaped.hasBom = out.hasBom;
    escaped.decodedAgain = true;
    return escaped;
}

bool isEscapedByte(QStringView text, qsizetype i)
{
    return isEscapeCode(text.at(i).unicode()) && (i == 0 || !text.at(i - 1).isHighSurrogate());
}

QByteArray encodeText(QStringView text, bool withBom, TextEncoding encoding)
{
    QByteArray out;
    if (withBom)
        out += byteOrderMark(encoding);
    if (encoding == TextEncoding::Utf8)
        appendEncoded(out, text);
    else
        appendUtf16(out, text, encoding);
    return out;
}

void encodeEditedText(QStringView text, const QList<TextEdit> &edits, bool withBom, TextEncoding encoding,
    const std::function<void(QByteArrayView)> &sink)
{
    if (encoding != TextEncoding::Utf8) {
        sink(encodeText(applyEdits(text, edits), withBom, encoding));
        return;
    }
    // A surrogate pair split by an edit boundary is only whole in the edited text itself.
    bool splitsPair = false;
    QStringView previous;
    forEachEditedPiece(text, edits, [&](QStringView piece) {
        splitsPair = splitsPair || (!previous.isEmpty() && previous.back().isHighSurrogate());
        previous = piece;
    });
    if (splitsPair) {
        sink(encodeText(applyEdits(text, edits), withBom, encoding));
        return;
    }

    QByteArray out;
    out.reserve(kEncodeFlush + kEncodeSlice * 3 + 3);
    if (withBom)
        out += "\xEF\xBB\xBF";
    forEachEditedPiece(text, edits, [&](QStringView piece) {
        for (qsizetype offset = 0; offset < piece.size();) {
            qsizetype length = qMin(kEncodeSlice, piece.size() - offset);
            if (offset + length < piece.size() && piece.at(offset + length - 1).isHighSurrogate())
                --length; // keep the pair together
            appendEncoded(out, piece.sliced(offset, length));
            offset += length;
            if (out.size() >= kEncodeFlush) {
                sink(out);
                out.resize(0); // keeps the buffer for the next slices
            }
        }
    });
    if (!out.isEmpty())
        sink(out);
}

} // namespace Citewise
