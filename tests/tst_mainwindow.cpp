// The assembled main window: real clicks on markers, typing, renumbering, saving, the unsaved-changes
// question, the sidebar and problems wiring, and the translations.
#include "articledocument.h"
#include "articlegenerator.h"
#include "bodyeditor.h"
#include "findreplacebar.h"
#include "mainwindow.h"
#include "mainwindowactions.h"
#include "markerhighlighter.h"
#include "problemsmodel.h"
#include "problemspanel.h"
#include "readingview.h"
#include "recentfiles.h"
#include "referencesmodel.h"
#include "referencespanel.h"
#include "statuscounts.h"
#include "translations.h"
#include "urlopener.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>
#include <QTreeView>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Citewise;

namespace {

// Records what would be opened instead of starting a browser; anything that needs confirming is refused.
class RecordingOpener : public UrlOpener
{
public:
    QList<QUrl> launched;
    QStringList confirmations;

protected:
    void launch(const QUrl &url) override { launched.append(url); }
    bool confirm(const QString &url, QWidget *) override
    {
        confirmations.append(url);
        return false;
    }
};

QString fixture(const QString &name)
{
    return QStringLiteral(CITEWISE_FIXTURES_DIR) + u'/' + name;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs `handler` on the next modal dialog as soon as it is shown (the caller then blocks in exec()).
void onNextModal(std::function<void(QWidget *)> handler)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, handler] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            handler(modal);
        }
    });
    timer->start();
}

// Answers the next message box with `button`, recording its text and default button.
void answerMessageBox(QMessageBox::StandardButton button, QString *text = nullptr,
    QMessageBox::StandardButton *defaultButton = nullptr)
{
    onNextModal([=](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY2(box, "expected a message box");
        if (text)
            *text = box->text();
        if (defaultButton)
            *defaultButton = box->standardButton(box->defaultButton());
        QVERIFY(box->button(button));
        box->button(button)->click();
    });
}

