// The main window and files: opening then saving gives the same bytes, additions made through the window
// are saved, the unsaved-changes question, a file that cannot be opened, a read-only file, the window
// title and recent files, a file read once when opened, and a file dropped on the window.
#include "articledocument.h"
#include "bodyeditor.h"
#include "documentguard.h"
#include "filewatcher.h"
#include "mainwindow.h"
#include "mainwindowactions.h"
#include "readingview.h"
#include "readonlybanner.h"
#include "recentfiles.h"

#include "mainwindowtestutil.h"

#include <QApplication>
#include <QDialog>
#include <QFileDialog>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <functional>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Citewise;
using namespace Citewise::Test;

class TestMainWindowFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void openThenSaveIsByteIdentical_data();
    void openThenSaveIsByteIdentical();
    void addedCommentAndReferenceAreSaved();
    void unsavedChangesPrompt();
    void loadErrorKeepsTheArticle();
    void revertDiscardsTheChanges();
    void readOnlyDocumentShowsBanner();
    void readOnlyBannerShortensInASmallWindow();
    void saveOfReadOnlyFileSaysWhy();
    void recoveredReadOnlyTextCannotBeUndone();
    void titleAndRecentFiles();
    void fileReadOnceWhenOpened();
    void droppedFileOpens();
    void fileOpenElsewhereIsBroughtForward();
    void saveAsSuggestsTheTitle();
    void anotherFileOpensAtItsTop();

private:
    MainWindow *openWindow(const QString &path) { return m_fixture.openWindow(path); }
    QString copyFixture(const QString &name) { return m_fixture.copyFixture(name); }

    Test::WindowFixture m_fixture;
};

void TestMainWindowFiles::initTestCase()
{
    QVERIFY(m_fixture.startTestCase(u"tst_mainwindowfiles"_s));
}

void TestMainWindowFiles::cleanup()
{
    m_fixture.closeWindows();
}

void TestMainWindowFiles::openThenSaveIsByteIdentical_data()
{
    QTest::addColumn<QString>("name");
    QTest::addRow("lf") << u"format/lf.txt"_s;
    QTest::addRow("crlf") << u"format/crlf.txt"_s;
    QTest::addRow("bom") << u"format/bom.txt"_s;
    QTest::addRow("cjk-rtl") << u"format/cjk-rtl.txt"_s;
    QTest::addRow("no trailing newline") << u"format/no-trailing-newline.txt"_s;
    QTest::addRow("main window article") << u"mainwindow/article.txt"_s;
}

void TestMainWindowFiles::openThenSaveIsByteIdentical()
{
    QFETCH(QString, name);
    const QString path = copyFixture(name);
    const QByteArray before = readAll(path);
    MainWindow *window = openWindow(path);
    QVERIFY(window);
    QVERIFY(window->save());
    QCOMPARE(readAll(path), before);
}

void TestMainWindowFiles::addedCommentAndReferenceAreSaved()
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

    // Read again in a window of its own (one window per file: this one is closed first).
    const QString written = window->document()->textDocument()->toPlainText();
    QVERIFY(window->close());
    MainWindow *reopened = openWindow(path);
    QVERIFY(reopened);
    QCOMPARE(reopened->document()->textDocument()->toPlainText(), written);
    QCOMPARE(reopened->document()->article().references.size(), 4);
    QCOMPARE(reopened->document()->article().comments.size(), 1);
    QCOMPARE(reopened->document()->article().comments.first().author, u"Mina"_s);
    QCOMPARE(reopened->readingView()->markerCount(), 4);
}

