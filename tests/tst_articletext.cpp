// The article's text with its gap reads exactly like the plain string it stands for, through any
// sequence of edits, and keeps the line an edit ended in contiguous.
#include "articleio.h"
#include "articletext.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Citewise;
using namespace Qt::StringLiterals;

class TestArticleText : public QObject
{
    Q_OBJECT
private slots:
    void readsLikeItsString();
    void randomEditsMatchAString();
    void editedMatchesApplyEdits();
    void editedLineStaysInOnePiece();
    void viewsAcrossTheGapStayValid();
    void aFilledGapLeavesOnePiece();
    void copiesAreIndependent();
    void takeClosesTheGap();
    void firstEditStaysInTheReadBuffer();
};

namespace {

// Every way of reading `text` gives `expected`.
void compareWhole(const ArticleText &text, const QString &expected)
{
    QCOMPARE(text.size(), expected.size());
    QCOMPARE(text.isEmpty(), expected.isEmpty());
    QCOMPARE(text.toString(), expected);
    QCOMPARE(text.view().toString(), expected);
    QVERIFY(text == QStringView(expected));
    QVERIFY(text == ArticleText(expected));
    qsizetype differentAt = -1;
    for (qsizetype i = 0; i < expected.size() && differentAt < 0; ++i) {
        if (text.at(i) != expected.at(i))
            differentAt = i;
    }
    QCOMPARE(differentAt, -1);
}

} // namespace

void TestArticleText::readsLikeItsString()
{
    const QString plain = u"Title\nBody [1].\nReferences\n[1] https://example.com\n"_s;
    ArticleText text(plain);
    compareWhole(text, plain);
    QCOMPARE(text.view(6, 9).toString(), u"Body [1]."_s);
    QCOMPARE(text.mid(6, 4), u"Body"_s);
    compareWhole(ArticleText(), QString());
    QVERIFY(!(text == QStringView(u"Title")));
}

void TestArticleText::randomEditsMatchAString()
{
    QRandomGenerator random(20261201);
    QString expected = u"Title\nFirst line [1].\n\nSecond line.\nReferences\n[1] https://example.com\n"_s;
    ArticleText text(expected);
    const QStringList pieces
        = {u"x"_s, u"\n"_s, u"[2]"_s, u"word "_s, u"\r\n"_s, u"\u00e9\u4e1c"_s, QString(300, u'y')};
    for (int step = 0; step < 3000; ++step) {
        const qsizetype position = random.bounded(expected.size() + 1);
        const qsizetype removed = random.bounded(std::min<qsizetype>(expected.size() - position, 40) + 1);
        const QString inserted
            = random.bounded(4) == 0 ? QString() : pieces.at(random.bounded(pieces.size()));
        expected.replace(position, removed, inserted);
        text.replace(position, removed, inserted);
        QCOMPARE(text.size(), expected.size());
        for (int probe = 0; probe < 5; ++probe) {
            const qsizetype at = random.bounded(expected.size() + 1);
            const qsizetype length = random.bounded(expected.size() - at + 1);
            QCOMPARE(text.view(at, length), QStringView(expected).sliced(at, length));
            QCOMPARE(text.mid(at, length), expected.sliced(at, length));
        }
        if (step % 100 == 0)
            compareWhole(text, expected);
    }
    compareWhole(text, expected);
}

void TestArticleText::editedMatchesApplyEdits()
{
    // Edits made over a text with its gap anywhere, as renumbering makes them: the same as over the string.
    QRandomGenerator random(20261203);
    QString expected
        = u"Title [1]\nFirst line [2][3].\n\nSecond [1] line.\nReferences\n[1] https://example.com\n"_s;
    ArticleText text(expected);
    for (int step = 0; step < 500; ++step) {
        // Move the gap with an edit that changes nothing.
        const qsizetype at = random.bounded(expected.size() + 1);
        text.replace(at, 0, QStringView());
        QList<TextEdit> edits;
        for (qsizetype pos = 0; pos < expected.size();) {
            const qsizetype start = pos + random.bounded(12);
            if (start > expected.size())
                break;
            const qsizetype length = random.bounded(std::min<qsizetype>(expected.size() - start, 4) + 1);
            edits.append({start, length, QString::number(random.bounded(200))});
            pos = start + length + 1;
        }
        // Out of bounds and empty edits are tolerated alike.
        if (step % 50 == 0)
            edits.append({expected.size() + 5, 3, u"tail"_s});
        QCOMPARE(text.edited(edits), applyEdits(expected, edits));
        QCOMPARE(text.edited({}), expected);
    }
}

