// Reading and writing article files: bytes <-> Article, byte-exact.
#pragma once

#include "article.h"

#include <QByteArray>
#include <QByteArrayView>

#include <functional>

namespace Citewise {

struct TextEdit;
struct TextIndex;
class TextIndexer;

// Decodes UTF-8. Bytes that are not valid UTF-8 are mapped one by one to the lone surrogates
// U+DC80..U+DCFF so that encodeText() writes them back unchanged (and no valid text can collide,
// since valid UTF-8 never decodes to a lone surrogate).
struct DecodedText
{
    QString text;
    bool hasBom = false;
    QList<qsizetype> invalidOffsets; // offsets in text of escaped bytes
    bool decodedAgain = false; // the bytes were not valid UTF-8: what was indexed while decoding is void
};
// `spare` UTF-16 units of room are left after the text, unused, for the text to grow into without
// moving (ArticleText::roomForFirstEdit()). `indexer`, if given, indexes the text as it is decoded, a
// cache-sized piece at a time, while each piece is still in the processor's cache.
DecodedText decodeText(QByteArrayView bytes, qsizetype spare = 0, TextIndexer *indexer = nullptr);
// Whether text[i] is a byte decodeText() kept from invalid UTF-8 (a lone surrogate U+DC80..U+DCFF).
bool isEscapedByte(QStringView text, qsizetype i);
// Sets Article::hasInvalidEncoding and invalidEncodingLines from the escaped bytes in the text
// (readArticle() does this from the decoder's offsets; this is for text that comes from elsewhere).
void markInvalidEncoding(Article &article);
// Reads ASCII digits at `pos` (advancing it); `value` is -1 when they overflow qint64. False when
// there is no digit at `pos`.
bool readDigits(QStringView text, qsizetype &pos, qint64 &value);
QByteArray encodeText(QStringView text, bool withBom);
// The bytes of encodeText(applyEdits(text, edits), withBom), handed to `sink` a slice at a time, so a
// large article is written without building the edited text or all of its bytes first.
void encodeEditedText(QStringView text, const QList<TextEdit> &edits, bool withBom,
    const std::function<void(QByteArrayView)> &sink);

// Parses already decoded text (the text is kept verbatim in the result).
Article parseArticle(QString text);
// The same, with indexText(text) already at hand (readArticle() builds it while decoding).
Article parseArticle(QString text, TextIndex &&index);
// Reads line `lineNumber` (1-based) of the article as an entry of a reference list, as parseArticle()
// does. False when the line is no entry.
bool parseReferenceEntry(const Article &article, int lineNumber, Reference &ref);
// What a line of the comments section is. For a comment, `comment` is set as parseArticle() reads it.
enum class CommentLine { Blank, Placeholder, Comment };
CommentLine readCommentLine(const Article &article, int line, Comment &comment);
// Reads line `line` as the article's title, as parseArticle() does (a Markdown heading's '#'s are not
// part of it), appending its markers to `citations` and `malformed`.
void readTitle(Article &article, int line, QList<Citation> &citations, QList<MalformedMarker> &malformed);
// Reads the dateline ("Seoul, July 2, 2025 — ") at the start of the article's first paragraph again,
// as parseArticle() does: for an update that changed or moved that paragraph.
void readDateline(Article &article);
// decodeText() + parseArticle(), recording BOM and invalid bytes.
Article readArticle(QByteArrayView bytes);
// The exact bytes of the article: readArticle(b) then writeArticle() gives b back.
QByteArray writeArticle(const Article &article);

} // namespace Citewise
