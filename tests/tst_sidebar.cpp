// The sidebar panels driving a real document: dialogs, confirmations, undo steps and activation.
#include "articledocument.h"
#include "articleio.h"
#include "commentdialog.h"
#include "commentsmodel.h"
#include "commentspanel.h"
#include "mainwindowactions.h"
#include "plainheaderview.h"
#include "problemsmodel.h"
#include "problemspanel.h"
#include "referencedialog.h"
#include "referencesmodel.h"
#include "referencespanel.h"
#include "statuscounts.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Citewise;

namespace {

const QString article = u"Title\nBody cites [1] and [3].\nMore about it [1].\nReferences:\n"
                        "[1] https://a.example/1 First\n[2] https://b.example/2\n[3] https://c.example/3\n"
                        "Comments\nNo comments yet\n"_s;

// Runs `drive` on the next modal widget of type T once it is shown (the caller then opens it). The
// returned watcher gives up by itself after a few seconds so it cannot act on a later test's dialog.
template<typename T> QTimer *whenModal(std::function<void(T *)> drive, bool *seen)
{
    *seen = false;
    auto *timer = new QTimer;
    timer->setInterval(10);
    auto ticks = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, drive, seen, ticks] {
        if (auto *widget = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            *seen = true;
            const QPointer<QWidget> shown(widget);
            drive(widget);
            // A check in `drive` failed and left it open: the test ends instead of waiting for it.
            if (auto *dialog = qobject_cast<QDialog *>(shown.data());
                dialog && dialog->isVisible() && QTest::currentTestFailed())
                dialog->reject();
        } else if (++*ticks > 500) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
    return timer;
}

} // namespace

class TestSidebar : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addReferenceIsOneUndoStep();
    void dialogRefusesBadInput();
    void removingCitedReferenceAsks();
    void removingUncitedReferenceDoesNotAsk();
    void editReference();
    void declinedNumberGoesBackToTheDialog();
    void selectionSurvivesReanalysis();
    void openRequested();
    void f2Edits();
    void commentsRoundTrip();
    void authorTheFileCannotHoldIsShownBeforeOk();
    void readOnlyCommentOpensNoEditor();
    void commentColumnsAreSizedWhenShown();
    void headerTitlesAreMeasuredAsDrawn();
    void problemActivation();
    void problemCodesGiveWayInANarrowPanel();
    void toolBarsShowEveryAction();
    void wordsAreCountedInEveryScript();

private:
    QString text() const { return m_document->textDocument()->toPlainText(); }
    int rowOf(qint64 number) const { return m_references->model()->rowForNumber(number); }
    void select(qint64 number) { m_references->selectReference(number); }

    QTemporaryDir m_dir;
    ArticleDocument *m_document = nullptr;
    ReferencesPanel *m_references = nullptr;
};

void TestSidebar::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"CitewiseTests"_s);
    QCoreApplication::setApplicationName(u"tst_sidebar"_s);
    QVERIFY(m_dir.isValid());
}