void TestMainWindowFiles::unsavedChangesPrompt()
{
    const QString path = copyFixture(u"mainwindow/article.txt"_s);
    MainWindow *window = openWindow(path);
    QVERIFY(window);
    window->editor()->moveCursor(QTextCursor::Start);
    window->editor()->setFocus();
    QTest::keyClicks(window->editor(), u"Draft "_s);
    QVERIFY(window->document()->isModified());

    // Each button has a mnemonic of its own (Alt+D discards), whatever the desktop's theme says.
    QStringList mnemonics;
    onNextModal([&mnemonics](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        for (QAbstractButton *button : box->buttons()) {
            const qsizetype amp = button->text().indexOf(u'&');
            QVERIFY2(amp >= 0, qPrintable(button->text()));
            mnemonics.append(button->text().mid(amp + 1, 1).toLower());
        }
        box->button(QMessageBox::Cancel)->click();
    });
    QVERIFY(!window->close());
    QCOMPARE(mnemonics.size(), 3);
    QCOMPARE(QSet<QString>(mnemonics.cbegin(), mnemonics.cend()).size(), 3);

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

    // File › Open asks once, after the file is chosen: Cancel keeps the text; cancelling the dialog asks
    // nothing.
    const QString other = copyFixture(u"mainwindow/unordered.txt"_s);
    int questions = 0;
    const auto openThrough = [&](const QString &chosen, QMessageBox::StandardButton answer) {
        QTimer::singleShot(0, window, [&, chosen, answer] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            if (chosen.isEmpty()) {
                QMetaObject::invokeMethod(dialog, &QDialog::reject);
                return;
            }
            onNextModal([&, answer](QWidget *modal) {
                auto *box = qobject_cast<QMessageBox *>(modal);
                QVERIFY(box);
                ++questions;
                box->button(answer)->click();
            });
            dialog->selectFile(chosen);
            QMetaObject::invokeMethod(dialog, &QDialog::accept);
        });
        window->actions()->open->trigger();
    };
    openThrough(QString(), QMessageBox::Cancel);
    QCOMPARE(questions, 0);
    openThrough(other, QMessageBox::Cancel);
    QCOMPARE(questions, 1);
    QVERIFY(window->document()->textDocument()->toPlainText().startsWith(u"Draft "_s));
    openThrough(other, QMessageBox::Discard);
    QTest::qWait(100); // (a second question would be answered by now)
    QCOMPARE(questions, 2);
    QCOMPARE(window->document()->filePath(), QFileInfo(other).absoluteFilePath());
    QCOMPARE(readAll(path), readAll(fixture(u"mainwindow/article.txt"_s)));
}

void TestMainWindowFiles::loadErrorKeepsTheArticle()
{
    MainWindow *window = openWindow(copyFixture(u"mainwindow/article.txt"_s));
    QVERIFY(window);
    const QString before = window->document()->textDocument()->toPlainText();
    QString text;
    answerMessageBox(QMessageBox::Ok, &text);
    QVERIFY(!window->openFile(m_fixture.filePath(u"does-not-exist.txt"_s)));
    QVERIFY2(text.contains(u"does-not-exist.txt"_s), qPrintable(text));
    QCOMPARE(window->document()->textDocument()->toPlainText(), before);

    answerMessageBox(QMessageBox::Ok);
    QVERIFY(!window->openFile(m_fixture.folder()));
    QCOMPARE(window->document()->textDocument()->toPlainText(), before);
}

// File ▸ Revert asks, Cancel by default, then loads the file as saved.
void TestMainWindowFiles::revertDiscardsTheChanges()
{
    const QString path = copyFixture(u"mainwindow/article.txt"_s);
    MainWindow *window = openWindow(path);
    QVERIFY(window);
    QAction *revert = window->actions()->revert;
    QVERIFY(!revert->isEnabled());
    const QString saved = window->document()->textDocument()->toPlainText();
    window->editor()->moveCursor(QTextCursor::End);
    window->editor()->setFocus();
    QTest::keyClicks(window->editor(), u"More"_s);
    QVERIFY(revert->isEnabled());

    QString text;
    QMessageBox::StandardButton defaultButton = QMessageBox::NoButton;
    answerMessageBox(QMessageBox::Cancel, &text, &defaultButton);
    revert->trigger();
    QVERIFY2(text.contains(u"article.txt"_s), qPrintable(text));
    QCOMPARE(defaultButton, QMessageBox::Cancel);
    QVERIFY(window->document()->textDocument()->toPlainText().endsWith(u"More"_s));

    const auto clickRevert = [] {
        onNextModal([](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box);
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                    button->click();
            }
        });
    };
    clickRevert();
    revert->trigger();
    QCOMPARE(window->document()->textDocument()->toPlainText(), saved);
    QVERIFY(!window->document()->isModified());
    QVERIFY(!revert->isEnabled());
    QVERIFY(window->statusBar()->currentMessage().contains(u"Reverted"_s));
    QCOMPARE(readAll(path), readAll(fixture(u"mainwindow/article.txt"_s)));
    // The reading view shows the text as saved.
    window->readingView()->finishRendering();
    QVERIFY(!window->readingView()->document()->toPlainText().contains(u"More"_s));
}

