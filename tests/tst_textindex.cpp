// The one-pass index the parser starts from: the same lines as appendLines(), every '[', '`' and ':'
// found, however the text is handed over in pieces (as readArticle() does while decoding).
#include "articleio.h"
#include "linesplit.h"
#include "textindex.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Citewise;
using namespace Qt::StringLiterals;

class TestTextIndex : public QObject
{
    Q_OBJECT
private slots:
    void matchesLineSplitAndSearch();
    void crlfAcrossPieces();
    void cursorFindsEventsInAnyOrder();
    void decodingIndexesAsciiAndTheRest();
    void readArticleIndexesWhileDecoding_data();
    void readArticleIndexesWhileDecoding();
};

namespace {

// Characters the index looks for, ones whose low byte is one of them (U+015B, U+0A0A, U+3A60...), ASCII
// sharing the low four bits of one ('J', 'K', 'M', 'p', '+', which a look-up by those bits must tell
// apart), and plain text, so that every vector block and the scalar tail see all of them.
QString randomText(QRandomGenerator &random, qsizetype length)
{
    static const char16_t alphabet[]
        = {u'a', u' ', u'\n', u'\r', u'[', u']', u'`', u':', u'1', u'\u00E9', u'\u015B', u'\u0A0A', u'\u0D0D',
            u'\u3A60', u'\u5B3A', u'\uFF5B', u'\u8000', u'\u0100', u'J', u'K', u'M', u'p', u'+'};
    QString text;
    text.reserve(length);
    for (qsizetype i = 0; i < length; ++i) {
        // Mostly plain letters, as in real text, so blocks without anything to find come up too.
        const int pick = random.bounded(4) == 0 ? random.bounded(int(std::size(alphabet))) : 0;
        text += QChar(alphabet[pick]);
    }
    return text;
}

struct Expected
{
    QList<Line> lines;
    std::vector<qsizetype> events;
    qsizetype openBrackets = 0;
};

Expected expectedIndex(QStringView text)
{
    Expected e;
    appendLines(text, 0, text.size(), e.lines);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'[' || c == u'`' || c == u':')
            e.events.push_back(i);
        e.openBrackets += c == u'[';
    }
    return e;
}

// Indexes `text` handed over in pieces ending at `cuts`.
TextIndex indexInPieces(QStringView text, QList<qsizetype> cuts)
{
    TextIndexer indexer(text.size());
    cuts.append(text.size());
    for (qsizetype cut : std::as_const(cuts))
        indexer.scan(text.first(cut));
    return std::move(indexer).finish();
}

} // namespace

void TestTextIndex::matchesLineSplitAndSearch()
{
    QRandomGenerator random(20261203);
    for (int round = 0; round < 300; ++round) {
        const QString text = randomText(random, random.bounded(round < 100 ? 40 : 700));
        QList<qsizetype> cuts;
        for (qsizetype at = 0; at < text.size(); at += random.bounded(1, 70))
            cuts.append(at);
        const Expected expected = expectedIndex(text);
        for (const TextIndex &index : {indexText(text), indexInPieces(text, cuts)}) {
            QCOMPARE(index.lines, expected.lines);
            QCOMPARE(index.events, expected.events);
            QCOMPARE(index.openBrackets, expected.openBrackets);
        }
    }
}

void TestTextIndex::crlfAcrossPieces()
{
    const QString text = u"one\r\ntwo\r\rthree\n\r\nfour\r"_s;
    for (qsizetype cut = 0; cut <= text.size(); ++cut) {
        const TextIndex index = indexInPieces(text, {cut});
        QCOMPARE(index.lines, expectedIndex(text).lines);
    }
    const TextIndex index = indexText(text);
    QCOMPARE(index.lines.size(), 6);
    QCOMPARE(index.lines.at(0).terminatorLength, 2);
    QCOMPARE(index.lines.at(1).terminatorLength, 1); // "two\r"
    QCOMPARE(index.lines.at(2).terminatorLength, 1); // "\r" alone: an empty line
    QCOMPARE(index.lines.at(3).terminatorLength, 1); // "three\n"
    QCOMPARE(index.lines.at(4).terminatorLength, 2); // "\r\n": an empty line
    QCOMPARE(index.lines.at(5).terminatorLength, 1); // "four\r", and no empty line after it
    QVERIFY(indexText(QString()).lines.isEmpty());
}

void TestTextIndex::cursorFindsEventsInAnyOrder()
{
    const QString text = u"a [1] b: `c`\nno events here\n[2][3] http://x\n"_s;
    const TextIndex index = indexText(text);
    EventCursor cursor(index.events);
    const auto offsetsIn = [&](int line) {
        const std::span<const qsizetype> found = cursor.within(index.lines.at(line).span);
        return QList<qsizetype>(found.begin(), found.end());
    };
    QCOMPARE(offsetsIn(0), (QList<qsizetype> {2, 7, 9, 11}));
    QCOMPARE(offsetsIn(1), QList<qsizetype>());
    QCOMPARE(offsetsIn(2), (QList<qsizetype> {28, 31, 39}));
    QCOMPARE(offsetsIn(0), (QList<qsizetype> {2, 7, 9, 11})); // back to an earlier line
    QCOMPARE(offsetsIn(2), (QList<qsizetype> {28, 31, 39}));
}