QString plainText(const QString &menuText)
{
    return QString(menuText).remove(u'&');
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void clickOnMarkerOpensItsReference_data();
    void clickOnMarkerOpensItsReference();
    void javascriptReferenceIsNotLaunched();
    void danglingMarkerOnlyExplains();
    void typingUpdatesViewsAndUndoRestores();
    void typingReportsOnlyWhatWasTyped();
    void renumberIsOneUndoStep();
    void findBarOpensOnDemand();
    void largeArticleStaysFunctional();
    void openThenSaveIsByteIdentical_data();
    void openThenSaveIsByteIdentical();
    void addedCommentAndReferenceAreSaved();
    void unsavedChangesPrompt();
    void loadErrorKeepsTheArticle();
    void readOnlyDocumentShowsBanner();
    void sidebarSelectionHighlightsMarkers();
    void problemActivationMovesCursor();
    void problemMovedByTypingIsFoundWhereItIsNow();
    void titleAndRecentFiles();
    void f6CyclesThroughPanes();
    void droppedFileOpens();
    void translationLoads_data();
    void translationLoads();

private:
    MainWindow *openWindow(const QString &path);
    QString copyFixture(const QString &name);

    QTemporaryDir m_dir;
    RecordingOpener *m_opener = nullptr;
    QList<QPointer<MainWindow>> m_windows;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"CitewiseTest"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

void TestMainWindow::init()
{
    m_opener = new RecordingOpener;
}

void TestMainWindow::cleanup()
{
    for (const QPointer<MainWindow> &window : std::as_const(m_windows)) {
        if (window) {
            window->document()->setModified(false);
            delete window.data();
        }
    }
    m_windows.clear();
    delete m_opener;
    m_opener = nullptr;
}

QString TestMainWindow::copyFixture(const QString &name)
{
    const QString target = m_dir.filePath(QFileInfo(name).fileName());
    QFile::remove(target);
    if (!QFile::copy(fixture(name), target))
        return {};
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

MainWindow *TestMainWindow::openWindow(const QString &path)
{
    auto *window = new MainWindow;
    m_windows.append(window);
    window->setUrlOpener(m_opener);
    window->resize(1280, 800);
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        return nullptr;
    if (!path.isEmpty() && !window->openFile(path))
        return nullptr;
    window->document()->analyseNow();
    return window;
}

void TestMainWindow::clickOnMarkerOpensItsReference_data()
{
    QTest::addColumn<int>("marker");
    QTest::addColumn<qint64>("number");
    QTest::addColumn<QString>("url");
    QTest::addRow("first marker") << 0 << qint64(1) << u"https://example.org/bridge-reopens"_s;
    QTest::addRow("second marker") << 1 << qint64(2) << u"https://example.org/officials"_s;
}

void TestMainWindow::clickOnMarkerOpensItsReference()
{
    QFETCH(int, marker);
    QFETCH(qint64, number);
    QFETCH(QString, url);
    MainWindow *window = openWindow(copyFixture(u"mainwindow/article.txt"_s));
    QVERIFY(window);
    ReadingView *view = window->readingView();
    QCOMPARE(view->markerCount(), 4);
    const QRect rect = view->markerRect(marker);
    QVERIFY(!rect.isNull());

    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(m_opener->launched, QList<QUrl> {QUrl(url)});
    QCOMPARE(window->referencesPanel()->selectedNumber(), number);
    QCOMPARE(view->highlightedReference(), number);
    QCOMPARE(window->editor()->highlightedReference(), number);
}

void TestMainWindow::javascriptReferenceIsNotLaunched()
{
    MainWindow *window = openWindow(copyFixture(u"mainwindow/article.txt"_s));
    QVERIFY(window);
    const QRect rect = window->readingView()->markerRect(2);
    QVERIFY(!rect.isNull());
    QTest::mouseClick(window->readingView()->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(m_opener->confirmations, QStringList {u"javascript:alert(1)"_s});
    QVERIFY(m_opener->launched.isEmpty());
    QCOMPARE(window->referencesPanel()->selectedNumber(), 3);
}

void TestMainWindow::danglingMarkerOnlyExplains()
{
    MainWindow *window = openWindow(copyFixture(u"mainwindow/article.txt"_s));
    QVERIFY(window);
    const QRect rect = window->readingView()->markerRect(3);
    QVERIFY(!rect.isNull());
    QTest::mouseClick(window->readingView()->viewport(), Qt::LeftButton, {}, rect.center());
    QVERIFY(m_opener->launched.isEmpty());
    QVERIFY(m_opener->confirmations.isEmpty());
    QVERIFY2(window->statusBar()->currentMessage().contains(u"[4]"_s),
        qPrintable(window->statusBar()->currentMessage()));
}

void TestMainWindow::typingUpdatesViewsAndUndoRestores()
{
    MainWindow *window = openWindow(copyFixture(u"mainwindow/article.txt"_s));
    QVERIFY(window);
    ArticleDocument *document = window->document();
    const QString original = document->textDocument()->toPlainText();
    const int problemsBefore = int(document->diagnostics().size());
    QCOMPARE(window->statusCounts()->citationsLabel()->text(), u"Citations: 4"_s);

    // At the end of the second body paragraph.
    BodyEditor *editor = window->editor();
    QTextCursor cursor(document->textDocument()->findBlockByNumber(2));
    cursor.movePosition(QTextCursor::EndOfBlock);
    editor->setTextCursor(cursor);
    editor->setFocus();
    QTest::keyClicks(editor, u" Divers checked the pillars [5]."_s);
    QTRY_COMPARE(window->readingView()->markerCount(), 5);
    QCOMPARE(window->statusCounts()->citationsLabel()->text(), u"Citations: 5"_s);
    QTRY_COMPARE(document->diagnostics().size(), problemsBefore + 1); // [5] is dangling too
    QVERIFY(window->isWindowModified());
    QVERIFY(plainText(window->actions()->undo->text()).startsWith(u"Undo "_s));

    while (window->actions()->undo->isEnabled())
        window->actions()->undo->trigger();
    QCOMPARE(document->textDocument()->toPlainText(), original);
    document->analyseNow();
    QCOMPARE(window->readingView()->markerCount(), 4);
    QCOMPARE(window->statusCounts()->citationsLabel()->text(), u"Citations: 4"_s);
    QVERIFY(!window->isWindowModified());
}

// Colouring the markers of the blocks on screen is no edit: a key typed after the editor has painted is
// reported as that one character, so only its line is read again (not everything from the first
// coloured block down to it).
void TestMainWindow::typingReportsOnlyWhatWasTyped()
{
    MainWindow *window = openWindow(copyFixture(u"mainwindow/article.txt"_s));
    QVERIFY(window);
    ArticleDocument *document = window->document();
    BodyEditor *editor = window->editor();
    QTRY_VERIFY(editor->highlighter()->isBodyLine(3));
    editor->viewport()->repaint(); // colours the visible blocks: the markers on lines 2 and 3

    QSignalSpy changes(document->textDocument(), &QTextDocument::contentsChange);
    QTextCursor cursor(document->textDocument()->findBlockByNumber(2));
    cursor.movePosition(QTextCursor::EndOfBlock);
    editor->setTextCursor(cursor);
    editor->setFocus();
    const int at = cursor.position();
    QTest::keyClick(editor, Qt::Key_X);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.at(0).at(0).toInt(), at);
    QCOMPARE(changes.at(0).at(1).toInt(), 0);
    QCOMPARE(changes.at(0).at(2).toInt(), 1);
    document->analyseNow();
    QVERIFY(!document->lastChange().whole);
    QCOMPARE(document->lastChange().firstLine, 3);
    QCOMPARE(document->lastChange().newLineEnd, 4);
    document->setModified(false);
}

// A generated article of a few megabytes: a marker deep in it can be clicked, renumbering is one undo
// step, and saving writes exactly the document.
void TestMainWindow::largeArticleStaysFunctional()
{
    Bench::GeneratorOptions options;
    options.targetBytes = 3 * 1024 * 1024;
    const QString path = m_dir.filePath(u"large.txt"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(Bench::generateArticle(options));
    }
    MainWindow *window = openWindow(path);
    QVERIFY(window);
    const Article &article = window->document()->article();

    // The reference first cited last: its first marker is far down the article.
    QHash<qint64, int> firstUse;
    for (int i = 0; i < article.citations.size(); ++i) {
        const Citation &citation = article.citations.at(i);
        if (citation.form == Citation::Form::Single && !firstUse.contains(citation.numbers.first().value))
            firstUse.insert(citation.numbers.first().value, i);
    }
    qint64 number = 0;
    int marker = -1;
    for (const Reference &reference : article.references) {
        const int first = firstUse.value(reference.number, -1);
        if (first > marker) {
            marker = first;
            number = reference.number;
        }
    }
    QVERIFY(marker > article.citations.size() / 2);
    QString url;
    for (const Reference &reference : article.references) {
        if (reference.number == number)
            url = reference.url;
    }
    ReadingView *view = window->readingView();
    view->highlightReference(number); // scrolls its first marker into view
    const QRect rect = view->markerRect(marker);
    QVERIFY(!rect.isNull());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(m_opener->launched, QList<QUrl> {QUrl(url)});
    QCOMPARE(window->referencesPanel()->selectedNumber(), number);

    QTextDocument *text = window->document()->textDocument();
    const QString original = text->toPlainText();
    window->actions()->renumber->trigger();
    window->document()->analyseNow();
    QVERIFY(text->toPlainText() != original);
    QCOMPARE(window->document()->undoName(), ArticleDocument::tr("Renumber citations"));
    window->actions()->undo->trigger();
    QCOMPARE(text->toPlainText(), original);
    window->actions()->redo->trigger();
    window->document()->analyseNow();

    QVERIFY(window->save());
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), window->document()->toBytes());
    QVERIFY(!window->isWindowModified());
}

