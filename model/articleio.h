// Reading and writing article files: bytes <-> Article, byte-exact.
#pragma once

#include "article.h"

#include <QByteArray>
#include <QByteArrayView>

namespace Citewise {

// Decodes UTF-8. Bytes that are not valid UTF-8 are mapped one by one to the lone surrogates
// U+DC80..U+DCFF so that encodeText() writes them back unchanged (and no valid text can collide,
// since valid UTF-8 never decodes to a lone surrogate).
struct DecodedText
{
    QString text;
    bool hasBom = false;
    QList<qsizetype> invalidOffsets; // offsets in text of escaped bytes
};
DecodedText decodeText(QByteArrayView bytes);
QByteArray encodeText(QStringView text, bool withBom);

// Parses already decoded text (the text is kept verbatim in the result).
Article parseArticle(QString text);
// decodeText() + parseArticle(), recording BOM and invalid bytes.
Article readArticle(QByteArrayView bytes);
// The exact bytes of the article: readArticle(b) then writeArticle() gives b back.
QByteArray writeArticle(const Article &article);

} // namespace Citewise
