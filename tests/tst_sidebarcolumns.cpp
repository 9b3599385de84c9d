// The references panel's columns, sized for what they show: every column fits the sidebar as it opens,
// numbers and statuses are shown whole, and what is too long is cut where it reads best.
#include "articledocument.h"
#include "referencesmodel.h"
#include "referencespanel.h"

#include <QFile>
#include <QHeaderView>
#include <QHelpEvent>
#include <QIcon>
#include <QProxyStyle>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolTip>

using namespace Qt::StringLiterals;
using namespace Citewise;

namespace {

// Notes how the view asks each column's text to be cut short when it draws its rows.
class ElideRecorder : public QProxyStyle
{
public:
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
        const QWidget *widget) const override
    {
        if (element == CE_ItemViewItem) {
            if (const auto *item = qstyleoption_cast<const QStyleOptionViewItem *>(option))
                modes.insert(item->index.column(), item->textElideMode);
        }
        QProxyStyle::drawControl(element, option, painter, widget);
    }

    mutable QHash<int, Qt::TextElideMode> modes;
};

// Where the last column the table shows ends, in its viewport.
int lastVisibleEdge(const QTableView *view)
{
    const QHeaderView *header = view->horizontalHeader();
    int edge = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (!header->isSectionHidden(column))
            edge = qMax(edge, header->sectionViewportPosition(column) + header->sectionSize(column));
    }
    return edge;
}

// How wide the sidebar opens in a window of 1280 pixels.
constexpr int kOpenWidth = 384;

// `panel` shown as narrow as the sidebar opens.
bool showNarrow(QWidget &panel)
{
    panel.resize(300, 400);
    panel.show();
    return QTest::qWaitForWindowExposed(&panel);
}

} // namespace

class TestSidebarColumns : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void columnsFitTheSidebar();
    void longNumbersAreShownWhole();
    void statusesAreShownWhole();
    void linkStatusesAreShownWhole();

private:
    // Writes `text` to `name` in the test's folder and opens it in `document`, analysed.
    bool open(ArticleDocument &document, const QString &name, const QString &text);

    QTemporaryDir m_dir;
};

bool TestSidebarColumns::open(ArticleDocument &document, const QString &name, const QString &text)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(text.toUtf8()) != text.toUtf8().size())
        return false;
    file.close();
    QString error;
    if (!document.load(path, &error)) {
        qWarning() << error;
        return false;
    }
    document.analyseNow();
    return true;
}

void TestSidebarColumns::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"CitewiseTests"_s);
    QCoreApplication::setApplicationName(u"tst_sidebarcolumns"_s);
    QVERIFY(m_dir.isValid());
}