void TestSidebar::init()
{
    const QString path = m_dir.filePath(u"article.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(article.toUtf8());
    file.close();
    m_document = new ArticleDocument;
    QString error;
    QVERIFY2(m_document->load(path, &error), qPrintable(error));
    m_document->analyseNow();
    m_references = new ReferencesPanel(m_document);
    QCOMPARE(text(), article);
}

void TestSidebar::cleanup()
{
    delete m_references;
    delete m_document;
    m_references = nullptr;
    m_document = nullptr;
}

void TestSidebar::addReferenceIsOneUndoStep()
{
    bool seen = false;
    whenModal<ReferenceDialog>(
        [](ReferenceDialog *dialog) {
            QCOMPARE(dialog->number(), 4);
            dialog->urlEdit()->setText(u"https://new.example/x"_s);
            dialog->labelEdit()->setText(u"New source"_s);
            QVERIFY(dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
            dialog->buttons()->button(QDialogButtonBox::Ok)->click();
        },
        &seen);
    m_references->addReference();
    QVERIFY(seen);
    QVERIFY(text().contains(u"[3] https://c.example/3\n[4] https://new.example/x New source\nComments"_s));
    m_document->analyseNow();
    QCOMPARE(m_references->model()->rowCount(), 4);
    QCOMPARE(m_references->selectedNumber(), 4);

    QVERIFY(!m_document->undoName().isEmpty());
    m_document->textDocument()->undo();
    QCOMPARE(text(), article);
}

void TestSidebar::dialogRefusesBadInput()
{
    ReferenceDialog dialog;
    dialog.setUsedNumbers({1, 2});
    QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    dialog.setNumber(3);
    QVERIFY(!ok->isEnabled()); // no URL yet
    dialog.urlEdit()->setText(u"not a url"_s);
    QVERIFY(!ok->isEnabled());
    dialog.urlEdit()->setText(u"ftp://example.com/x"_s);
    QVERIFY(!ok->isEnabled());
    dialog.urlEdit()->setText(u"  https://example.com/x "_s);
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.url(), u"https://example.com/x"_s);
    dialog.setNumber(2);
    QVERIFY(!ok->isEnabled());
    QVERIFY(!dialog.validationError().isEmpty());
    dialog.labelEdit()->setText(u"two\nlines"_s);
    QCOMPARE(dialog.label(), u"two lines"_s);

    // The address an edited entry has is kept as it is, whatever its scheme, so that its number or
    // label can be changed alone; another address must still be a web one.
    ReferenceDialog edit;
    edit.setUsedNumbers({1});
    edit.setNumber(2);
    edit.setExistingUrl(u"ftp://files.example.org/report.pdf"_s);
    QPushButton *save = edit.buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(save->isEnabled());
    edit.labelEdit()->setText(u"The report"_s);
    QVERIFY(save->isEnabled());
    edit.urlEdit()->setText(u"ftp://files.example.org/other.pdf"_s);
    QVERIFY(!save->isEnabled());
    edit.urlEdit()->setText(u"ftp://files.example.org/report.pdf"_s);
    QVERIFY(save->isEnabled());
    edit.setNumber(1);
    QVERIFY(!save->isEnabled()); // a number another entry has is still refused
}

void TestSidebar::removingCitedReferenceAsks()
{
    select(1);
    bool seen = false;
    whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::No)->click(); }, &seen);
    m_references->removeReference();
    QVERIFY(seen);
    QCOMPARE(text(), article);

    whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); }, &seen);
    m_references->removeReference();
    QVERIFY(seen);
    QVERIFY(!text().contains(u"https://a.example/1"_s));
    m_document->textDocument()->undo();
    QCOMPARE(text(), article);
}

void TestSidebar::removingUncitedReferenceDoesNotAsk()
{
    select(2);
    QVERIFY(m_references->removeReferenceAction()->isEnabled());
    bool asked = false;
    QTimer *watcher
        = whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::No)->click(); }, &asked);
    m_references->removeReference();
    QVERIFY(!asked);
    delete watcher;
    QVERIFY(!text().contains(u"https://b.example/2"_s));
    QCOMPARE(m_references->model()->rowCount(), 2);
}

void TestSidebar::editReference()
{
    select(3);
    bool seen = false;
    whenModal<ReferenceDialog>(
        [](ReferenceDialog *dialog) {
            QCOMPARE(dialog->url(), u"https://c.example/3"_s);
            dialog->labelEdit()->setText(u"Third"_s);
            dialog->buttons()->button(QDialogButtonBox::Ok)->click();
        },
        &seen);
    m_references->editReference();
    QVERIFY(seen);
    QVERIFY(text().contains(u"\n[3] https://c.example/3 Third\n"_s));
    QCOMPARE(m_references->selectedNumber(), 3);
}