void TestMainWindowFiles::readOnlyDocumentShowsBanner()
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
    // Save writes a copy under a new name, and says so in the menu.
    QCOMPARE(window->actions()->save->text(), MainWindowActions::tr("Save a &Copy…"));
    QVERIFY(window->actions()->save->toolTip().startsWith(u"Save a Copy ("_s));

    window->openFile(copyFixture(u"mainwindow/article.txt"_s));
    QVERIFY(!window->editor()->isReadOnly());
    QCOMPARE(window->actions()->save->text(), MainWindowActions::tr("&Save"));
    QVERIFY(!window->readOnlyBanner()->isVisible());

    // The banner gives advice only where it helps: a copy of a file with bytes that are not UTF-8 would
    // be read-only too.
    window->openFile(copyFixture(u"format/invalid-utf8.txt"_s));
    QVERIFY(window->readOnlyBanner()->isVisible());
    QVERIFY(!window->readOnlyBanner()->text().contains(u"Save As"_s));

    // One who may write a file marked read-only (root, as the tests run in CI) edits and saves it, and it
    // stays marked read-only.
    if (::geteuid() == 0) {
        const QString marked = copyFixture(u"mainwindow/unordered.txt"_s);
        QVERIFY(QFile::setPermissions(marked, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(window->openFile(marked));
        QVERIFY(!window->document()->isReadOnly());
        QTextCursor cursor(window->document()->textDocument());
        cursor.insertText(u"Edited. "_s);
        QVERIFY(window->save());
        QCOMPARE(QFile::permissions(marked) & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther),
            QFile::Permissions());
        QVERIFY(readAll(marked).startsWith("Edited. "));
        QVERIFY(QFile::setPermissions(marked, QFile::ReadOwner | QFile::WriteOwner));
    }
}

// In a window too small for the whole reason, the banner says "Read-only." alone and keeps the reason in
// its tooltip, rather than end mid-sentence; with room again it says it whole.
void TestMainWindowFiles::readOnlyBannerShortensInASmallWindow()
{
    MainWindow *window = openWindow(copyFixture(u"format/invalid-utf8.txt"_s));
    QVERIFY(window);
    ReadOnlyBanner *banner = window->readOnlyBanner();
    const QString reason = window->document()->readOnlyReason();
    QVERIFY(banner->isVisible());
    QVERIFY(!banner->isShortened());
    QVERIFY(banner->text().contains(reason.toHtmlEscaped()));
    QVERIFY(banner->height() >= banner->heightForWidth(banner->width()));

    window->resize(420, 360);
    QTRY_VERIFY(banner->isShortened());
    QVERIFY(!banner->text().contains(reason.toHtmlEscaped()));
    QCOMPARE(banner->toolTip(), reason);
    QCOMPARE(banner->accessibleDescription(), reason);
    QTRY_VERIFY(banner->height() >= banner->heightForWidth(banner->width())); // nothing clipped

    window->resize(1280, 800);
    QTRY_VERIFY(!banner->isShortened());
    QVERIFY(banner->text().contains(reason.toHtmlEscaped()));
    QVERIFY(banner->toolTip().isEmpty());
}

