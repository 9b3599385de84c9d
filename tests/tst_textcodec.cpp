// Decoding and encoding keep every byte: BOM, invalid UTF-8, NUL; also across the slices large
// texts are decoded and written in.
#include "articleio.h"
#include "lineends.h"
#include "textedit.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Citewise;
using namespace Qt::StringLiterals;

class TestTextCodec : public QObject
{
    Q_OBJECT
private slots:
    void editsKeepTheLineEndsAround_data();
    void editsKeepTheLineEndsAround();
    void roundTrip_data();
    void roundTrip();
    void escapesInvalidBytes();
    void validTextUnchanged();
    void readsUtf16_data();
    void readsUtf16();
    void utf16WithUnpairedSurrogates_data();
    void utf16WithUnpairedSurrogates();
    void invalidByteAtEveryPlace();
    void largeTextAcrossSlices_data();
    void largeTextAcrossSlices();
    void editedTextStreamsTheSameBytes();
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
    QTest::addRow("utf-16le") << QByteArray("\xFF\xFEt\0i\0\r\0\n\0", 10);
    QTest::addRow("utf-16be") << QByteArray("\xFE\xFF\0t\0i\0\n", 8);
    QTest::addRow("utf-16le, no mark") << QByteArray("T\0i\0t\0l\0e\0\n\0", 12);
    QTest::addRow("utf-16, lone surrogate") << QByteArray("\xFF\xFEt\0\x00\xD8x\0", 8);
    QTest::addRow("utf-16, odd length") << QByteArray("\xFF\xFEt\0i", 5);
    QTest::addRow("utf-32le mark") << QByteArray("\xFF\xFE\0\0t\0\0\0", 8);
}

void TestTextCodec::roundTrip()
{
    QFETCH(QByteArray, bytes);
    const DecodedText decoded = decodeText(bytes);
    QCOMPARE(encodeText(decoded.text, decoded.hasBom, decoded.encoding), bytes);
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

// Text saved as UTF-16 (Windows tools do) reads as the same text as its UTF-8, and its form is kept;
// bytes that only look like it read as UTF-8, every byte kept.
void TestTextCodec::readsUtf16_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<bool>("bom");
    const QString text = u"Seoul [1] \u2014 \u201Cquoted\u201D \U0001F600\r\n\uC11C\uC6B8 [2]\n"_s;
    const auto le = [](QStringView t) {
        QByteArray out;
        appendUtf16(out, t, TextEncoding::Utf16LE);
        return out;
    };
    const auto be = [](QStringView t) {
        QByteArray out;
        appendUtf16(out, t, TextEncoding::Utf16BE);
        return out;
    };
    QTest::addRow("little-endian, marked") << "\xFF\xFE"_ba + le(text) << TextEncoding::Utf16LE << true;
    QTest::addRow("big-endian, marked") << "\xFE\xFF"_ba + be(text) << TextEncoding::Utf16BE << true;
    QTest::addRow("little-endian") << le(text) << TextEncoding::Utf16LE << false;
    QTest::addRow("big-endian") << be(text) << TextEncoding::Utf16BE << false;
}

void TestTextCodec::readsUtf16()
{
    QFETCH(QByteArray, bytes);
    QFETCH(TextEncoding, encoding);
    QFETCH(bool, bom);
    const DecodedText decoded = decodeText(bytes);
    QCOMPARE(decoded.text, u"Seoul [1] \u2014 \u201Cquoted\u201D \U0001F600\r\n\uC11C\uC6B8 [2]\n"_s);
    QCOMPARE(decoded.encoding, encoding);
    QCOMPARE(decoded.hasBom, bom);
    QVERIFY(decoded.invalidOffsets.isEmpty());

    const Article article = readArticle(bytes);
    QCOMPARE(article.encoding, encoding);
    QCOMPARE(article.citations.size(), 2);
    QVERIFY(!article.hasInvalidEncoding);
    QCOMPARE(writeArticle(article), bytes);
    // An edit is written in the file's own form.
    QByteArray edited;
    encodeEditedText(article.text.view(), {TextEdit {6, 3, u"[7]"_s}}, bom, encoding,
        [&](QByteArrayView slice) { edited += slice; });
    const DecodedText back = decodeText(edited);
    QCOMPARE(back.encoding, encoding);
    QVERIFY(back.text.startsWith(u"Seoul [7] \u2014"_s));
    QCOMPARE(edited.size(), bytes.size());
}