// Answering No to giving a cited entry a number of its own goes back to the dialog with everything
// typed still there: the number can be put right without typing the new URL again.
void TestSidebar::declinedNumberGoesBackToTheDialog()
{
    m_references->show();
    m_references->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_references));
    select(3);
    m_references->view()->setFocus();
    const QString newUrl = u"https://c.example/moved"_s;
    QString question;
    bool asked = false;
    bool seen = false;
    whenModal<ReferenceDialog>(
        [&](ReferenceDialog *dialog) {
            const auto close = qScopeGuard([dialog] {
                if (dialog->isVisible()) // a check below failed: do not leave the test waiting
                    dialog->reject();
            });
            dialog->numberEdit()->setValue(5); // free, while [3] is cited
            dialog->urlEdit()->setText(newUrl);
            whenModal<QMessageBox>(
                [&](QMessageBox *box) {
                    question = box->text();
                    box->button(QMessageBox::No)->click();
                },
                &asked);
            dialog->buttons()->button(QDialogButtonBox::Ok)->click();
            QVERIFY(asked);
            QVERIFY(dialog->isVisible());
            QCOMPARE(dialog->number(), 5);
            QCOMPARE(dialog->url(), newUrl);
            // Under its old number nothing needs asking.
            dialog->numberEdit()->setValue(3);
            dialog->buttons()->button(QDialogButtonBox::Ok)->click();
        },
        &seen);
    QTest::keyClick(m_references->view(), Qt::Key_F2);
    QTRY_VERIFY(seen);
    QVERIFY2(question.contains(u"the number 5"_s), qPrintable(question));
    QVERIFY2(text().contains(u"\n[3] https://c.example/moved\n"_s), qPrintable(text()));
    QCOMPARE(m_references->selectedNumber(), 3);
    m_document->textDocument()->undo();
    QCOMPARE(text(), article);
}

void TestSidebar::selectionSurvivesReanalysis()
{
    QSignalSpy selected(m_references, &ReferencesPanel::referenceSelected);
    select(3);
    QCOMPARE(selected.size(), 0); // selecting from outside does not echo back

    // Typing in the body re-analyses without changing the reference list.
    QTextCursor cursor(m_document->textDocument());
    cursor.setPosition(article.indexOf(u"Body"_s));
    cursor.insertText(u"New words [2]. "_s);
    m_document->analyseNow();
    QCOMPARE(m_references->selectedNumber(), 3);
    QCOMPARE(m_references->model()
                 ->data(m_references->model()->index(rowOf(2), ReferencesModel::CitedColumn))
                 .toInt(),
        1);

    // An entry disappearing resets the model; the selection follows the number.
    cursor.setPosition(text().indexOf(u"[2] https://b.example/2\n"_s));
    cursor.movePosition(QTextCursor::Down, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    m_document->analyseNow();
    QCOMPARE(m_references->model()->rowCount(), 3); // [2] now shows as missing
    QCOMPARE(m_references->selectedNumber(), 3);
    QCOMPARE(selected.size(), 0);

    // The user's own selection is reported.
    QAbstractItemView *view = m_references->view();
    view->selectionModel()->setCurrentIndex(
        view->model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().first().toLongLong(), 1);
}

// From the keyboard: F2 edits the selected entry or comment, as item views rename with it.
void TestSidebar::f2Edits()
{
    m_references->show();
    m_references->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_references));
    select(3);
    m_references->view()->setFocus();
    bool seen = false;
    whenModal<ReferenceDialog>([](ReferenceDialog *dialog) { dialog->reject(); }, &seen);
    QTest::keyClick(m_references->view(), Qt::Key_F2);
    QTRY_VERIFY(seen);

    CommentsPanel comments(m_document);
    const QList<QAction *> actions = comments.actions();
    QVERIFY(std::any_of(actions.cbegin(), actions.cend(),
        [](QAction *a) { return a->shortcut() == QKeySequence(Qt::Key_F2); }));
}