void TestMainWindow::renumberIsOneUndoStep()
{
    const QString path = copyFixture(u"mainwindow/unordered.txt"_s);
    MainWindow *window = openWindow(path);
    QVERIFY(window);
    QTextDocument *text = window->document()->textDocument();
    const QString original = text->toPlainText();

    window->actions()->renumber->trigger();
    window->document()->analyseNow();
    QCOMPARE(text->toPlainText(),
        u"Ferry Timetable Changes\n"
        "The winter timetable starts on Monday [1] and keeps the night crossing [2].\n"
        "Fares stay the same [1].\n"
        "References:\n"
        "[1] https://example.org/winter-timetable Winter timetable\n"
        "[2] https://example.org/night-crossing Night crossing\n"_s);
    QCOMPARE(plainText(window->actions()->undo->text()), u"Undo %1"_s.arg(window->document()->undoName()));

    window->actions()->undo->trigger();
    QCOMPARE(text->toPlainText(), original);
    QVERIFY(!window->actions()->undo->isEnabled());
    QVERIFY(plainText(window->actions()->redo->text()).startsWith(u"Redo "_s));
}

// The find bar is built the first time it is asked for (not at start-up), and then works in the editor.
void TestMainWindow::findBarOpensOnDemand()
{
    MainWindow *window = openWindow(copyFixture(u"mainwindow/unordered.txt"_s));
    QVERIFY(window);
    QVERIFY(!window->findChild<FindReplaceBar *>());

    window->actions()->find->trigger();
    auto *bar = window->findChild<FindReplaceBar *>();
    QVERIFY(bar);
    QVERIFY(bar->isVisible());
    QVERIFY(window->editor()->isVisible());
    QTRY_VERIFY(bar->findField()->hasFocus());
    QTest::keyClicks(bar->findField(), u"night"_s);
    QTest::keyClick(bar->findField(), Qt::Key_Return);
    QCOMPARE(window->editor()->textCursor().selectedText(), u"night"_s);

    window->actions()->replace->trigger();
    QCOMPARE(window->findChildren<FindReplaceBar *>().size(), 1); // the same bar, not a second one
    QVERIFY(bar->replaceField()->isVisible());
}