void TestSidebarColumns::columnsFitTheSidebar()
{
    ArticleDocument document;
    QVERIFY(open(document, u"article.txt"_s,
        u"Title\nBody cites [1] and [3].\nMore about it [1].\nReferences:\n[1] https://a.example/1 First\n"
        u"[2] https://b.example/2\n[3] https://c.example/3\nComments\nNo comments yet\n"_s));
    ReferencesPanel panel(&document);
    ReferencesPanel *const references = &panel;
    auto *view = static_cast<QTableView *>(references->view());
    QHeaderView *header = view->horizontalHeader();
    references->show();
    QVERIFY(QTest::qWaitForWindowExposed(references));

    // As narrow as the sidebar opens: every column shown fits, the URL column is left out and the
    // domain's tooltip has the URL.
    references->resize(300, 400);
    QCoreApplication::processEvents();
    QVERIFY(header->isSectionHidden(ReferencesModel::UrlColumn));
    QVERIFY(!header->isSectionHidden(ReferencesModel::CitedColumn));
    QVERIFY(lastVisibleEdge(view) <= view->viewport()->width());
    QVERIFY(!view->horizontalScrollBar()->isVisible());
    const QModelIndex domain = view->model()->index(0, ReferencesModel::DomainColumn);
    QVERIFY(domain.data(Qt::ToolTipRole).toString().startsWith(u"https://"_s));

    // Wide: the URLs are back and take the rest of the width.
    references->resize(900, 400);
    QCoreApplication::processEvents();
    QVERIFY(!header->isSectionHidden(ReferencesModel::UrlColumn));
    QCOMPARE(lastVisibleEdge(view), view->viewport()->width());
    QVERIFY(header->sectionSize(ReferencesModel::UrlColumn) >= 160);

    // And narrow again.
    references->resize(300, 400);
    QCoreApplication::processEvents();
    QVERIFY(header->isSectionHidden(ReferencesModel::UrlColumn));
    QVERIFY(lastVisibleEdge(view) <= view->viewport()->width());
    QVERIFY(references->model()->isStatusTextShown());

    // Narrower than the statuses and a readable host need (a sidebar in a small window): the statuses'
    // icons alone, their texts in the tooltips, and the domains keep their room.
    references->resize(230, 400);
    QCoreApplication::processEvents();
    QVERIFY(!references->model()->isStatusTextShown());
    const QModelIndex status = view->model()->index(0, ReferencesModel::StatusColumn);
    const QString unchecked = ReferencesModel::statusText(u"unchecked"_s);
    const auto shownWidth = [&] {
        QStyleOptionViewItem option;
        option.initFrom(view);
        return view->itemDelegateForIndex(status)->sizeHint(option, status).width();
    };
    QVERIFY(shownWidth() < view->fontMetrics().horizontalAdvance(unchecked));
    QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(header->model()->headerData(ReferencesModel::StatusColumn, Qt::Horizontal).toString().isEmpty());
    // The tooltip tells the status the icon stands for.
    const QRect cell = view->visualRect(status);
    QHelpEvent help(QEvent::ToolTip, cell.center(), view->viewport()->mapToGlobal(cell.center()));
    QCoreApplication::sendEvent(view->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().startsWith(unchecked), qPrintable(QToolTip::text()));
    QToolTip::hideText();
    QVERIFY(header->sectionSize(ReferencesModel::DomainColumn)
        >= view->fontMetrics().horizontalAdvance(u"a.example"_s));
    QVERIFY(lastVisibleEdge(view) <= view->viewport()->width());

    // Wider again: the texts are back.
    references->resize(300, 400);
    QCoreApplication::processEvents();
    QVERIFY(references->model()->isStatusTextShown());
    QVERIFY(shownWidth() > view->fontMetrics().horizontalAdvance(unchecked));
}

// The number and cited columns fit their longest numbers, however far down the list those stand: with a
// sample of rows, Qt's sizing showed reference 1200 of this list as "1…0".
void TestSidebarColumns::longNumbersAreShownWhole()
{
    QString text = u"Title\n"_s + QString(u"Cited often [1]. "_s).repeated(1500) + u"\nReferences:\n"_s;
    for (int n = 1; n <= 1200; ++n)
        text += u"[%1] https://example.org/%1\n"_s.arg(n);
    ArticleDocument document;
    QVERIFY(open(document, u"long.txt"_s, text));
    ReferencesPanel panel(&document);
    QVERIFY(showNarrow(panel));

    auto *view = static_cast<QTableView *>(panel.view());
    QHeaderView *header = view->horizontalHeader();
    const auto fits = [&](qint64 number, int column, const QString &shown) {
        const QModelIndex source = panel.model()->index(panel.model()->rowForNumber(number), column);
        const QModelIndex index
            = static_cast<const QSortFilterProxyModel *>(view->model())->mapFromSource(source);
        QCOMPARE(index.data().toString(), shown);
        view->scrollTo(index);
        QCoreApplication::processEvents();
        QVERIFY2(view->sizeHintForIndex(index).width() <= header->sectionSize(column),
            qPrintable(u"%1 needs %2 pixels, has %3"_s.arg(shown)
                           .arg(view->sizeHintForIndex(index).width())
                           .arg(header->sectionSize(column))));
    };
    fits(1200, ReferencesModel::NumberColumn, u"1200"_s);
    fits(1, ReferencesModel::CitedColumn, u"1500"_s);
    // Every column shown still fits the sidebar.
    QVERIFY(lastVisibleEdge(view) <= view->viewport()->width());

    // A longer number typed into the list widens the column at once.
    QTextCursor cursor(document.textDocument());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(u"[123456] https://example.org/last\n"_s);
    document.analyseNow();
    QCoreApplication::processEvents();
    fits(123456, ReferencesModel::NumberColumn, u"123456"_s);
    // So does a longer number cited in the text without an entry (a row of its own, added in place).
    cursor.setPosition(int(u"Title\n"_s.size()));
    cursor.insertText(u"New [98765432]. "_s);
    document.analyseNow();
    QCoreApplication::processEvents();
    fits(98765432, ReferencesModel::NumberColumn, u"98765432"_s);
}