void TestSidebar::openRequested()
{
    QSignalSpy open(m_references, &ReferencesPanel::openRequested);
    select(3);
    QAbstractItemView *view = m_references->view();
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().first().toString(), u"https://c.example/3"_s);
}

void TestSidebar::commentsRoundTrip()
{
    QSettings().setValue(CommentsPanel::authorSettingsKey(), u"Ann Lee"_s);
    CommentsPanel panel(m_document);
    bool seen = false;
    whenModal<CommentDialog>(
        [](CommentDialog *dialog) {
            QCOMPARE(dialog->author(), u"Ann Lee"_s);
            dialog->authorEdit()->setText(u"Ann B. Lee"_s);
            dialog->textEdit()->setPlainText(u"Please check [3]."_s);
            dialog->buttons()->button(QDialogButtonBox::Ok)->click();
        },
        &seen);
    panel.addComment();
    QVERIFY(seen);
    QCOMPARE(QSettings().value(CommentsPanel::authorSettingsKey()).toString(), u"Ann B. Lee"_s);
    m_document->analyseNow();
    QCOMPARE(m_document->article().comments.size(), 1);
    QCOMPARE(m_document->article().comments.first().author, u"Ann B. Lee"_s);
    QCOMPARE(m_document->article().comments.first().text, u"Please check [3]."_s);
    QVERIFY(!text().contains(u"No comments yet"_s));
    QCOMPARE(panel.model()->rowCount(), 1);
    QCOMPARE(panel.selectedComment(), 0);

    // A comment is one line: a pasted line break shows as the space it is saved as, and Enter accepts.
    whenModal<CommentDialog>(
        [](CommentDialog *dialog) {
            // The author stays: shown as text, out of the way of the keyboard, which is in the comment.
            QVERIFY(dialog->authorEdit()->isReadOnly());
            QVERIFY(!dialog->authorEdit()->hasFrame());
            QCOMPARE(dialog->authorEdit()->focusPolicy(), Qt::NoFocus);
            // (Focus comes with the dialog's window being activated, later on a busy machine.)
            QTRY_COMPARE(QApplication::focusWidget(), dialog->textEdit());
            // Said beside the box, which is not made to look like a page.
            QVERIFY(dialog->oneLineNote()->isVisible());
            QVERIFY(dialog->oneLineNote()->text().contains(u"Enter saves"_s));
            QVERIFY(dialog->textEdit()->height() < dialog->textEdit()->fontMetrics().lineSpacing() * 5);
            dialog->textEdit()->setPlainText(u"Checked,\nfine"_s);
            QCOMPARE(dialog->textEdit()->toPlainText(), u"Checked, fine"_s);
            dialog->textEdit()->moveCursor(QTextCursor::End);
            QTest::keyClicks(dialog->textEdit(), u"."_s);
            QTest::keyClick(dialog->textEdit(), Qt::Key_Return);
            QVERIFY(!dialog->isVisible());
        },
        &seen);
    panel.editComment();
    QVERIFY(seen);
    m_document->analyseNow();
    QCOMPARE(m_document->article().comments.first().text, u"Checked, fine."_s);
    QCOMPARE(m_document->article().comments.first().author, u"Ann B. Lee"_s);

    panel.deleteComment();
    m_document->analyseNow();
    QCOMPARE(m_document->article().comments.size(), 0);
    QCOMPARE(text(), article);
    QCOMPARE(panel.model()->rowCount(), 0);
}

