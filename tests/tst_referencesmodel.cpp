// The sidebar's table models fed with parsed articles: rows, citation counts, statuses, stable updates.
#include "articleanalysis.h"
#include "articleio.h"
#include "articleupdate.h"
#include "commentsmodel.h"
#include "diagnostic.h"
#include "problemsmodel.h"
#include "referencesmodel.h"

#include <QAbstractItemModelTester>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QIcon>
#include <QItemSelectionModel>
#include <QPalette>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace Citewise;

namespace {

const QString seedLike
    = u"Title\nSeoul, July 2, 2025 — Body [1].\nMore [1] and [3].\nA range [1-3] and [5].\n"
      "References:\n[1] https://en.yna.co.kr/view/AEN1 Yonhap\n[2] https://www.mk.co.kr/en/2\n"
      "[3] https://bücher.example/3\n[4] not a url\n[6] https://en.yna.co.kr/view/AEN1\n"
      "Comments\nAnn (2025-07-02 09:30): Check [3]\nBob: fine\n"_s;

struct Fed
{
    Article article;
    QList<Diagnostic> diagnostics;
};

Fed analysed(const QString &text)
{
    Fed f {parseArticle(text), {}};
    f.diagnostics = analyseArticle(f.article);
    return f;
}

QVariant cell(const QAbstractItemModel &m, int row, int column, int role = Qt::DisplayRole)
{
    return m.data(m.index(row, column), role);
}

} // namespace

class TestReferencesModel : public QObject
{
    Q_OBJECT
private slots:
    void rowsAndCounts();
    void labelsShowAsTheReadingViewShowsThem();
    void statuses();
    void linkStatesReadAsChecked_data();
    void linkStatesReadAsChecked();
    void aceDomain_data();
    void aceDomain();
    void linkStatus();
    void statusSortsByWhatNeedsTheReader();
    void updatesInPlace();
    void resetsWhenShapeChanges();
    void lineNamedInAMessageFollowsAnEdit();
    void testerOnCorpus_data();
    void testerOnCorpus();
    void comments();
    void problems();
    void problemsMovedByAnEdit();
};

void TestReferencesModel::rowsAndCounts()
{
    ReferencesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Fed f = analysed(seedLike);
    model.setAnalysis(f.article, f.diagnostics);

    // Five entries, then the cited-but-missing number 5.
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), int(ReferencesModel::ColumnCount));
    const QList<qint64> numbers {1, 2, 3, 4, 6, 5};
    const QList<int> cited {3, 1, 2, 0, 0, 1};
    for (int r = 0; r < model.rowCount(); ++r) {
        QCOMPARE(cell(model, r, 0, ReferencesModel::NumberRole).toLongLong(), numbers.at(r));
        QCOMPARE(cell(model, r, ReferencesModel::CitedColumn).toInt(), cited.at(r));
    }
    QCOMPARE(cell(model, 0, ReferencesModel::UrlColumn).toString(), u"https://en.yna.co.kr/view/AEN1"_s);
    QCOMPARE(cell(model, 0, 0, ReferencesModel::UrlRole).toString(), u"https://en.yna.co.kr/view/AEN1"_s);
    QCOMPARE(cell(model, 0, ReferencesModel::DomainColumn).toString(), u"en.yna.co.kr"_s);
    QCOMPARE(cell(model, 5, 0, ReferencesModel::ReferenceIndexRole).toInt(), -1);
    QCOMPARE(model.rowForNumber(6), 4);
    QCOMPARE(model.rowForNumber(99), -1);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"#"_s);
}

// A label's Markdown is not shown in the table's tooltips any more than in the reading view.
void TestReferencesModel::labelsShowAsTheReadingViewShowsThem()
{
    ReferencesModel model;
    const Fed f = analysed(u"T\nBody [1].\nReferences:\n[1] **Reuters**, *Wire*: https://a.example/x\n"_s);
    model.setAnalysis(f.article, f.diagnostics);
    QCOMPARE(cell(model, 0, 0, ReferencesModel::LabelRole).toString(), u"Reuters, Wire"_s);
    QVERIFY(cell(model, 0, 0, Qt::ToolTipRole).toString().split(u'\n').contains(u"Reuters, Wire"_s));
}