// Every status the analysis gives ("Invalid number", "Malformed", ...) is shown whole as the sidebar
// opens, and the columns still fit it; a link check's longer statuses keep their start.
void TestSidebarColumns::statusesAreShownWhole()
{
    const QString text
        = u"Statuses\nBody cites [1], [2], [3], [7] and [99999999999999999999].\n\nReferences:\n"
          u"[1] https://example.org/one\n[2] https://example.org/one\n[3] not a url at all\n"
          u"[4] https://unused.example.net/page\n[0] https://zero.example.com/\n"
          u"[5] ftp://files.example.com/x\n[6] https://\n"_s;
    ArticleDocument document;
    QVERIFY(open(document, u"statuses.txt"_s, text));
    ReferencesPanel panel(&document);
    QVERIFY(showNarrow(panel));

    auto *view = static_cast<QTableView *>(panel.view());
    QHeaderView *header = view->horizontalHeader();
    QStringList shown;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, ReferencesModel::StatusColumn);
        shown.append(index.data().toString());
        QVERIFY2(view->sizeHintForIndex(index).width() <= header->sectionSize(ReferencesModel::StatusColumn),
            qPrintable(u"%1 needs %2 pixels, has %3"_s.arg(shown.last())
                           .arg(view->sizeHintForIndex(index).width())
                           .arg(header->sectionSize(ReferencesModel::StatusColumn))));
    }
    for (const QString &status : {u"unchecked"_s, u"unused"_s, u"duplicate"_s, u"malformed"_s,
             u"invalid-number"_s, u"invalid-url"_s, u"missing"_s})
        QVERIFY2(shown.contains(ReferencesModel::statusText(status)), qPrintable(status));
    QVERIFY(lastVisibleEdge(view) <= view->viewport()->width());

    // A status too long for the column is cut at its end, not in its middle; domains keep theirs.
    ElideRecorder recorder;
    view->setStyle(&recorder);
    view->grab();
    QCOMPARE(recorder.modes.value(ReferencesModel::StatusColumn, Qt::ElideNone), Qt::ElideRight);
    QCOMPARE(recorder.modes.value(ReferencesModel::DomainColumn, Qt::ElideNone), Qt::ElideMiddle);
    view->setStyle(nullptr);

    // The column fits the statuses the rows have: with the bad entries gone, it gives its room back.
    const int wide = header->sectionSize(ReferencesModel::StatusColumn);
    QTextCursor cursor(document.textDocument());
    cursor.setPosition(int(text.indexOf(u"[0] "_s)));
    cursor.setPosition(int(text.size()), QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    document.analyseNow();
    QCoreApplication::processEvents();
    QVERIFY(header->sectionSize(ReferencesModel::StatusColumn) < wide);
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, ReferencesModel::StatusColumn);
        QVERIFY(index.data().toString() != ReferencesModel::statusText(u"invalid-number"_s));
        QVERIFY2(view->sizeHintForIndex(index).width() <= header->sectionSize(ReferencesModel::StatusColumn),
            qPrintable(index.data().toString()));
    }
}