// Save cannot write a file open read-only: it asks for a new name, and the window says why while the
// dialog is open (the dialog's title says it saves a copy). The copy keeps the file's bytes.
void TestMainWindowFiles::saveOfReadOnlyFileSaysWhy()
{
    const QString path = copyFixture(u"format/invalid-utf8.txt"_s);
    MainWindow *window = openWindow(path);
    QVERIFY(window);
    QVERIFY(window->document()->isReadOnly());
    const QString reason = window->document()->readOnlyReason();
    QVERIFY(!reason.isEmpty());
    // The Problems entry for those bytes says what becomes of the file, as the banner does.
    const QList<Diagnostic> diagnostics = window->document()->diagnostics();
    const auto encoding = std::find_if(diagnostics.cbegin(), diagnostics.cend(),
        [](const Diagnostic &d) { return d.code == u"invalid-encoding"_s; });
    QVERIFY(encoding != diagnostics.cend());
    QVERIFY2(encoding->message.contains(u"read-only"_s), qPrintable(encoding->message));

    QString title, message, suggested;
    const QString copy = m_fixture.filePath(u"invalid-utf8 copy.txt"_s);
    const auto answer = [&](const QString &chosen) {
        QTimer::singleShot(0, window, [&, chosen] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            title = dialog->windowTitle();
            suggested = dialog->selectedFiles().value(0);
            message = window->statusBar()->currentMessage();
            if (chosen.isEmpty()) {
                QMetaObject::invokeMethod(dialog, &QDialog::reject);
                return;
            }
            dialog->selectFile(chosen);
            QMetaObject::invokeMethod(dialog, &QDialog::accept);
        });
    };
    answer({});
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keySequence(window, window->actions()->save->shortcut());
    QTRY_VERIFY(!title.isEmpty());
    QCOMPARE(title, u"Save a Copy of “invalid-utf8.txt”"_s);
    // Suggested beside it under a name of its own: its own would be refused once chosen.
    QCOMPARE(suggested, QFileInfo(path).absolutePath() + u"/invalid-utf8 (copy).txt"_s);
    QCOMPARE(message, u"“invalid-utf8.txt” is open read-only: choose a new name for a copy. "_s + reason);
    // Cancelled, the reason stays in sight a while longer.
    QTRY_COMPARE(window->statusBar()->currentMessage(), message);
    QCOMPARE(window->document()->filePath(), QFileInfo(path).absoluteFilePath());

    answer(copy);
    QVERIFY(window->save());
    QCOMPARE(window->document()->filePath(), QFileInfo(copy).absoluteFilePath());
    QCOMPARE(readAll(copy), readAll(path));
    QVERIFY(window->statusBar()->currentMessage().startsWith(u"Saved "_s));

    // Save As keeps its own title.
    answer({});
    QVERIFY(!window->saveAs());
    QCOMPARE(title, u"Save Article As"_s);
}

// A text recovered over a file that opens read-only keeps the step that restored it, but neither Undo
// nor Redo takes a step in it: the banner says the text cannot change.
void TestMainWindowFiles::recoveredReadOnlyTextCannotBeUndone()
{
    const QString path = copyFixture(u"format/invalid-utf8.txt"_s);
    MainWindow *window = openWindow(path);
    QVERIFY(window);
    QString error;
    QVERIFY(window->document()->restoreText(path, u"Recovered title\n\nRecovered body.\n"_s, &error));
    QVERIFY(window->document()->isReadOnly());
    QVERIFY(window->document()->textDocument()->isUndoAvailable());
    QVERIFY(!window->actions()->undo->isEnabled());
    QVERIFY(!window->actions()->redo->isEnabled());
    const QString recovered = window->document()->textDocument()->toPlainText();
    window->actions()->undo->trigger(); // (as a shortcut would, were the action not disabled)
    window->editor()->undoStep();
    QCOMPARE(window->document()->textDocument()->toPlainText(), recovered);

    // A writable file's steps are there to take.
    answerMessageBox(QMessageBox::Discard); // (the recovered text is not kept)
    QVERIFY(window->openFile(copyFixture(u"mainwindow/article.txt"_s)));
    QTest::keyClicks(window->editor(), u"x"_s);
    QVERIFY(window->actions()->undo->isEnabled());
}

void TestMainWindowFiles::titleAndRecentFiles()
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

namespace {

// Bytes this process has read so far (Linux's /proc/self/io), or -1.
qint64 bytesRead()
{
    QFile io(u"/proc/self/io"_s);
    if (!io.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : io.readAll().split('\n')) {
        if (line.startsWith("rchar:"))
            return line.sliced(6).trimmed().toLongLong();
    }
    return -1;
}

} // namespace

