// Decoding and encoding keep every byte: BOM, invalid UTF-8, NUL.
#include "articleio.h"

#include <QTest>

using namespace Citewise;

class TestTextCodec : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void escapesInvalidBytes();
    void validTextUnchanged();
};

void TestTextCodec::roundTrip_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addRow("empty") << QByteArray();
    QTest::addRow("ascii") << QByteArray("hello\nworld");
    QTest::addRow("bom") << QByteArray("\xEF\xBB\xBFtext\r\n");
    QTest::addRow("double bom") << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBFtext");
    QTest::addRow("bom only") << QByteArray("\xEF\xBB\xBF");
    QTest::addRow("cjk") << QByteArray("\xE4\xB8\x9C\xE4\xBA\xAC");
    QTest::addRow("emoji") << QByteArray("\xF0\x9F\x98\x80 ok");
    QTest::addRow("lone continuation") << QByteArray("a\x80z");
    QTest::addRow("truncated sequence at end") << QByteArray("abc\xE2\x82");
    QTest::addRow("overlong") << QByteArray("\xC0\xAF and \xE0\x80\xAF");
    QTest::addRow("encoded surrogate") << QByteArray("\xED\xA0\x80\xED\xB2\x80");
    QTest::addRow("beyond unicode") << QByteArray("\xF4\x90\x80\x80 \xF5\x80");
    QTest::addRow("latin1 text") << QByteArray("caf\xE9 cr\xE8me");
    QTest::addRow("nul bytes") << QByteArray("a\0b\0", 4);
    QTest::addRow("ff fe") << QByteArray("\xFF\xFE");
    QTest::addRow("bom after invalid byte") << QByteArray("a\xAA\xEF\xBB\xBF"
                                                          "b");
}

void TestTextCodec::roundTrip()
{
    QFETCH(QByteArray, bytes);
    const DecodedText decoded = decodeText(bytes);
    QCOMPARE(encodeText(decoded.text, decoded.hasBom), bytes);
}

void TestTextCodec::escapesInvalidBytes()
{
    const DecodedText d = decodeText(QByteArray("a\xFFz"));
    QCOMPARE(d.text.size(), 3);
    QCOMPARE(d.invalidOffsets, QList<qsizetype> {1});
    QCOMPARE(d.text.at(0), QLatin1Char('a'));
    QCOMPARE(d.text.at(2), QLatin1Char('z'));
}

void TestTextCodec::validTextUnchanged()
{
    const QByteArray bytes("Seoul, July 2, 2025 \xE2\x80\x94 text");
    const DecodedText d = decodeText(bytes);
    QVERIFY(d.invalidOffsets.isEmpty());
    QVERIFY(!d.hasBom);
    QCOMPARE(d.text, QString::fromUtf8(bytes));
}

QTEST_GUILESS_MAIN(TestTextCodec)
#include "tst_textcodec.moc"
