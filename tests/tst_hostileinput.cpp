// Hostile and absurd articles: the engine must neither crash nor hang, and must count and report what it
// finds. Time limits are generous sanity bounds against hangs and quadratic behaviour, not benchmarks.
#include "articleio.h"
#include "diagnostic.h"
#include "renumber.h"
#include "textedit.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Citewise;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kSanityMs = 30000;

const QString kReferences = u"References\n[1] https://example.org/a\n[2] https://example.org/b\n"
                            u"[3] https://example.org/c\n"_s;

QString article(const QString &body, const QString &references = kReferences)
{
    return u"Title\n\n"_s + body + u"\n\n"_s + references;
}

qsizetype countCode(const QList<Diagnostic> &diagnostics, const QString &code)
{
    return std::count_if(
        diagnostics.cbegin(), diagnostics.cend(), [&](const Diagnostic &d) { return d.code == code; });
}

QStringList markersOf(const Article &article)
{
    QStringList markers;
    for (const Citation &citation : article.citations)
        markers.append(article.view(citation.span).toString());
    return markers;
}

// Everything the engine does with an article, checked for consistency; returns the analysis.
struct Run
{
    Article article;
    QList<Diagnostic> diagnostics;
    RenumberResult renumbered;
    QString renumberedText;
};

Run runAll(const QByteArray &bytes)
{
    Run run;
    QElapsedTimer clock;
    clock.start();
    run.article = readArticle(bytes);
    run.diagnostics = analyseArticle(run.article);
    run.renumbered = renumberCitations(run.article);
    run.renumberedText = applyEdits(run.article.text.view(), run.renumbered.edits);
    const qint64 elapsed = clock.elapsed();
    if (elapsed > kSanityMs)
        qWarning("engine took %lld ms", elapsed);
    [&] {
        QCOMPARE(writeArticle(run.article), bytes);
        for (const Diagnostic &d : std::as_const(run.diagnostics)) {
            QVERIFY(d.span.start >= 0 && d.span.end() <= run.article.text.size());
            QVERIFY(!d.code.isEmpty());
        }
        for (const Citation &c : std::as_const(run.article.citations)) {
            QVERIFY(c.span.start >= 0 && c.span.end() <= run.article.text.size());
            QCOMPARE(run.article.text.at(c.span.start), u'[');
            QCOMPARE(run.article.text.at(c.span.end() - 1), u']');
        }
    }();
    return run;
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void millionCitationsInOneParagraph()
    {
        // "[2][1]" over and over: every marker has to move when renumbering.
        const QString body = u"Claim [2][1] "_s.repeated(500000);
        const Run run = runAll(article(body).toUtf8());
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(run.article.paragraphs.size(), 1);
        QCOMPARE(run.article.citations.size(), 1000000);
        QCOMPARE(countCode(run.diagnostics, u"citation-order"_s), 1);
        QCOMPARE(countCode(run.diagnostics, u"unused-reference"_s), 1);
        QVERIFY(!run.renumbered.refused());
        QCOMPARE(run.renumbered.mapping.value(2), 1);
        QCOMPARE(run.renumbered.mapping.value(1), 2);

        const Article after = parseArticle(run.renumberedText);
        QCOMPARE(after.citations.size(), 1000000);
        QCOMPARE(markersOf(after).mid(0, 4), (QStringList {u"[1]"_s, u"[2]"_s, u"[1]"_s, u"[2]"_s}));
        QCOMPARE(countCode(analyseArticle(after), u"citation-order"_s), 0);
    }

    void fiftyMegabyteLine()
    {
        QByteArray bytes = "Title\n\n";
        bytes += QByteArray(50 * 1024 * 1024, 'a');
        bytes += " [1]\n\nReferences\n[1] https://example.org/\n";
        const Run run = runAll(bytes);
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(run.article.citations.size(), 1);
        QCOMPARE(run.article.citations.first().column, 50 * 1024 * 1024 + 2);
        QVERIFY(run.diagnostics.isEmpty());
        QVERIFY(run.renumbered.edits.isEmpty());
    }

    void unclosedBracketLines_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addRow("opening brackets") << QString(2 * 1024 * 1024, u'[');
        QTest::addRow("open list") << u"[1,"_s.repeated(700000);
        QTest::addRow("open range") << u"[1-"_s.repeated(700000);
        QTest::addRow("closing brackets") << QString(2 * 1024 * 1024, u']');
        QTest::addRow("digits") << u"["_s + QString(2 * 1024 * 1024, u'7');
        QTest::addRow("url brackets") << u"https://example.org/["_s.repeated(200000);
    }
    void unclosedBracketLines()
    {
        QFETCH(QString, line);
        const Run run = runAll(article(line).toUtf8());
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(run.article.citations.size(), 0);
        QCOMPARE(countCode(run.diagnostics, u"unused-reference"_s), 3);
    }

    void hugeNumbers()
    {
        const QString body = u"A [2147483647] b [2147483648] c [9223372036854775807] d [9223372036854775808] "
                             u"e [99999999999999999999999999] f [1]"_s;
        const Run run = runAll(article(body).toUtf8());
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(run.article.citations.size(), 6);
        QCOMPARE(run.article.citations.at(0).numbers.first().value, 2147483647);
        QCOMPARE(run.article.citations.at(1).numbers.first().value, Q_INT64_C(2147483648));
        QCOMPARE(run.article.citations.at(2).numbers.first().value, std::numeric_limits<qint64>::max());
        QCOMPARE(run.article.citations.at(3).numbers.first().value, -1);
        QCOMPARE(run.article.citations.at(4).numbers.first().value, -1);
        QCOMPARE(countCode(run.diagnostics, u"number-out-of-range"_s), 4);
        QCOMPARE(countCode(run.diagnostics, u"dangling-citation"_s), 1); // 2147483647 is a valid number
        QVERIFY(!run.renumbered.refused());

        const QString references
            = u"References\n[1] https://example.org/a\n[2147483648] https://example.org/b\n"
              u"[99999999999999999999999] https://example.org/c\n"_s;
        const Run refs = runAll(article(u"A [1]"_s, references).toUtf8());
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(refs.article.references.size(), 3);
        QCOMPARE(refs.article.references.at(1).number, Q_INT64_C(2147483648));
        QCOMPARE(refs.article.references.at(2).number, -1);
        QCOMPARE(countCode(refs.diagnostics, u"number-out-of-range"_s), 2);
        QVERIFY(refs.renumbered.refused()); // never guess what an unreadable reference number meant
        QVERIFY(refs.renumbered.edits.isEmpty());
    }

    void hugeRanges()
    {
        const Run run = runAll(article(u"A [1-2147483647] b [1-9223372036854775807] c [2-3]"_s).toUtf8());
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(run.article.citations.size(), 3);
        QCOMPARE(countCode(run.diagnostics, u"number-out-of-range"_s), 1);
        QVERIFY(run.renumbered.refused()); // a range too long to expand cannot be renumbered safely
    }

    void brackets_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QStringList>("markers");
        QTest::addRow("double") << u"A [[1]] b"_s << QStringList {u"[1]"_s};
        QTest::addRow("list, extra close") << u"A [1, 2]] b"_s << QStringList {u"[1, 2]"_s};
        QTest::addRow("reversed") << u"A ]1[ b ]2["_s << QStringList {};
        QTest::addRow("extra open") << u"A [[1] b"_s << QStringList {u"[1]"_s};
        QTest::addRow("nested cluster") << u"A [2][[3]] b"_s << QStringList {u"[2]"_s, u"[3]"_s};
        QTest::addRow("interleaved") << u"A [1[2]3] b"_s << QStringList {u"[2]"_s};
        QTest::addRow("empty and words")
            << u"[] [sic] [-1] [citation needed] [1]"_s << QStringList {u"[1]"_s};
    }
    void brackets()
    {
        QFETCH(QString, body);
        QFETCH(QStringList, markers);
        const Run run = runAll(article(body).toUtf8());
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(markersOf(run.article), markers);
    }

    void sameUrlThousandsOfTimes()
    {
        constexpr int kCount = 20000;
        QString references = u"References\n"_s;
        QString body = u"Claims"_s;
        for (int i = 1; i <= kCount; ++i) {
            references += u"[%1] https://example.org/same\n"_s.arg(i);
            body += u" [%1]"_s.arg(i);
        }
        const Run run = runAll(article(body, references).toUtf8());
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(run.article.references.size(), kCount);
        // One warning per later duplicate, each pointing back at the first: linear, not one per pair.
        QCOMPARE(countCode(run.diagnostics, u"duplicate-url"_s), kCount - 1);
        QCOMPARE(run.diagnostics.size(), kCount - 1);

        // The same number thousands of times: one error each, and no duplicate-url on top. For the same
        // address it is one list given again and again: renumbering has nothing to change.
        QString sameNumber = u"References\n"_s;
        for (int i = 0; i < kCount; ++i)
            sameNumber += u"[1] https://example.org/same\n"_s;
        const Run numbers = runAll(article(u"A [1]"_s, sameNumber).toUtf8());
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(countCode(numbers.diagnostics, u"duplicate-reference-number"_s), kCount - 1);
        QCOMPARE(countCode(numbers.diagnostics, u"duplicate-url"_s), 0);
        QVERIFY(!numbers.renumbered.refused());
        QVERIFY(numbers.renumbered.edits.isEmpty());
    }

    void oddWhitespace_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QStringList>("markers");
        QTest::addRow("nbsp") << u"A\u00a0[1]\u00a0b"_s << QStringList {u"[1]"_s};
        QTest::addRow("ideographic space") << u"見出し\u3000[2]\u3000。"_s << QStringList {u"[2]"_s};
        QTest::addRow("form feed, vertical tab") << u"A\f[1]\v[2]\f"_s << QStringList {u"[1]"_s, u"[2]"_s};
        QTest::addRow("zero-width around")
            << u"A\u200b[1]\u200b\u200d[3]\ufeff"_s << QStringList {u"[1]"_s, u"[3]"_s};
        QTest::addRow("tabs in list") << u"A [1,\t2]"_s << QStringList {u"[1,\t2]"_s};
        // Invisible characters inside the brackets: not markers (the digits are not plain).
        QTest::addRow("zero-width inside") << u"A [\u200b1] [1\u200b]"_s << QStringList {};
    }
    void oddWhitespace()
    {
        QFETCH(QString, body);
        QFETCH(QStringList, markers);
        const Run run = runAll(article(body).toUtf8());
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(markersOf(run.article), markers);
    }

    void bidiAndCombining_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QStringList>("markers");
        QTest::addRow("arabic") << u"مرحبا [1] بالعالم"_s << QStringList {u"[1]"_s};
        QTest::addRow("hebrew, no space") << u"עברית[2]עוד"_s << QStringList {u"[2]"_s};
        QTest::addRow("bidi overrides")
            << u"\u202e[3]\u202c \u2067[1]\u2069"_s << QStringList {u"[3]"_s, u"[1]"_s};
        QTest::addRow("combining after") << u"a[1]\u0301 b[2]\u20dd"_s << QStringList {u"[1]"_s, u"[2]"_s};
        QTest::addRow("arabic-indic digits") << u"x [١] [٢]"_s << QStringList {};
        QTest::addRow("surrogate pairs") << u"😀[1]😀 𝐀[2]"_s << QStringList {u"[1]"_s, u"[2]"_s};
    }
    void bidiAndCombining()
    {
        QFETCH(QString, body);
        QFETCH(QStringList, markers);
        const Run run = runAll(article(body).toUtf8());
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(markersOf(run.article), markers);
        // Positions are UTF-16 offsets: the column counts code units from the line start.
        for (const Citation &c : run.article.citations)
            QCOMPARE(run.article.columnAt(c.span.start), c.column);
    }

    void invalidBytesAroundMarkers()
    {
        const QByteArray bytes
            = "Title\n\nA\xff[1]\xc0 b\xed\xa0\x80[2]\n\nReferences\n[1] https://example.org/a\n"
              "[2] https://example.org/b\n";
        const Run run = runAll(bytes);
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(run.article.hasInvalidEncoding);
        QCOMPARE(markersOf(run.article), (QStringList {u"[1]"_s, u"[2]"_s}));
        QCOMPARE(countCode(run.diagnostics, u"invalid-encoding"_s), 1);
    }

    // Brackets and tags that trimming takes from a label's ends and gives back, by the hundred thousand:
    // each is given back in one pass over the label, not one pass per bracket.
    void labelsWrappedInBrackets_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addRow("brackets it closes")
            << QString(200000, u'(') + u"a"_s + QString(200000, u')') + u"b"_s;
        QTest::addRow("brackets of every kind")
            << u"([（【"_s.repeated(50000) + u"a"_s + u"】）])"_s.repeated(50000) + u"b"_s;
        QTest::addRow("tags") << u"<b>"_s.repeated(100000) + u"a"_s + u"</b>"_s.repeated(100000);
    }
    void labelsWrappedInBrackets()
    {
        QFETCH(QString, label);
        const Run run = runAll(
            article(u"A [1]."_s, u"References\n[1] https://example.org/a "_s + label + u"\n"_s).toUtf8());
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(run.article.references.size(), 1);
        QCOMPARE(run.article.references.constFirst().label, label);
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