// An author with characters the Comments line cannot hold ("Bob (QA): Lead") is typed as it is, and
// the dialog says how it will be saved before OK: the comment never gets another name unannounced.
void TestSidebar::authorTheFileCannotHoldIsShownBeforeOk()
{
    QSettings().remove(CommentsPanel::authorSettingsKey());
    CommentsPanel panel(m_document);
    bool seen = false;
    whenModal<CommentDialog>(
        [](CommentDialog *dialog) {
            QVERIFY(!dialog->authorNote()->isVisible());
            QTest::keyClicks(dialog->authorEdit(), u"Bob (QA): Lead"_s);
            QCOMPARE(dialog->authorEdit()->text(), u"Bob (QA): Lead"_s);
            QVERIFY(dialog->authorNote()->isVisible());
            QVERIFY2(dialog->authorNote()->text().contains(u"“Bob QA Lead”"_s),
                qPrintable(dialog->authorNote()->text()));
            QCOMPARE(dialog->author(), u"Bob QA Lead"_s);
            // The dialog makes room for the note: nothing under it is pushed onto the comment box.
            QTRY_VERIFY2(dialog->oneLineNote()->geometry().top() > dialog->textEdit()->geometry().bottom(),
                qPrintable(u"note at %1, comment box to %2"_s.arg(dialog->oneLineNote()->geometry().top())
                               .arg(dialog->textEdit()->geometry().bottom())));
            // A name the file can hold as typed needs no note.
            dialog->authorEdit()->setText(u"Bob, QA lead"_s);
            QVERIFY(!dialog->authorNote()->isVisible());
            dialog->authorEdit()->setText(u"():"_s);
            QVERIFY2(dialog->authorNote()->text().contains(u"without"_s),
                qPrintable(dialog->authorNote()->text()));
            // A paste is taken whole, not refused.
            dialog->authorEdit()->clear();
            dialog->authorEdit()->insert(u"Bob [QA]"_s);
            QCOMPARE(dialog->authorEdit()->text(), u"Bob [QA]"_s);
            QCOMPARE(dialog->author(), u"Bob QA"_s);
            dialog->textEdit()->setPlainText(u"Please check [3]."_s);
            dialog->buttons()->button(QDialogButtonBox::Ok)->click();
        },
        &seen);
    panel.addComment();
    QVERIFY(seen);
    m_document->analyseNow();
    QCOMPARE(m_document->article().comments.size(), 1);
    QCOMPARE(m_document->article().comments.first().author, u"Bob QA"_s);
    QCOMPARE(QSettings().value(CommentsPanel::authorSettingsKey()).toString(), u"Bob QA"_s);
}

