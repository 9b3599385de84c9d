#include "articleio.h"

namespace Citewise {

Article readArticle(QByteArrayView bytes)
{
    DecodedText decoded = decodeText(bytes);
    Article article = parseArticle(std::move(decoded.text));
    article.hasBom = decoded.hasBom;
    article.hasInvalidEncoding = !decoded.invalidOffsets.isEmpty();
    for (qsizetype offset : std::as_const(decoded.invalidOffsets)) {
        const int line = article.lineAt(offset);
        if (article.invalidEncodingLines.isEmpty() || article.invalidEncodingLines.constLast() != line)
            article.invalidEncodingLines.append(line);
    }
    return article;
}

QByteArray writeArticle(const Article &article)
{
    return encodeText(article.text, article.hasBom);
}

} // namespace Citewise