void TestMainWindow::openThenSaveIsByteIdentical_data()
{
    QTest::addColumn<QString>("name");
    QTest::addRow("lf") << u"format/lf.txt"_s;
    QTest::addRow("crlf") << u"format/crlf.txt"_s;
    QTest::addRow("bom") << u"format/bom.txt"_s;
    QTest::addRow("cjk-rtl") << u"format/cjk-rtl.txt"_s;
    QTest::addRow("no trailing newline") << u"format/no-trailing-newline.txt"_s;
    QTest::addRow("main window article") << u"mainwindow/article.txt"_s;
}

void TestMainWindow::openThenSaveIsByteIdentical()
{
    QFETCH(QString, name);
    const QString path = copyFixture(name);
    const QByteArray before = readAll(path);
    MainWindow *window = openWindow(path);
    QVERIFY(window);
    QVERIFY(window->save());
    QCOMPARE(readAll(path), before);
}

void TestMainWindow::addedCommentAndReferenceAreSaved()
{
    const QString path = copyFixture(u"mainwindow/article.txt"_s);
    MainWindow *window = openWindow(path);
    QVERIFY(window);

    // Citations ▸ Add Reference… through its dialog.
    onNextModal([](QWidget *modal) {
        auto *dialog = qobject_cast<QDialog *>(modal);
        QVERIFY(dialog);
        const QList<QLineEdit *> fields = dialog->findChildren<QLineEdit *>();
        QLineEdit *url = nullptr;
        QLineEdit *label = nullptr;
        for (QLineEdit *field : fields) {
            if (field->accessibleName().contains(u"URL"_s, Qt::CaseInsensitive))
                url = field;
            else if (field->accessibleName().contains(u"label"_s, Qt::CaseInsensitive))
                label = field;
        }
        QVERIFY(url && label);
        url->setText(u"https://example.org/inspection"_s);
        label->setText(u"Inspection plan"_s);
        dialog->accept();
    });
    window->actions()->addReference->trigger();
    window->document()->addComment(u"Mina"_s, u"Check the reopening date."_s);
    window->document()->analyseNow();
    QCOMPARE(window->document()->article().references.size(), 4);
    QCOMPARE(window->document()->article().comments.size(), 1);
    QVERIFY(window->save());

    const QByteArray saved = readAll(path);
    QVERIFY(saved.contains("[4] https://example.org/inspection Inspection plan"));
    QVERIFY(saved.contains("Check the reopening date."));
    QVERIFY(!saved.contains("No comments yet"));

    MainWindow *reopened = openWindow(path);
    QVERIFY(reopened);
    QCOMPARE(reopened->document()->textDocument()->toPlainText(),
        window->document()->textDocument()->toPlainText());
    QCOMPARE(reopened->document()->article().references.size(), 4);
    QCOMPARE(reopened->document()->article().comments.size(), 1);
    QCOMPARE(reopened->document()->article().comments.first().author, u"Mina"_s);
    QCOMPARE(reopened->readingView()->markerCount(), 4);
}