// UTF-16 with a surrogate that lacks its other half (a damaged file, or one cut in the middle of a
// pair) is still UTF-16: the rest reads as its text, the unit is kept as it was, reported like an
// invalid UTF-8 byte, and written back as the same two bytes, edited or not.
void TestTextCodec::utf16WithUnpairedSurrogates_data()
{
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<qsizetype>>("offsets");
    QTest::addColumn<QList<int>>("lines");
    const QString tail = u"x [1]\nReferences:\n[1] https://a.example/\n"_s;
    const QString high = u"Title\n"_s + QChar(0xD800) + tail;
    const QString low = u"Title\n"_s + QChar(0xDC41) + tail;
    QTest::addRow("little-endian, marked, high")
        << TextEncoding::Utf16LE << true << high << QList<qsizetype> {6} << QList<int> {2};
    QTest::addRow("big-endian, marked, high")
        << TextEncoding::Utf16BE << true << high << QList<qsizetype> {6} << QList<int> {2};
    QTest::addRow("little-endian, marked, low")
        << TextEncoding::Utf16LE << true << low << QList<qsizetype> {6} << QList<int> {2};
    QTest::addRow("little-endian, high")
        << TextEncoding::Utf16LE << false << high << QList<qsizetype> {6} << QList<int> {2};
    QTest::addRow("big-endian, low") << TextEncoding::Utf16BE << false << low << QList<qsizetype> {6}
                                     << QList<int> {2};
    QTest::addRow("pair in the wrong order")
        << TextEncoding::Utf16LE << true << u"Title\n"_s + QChar(0xDE00) + QChar(0xD83D) + tail
        << QList<qsizetype> {6, 7} << QList<int> {2};
    QTest::addRow("high at the end") << TextEncoding::Utf16BE << true << u"Title\n"_s + tail + QChar(0xD83D)
                                     << QList<qsizetype> {6 + tail.size()} << QList<int> {5};
    QTest::addRow("low at the start") << TextEncoding::Utf16LE << true << QChar(0xDE00) + u"Title\n"_s + tail
                                      << QList<qsizetype> {0} << QList<int> {1};
}

void TestTextCodec::utf16WithUnpairedSurrogates()
{
    QFETCH(TextEncoding, encoding);
    QFETCH(bool, bom);
    QFETCH(QString, text);
    QFETCH(QList<qsizetype>, offsets);
    QFETCH(QList<int>, lines);
    QByteArray bytes = bom ? byteOrderMark(encoding).toByteArray() : QByteArray();
    appendUtf16(bytes, text, encoding);

    const DecodedText decoded = decodeText(bytes);
    QCOMPARE(decoded.encoding, encoding);
    QCOMPARE(decoded.hasBom, bom);
    QCOMPARE(decoded.text, text);
    QCOMPARE(decoded.invalidOffsets, offsets);

    const Article article = readArticle(bytes);
    QCOMPARE(article.encoding, encoding);
    QVERIFY(article.title.endsWith(u"Title"_s));
    QVERIFY(article.hasInvalidEncoding);
    QCOMPARE(article.invalidEncodingLines, lines);
    QCOMPARE(article.citations.size(), 1);
    QCOMPARE(writeArticle(article), bytes);

    // An edit elsewhere changes only what it replaced.
    const qsizetype marker = text.indexOf(u"[1]");
    QByteArray edited;
    encodeEditedText(article.text.view(), {TextEdit {marker, 3, u"[7]"_s}}, bom, encoding,
        [&](QByteArrayView slice) { edited += slice; });
    QByteArray expected = bytes;
    expected.replace((bom ? 2 : 0) + 2 * (marker + 1), 2, encodeText(u"7", false, encoding));
    QCOMPARE(edited, expected);
}