// decodeText() with an indexer widens and indexes ASCII in one pass and hands anything else to Qt's
// decoder: the text and its index are the same as decoding first and indexing after, wherever the
// characters that are not ASCII stand (in a vector block, on a chunk's or a step's boundary, none).
void TestTextIndex::decodingIndexesAsciiAndTheRest()
{
    // (With ASCII sharing the low four bits of a character looked for: 'J', 'K', 'M', 'p', '+', 'z'.)
    static const char16_t ascii[] = {u'a', u' ', u'\n', u'\r', u'[', u']', u'`', u':', u'1', u'\x7F', u'\0',
        u'J', u'K', u'M', u'p', u'+', u'z'};
    static const char16_t other[] = {u'\u00E9', u'\u20AC', u'\u015B', u'\u3A60', u'\uFEFF'};
    QRandomGenerator random(20261203);
    for (int round = 0; round < 160; ++round) {
        // From no character that is not ASCII to about one in three.
        const int otherOneIn = QList<int> {0, 20000, 3000, 100, 3}.at(round % 5);
        const qsizetype length = round < 120 ? random.bounded(round < 60 ? 300 : 20000) : 140000;
        QString text;
        text.reserve(length + 1);
        while (text.size() < length) {
            if (otherOneIn && random.bounded(otherOneIn) == 0) {
                if (random.bounded(5) == 0)
                    text += u"\U0001F600"_s; // a surrogate pair
                else if (const QChar c = other[random.bounded(int(std::size(other)))];
                         !text.isEmpty() || c != u'\uFEFF')
                    text += c; // (a BOM that starts the file is not part of its text)
                continue;
            }
            const int pick = random.bounded(4) == 0 ? random.bounded(int(std::size(ascii))) : 0;
            text += QChar(ascii[pick]);
        }
        const QByteArray bytes = text.toUtf8();
        TextIndexer indexer(bytes.size());
        const DecodedText decoded = decodeText(bytes, 0, &indexer);
        QVERIFY(!decoded.decodedAgain);
        QCOMPARE(decoded.text.size(), text.size()); // first, for a short message
        QVERIFY(decoded.text == text);
        const TextIndex index = std::move(indexer).finish();
        const Expected expected = expectedIndex(text);
        QCOMPARE(index.lines.size(), expected.lines.size());
        QVERIFY(index.lines == expected.lines);
        QVERIFY(index.events == expected.events);
        QCOMPARE(index.openBrackets, expected.openBrackets);
    }
}

void TestTextIndex::readArticleIndexesWhileDecoding_data()
{
    // The text is decoded and indexed 64 KB of bytes at a time: line breaks, CRLFs, markers and
    // multi-byte characters fall on the boundaries.
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray unit(
        "Body with a marker [1] and \xC3\xA9\xE2\x82\xAC \xF0\x9F\x98\x80 text: `code [2]`.\r\n");
    QByteArray body;
    while (body.size() < 3 * 65536)
        body += unit;
    const QByteArray tail("References:\r\n[1] https://example.org/a\r\n[2] https://example.org/b\r\n");
    for (qsizetype shift = 0; shift < qsizetype(unit.size()); shift += 7)
        QTest::addRow("shifted by %lld", qlonglong(shift))
            << "Title\r\n" + QByteArray(shift, 'x') + body + tail;
    QTest::addRow("crlf on the boundary") << QByteArray(65535, 'a') + "\r\n[1] b\r\n" + tail;
    QTest::addRow("marker on the boundary") << QByteArray(65534, 'a') + " [1] b\n" + tail;
    QTest::addRow("invalid byte after the first piece") << body + "\xFF [2]\n" + tail;
    // ASCII but for one character in many pieces: decoded and indexed in one pass around it.
    QByteArray ascii;
    while (ascii.size() < 3 * 65536)
        ascii += "Plain words with a marker [1], a colon: and `code`.\n";
    for (qsizetype at : {0, 31, 32, 4095, 4096, 65535, 65536, 70001}) {
        QByteArray bytes = "Title\n" + ascii;
        bytes.insert(at, "\xE2\x82\xAC"); // U+20AC
        QTest::addRow("one character that is not ASCII at %lld", qlonglong(at)) << bytes + tail;
    }
}

void TestTextIndex::readArticleIndexesWhileDecoding()
{
    QFETCH(QByteArray, bytes);
    const Article read = readArticle(bytes);
    Article parsed = parseArticle(decodeText(bytes).text);
    parsed.hasInvalidEncoding = read.hasInvalidEncoding;
    parsed.invalidEncodingLines = read.invalidEncodingLines;
    QVERIFY(read == parsed); // not QCOMPARE: the article is too large for a failure message
    QVERIFY(!read.citations.isEmpty());
    QCOMPARE(read.lines.size(), bytes.count('\n'));
}

QTEST_GUILESS_MAIN(TestTextIndex)
#include "tst_textindex.moc"