void TestMainWindow::unsavedChangesPrompt()
{
    const QString path = copyFixture(u"mainwindow/article.txt"_s);
    MainWindow *window = openWindow(path);
    QVERIFY(window);
    window->editor()->moveCursor(QTextCursor::Start);
    window->editor()->setFocus();
    QTest::keyClicks(window->editor(), u"Draft "_s);
    QVERIFY(window->document()->isModified());

    QString text;
    QMessageBox::StandardButton defaultButton = QMessageBox::NoButton;
    answerMessageBox(QMessageBox::Cancel, &text, &defaultButton);
    QVERIFY(!window->close());
    QVERIFY(window->isVisible());
    QVERIFY2(text.contains(u"article.txt"_s), qPrintable(text));
    QCOMPARE(defaultButton, QMessageBox::Cancel);

    // Opening another file asks too; Cancel keeps the edited text.
    answerMessageBox(QMessageBox::Cancel);
    QVERIFY(!window->openFile(copyFixture(u"mainwindow/unordered.txt"_s)));
    QVERIFY(window->document()->textDocument()->toPlainText().startsWith(u"Draft "_s));

    answerMessageBox(QMessageBox::Discard);
    QVERIFY(window->close());
    QVERIFY(!window->isVisible());
    QCOMPARE(readAll(path), readAll(fixture(u"mainwindow/article.txt"_s)));
}

void TestMainWindow::loadErrorKeepsTheArticle()
{
    MainWindow *window = openWindow(copyFixture(u"mainwindow/article.txt"_s));
    QVERIFY(window);
    const QString before = window->document()->textDocument()->toPlainText();
    QString text;
    answerMessageBox(QMessageBox::Ok, &text);
    QVERIFY(!window->openFile(m_dir.filePath(u"does-not-exist.txt"_s)));
    QVERIFY2(text.contains(u"does-not-exist.txt"_s), qPrintable(text));
    QCOMPARE(window->document()->textDocument()->toPlainText(), before);

    answerMessageBox(QMessageBox::Ok);
    QVERIFY(!window->openFile(m_dir.path()));
    QCOMPARE(window->document()->textDocument()->toPlainText(), before);
}