void TestReferencesModel::statuses()
{
    ReferencesModel model;
    const Fed f = analysed(seedLike);
    model.setAnalysis(f.article, f.diagnostics);
    const auto status = [&](int row) { return cell(model, row, 0, ReferencesModel::StatusRole).toString(); };
    // Nothing wrong in the text, and no link checked: not checked, never "OK".
    QCOMPARE(status(0), u"unchecked"_s);
    QCOMPARE(status(1), u"unchecked"_s); // cited through the range [1-3]
    QCOMPARE(status(2), u"unchecked"_s);
    QVERIFY2(status(3) != u"unchecked"_s, qPrintable(status(3))); // no URL
    QCOMPARE(status(4), u"duplicate"_s); // same URL as [1] (and unused)
    QCOMPARE(status(5), u"missing"_s);
    QCOMPARE(cell(model, 4, ReferencesModel::StatusColumn).toString(),
        ReferencesModel::statusText(u"duplicate"_s));
    QVERIFY(!cell(model, 4, ReferencesModel::StatusColumn, Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!cell(model, 4, 0, Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(cell(model, 5, 0, Qt::ForegroundRole).isValid());

    const Fed unused = analysed(u"T\nB [1].\nReferences\n[1] https://a.example\n[2] https://b.example\n"_s);
    model.setAnalysis(unused.article, unused.diagnostics);
    QCOMPARE(status(0), u"unchecked"_s);
    QCOMPARE(status(1), u"unused"_s);
    QCOMPARE(
        cell(model, 1, ReferencesModel::StatusColumn).toString(), ReferencesModel::statusText(u"unused"_s));
    // A link the checker would not contact is no finding: the reference is still unused.
    model.setLinkStatus(
        u"https://b.example"_s, u"private-address"_s, u"Not checked: local or private address"_s);
    QCOMPARE(status(1), u"unused"_s);

    // An address the analysis only warns about shows as a warning, as the Problems list has it; one it
    // cannot read at all as an invalid address.
    const Fed schemes = analysed(u"T\nB [1][2][3].\nReferences\n[1] ftp://files.example/a\n[2] https://\n"
                                 u"[3] https://a.example/very-long-artic\u2026\n"_s);
    model.setAnalysis(schemes.article, schemes.diagnostics);
    QCOMPARE(status(0), u"warning"_s);
    QCOMPARE(status(1), u"invalid-url"_s);
    QCOMPARE(status(2), u"warning"_s);
}

void TestReferencesModel::linkStatesReadAsChecked_data()
{
    QTest::addColumn<QString>("linkStatus"); // set by a link check; empty: never checked
    QTest::addColumn<QString>("linkText");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("toolTip");
    QTest::addRow("not checked") << QString() << QString() << u"unchecked"_s << u"Not checked"_s
                                 << u"Link not checked yet"_s;
    QTest::addRow("checking") << u"checking"_s << u"Checking…"_s << u"checking"_s << u"Checking…"_s
                              << u"Link check: Checking…"_s;
    QTest::addRow("answered") << u"ok"_s << u"OK · 200 · 85 ms"_s << u"ok"_s << u"OK · 200 · 85 ms"_s
                              << u"Link check: OK · 200 · 85 ms"_s;
    QTest::addRow("redirected") << u"redirected"_s << u"Redirected → https://b.example/ (301, permanent)"_s
                                << u"redirected"_s << u"Redirected → https://b.example/ (301, permanent)"_s
                                << u"Link check: Redirected → https://b.example/ (301, permanent)"_s;
    QTest::addRow("broken") << u"broken"_s << u"404 Not Found · 5 ms"_s << u"broken"_s
                            << u"404 Not Found · 5 ms"_s << u"Link check: 404 Not Found · 5 ms"_s;
    QTest::addRow("timeout") << u"timeout"_s << u"Timed out after 10 s"_s << u"timeout"_s
                             << u"Timed out after 10 s"_s << u"Link check: Timed out after 10 s"_s;
    QTest::addRow("left out") << u"private-address"_s << u"Not checked: local or private address"_s
                              << u"private-address"_s << u"Not checked: local or private address"_s
                              << u"Link check: Not checked: local or private address"_s;
}

// A reference whose text is in order says nothing about its source: until a check answers, its status
// reads "Not checked", muted and without the green of a link that answered.
void TestReferencesModel::linkStatesReadAsChecked()
{
    QFETCH(QString, linkStatus);
    QFETCH(QString, linkText);
    QFETCH(QString, status);
    QFETCH(QString, shown);
    QFETCH(QString, toolTip);
    const Fed f = analysed(u"T\nB [1].\nReferences\n[1] https://a.example/ Source\n"_s);
    ReferencesModel model;
    model.setAnalysis(f.article, f.diagnostics);
    model.setLinkStatus(u"https://a.example/"_s, linkStatus, linkText);

    QCOMPARE(cell(model, 0, 0, ReferencesModel::StatusRole).toString(), status);
    QCOMPARE(cell(model, 0, ReferencesModel::StatusColumn).toString(), shown);
    QVERIFY(cell(model, 0, 0, Qt::ToolTipRole).toString().split(u'\n').contains(toolTip));
    // Muted, yet readable on the table's background (WCAG's 4.5:1 for text).
    const auto luminance = [](const QColor &c) {
        const auto channel
            = [](qreal v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const qreal text = luminance(ReferencesModel::mutedText().color());
    const qreal base = luminance(QGuiApplication::palette().color(QPalette::Base));
    QVERIFY((qMax(text, base) + 0.05) / (qMin(text, base) + 0.05) >= 4.5);
    const QBrush muted = ReferencesModel::mutedText();
    QCOMPARE(cell(model, 0, ReferencesModel::StatusColumn, Qt::ForegroundRole) == QVariant(muted),
        status == u"unchecked"_s);

    // Only a link that answered has the icon of one that answered.
    const auto image = [](const QIcon &icon) { return icon.pixmap(16, 16).toImage(); };
    const QIcon icon = cell(model, 0, ReferencesModel::StatusColumn, Qt::DecorationRole).value<QIcon>();
    QVERIFY(!icon.isNull());
    model.setLinkStatus(u"https://a.example/"_s, u"ok"_s, u"OK · 200 · 85 ms"_s);
    const QIcon answered = cell(model, 0, ReferencesModel::StatusColumn, Qt::DecorationRole).value<QIcon>();
    QCOMPARE(image(icon) == image(answered), status == u"ok"_s);
}

void TestReferencesModel::aceDomain_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("domain");
    QTest::addRow("ascii") << u"https://Example.COM/a"_s << u"example.com"_s;
    QTest::addRow("umlaut") << u"https://bücher.example/3"_s << u"xn--bcher-kva.example"_s;
    QTest::addRow("cyrillic look-alike") << u"https://аррle.com/"_s << u"xn--le-6kc8da.com"_s;
    QTest::addRow("www without scheme") << u"www.example.org/x"_s << u"www.example.org"_s;
    QTest::addRow("no host") << u"mailto:someone@example.com"_s << QString();
    QTest::addRow("IPv6 address") << u"http://[::1]:8765/ok"_s << u"[::1]"_s;
    QTest::addRow("IPv4 address") << u"http://127.0.0.1:8765/ok"_s << u"127.0.0.1"_s;
}

void TestReferencesModel::aceDomain()
{
    QFETCH(QString, url);
    QFETCH(QString, domain);
    QCOMPARE(ReferencesModel::aceDomain(url), domain);
}

void TestReferencesModel::linkStatus()
{
    ReferencesModel model;
    const Fed f = analysed(seedLike);
    model.setAnalysis(f.article, f.diagnostics);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setLinkStatus(u"https://en.yna.co.kr/view/AEN1"_s, u"broken"_s, u"404 Not Found"_s);
    QCOMPARE(changed.size(), 2); // [1] and [6] share the URL
    QCOMPARE(cell(model, 0, 0, ReferencesModel::StatusRole).toString(), u"broken"_s);
    QCOMPARE(cell(model, 0, ReferencesModel::StatusColumn).toString(), u"404 Not Found"_s);
    QVERIFY(cell(model, 0, 0, Qt::ToolTipRole).toString().contains(u"404 Not Found"_s));

    // A good link check does not hide an analysis warning.
    model.setLinkStatus(u"https://en.yna.co.kr/view/AEN1"_s, u"ok"_s, u"200 OK"_s);
    QCOMPARE(cell(model, 4, 0, ReferencesModel::StatusRole).toString(), u"duplicate"_s);
    model.setLinkStatus(u"https://bücher.example/3"_s, u"ok"_s, u"200 OK"_s);
    QCOMPARE(cell(model, 2, ReferencesModel::StatusColumn).toString(), u"200 OK"_s);

    model.clearLinkStatuses();
    QCOMPARE(cell(model, 0, 0, ReferencesModel::StatusRole).toString(), u"unchecked"_s);
}

void TestReferencesModel::updatesInPlace()
{
    ReferencesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Fed f = analysed(seedLike);
    model.setAnalysis(f.article, f.diagnostics);
    QItemSelectionModel selection(&model);
    selection.select(model.index(2, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // Typing in the body: same references, one more citation of [2].
    QString text = seedLike;
    text.replace(u"More [1]"_s, u"More [1][2]"_s);
    f = analysed(text);
    model.setAnalysis(f.article, f.diagnostics);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(cell(model, 1, ReferencesModel::CitedColumn).toInt(), 2);
    QCOMPARE(cell(model, 1, 0, ReferencesModel::StatusRole).toString(), u"unchecked"_s);
    QVERIFY(selection.isRowSelected(2, {}));

    // Re-analysing unchanged text changes nothing.
    model.setAnalysis(f.article, f.diagnostics);
    QCOMPARE(changed.size(), 1);
}

// "already used on line 6" names a line: a line typed in the body above moves it, and the row
// updated after the edit says so, as a row built from scratch would.
void TestReferencesModel::lineNamedInAMessageFollowsAnEdit()
{
    Article article = parseArticle(
        u"Title\nFirst paragraph.\nSecond one.\nBody [1].\nReferences\n[1] https://a.example/\n[1] https://b.example/\n"_s);
    ArticleAnalysis analysis;
    analysis.analyse(article);
    ReferencesModel model;
    model.setAnalysis(article, analysis.diagnostics(), &analysis.citationCounts());
    const auto message = [&model] { return cell(model, 1, 0, Qt::ToolTipRole).toString(); };
    QVERIFY2(message().contains(u"line 6"_s), qPrintable(message()));

    // In a paragraph without markers: no row is touched for its citations.
    const ArticleChange change
        = updateArticle(article, article.text.toString().indexOf(u"Second"_s), 0, u"Intro.\n"_s);
    QVERIFY(!change.whole && change.lineDelta == 1);
    analysis.update(article, change);
    model.setAnalysis(article, analysis.diagnostics(), &analysis.citationCounts(), &change);
    QVERIFY2(message().contains(u"line 7"_s), qPrintable(message()));
}

void TestReferencesModel::resetsWhenShapeChanges()
{
    ReferencesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Fed f = analysed(seedLike);
    model.setAnalysis(f.article, f.diagnostics);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QString text = seedLike;
    text.replace(u"[2] https://www.mk.co.kr/en/2\n"_s, QString());
    f = analysed(text);
    model.setAnalysis(f.article, f.diagnostics);
    QCOMPARE(reset.size(), 1);
    // [2] is still cited by [1-3]: it becomes a missing row after the entries, before [5].
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(cell(model, 4, 0, ReferencesModel::NumberRole).toLongLong(), 2);
    QCOMPARE(cell(model, 4, 0, ReferencesModel::StatusRole).toString(), u"missing"_s);
    model.setAnalysis(parseArticle(QString()), {});
    QCOMPARE(model.rowCount(), 0);
}

void TestReferencesModel::testerOnCorpus_data()
{
    QTest::addColumn<QString>("path");
    QTest::addRow("fixtures") << QStringLiteral(CITEWISE_FIXTURES_DIR);
    // Extra real-world input when a checkout provides it (CITEWISE_CORPUS_DIR); skipped otherwise.
    QTest::addRow("corpus") << qEnvironmentVariable("CITEWISE_CORPUS_DIR");
}

void TestReferencesModel::testerOnCorpus()
{
    QFETCH(QString, path);
    QStringList files;
    if (!path.isEmpty() && QFileInfo(path).isDir()) {
        QDirIterator it(path, {u"*.txt"_s, u"*.md"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
    }
    if (files.isEmpty())
        QSKIP("no input files");
    ReferencesModel references;
    CommentsModel comments;
    ProblemsModel problems;
    QAbstractItemModelTester t1(&references, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&comments, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t3(&problems, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const QString &file : std::as_const(files)) {
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const Article article = readArticle(in.readAll());
        const QList<Diagnostic> diagnostics = analyseArticle(article);
        references.setAnalysis(article, diagnostics);
        comments.setArticle(article);
        problems.setDiagnostics(diagnostics);
        QCOMPARE(problems.rowCount(), diagnostics.size());
        QCOMPARE(comments.rowCount(), article.comments.size());
        QVERIFY(references.rowCount() >= article.references.size());
    }
}

void TestReferencesModel::comments()
{
    CommentsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Article article = parseArticle(seedLike);
    model.setArticle(article);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(cell(model, 0, CommentsModel::AuthorColumn).toString(), u"Ann"_s);
    QCOMPARE(cell(model, 0, CommentsModel::TimeColumn).toString(), u"2025-07-02 09:30"_s);
    QCOMPARE(cell(model, 0, CommentsModel::TextColumn).toString(), u"Check [3]"_s);
    QVERIFY(cell(model, 0, CommentsModel::AuthorColumn, Qt::FontRole).value<QFont>().bold());
    QCOMPARE(cell(model, 1, 0, CommentsModel::TextRole).toString(), u"fine"_s);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QString text = seedLike;
    text.replace(u"fine"_s, u"fine by me"_s);
    model.setArticle(parseArticle(text));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(cell(model, 1, 0, CommentsModel::TextRole).toString(), u"fine by me"_s);
    model.setArticle(parseArticle(u"T\nB\n"_s));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 0);
}

void TestReferencesModel::problems()
{
    ProblemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Fed f = analysed(seedLike);
    model.setDiagnostics(f.diagnostics);
    QCOMPARE(model.rowCount(), f.diagnostics.size());
    QVERIFY(model.rowCount() > 0);
    for (int r = 0; r < model.rowCount(); ++r) {
        const Diagnostic &d = f.diagnostics.at(r);
        QCOMPARE(
            cell(model, r, ProblemsModel::PositionColumn).toString(), u"%1:%2"_s.arg(d.line).arg(d.column));
        QCOMPARE(cell(model, r, ProblemsModel::CodeColumn).toString(), d.code);
        QCOMPARE(cell(model, r, ProblemsModel::MessageColumn).toString(), d.message);
        QCOMPARE(cell(model, r, 0, ProblemsModel::PositionRole).toLongLong(), qint64(d.span.start));
        QVERIFY(!cell(model, r, ProblemsModel::SeverityColumn, Qt::DecorationRole).value<QIcon>().isNull());
    }
    QVERIFY(model.count(Diagnostic::Severity::Error) > 0); // [5] dangles
}

// Typing moves every problem after the cursor in the text and changes nothing the list shows of
// them: those rows are reported as a change of PositionRole alone, so that the list can ignore it,
// and their position is the new one. A change the list shows is reported with every role.
void TestReferencesModel::problemsMovedByAnEdit()
{
    ProblemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Fed before = analysed(seedLike);
    model.setDiagnostics(before.diagnostics);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // Two characters typed in the dateline's line: everything after them moves, on the same lines.
    QString text = seedLike;
    text.insert(text.indexOf(u"Body"_s), u"xx"_s);
    const Fed typed = analysed(text);
    QCOMPARE(typed.diagnostics.size(), before.diagnostics.size());
    model.setDiagnostics(typed.diagnostics);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(2).value<QList<int>>(), QList<int> {ProblemsModel::PositionRole});
    const int first = changed.at(0).at(0).value<QModelIndex>().row();
    const int last = changed.at(0).at(1).value<QModelIndex>().row();
    int moved = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        const qint64 was = before.diagnostics.at(r).span.start;
        const qint64 now = typed.diagnostics.at(r).span.start;
        QCOMPARE(cell(model, r, 0, ProblemsModel::PositionRole).toLongLong(), now);
        if (now != was) {
            QCOMPARE(now, was + 2);
            QVERIFY(r >= first && r <= last);
            ++moved;
        }
    }
    QVERIFY(moved > 1);

    // A new line above them: their lines, which the list shows, change too.
    changed.clear();
    text.insert(text.indexOf(u"More"_s), u"New line.\n"_s);
    model.setDiagnostics(analysed(text).diagnostics);
    QVERIFY(!changed.isEmpty());
    QVERIFY(changed.at(0).at(2).value<QList<int>>().isEmpty());
}

// Sorted by status, the links that cannot be followed come together and before the redirected and
// answered ones, not in the alphabetical order of their texts ("404 …", "Connection refused", "OK").
void TestReferencesModel::statusSortsByWhatNeedsTheReader()
{
    const Fed f = analysed(u"T\nA [1] [2] [3] [4] [5] [6] [9].\nReferences:\n[1] https://a.example/1\n"
                           "[2] https://a.example/2\n[3] https://a.example/3\n[4] https://a.example/4\n"
                           "[5] https://a.example/5\n[6] https://a.example/6\n[7] https://a.example/7\n"_s);
    ReferencesModel model;
    model.setAnalysis(f.article, f.diagnostics);
    model.setLinkStatus(u"https://a.example/1"_s, u"ok"_s, u"OK"_s);
    model.setLinkStatus(u"https://a.example/2"_s, u"broken"_s, u"404 Not Found"_s);
    model.setLinkStatus(u"https://a.example/3"_s, u"redirected"_s, u"Redirected"_s);
    model.setLinkStatus(u"https://a.example/4"_s, u"redirect-loop"_s, u"Redirect loop"_s);
    model.setLinkStatus(u"https://a.example/5"_s, u"connection-refused"_s, u"Connection refused"_s);
    model.setLinkStatus(u"https://a.example/6"_s, u"ok"_s, u"OK"_s);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ReferencesModel::SortRole);
    proxy.sort(ReferencesModel::StatusColumn);
    QList<qint64> order;
    for (int row = 0; row < proxy.rowCount(); ++row)
        order.append(
            cell(proxy, row, ReferencesModel::NumberColumn, ReferencesModel::NumberRole).toLongLong());
    // [9] has no entry; the three that cannot be followed in file order; redirected; [7] is unused;
    // then those that answered.
    QCOMPARE(order, (QList<qint64> {9, 2, 4, 5, 7, 3, 1, 6}));
}

QTEST_MAIN(TestReferencesModel)
#include "tst_referencesmodel.moc"
