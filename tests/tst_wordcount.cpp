// The status bar's word count: the counter that reads sixteen ASCII characters at a time gives the
// counts of reading one character at a time, on text made of every kind of character it tells apart.
#include "wordcount.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Citewise;
using namespace Qt::StringLiterals;

namespace {

// The rule, one character at a time.
int referenceCount(QStringView text)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const QChar::Script script = c.unicode() >= 0x3040 ? c.script() : QChar::Script_Common;
        if (script == QChar::Script_Han || script == QChar::Script_Hiragana
            || script == QChar::Script_Katakana) {
            ++words;
            inWord = false;
            continue;
        }
        const bool wordChar = c.isLetterOrNumber() || c.isMark();
        if (wordChar && !inWord)
            ++words;
        if (!wordChar && inWord && (c == u'\'' || c == u'’' || c == u'-'))
            continue;
        inWord = wordChar;
    }
    return words;
}

} // namespace

class TestWordCount : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void examples_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("words");
        QTest::addRow("empty") << QString() << 0;
        QTest::addRow("apostrophe and hyphen") << u"Kim's three-way talks began."_s << 4;
        QTest::addRow("long ASCII") << u"word "_s.repeated(1000) << 1000;
        QTest::addRow("a word across blocks") << u"a"_s.repeated(40) + u" b"_s << 2;
        QTest::addRow("joiners across blocks") << u"x"_s.repeated(15) + u"-y z'"_s + u"-"_s.repeated(20) << 2;
        QTest::addRow("Chinese") << u"以前碰过很多次这个问题。"_s << 11;
        QTest::addRow("Korean") << u"참고 문헌 목록"_s << 3;
        QTest::addRow("digits and letters") << u"In 2025, 26 countries sent 3x more"_s << 7;
        QTest::addRow("markers and addresses") << u"policy [1]. See https://example.com/a-b?c=d"_s << 9;
    }

    void examples()
    {
        QFETCH(QString, text);
        QFETCH(int, words);
        QCOMPARE(countWords(text), words);
        QCOMPARE(referenceCount(text), words);
    }

    void sameAsOneCharacterAtATime()
    {
        // Characters of every class the counter tells apart, mixed at random, at every length and
        // starting place around the sixteen-character blocks.
        const QString alphabet
            = u"aZm09 \t\n.,;[]()'-’_@`{~\u00e9\u0301\u4e2d\u3042\u30a2\uac00\u00a0\u2013\U0001F600"_s;
        QRandomGenerator random(20261203);
        for (int round = 0; round < 3000; ++round) {
            const int length = int(random.bounded(80));
            QString text;
            // Runs of plain ASCII now and then, so whole blocks take the fast way.
            const bool mostlyAscii = random.bounded(2) == 0;
            for (int k = 0; k < length; ++k) {
                const int pick = int(random.bounded(qsizetype(mostlyAscii ? 8 : alphabet.size())));
                text.append(alphabet.at(pick));
            }
            for (qsizetype start = 0; start < qMin<qsizetype>(text.size(), 17); ++start) {
                const QStringView view = QStringView(text).sliced(start);
                QCOMPARE(countWords(view), referenceCount(view));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestWordCount)
#include "tst_wordcount.moc"