void TestMainWindow::readOnlyDocumentShowsBanner()
{
    MainWindow *window = openWindow(copyFixture(u"format/invalid-utf8.txt"_s));
    QVERIFY(window);
    QVERIFY(window->document()->isReadOnly());
    QVERIFY(window->editor()->isReadOnly());
    QVERIFY(window->readOnlyBanner()->isVisible());
    QVERIFY(window->readOnlyBanner()->text().contains(window->document()->readOnlyReason().toHtmlEscaped()));
    // It stands out from the text: painted on its own warm background.
    const QImage banner = window->readOnlyBanner()->grab().toImage();
    QCOMPARE(banner.pixelColor(2, 2), QColor(0xff, 0xf4, 0xce));
    QVERIFY(!window->actions()->renumber->isEnabled());

    window->openFile(copyFixture(u"mainwindow/article.txt"_s));
    QVERIFY(!window->editor()->isReadOnly());
    QVERIFY(!window->readOnlyBanner()->isVisible());
}

void TestMainWindow::sidebarSelectionHighlightsMarkers()
{
    MainWindow *window = openWindow(copyFixture(u"mainwindow/article.txt"_s));
    QVERIFY(window);
    QAbstractItemView *view = window->referencesPanel()->view();
    QModelIndex second;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        if (index.data(ReferencesModel::NumberRole).toLongLong() == 2)
            second = index;
    }
    QVERIFY(second.isValid());
    view->setCurrentIndex(second);
    QCOMPARE(window->readingView()->highlightedReference(), 2);
    QVERIFY(!window->readingView()->extraSelections().isEmpty());
    QCOMPARE(window->editor()->highlightedReference(), 2);
    QVERIFY(!window->editor()->extraSelections().isEmpty());
    QVERIFY(m_opener->launched.isEmpty()); // selecting is not opening
}

void TestMainWindow::problemActivationMovesCursor()
{
    MainWindow *window = openWindow(copyFixture(u"mainwindow/article.txt"_s));
    QVERIFY(window);
    QTreeView *view = window->problemsPanel()->view();
    QVERIFY(view->model()->rowCount() > 0);
    const QModelIndex first = view->model()->index(0, 0);
    const auto position = first.data(ProblemsModel::PositionRole).value<qsizetype>();
    QVERIFY(position > 0);
    window->editor()->moveCursor(QTextCursor::Start);

    view->setFocus();
    view->setCurrentIndex(first);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(window->editor()->textCursor().position(), position);
    QCOMPARE(window->focusWidget(), window->editor());
}

