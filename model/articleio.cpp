#include "articleio.h"

#include "textindex.h"

namespace Citewise {

Article readArticle(QByteArrayView bytes)
{
    // The text is indexed a piece at a time as it is decoded, while each piece is still in the cache.
    TextIndexer indexer(bytes.size());
    DecodedText decoded = decodeText(bytes, ArticleText::roomForFirstEdit(bytes.size()), &indexer);
    if (decoded.decodedAgain) {
        indexer = TextIndexer(decoded.text.size());
        indexer.scan(decoded.text);
    }
    Article article = parseArticle(std::move(decoded.text), std::move(indexer).finish());
    article.hasBom = decoded.hasBom;
    article.encoding = decoded.encoding;
    article.hasInvalidEncoding = !decoded.invalidOffsets.isEmpty();
    for (qsizetype offset : std::as_const(decoded.invalidOffsets)) {
        const int line = article.lineAt(offset);
        if (article.invalidEncodingLines.isEmpty() || article.invalidEncodingLines.constLast() != line)
            article.invalidEncodingLines.append(line);
    }
    return article;
}

void markInvalidEncoding(Article &article)
{
    const QStringView text = article.text.view();
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!isInvalidUnit(text, i, article.encoding))
            continue;
        article.hasInvalidEncoding = true;
        const int line = article.lineAt(i);
        if (article.invalidEncodingLines.isEmpty() || article.invalidEncodingLines.constLast() != line)
            article.invalidEncodingLines.append(line);
    }
}

bool isInvalidUnit(QStringView text, qsizetype i, TextEncoding encoding)
{
    return encoding == TextEncoding::Utf8 ? isEscapedByte(text, i) : isUnpairedSurrogate(text, i);
}

bool readLongDigits(QStringView text, qsizetype &pos, qint64 &value)
{
    const char16_t *const data = text.utf16();
    qint64 v = value;
    bool overflow = false;
    qsizetype i = pos;
    for (; i < text.size(); ++i) {
        const unsigned d = unsigned(data[i]) - u'0';
        if (d > 9)
            break;
        if (!overflow && v > (std::numeric_limits<qint64>::max() - qint64(d)) / 10)
            overflow = true;
        if (!overflow)
            v = v * 10 + d;
    }
    pos = i;
    value = overflow ? -1 : v;
    return true;
}

QByteArray writeArticle(const Article &article)
{
    return encodeText(article.text.view(), article.hasBom, article.encoding);
}

} // namespace Citewise