void TestMainWindowFiles::fileReadOnceWhenOpened()
{
    // Opening a file reads it once: the file watcher is handed the bytes just read, and Save As the
    // bytes just written, rather than reading the file again to know what it holds.
    if (bytesRead() < 0)
        QSKIP("This system does not count the bytes a process reads");
    QByteArray bytes = "Large article\n\n";
    while (bytes.size() < 4 * 1024 * 1024)
        bytes += "A paragraph that cites its source [1] and goes on for a while longer.\n\n";
    bytes += "References:\n[1] https://example.com/source\n";
    const QString path = m_fixture.filePath(u"large.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
    file.close();

    MainWindow *window = openWindow({});
    QVERIFY(window);
    const qint64 before = bytesRead();
    QVERIFY(window->openFile(path));
    const qint64 read = bytesRead() - before;
    QVERIFY2(read >= bytes.size() && read < bytes.size() * 3 / 2, qPrintable(QString::number(read)));

    const QString copy = m_fixture.filePath(u"large copy.txt"_s);
    const qint64 beforeSave = bytesRead();
    // Save As, the file chosen in its dialog.
    QTimer::singleShot(0, window, [copy] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->selectFile(copy);
        QMetaObject::invokeMethod(dialog, &QDialog::accept);
    });
    QVERIFY(window->saveAs());
    QVERIFY2(
        bytesRead() - beforeSave < bytes.size() / 2, qPrintable(QString::number(bytesRead() - beforeSave)));
    QCOMPARE(readAll(copy), bytes);

    // Typed into and saved: the bytes just written are not read back, nor taken for a change on disk.
    QSignalSpy changedOnDisk(window->guard()->fileWatcher(), &DocumentFileWatcher::changedOnDisk);
    QTextCursor cursor(window->document()->textDocument());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(u"Typed at the end.\n"_s);
    const qint64 beforeOwnSave = bytesRead();
    QVERIFY(window->save());
    QVERIFY2(bytesRead() - beforeOwnSave < bytes.size() / 2,
        qPrintable(QString::number(bytesRead() - beforeOwnSave)));
    QVERIFY(readAll(copy).endsWith("Typed at the end.\n"));
    QTest::qWait(300);
    QCOMPARE(changedOnDisk.size(), 0);
    QVERIFY(!window->document()->isModified());

    // The watcher knows what the new file holds: a change by another program is still noticed (the
    // text, unmodified, is reloaded), and Citewise's own save was not taken for one.
    QCOMPARE(window->document()->filePath(), QFileInfo(copy).absoluteFilePath());
    QFile other(copy);
    QVERIFY(other.open(QIODevice::Append) && other.write("Added by another program.\n") > 0);
    other.close();
    QTRY_VERIFY(window->document()->text().endsWith(u"Added by another program.\n"_s));
}

void TestMainWindowFiles::droppedFileOpens()
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