// Typing above a problem moves it in the text without changing what the list shows of it; the list
// is not told to redraw it, but activating it still goes to where it stands now.
void TestMainWindow::problemMovedByTypingIsFoundWhereItIsNow()
{
    MainWindow *window = openWindow(copyFixture(u"mainwindow/article.txt"_s));
    QVERIFY(window);
    QTreeView *view = window->problemsPanel()->view();
    const int last = view->model()->rowCount() - 1;
    QVERIFY(last >= 0);
    const auto before = view->model()->index(last, 0).data(ProblemsModel::PositionRole).value<qsizetype>();
    const QString shown = view->model()->index(last, ProblemsModel::PositionColumn).data().toString();

    BodyEditor *editor = window->editor();
    QTextCursor cursor(editor->document());
    cursor.setPosition(int(editor->toPlainText().indexOf(u"The harbour"_s)));
    editor->setTextCursor(cursor);
    editor->setFocus();
    QTest::keyClicks(editor, u"xy"_s);
    window->document()->analyseNow();
    QCOMPARE(view->model()->index(last, ProblemsModel::PositionColumn).data().toString(), shown);

    view->setFocus();
    view->setCurrentIndex(view->model()->index(last, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(editor->textCursor().position(), before + 2);
}

void TestMainWindow::titleAndRecentFiles()
{
    const QString path = copyFixture(u"mainwindow/article.txt"_s);
    MainWindow *window = openWindow(path);
    QVERIFY(window);
    QCOMPARE(window->windowTitle(), u"article.txt[*] — Citewise"_s);
    QVERIFY(!window->isWindowModified());
    QCOMPARE(window->recentFiles()->files().value(0), QFileInfo(path).absoluteFilePath());

    const QString other = copyFixture(u"mainwindow/unordered.txt"_s);
    QVERIFY(window->openFile(other));
    QCOMPARE(window->recentFiles()->files().mid(0, 2),
        (QStringList {QFileInfo(other).absoluteFilePath(), QFileInfo(path).absoluteFilePath()}));
    QFile::remove(other);
    QCOMPARE(window->recentFiles()->files().value(0), QFileInfo(path).absoluteFilePath());

    // Opening the file that heads the list again leaves the settings file alone: a line added to it
    // here would not survive a write.
    QVERIFY(window->openFile(path));
    QSettings().sync();
    QFile settingsFile(QSettings().fileName());
    QVERIFY(settingsFile.open(QIODevice::Append));
    settingsFile.write("; kept\n");
    settingsFile.close();
    QVERIFY(window->openFile(path));
    QCoreApplication::processEvents();
    QSettings().sync();
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    QVERIFY(settingsFile.readAll().endsWith("; kept\n"));
}

void TestMainWindow::f6CyclesThroughPanes()
{
    MainWindow *window = openWindow(copyFixture(u"mainwindow/article.txt"_s));
    QVERIFY(window);
    window->activateWindow();
    window->readingView()->setFocus();
    QAction *next = window->actions()->nextPane;
    next->trigger();
    QCOMPARE(window->focusWidget(), window->editor());
    next->trigger();
    QCOMPARE(window->focusWidget(), window->referencesPanel()->view());
    next->trigger();
    QVERIFY(window->problemsPanel()->isAncestorOf(window->focusWidget()));
    next->trigger();
    QCOMPARE(window->focusWidget(), window->readingView());
    window->actions()->previousPane->trigger();
    QVERIFY(window->problemsPanel()->isAncestorOf(window->focusWidget()));
}

void TestMainWindow::droppedFileOpens()
{
    MainWindow *window = openWindow({});
    QVERIFY(window);
    const QString path = copyFixture(u"mainwindow/unordered.txt"_s);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint centre = window->readingView()->viewport()->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(window->readingView()->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(window->readingView()->viewport(), &drop);
    QTRY_COMPARE(window->document()->filePath(), QFileInfo(path).absoluteFilePath());
    QVERIFY(!window->document()->textDocument()->toPlainText().contains(u"file://"_s));
}

void TestMainWindow::translationLoads_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("citations");
    QTest::addColumn<QString>("problem"); // part of the citation-order message
    QTest::addRow("German") << QLocale(QLocale::German, QLocale::Germany) << u"Datei"_s << u"Quellenangaben"_s
                            << u"ersten Verwendung"_s;
    QTest::addRow("Korean") << QLocale(QLocale::Korean, QLocale::SouthKorea) << u"파일"_s << u"인용"_s
                            << u"처음 인용된 순서"_s;
}

// Menus, tabs and the problems the engine finds all come in the user's language.
void TestMainWindow::translationLoads()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, file);
    QFETCH(QString, citations);
    QFETCH(QString, problem);
    QVERIFY(installTranslations(locale));
    MainWindow *window = openWindow(copyFixture(u"mainwindow/unordered.txt"_s));
    QVERIFY(window);
    const QString fileTitle = plainText(window->actions()->fileMenu->title());
    const QString citationsTitle = plainText(window->actions()->citationsMenu->title());
    const QString tab = window->sidebarTabs()->tabText(0);
    const ProblemsModel *problems = window->problemsPanel()->model();
    QStringList messages;
    for (int row = 0; row < problems->rowCount(); ++row)
        messages.append(problems->index(row, ProblemsModel::MessageColumn).data().toString());
    installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(fileTitle.startsWith(file), qPrintable(fileTitle));
    QVERIFY2(citationsTitle.startsWith(citations), qPrintable(citationsTitle));
    QVERIFY(tab != u"References"_s);
    QVERIFY(!messages.isEmpty());
    QVERIFY2(messages.join(u'\n').contains(problem), qPrintable(messages.join(u'\n')));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
