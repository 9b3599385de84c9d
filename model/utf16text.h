// Articles written as UTF-16, as some Windows tools save text: read into the same text as UTF-8 files
// and written back in their own form, so that saving changes only what was edited.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringView>

namespace Citewise {

enum class TextEncoding : quint8 { Utf8, Utf16LE, Utf16BE };

// How `bytes` are encoded: UTF-16 when they start with its byte order mark, or when most characters of
// their start are ASCII written as UTF-16 (a NUL byte in each such pair; valid UTF-8 text has none). *hasBom
// is set for a byte order mark. Only a guess: decodeUtf16() decides.
TextEncoding detectTextEncoding(QByteArrayView bytes, bool *hasBom = nullptr);

// Whether `bytes` would be UTF-16 but for an odd number of them: without their last byte, their mark
// or the pattern of their start says UTF-16. A byte was cut off, or one added (a newline appended by a
// tool that writes UTF-8); which one cannot be told, so such bytes cannot be read as either form.
bool looksLikeUtf16WithOddLength(QByteArrayView bytes);

// Decodes UTF-16 `bytes` (without their byte order mark) into `text`, leaving room for `spare` more
// units after it. False, with `text` untouched, when they cannot be UTF-16 (an odd length): the bytes
// are then read as UTF-8, which keeps every byte (files are refused first, see
// looksLikeUtf16WithOddLength()). A surrogate without its other half (a damaged file, or
// one cut in the middle of a pair) does not make the rest any less UTF-16: it stays in `text` as the unit
// it is, which appendUtf16() writes back as the same two bytes, and its offset is appended to
// `unpaired`, if given, for it to be reported as invalid UTF-8 bytes are.
bool decodeUtf16(QByteArrayView bytes, TextEncoding encoding, QString &text, qsizetype spare = 0,
    QList<qsizetype> *unpaired = nullptr);

// Whether text[i] is a surrogate without its other half.
bool isUnpairedSurrogate(QStringView text, qsizetype i);

// Appends `text` encoded in `encoding` (UTF-8 callers use encodeText()), unit by unit: an unpaired
// surrogate is written as it was read.
void appendUtf16(QByteArray &out, QStringView text, TextEncoding encoding);
// The byte order mark of `encoding`.
QByteArrayView byteOrderMark(TextEncoding encoding);

// "utf-8", "utf-16le", "utf-16be".
QLatin1StringView encodingName(TextEncoding encoding);

} // namespace Citewise