void TestArticleText::editedLineStaysInOnePiece()
{
    QString expected = u"one\ntwo\r\nthree\nfour"_s;
    ArticleText text(expected);
    // Typing in "two": everything up to the end of its line, terminator included, reads in one piece.
    text.replace(5, 0, u"XY");
    expected.insert(5, u"XY"_s);
    const qsizetype lineEnd = expected.indexOf(u'\n', 5) + 1;
    QVERIFY(text.isContiguous(0, lineEnd));
    QVERIFY(text.isContiguous(lineEnd, expected.size() - lineEnd));
    // A line break typed: the line the edit ends in is the one kept whole.
    text.replace(1, 0, u"\n");
    expected.insert(1, u"\n"_s);
    QVERIFY(text.isContiguous(0, expected.indexOf(u'\n', 2) + 1));
    // The last line has no terminator: the gap goes to the end.
    text.replace(expected.size() - 1, 1, u"r!");
    expected.replace(expected.size() - 1, 1, u"r!"_s);
    QVERIFY(text.isContiguous(0, expected.size()));
    compareWhole(text, expected);
}

void TestArticleText::viewsAcrossTheGapStayValid()
{
    const QString expected = u"first line\nsecond line\nthird line\n"_s;
    ArticleText text(expected);
    text.replace(2, 0, u"-");
    text.replace(2, 1, QStringView());
    QVERIFY(!text.isContiguous(5, 10));
    const QStringView across = text.view(5, 10);
    const QStringView again = text.view(3, 20);
    QCOMPARE(across, QStringView(expected).sliced(5, 10));
    QCOMPARE(again, QStringView(expected).sliced(3, 20));
}

void TestArticleText::aFilledGapLeavesOnePiece()
{
    ArticleText text(u"alpha\nbeta\ngamma\n"_s);
    text.replace(7, 3, u"e");
    text.replace(7, 0, u"tt");
    QVERIFY(text.isContiguous(0, text.size()));
    // What the removal left is filled again: nothing is copied to read the whole text.
    QCOMPARE(text.view().data(), text.view(0, 1).data());
    QCOMPARE(text.view().toString(), u"alpha\nbtte\ngamma\n"_s);
}

void TestArticleText::copiesAreIndependent()
{
    ArticleText text(u"alpha\nbeta\ngamma\n"_s);
    text.replace(7, 0, u"*");
    const ArticleText copy = text;
    text.replace(0, 5, u"omega");
    text.replace(12, 1, QStringView());
    QCOMPARE(copy.toString(), u"alpha\nb*eta\ngamma\n"_s);
    QCOMPARE(text.toString(), u"omega\nb*eta\namma\n"_s);
}

void TestArticleText::takeClosesTheGap()
{
    ArticleText text(u"alpha\nbeta\ngamma\n"_s);
    text.replace(3, 0, u"123");
    QVERIFY(!text.isContiguous(0, text.size()));
    const QString taken = std::move(text).take();
    QCOMPARE(taken, u"alp123ha\nbeta\ngamma\n"_s);
    QCOMPARE(taken.size(), 20);
}

// A text read from a file has room to spare for its first edit: the edit opens the gap in the buffer
// the text was decoded into, with no new allocation. Typing then goes on in place.
void TestArticleText::firstEditStaysInTheReadBuffer()
{
    QByteArray bytes = "Title\n";
    for (int i = 0; bytes.size() < 400000; ++i)
        bytes += "A line of the body [" + QByteArray::number(i % 9 + 1) + "], long enough to count.\n";
    const DecodedText decoded = decodeText(bytes, ArticleText::roomForFirstEdit(bytes.size()));
    QCOMPARE(decoded.text, QString::fromUtf8(bytes));
    QVERIFY(decoded.text.capacity() >= decoded.text.size() + ArticleText::roomForFirstEdit(bytes.size()));

    Article article = readArticle(bytes);
    const char16_t *buffer = article.text.view(0, 5).utf16();
    QString expected = QString::fromUtf8(bytes);
    const qsizetype middle = expected.size() / 2;
    for (const QString &typed : {u"x"_s, u"y"_s, u"a pasted phrase of some words "_s.repeated(8)}) {
        article.text.replace(middle, 0, typed);
        expected.insert(middle, typed);
        QCOMPARE(article.text.view(0, 5).utf16(), buffer);
    }
    compareWhole(article.text, expected);
}

QTEST_APPLESS_MAIN(TestArticleText)
#include "tst_articletext.moc"