// After a link check its statuses are read without hovering: the domain gives way (cut in its middle)
// rather than "404 Not Found · 120 ms" shrinking to "404 …", and a status too long for any sidebar is cut at
// its end and whole in the tooltip. The URL column is there whenever room is left for it beside a
// domain as wide as a short host.
void TestSidebarColumns::linkStatusesAreShownWhole()
{
    const QStringList urls {u"https://en.wikipedia.org/wiki/Seoul"_s,
        u"https://www.koreaherald.com/article/10566025"_s, u"https://en.yna.co.kr/view/AEN1"_s,
        u"https://example.org/moved"_s};
    QString text = u"Links\nBody [1], [2], [3] and [4].\nReferences:\n"_s;
    for (int i = 0; i < urls.size(); ++i)
        text += u"[%1] %2\n"_s.arg(i + 1).arg(urls.at(i));
    ArticleDocument document;
    QVERIFY(open(document, u"links.txt"_s, text));
    ReferencesPanel panel(&document);
    panel.resize(kOpenWidth, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *view = static_cast<QTableView *>(panel.view());
    QHeaderView *header = view->horizontalHeader();
    const auto statusFits = [&](int row) {
        const QModelIndex index = view->model()->index(row, ReferencesModel::StatusColumn);
        return view->sizeHintForIndex(index).width() <= header->sectionSize(ReferencesModel::StatusColumn);
    };
    const auto everyColumnFits = [&] {
        return lastVisibleEdge(view) <= view->viewport()->width() && !view->horizontalScrollBar()->isVisible()
            && header->sectionSize(ReferencesModel::DomainColumn)
            >= header->sectionSizeHint(ReferencesModel::DomainColumn);
    };

    // Not checked yet: short statuses leave the domain room for a short host. The URLs come only
    // beside such a domain (a host cut to its ends says less than the address it hides).
    QVERIFY(statusFits(0));
    const QModelIndex host = view->model()->index(1, ReferencesModel::DomainColumn);
    if (header->isSectionHidden(ReferencesModel::UrlColumn)) // the host is whole then
        QVERIFY(view->sizeHintForIndex(host).width() <= header->sectionSize(ReferencesModel::DomainColumn));
    QVERIFY(header->isSectionHidden(ReferencesModel::UrlColumn)
        || header->sectionSize(ReferencesModel::DomainColumn) >= 120);
    QVERIFY(everyColumnFits());

    ReferencesModel *model = panel.model();
    model->setLinkStatus(urls.at(0), u"ok"_s, u"OK · 200 · 85 ms"_s);
    model->setLinkStatus(urls.at(1), u"broken"_s, u"404 Not Found · 120 ms"_s);
    model->setLinkStatus(urls.at(2), u"timeout"_s, u"Timed out after 10 s"_s);
    QCoreApplication::processEvents();
    for (int row = 0; row < 3; ++row)
        QVERIFY2(statusFits(row), qPrintable(view->model()->index(row, 1).data().toString()));
    QVERIFY(everyColumnFits());
    const QModelIndex domain = view->model()->index(1, ReferencesModel::DomainColumn);
    QVERIFY(domain.data(Qt::ToolTipRole).toString().startsWith(urls.at(1)));

    // A redirect's long target is cut at its end; the domain keeps its room and the tooltip has it all.
    const QString redirect = u"Redirected → https://example.org/a/very/long/path/that/goes/on/and/on/and/on "
                             u"(301, permanent)"_s;
    model->setLinkStatus(urls.at(3), u"redirected"_s, redirect);
    QCoreApplication::processEvents();
    QVERIFY(!statusFits(3));
    for (int row = 0; row < 3; ++row)
        QVERIFY(statusFits(row));
    QVERIFY(everyColumnFits());
    // The status is cut before the host is: a host people can read keeps its room.
    QVERIFY(
        header->sectionSize(ReferencesModel::DomainColumn) >= view->fontMetrics().averageCharWidth() * 14);
    QVERIFY(view->model()->index(3, 0).data(Qt::ToolTipRole).toString().contains(redirect));

    // Wider, the URL column comes back beside the whole statuses.
    panel.resize(700, 400);
    QCoreApplication::processEvents();
    QVERIFY(!header->isSectionHidden(ReferencesModel::UrlColumn));
    for (int row = 0; row < 3; ++row)
        QVERIFY(statusFits(row));
    QCOMPARE(lastVisibleEdge(view), view->viewport()->width());

    // Checks forgotten, the column gives its room back.
    const int wide = header->sectionSize(ReferencesModel::StatusColumn);
    model->clearLinkStatuses();
    QCoreApplication::processEvents();
    QVERIFY(header->sectionSize(ReferencesModel::StatusColumn) < wide);

    // As narrow as a small window leaves the sidebar, the domain gives way before "Not checked" does.
    panel.resize(240, 400);
    QCoreApplication::processEvents();
    QVERIFY(statusFits(0));
    QVERIFY(lastVisibleEdge(view) <= view->viewport()->width());
}

QTEST_MAIN(TestSidebarColumns)
#include "tst_sidebarcolumns.moc"
