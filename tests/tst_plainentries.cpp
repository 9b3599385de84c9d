// Entries written plainly ("[3] https://example.org/a/3 Annual report") are read on a short path: it must
// read every line exactly as the full reading does, on lines built to reach each of its edges and on
// every line of the test articles.
#include "articleio.h"
#include "referenceentry_p.h"

#include <QDirIterator>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Citewise;
using namespace Qt::StringLiterals;

namespace {

QString describe(const Reference &r)
{
    return u"number %1 style %2 span %3+%4 numberSpan %5+%6 url '%7' %8+%9 label '%10' %11+%12 note %13+%14 joins %15"_s
        .arg(r.number)
        .arg(int(r.style))
        .arg(r.span.start)
        .arg(r.span.length)
        .arg(r.numberSpan.start)
        .arg(r.numberSpan.length)
        .arg(r.url)
        .arg(r.urlSpan.start)
        .arg(r.urlSpan.length)
        .arg(r.label)
        .arg(r.labelSpan.start)
        .arg(r.labelSpan.length)
        .arg(r.noteSpan.start)
        .arg(r.noteSpan.length)
        .arg(r.joinsAnother);
}

// Reads line `lineNumber` of `text` both ways; an empty string when they agree, else what each read.
QString disagreement(const QString &text, const QList<Line> &lines, int lineNumber)
{
    // Read into a reference that held another entry, as callers that read line after line do: what
    // either reading leaves as it was must be the same.
    Reference stale;
    stale.url = u"https://stale.example/"_s;
    stale.label = u"Stale label"_s;
    stale.urlSpan = {3, 4};
    stale.labelSpan = {5, 6};
    stale.noteSpan = {7, 8};
    stale.joinsAnother = true;
    Reference quick = stale;
    Reference full = stale;
    const bool quickRead = readEntry(text, lines, lineNumber, quick);
    const bool fullRead = readEntryInFull(text, lines, lineNumber, full);
    if (quickRead == fullRead && quick == full)
        return {};
    const QString line = QStringView(text)
                             .mid(lines.at(lineNumber - 1).span.start, lines.at(lineNumber - 1).span.length)
                             .toString();
    return u"line '%1'\n  short path: %2 %3\n  full:       %4 %5"_s.arg(line,
        quickRead ? u"entry"_s : u"none"_s, describe(quick), fullRead ? u"entry"_s : u"none"_s,
        describe(full));
}

QString pick(QRandomGenerator &random, const QStringList &choices)
{
    return choices.at(random.bounded(qsizetype(choices.size())));
}

// One entry line built from the pieces each check of the short path turns on: the number's forms, the
// address's scheme, characters and last character, what follows it, and words that are notes or tags.
QString randomEntry(QRandomGenerator &random)
{
    static const QStringList numbers {u"[7] "_s, u"[7]: "_s, u"7. "_s, u"7) "_s, u"(7) "_s, u"- [7] "_s,
        u"**[7]** "_s, u"[7]"_s, u"  [12] "_s, u"[7]  "_s, u"\u200f[7] "_s, u"<li>[7] "_s, u"[7]\t"_s};
    static const QStringList schemes {u"https://"_s, u"http://"_s, u"https://"_s, u"https://"_s,
        u"HTTPS://"_s, u"ftp://"_s, u"www."_s, u"doi:10."_s, u""_s, u"(https://"_s, u"<https://"_s};
    static const QString plain = u"abcxyzABZ0123456789/.-_~%?=&#+:@"_s;
    static const QString odd = u"()[]<>*`'\",;!é。）\u00a0"_s;
    static const QStringList words {u"Report"_s, u"number"_s, u"3"_s, u"2024"_s, u"PDF"_s, u"pdf"_s,
        u"online"_s, u"video"_s, u"accessed"_s, u"Accessed"_s, u"retrieved"_s, u"viewed"_s, u"a"_s, u"May"_s,
        u"(PDF)"_s, u"^"_s, u"[2]"_s, u"[8]"_s, u"https://b.example/8"_s, u"<br>"_s, u"—"_s,
        u"\u201cTitle\u201d"_s, u"Title,"_s, u"Title."_s, u"Études"_s, u"**bold**"_s, u"cite_ref"_s,
        u"</li>"_s, u"doi:"_s, u"10.1000/x"_s};
    QString line = (random.bounded(2) == 0 ? u"[7] "_s : pick(random, numbers))
        + (random.bounded(2) == 0 ? u"https://"_s : pick(random, schemes));
    const int length = random.bounded(0, 24);
    for (int i = 0; i < length; ++i) {
        const bool rare = random.bounded(40) == 0;
        const QString &from = rare ? odd : plain;
        line += from.at(random.bounded(qsizetype(from.size())));
    }
    const int count = random.bounded(4) == 0 ? 0 : random.bounded(0, 5);
    for (int i = 0; i < count; ++i)
        line += (random.bounded(8) == 0 ? u"  "_s : u" "_s) + pick(random, words);
    if (random.bounded(16) == 0)
        line += u' ';
    return line;
}

} // namespace

class TestPlainEntries : public QObject
{
    Q_OBJECT

private slots:
    void generatedLinesReadAsInFull();
    void testArticlesReadAsInFull();
};

void TestPlainEntries::generatedLinesReadAsInFull()
{
    QRandomGenerator random(20261207);
    // Plain entries as the short path takes them, so that the run is known to reach it often.
    static const QRegularExpression plainShape(
        uR"(^\[7\] https?://[A-Za-z0-9/.\-_~%?=&#+:@]*[A-Za-z0-9/]( +[A-Za-z0-9 ]*)?$)"_s);
    int plainCount = 0;
    for (int i = 0; i < 200000; ++i) {
        const QString line = randomEntry(random);
        plainCount += plainShape.match(line).hasMatch();
        const QList<Line> lines {Line {{0, line.size()}, 0}};
        const QString difference = disagreement(line, lines, 1);
        if (!difference.isEmpty())
            QFAIL(qPrintable(difference));
    }
    QVERIFY2(plainCount > 10000, qPrintable(QString::number(plainCount)));
}

// Every line of the test articles, and of the articles in the folders CITEWISE_EXTRA_FIXTURES names if
// it is set (colon-separated, as for the renumbering checks: a collection of one's own).
void TestPlainEntries::testArticlesReadAsInFull()
{
    int files = 0;
    int lineCount = 0;
    QStringList roots {QStringLiteral(CITEWISE_FIXTURES_DIR)};
    roots += qEnvironmentVariable("CITEWISE_EXTRA_FIXTURES").split(u':', Qt::SkipEmptyParts);
    for (const QString &root : std::as_const(roots)) {
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const Article article = readArticle(file.readAll());
            const QString text = article.text.toString();
            ++files;
            for (int n = 1; n <= article.lines.size(); ++n) {
                ++lineCount;
                const QString difference = disagreement(text, article.lines, n);
                if (!difference.isEmpty())
                    QFAIL(qPrintable(file.fileName() + u": "_s + difference));
            }
        }
    }
    qInfo("%d articles, %d lines", files, lineCount);
    QVERIFY(files > 50);
    QVERIFY(lineCount > 500);
}

QTEST_GUILESS_MAIN(TestPlainEntries)
#include "tst_plainentries.moc"