// An invalid byte, and a character written as a surrogate pair, at every place of texts up to a few
// times the encoder's eight- and thirty-two-character steps: written back byte for byte.
void TestTextCodec::invalidByteAtEveryPlace()
{
    int checked = 0;
    for (const QByteArray &inserted :
        {QByteArray("\xFF"), QByteArray("\x80"), QByteArray("\xF0\x9F\x98\x80")}) {
        for (qsizetype length = 0; length <= 100; ++length) {
            for (qsizetype at = 0; at <= length; ++at) {
                QByteArray bytes(length, 'a');
                bytes.insert(at, inserted);
                const DecodedText decoded = decodeText(bytes);
                QCOMPARE(decoded.invalidOffsets.size(), inserted.size() == 1 ? 1 : 0);
                if (encodeText(decoded.text, false) != bytes)
                    QFAIL(qPrintable(
                        u"%1 at %2 of %3"_s.arg(QString::fromLatin1(inserted.toHex())).arg(at).arg(length)));
                ++checked;
            }
        }
    }
    QCOMPARE(checked, 3 * 101 * 102 / 2);
}

namespace {

// About 2.5 MB of text in which characters of every UTF-8 length fall on the 1 MB slice boundaries.
QByteArray largeText(const QByteArray &extra, qsizetype at)
{
    const QByteArray unit(
        "ab \xC3\xA9 \xE2\x82\xAC [1] \xF0\x9F\x98\x80\n"); // 1-, 2-, 3- and 4-byte characters
    QByteArray bytes;
    while (bytes.size() < (5 << 19))
        bytes += unit;
    bytes.insert(at, extra);
    return bytes;
}

} // namespace

void TestTextCodec::largeTextAcrossSlices_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    for (qsizetype shift = 0; shift < 4; ++shift)
        QTest::addRow("valid, shifted by %lld", qlonglong(shift))
            << largeText(QByteArray(shift, 'x'), 0) << true;
    QTest::addRow("bom at the slice boundary")
        << QByteArray(1 << 20, 'a') + largeText("\xEF\xBB\xBF", 0) << true;
    QTest::addRow("invalid byte in the third slice") << largeText("\xFF", (2 << 20) + 7) << false;
    QTest::addRow("truncated sequence at the slice boundary")
        << QByteArray((1 << 20) - 1, 'a') + largeText("\xE2\x82", 0) << false;
    QTest::addRow("continuation bytes across the boundary")
        << largeText("\x80\x80\x80\x80\x80", (1 << 20) - 2) << false;
}

void TestTextCodec::largeTextAcrossSlices()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    const DecodedText decoded = decodeText(bytes);
    QCOMPARE(decoded.invalidOffsets.isEmpty(), valid);
    if (valid)
        QVERIFY(decoded.text == QString::fromUtf8(bytes)); // not QCOMPARE: megabytes in a failure message
    QVERIFY(encodeText(decoded.text, decoded.hasBom) == bytes);
}

// Streaming the edited text gives exactly the bytes of applying the edits and encoding the result,
// whatever the edits touch: surrogate pairs, escaped bytes, slice boundaries, edits out of order.
void TestTextCodec::editedTextStreamsTheSameBytes()
{
    QRandomGenerator random(20261201);
    const QString pieces[] = {u"plain text [12] "_s, u"\U0001F600"_s, QString(QChar(0xDC80 + 0x7F)),
        QString(QChar(0xD83D)), QString(QChar(0xDE00)), u"\u00E9\u20AC\n"_s};
    for (int round = 0; round < 60; ++round) {
        QString text;
        const int length = round % 3 == 0 ? 100000 : 300;
        // Long texts without surrogate pairs are streamed in slices; pairs next to an edit boundary are
        // written in one go (and must still give the same bytes).
        const bool pairs = length < 100000;
        const auto pick = [&] {
            for (;;) {
                const int piece = random.bounded(int(std::size(pieces)));
                if (pairs || piece == 0 || piece == 2 || piece == 5)
                    return pieces[piece];
            }
        };
        while (text.size() < length)
            text += pick();
        QList<TextEdit> edits;
        qsizetype pos = 0;
        for (int i = random.bounded(12); i > 0; --i) {
            pos += random.bounded(qsizetype(1), text.size() / 8 + 1);
            edits.append({pos, random.bounded(qsizetype(4)), pick()});
        }
        if (round % 10 == 9 && edits.size() > 1)
            std::swap(edits.first(), edits.last()); // out of order: clamped, as applyEdits() does
        const bool bom = round % 2;
        QByteArray streamed;
        int slices = 0;
        encodeEditedText(text, edits, bom, TextEncoding::Utf8, [&](QByteArrayView slice) {
            QVERIFY(!slice.isEmpty());
            streamed += slice;
            ++slices;
        });
        QVERIFY2(streamed == encodeText(applyEdits(text, edits), bom), qPrintable(u"round %1"_s.arg(round)));
        if (!pairs)
            QVERIFY(slices > 1);
    }
}