// In a file opened read-only, a comment activated in the list (double click, Enter) opens no editor
// whose changes would only be refused.
void TestSidebar::readOnlyCommentOpensNoEditor()
{
    const QString path = m_dir.filePath(u"read-only.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("Title\nBody \xff [1].\nReferences:\n[1] https://a.example/1\nComments\nBob: Fine.\n");
    file.close();
    ArticleDocument document;
    QString error;
    QVERIFY2(document.load(path, &error), qPrintable(error));
    QVERIFY(document.isReadOnly());
    CommentsPanel panel(&document);
    QAbstractItemView *view = panel.findChild<QTreeView *>();
    QVERIFY(view);
    view->setCurrentIndex(panel.model()->index(0, 0));
    QCOMPARE(panel.selectedComment(), 0);
    bool seen = false;
    QTimer *watcher = whenModal<CommentDialog>(
        [](CommentDialog *dialog) { dialog->buttons()->button(QDialogButtonBox::Cancel)->click(); }, &seen);
    Q_EMIT view->activated(view->currentIndex());
    QVERIFY(!seen);
    delete watcher;

    // A writable one opens the editor.
    m_document->addComment(u"Bob"_s, u"Fine."_s);
    CommentsPanel writable(m_document);
    view = writable.findChild<QTreeView *>();
    view->setCurrentIndex(writable.model()->index(0, 0));
    whenModal<CommentDialog>(
        [](CommentDialog *dialog) { dialog->buttons()->button(QDialogButtonBox::Cancel)->click(); }, &seen);
    Q_EMIT view->activated(view->currentIndex());
    QVERIFY(seen);
}

// A hidden comments list does not measure its rows (its view would do so after every analysis); it
// sizes its columns to them when it is shown.
void TestSidebar::commentColumnsAreSizedWhenShown()
{
    CommentsPanel panel(m_document);
    const QString author = u"Bartholomew Featherstonehaugh-Smythe"_s;
    m_document->addComment(author, u"A second source, please."_s);
    m_document->analyseNow();
    QCoreApplication::processEvents();
    QCOMPARE(panel.model()->rowCount(), 1);
    QFont bold = panel.view()->font();
    bold.setBold(true); // authors are shown in bold
    const int authorWidth = QFontMetrics(bold).horizontalAdvance(author);
    QHeaderView *header = panel.view()->header();
    QVERIFY(header->sectionSize(CommentsModel::AuthorColumn) < authorWidth);

    panel.resize(900, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCoreApplication::processEvents();
    QVERIFY(header->sectionSize(CommentsModel::AuthorColumn) >= authorWidth);
}

// The sidebar's headers measure their titles in the font they draw them in, not in bold (which
// would load a bold face for that alone), and do not turn them bold when a row is selected.
void TestSidebar::headerTitlesAreMeasuredAsDrawn()
{
    QStandardItemModel model(0, 1);
    const QString title = u"Wide Title With Many Words"_s;
    model.setHorizontalHeaderLabels({title});
    QHeaderView stock(Qt::Horizontal);
    PlainHeaderView plain(Qt::Horizontal);
    for (QHeaderView *header : std::initializer_list<QHeaderView *> {&stock, &plain}) {
        header->setModel(&model);
        header->resizeSections(QHeaderView::ResizeToContents);
    }
    QFont bold = plain.font();
    bold.setBold(true);
    const int boldExtra
        = QFontMetrics(bold).size(0, title).width() - plain.fontMetrics().size(0, title).width();
    QVERIFY(boldExtra > 0);
    QCOMPARE(plain.sectionSize(0), stock.sectionSize(0) - boldExtra);
    QVERIFY(!plain.highlightSections());

    auto *references = static_cast<QTableView *>(m_references->view());
    QVERIFY(qobject_cast<PlainHeaderView *>(references->horizontalHeader()));
    QVERIFY(references->horizontalHeader()->isSortIndicatorShown());
    QVERIFY(references->horizontalHeader()->sectionsClickable());
    CommentsPanel comments(m_document);
    QVERIFY(qobject_cast<PlainHeaderView *>(comments.view()->header()));
    QVERIFY(comments.view()->header()->stretchLastSection());
    QVERIFY(comments.view()->header()->sectionsMovable());
    QVERIFY(!comments.view()->header()->isFirstSectionMovable()); // as a tree view's own header
    ProblemsPanel problems(m_document);
    QVERIFY(qobject_cast<PlainHeaderView *>(problems.findChild<QTreeView *>()->header()));
}

void TestSidebar::problemActivation()
{
    ProblemsPanel panel(m_document);
    const QList<Diagnostic> diagnostics = m_document->diagnostics();
    QVERIFY(!diagnostics.isEmpty()); // [2] is unused
    QCOMPARE(panel.problemCount(), diagnostics.size());
    QVERIFY(panel.windowTitle().contains(QString::number(diagnostics.size())));

    QSignalSpy activated(&panel, &ProblemsPanel::problemActivated);
    QTreeView *view = panel.view();
    const int last = int(diagnostics.size()) - 1;
    view->setCurrentIndex(view->model()->index(last, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().value<qsizetype>(), diagnostics.at(last).span.start);

    // Citing [2] fixes it (and the order of first use): the count follows.
    QSignalSpy counted(&panel, &ProblemsPanel::countChanged);
    QTextCursor cursor(m_document->textDocument());
    cursor.setPosition(article.indexOf(u" [3]"_s));
    cursor.insertText(u" [2]"_s);
    m_document->analyseNow();
    QVERIFY(panel.problemCount() < diagnostics.size());
    QCOMPARE(counted.size(), 1);
    QCOMPARE(counted.first().first().toInt(), panel.problemCount());
}

// In a narrow panel the messages keep the room, not the codes: the Code column is hidden until there
// is room for it beside a message twice as wide, and each row's tooltip names the code.
void TestSidebar::problemCodesGiveWayInANarrowPanel()
{
    ProblemsPanel panel(m_document);
    QTreeView *view = panel.view();
    QVERIFY(panel.problemCount() > 0);
    panel.resize(1000, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(!view->isColumnHidden(ProblemsModel::CodeColumn));
    const int message = view->columnWidth(ProblemsModel::MessageColumn);
    QVERIFY(message >= 2 * view->columnWidth(ProblemsModel::CodeColumn));

    panel.resize(420, 300);
    QTRY_VERIFY(view->isColumnHidden(ProblemsModel::CodeColumn));
    QVERIFY(view->columnWidth(ProblemsModel::MessageColumn) > 150);
    const QModelIndex first = view->model()->index(0, ProblemsModel::MessageColumn);
    const QStringList tip = first.data(Qt::ToolTipRole).toString().split(u'\n');
    QCOMPARE(tip.first(), first.data().toString());
    QCOMPARE(tip.last(), first.data(ProblemsModel::CodeRole).toString());

    panel.resize(1000, 300);
    QTRY_VERIFY(!view->isColumnHidden(ProblemsModel::CodeColumn));
    QVERIFY(view->columnWidth(ProblemsModel::CodeColumn) > 0);
    QCOMPARE(view->columnWidth(ProblemsModel::MessageColumn), message);
}

// As narrow as the sidebar gets in a small window, every action of the panels' tool bars has its
// button: none is left to the tool bar's overflow menu.
void TestSidebar::toolBarsShowEveryAction()
{
    CommentsPanel comments(m_document);
    for (QWidget *panel : {static_cast<QWidget *>(m_references), static_cast<QWidget *>(&comments)}) {
        panel->resize(240, 400);
        panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(panel));
        auto *toolBar = panel->findChild<QToolBar *>();
        QVERIFY(toolBar);
        const QList<QAction *> actions = toolBar->actions();
        QVERIFY(actions.size() >= 3);
        for (QAction *action : actions) {
            QWidget *button = toolBar->widgetForAction(action);
            QVERIFY2(button && button->isVisible(), qPrintable(action->text()));
            QVERIFY(!action->toolTip().isEmpty());
            QVERIFY(!button->accessibleName().isEmpty());
        }
        // The overflow button stays hidden.
        for (auto *button : toolBar->findChildren<QToolButton *>()) {
            if (!toolBar->actions().contains(button->defaultAction()))
                QVERIFY2(!button->isVisible(), qPrintable(button->objectName()));
        }
        panel->hide();
    }
}

// The status bar's word count: words separated by spaces, and each character of Chinese and
// Japanese, which are written without spaces; citation markers are not counted.
void TestSidebar::wordsAreCountedInEveryScript()
{
    const auto words = [](const QString &body) {
        return StatusCounts::wordCount(parseArticle(u"Title here\n"_s + body + u"\n"_s));
    };
    QCOMPARE(words(u"Kim's three-way talks began."_s), 2 + 4);
    QCOMPARE(words(u"以前碰过很多次这个问题。"_s), 2 + 11);
    QCOMPARE(words(u"Ubuntu/bash组合下"_s), 2 + 2 + 3);
    QCOMPARE(words(u"東京で会議が開かれた"_s), 2 + 10);
    QCOMPARE(words(u"참고 문헌 목록"_s), 2 + 3); // Korean puts spaces between words
    // Markers are no words, in the title or the text, so renumbering leaves the count as it is.
    QCOMPARE(words(u"Body text [1] and [2-4], [5, 6][7]."_s), 2 + 3);
    QCOMPARE(StatusCounts::wordCount(parseArticle(u"Title [3] here\nA [1] b.\n"_s)), 2 + 2);
}

QTEST_MAIN(TestSidebar)
#include "tst_sidebar.moc"