// One file, one window: opening a file another window has open (under another name too) brings that
// window forward and leaves this one as it was.
void TestMainWindowFiles::fileOpenElsewhereIsBroughtForward()
{
    const QString path = copyFixture(u"mainwindow/unordered.txt"_s);
    MainWindow *first = openWindow(path);
    QVERIFY(first);
    const QString other = copyFixture(u"mainwindow/article.txt"_s);
    MainWindow *second = openWindow(other);
    QVERIFY(second);
    QTest::keyClicks(second->editor(), u"x"_s);
    QVERIFY(second->document()->isModified());

    const QString sameFile = QFileInfo(path).absolutePath() + u"/./"_s + QFileInfo(path).fileName();
    QVERIFY(second->openFile(sameFile)); // no question about second's unsaved changes either
    QCOMPARE(second->document()->filePath(), QFileInfo(other).absoluteFilePath());
    QVERIFY(second->document()->isModified());
    QCOMPARE(first->document()->filePath(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(MainWindow::windowHolding(sameFile), first);
    QTRY_COMPARE(QApplication::activeWindow(), first);

    // Nor is it saved over from another window: that one would reload it and lose what it holds.
    const QByteArray onDisk = readAll(path);
    QString warning;
    // The file dialog (which asks whether to replace the file: yes), then the window's warning.
    std::function<void()> answer = [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *dialog = qobject_cast<QFileDialog *>(modal)) {
            QTimer::singleShot(0, answer);
            dialog->selectFile(sameFile);
            QMetaObject::invokeMethod(dialog, &QDialog::accept);
        } else if (auto *box = qobject_cast<QMessageBox *>(modal); box && box->button(QMessageBox::Yes)) {
            QTimer::singleShot(0, answer);
            box->button(QMessageBox::Yes)->click();
        } else if (box && box->button(QMessageBox::Ok)) {
            warning = box->text();
            box->button(QMessageBox::Ok)->click();
        } else {
            QTimer::singleShot(10, answer); // not up yet
        }
    };
    QTimer::singleShot(0, second, answer);
    QVERIFY(!second->saveAs());
    QVERIFY2(warning.contains(u"open in another Citewise window"_s), qPrintable(warning));
    QCOMPARE(readAll(path), onDisk);
    QCOMPARE(second->document()->filePath(), QFileInfo(other).absoluteFilePath());
}

// A new article is offered a name made of its title, without the markers in it, in a folder that is
// there; a name typed without an extension is saved as an article (.txt).
void TestMainWindowFiles::saveAsSuggestsTheTitle()
{
    MainWindow *window = openWindow({});
    QVERIFY(window);
    window->editor()->textCursor().insertText(u"Harbour report: the bridge [1]\nIt reopened [1].\n"_s);
    window->document()->analyseNow();
    QString suggested, folder;
    const QString typed = m_fixture.filePath(u"typed-without-extension"_s);
    QTimer::singleShot(0, window, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        suggested = QFileInfo(dialog->selectedFiles().value(0)).fileName();
        folder = dialog->directory().absolutePath();
        dialog->selectFile(typed);
        QMetaObject::invokeMethod(dialog, &QDialog::accept);
    });
    // From the keyboard, whatever the desktop's theme.
    QVERIFY(!window->actions()->saveAs->shortcut().isEmpty());
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keySequence(window, window->actions()->saveAs->shortcut());
    QTRY_VERIFY(!window->document()->filePath().isEmpty());
    QCOMPARE(suggested, u"Harbour report the bridge.txt"_s);
    QVERIFY2(QFileInfo(folder).isDir(), qPrintable(folder));
    QCOMPARE(window->document()->filePath(), typed + u".txt"_s);
    QVERIFY(QFile::exists(typed + u".txt"_s));
}

// Another file opens at its top in the reading view as in the editor, wherever the reader was in the
// one before; the same file opened again keeps the reader's place.
void TestMainWindowFiles::anotherFileOpensAtItsTop()
{
    QString text = u"Long read\nFirst [1].\n\n"_s;
    for (int i = 0; i < 300; ++i)
        text += u"Paragraph %1 that takes room in both views, with words enough to wrap.\n\n"_s.arg(i);
    text += u"References:\n[1] https://example.org/one\n"_s;
    const QString folder = QFileInfo(copyFixture(u"mainwindow/article.txt"_s)).absolutePath();
    for (const QString &name : {u"a.txt"_s, u"b.txt"_s}) {
        QFile file(folder + u"/"_s + name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
    }
    MainWindow *window = openWindow(folder + u"/a.txt"_s);
    QVERIFY(window);
    QScrollBar *bar = window->readingView()->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 2000);
    bar->setValue(bar->maximum() / 2);
    const int middle = bar->value();
    QVERIFY(middle > 1000);

    QVERIFY(window->openFile(folder + u"/a.txt"_s)); // the same file read again
    QVERIFY(qAbs(bar->value() - middle) <= 1);

    QVERIFY(window->openFile(folder + u"/b.txt"_s));
    QCOMPARE(bar->value(), 0);
    QCOMPARE(window->editor()->textCursor().position(), 0);

    // A file that cannot be opened leaves the reader where they were.
    bar->setValue(middle);
    QString error;
    QVERIFY(!window->loadFile(folder + u"/missing.txt"_s, &error));
    QCOMPARE(bar->value(), middle);
}

QTEST_MAIN(TestMainWindowFiles)
#include "tst_mainwindowfiles.moc"