void TestTextCodec::editsKeepTheLineEndsAround_data()
{
    QTest::addColumn<QString>("original");
    QTest::addColumn<QString>("current"); // as an editor holds it: one '\n' a line break
    QTest::addColumn<QString>("newline");
    QTest::addColumn<QString>("expected");
    QTest::addRow("typing in a line")
        << u"a\r\nb\nc\r\n"_s << u"a\nbX\nc\n"_s << u"\r\n"_s << u"a\r\nbX\nc\r\n"_s;
    QTest::addRow("a new line") << u"a\r\nb\nc\r\n"_s << u"a\nb\nnew\nc\n"_s << u"\r\n"_s
                                << u"a\r\nb\nnew\r\nc\r\n"_s;
    QTest::addRow("a line taken out")
        << u"a\r\nb\nc\rd\r\n"_s << u"a\nb\nd\n"_s << u"\r\n"_s << u"a\r\nb\nd\r\n"_s;
    QTest::addRow("lone CRs") << u"a\rb\rc"_s << u"a\nB\nc"_s << u"\r"_s << u"a\rB\rc"_s;
    QTest::addRow("everything replaced") << u"a\nb\r\n"_s << u"x\ny\n"_s << u"\r\n"_s << u"x\r\ny\r\n"_s;
    // Long enough to be compared a block at a time on both sides of the edit.
    const QString head = u"a line of the text\r\n"_s.repeated(300);
    const QString tail = u"another line\r\n"_s.repeated(300);
    QString headSaved = head;
    QString tailSaved = tail;
    headSaved.replace(u"\r\n"_s, u"\n"_s);
    tailSaved.replace(u"\r\n"_s, u"\n"_s);
    QTest::addRow("long text") << head + u"mid\nx\r\n"_s + tail << headSaved + u"mid\nyy\n"_s + tailSaved
                               << u"\r\n"_s << head + u"mid\nyy\r\n"_s + tail;
    // Edits all over the text (renumbering, Replace All): each line keeps its own terminator, but for a
    // line replaced whole.
    QTest::addRow("markers renumbered on mixed lines")
        << u"T\r\nA [2].\nB\r\nC [1].\nD\r\n[1] x\n[2] y\r\n"_s
        << u"T\nA [1].\nB\nC [2].\nD\n[1] y\n[2] x\n"_s << u"\r\n"_s
        << u"T\r\nA [1].\nB\r\nC [2].\nD\r\n[1] y\n[2] x\r\n"_s;
    QTest::addRow("a word replaced on mixed lines")
        << u"China a\r\nb\nc\r\nd China\ne\r\n"_s << u"PRC a\nb\nc\nd PRC\ne\n"_s << u"\n"_s
        << u"PRC a\r\nb\nc\r\nd PRC\ne\r\n"_s;
    QTest::addRow("lines replaced whole")
        << u"a\r\nb\nc\r\n"_s << u"x\ny\nc\n"_s << u"\n"_s << u"x\ny\nc\r\n"_s;
    QTest::addRow("text added at the end")
        << u"a\r\nb\r\n"_s << u"a\nb\nc"_s << u"\r\n"_s << u"a\r\nb\r\nc"_s;
}

// Only the line breaks an edit made or touched take the file's usual terminator.
void TestTextCodec::editsKeepTheLineEndsAround()
{
    QFETCH(QString, original);
    QFETCH(QString, current);
    QFETCH(QString, newline);
    QFETCH(QString, expected);
    QString saved = original;
    saved.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    QCOMPARE(withOriginalLineEnds(original, saved, current, newline), expected);
}

QTEST_GUILESS_MAIN(TestTextCodec)
#include "tst_textcodec.moc"
