// The sidebar's dialogs over a file reloaded under them: Edit Reference, Remove Reference and Edit
// Comment act on the entry or comment they showed, wherever the reload moved it, and leave alone one
// that changed meanwhile. Editing at large: tst_mainwindowedits.
#include "articledocument.h"
#include "commentdialog.h"
#include "commentsmodel.h"
#include "commentspanel.h"
#include "mainwindow.h"
#include "referencedialog.h"
#include "referencespanel.h"

#include "mainwindowtestutil.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QSpinBox>
#include <QStatusBar>
#include <QTest>
#include <QTreeView>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Citewise;
using namespace Citewise::Test;

class TestSidebarDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void editedReferenceIsTheOneTheDialogShowed();
    void removedReferenceIsTheOneTheBoxAskedAbout();
    void editedCommentIsTheOneTheDialogShowed();
    void entryChangedUnderTheDialogIsLeftAlone();
    void numberTakenUnderTheDialogIsLeftAlone();

private:
    // kDialogArticle written as `name`, and a window on it.
    MainWindow *openDialogArticle(const QString &name)
    {
        QFile file(m_fixture.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(kDialogArticle.toUtf8()) < 0)
            return nullptr;
        file.close();
        return m_fixture.openWindow(file.fileName());
    }

    static const QString kDialogArticle;
    Test::WindowFixture m_fixture;
};

const QString TestSidebarDialogs::kDialogArticle
    = u"Dialogs over a reload\n"
      "The bridge reopened [1], officials said [2], engineers agreed [3].\n"
      "References:\n"
      "[1] https://example.org/one First\n"
      "[2] https://example.org/two Second\n"
      "[3] https://example.org/three Third\n"
      "Comments\n"
      "Alice (2025-07-02 10:00): Check the date.\n"
      "Bob (2025-07-02 11:00): The source is old.\n"_s;

namespace {

const QString kInsertedEntry = u"[0] https://inserted.example.org/zero Inserted\n"_s;

// Another program writes `text` over the window's clean file; the window reloads it by itself.
bool rewrittenOnDisk(MainWindow *window, const QString &text)
{
    QSaveFile file(window->document()->filePath());
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        return false;
    return QTest::qWaitFor([&] { return window->document()->text() == text; }, 5000);
}

} // namespace

void TestSidebarDialogs::initTestCase()
{
    QVERIFY(m_fixture.startTestCase(u"tst_sidebardialogs"_s));
}

void TestSidebarDialogs::cleanup()
{
    m_fixture.closeWindows();
}

// Edit Reference remembers the entry it shows, not its place in the list: the file reloaded under the
// dialog with an entry above it, OK changes that entry where it is now, and no other.
void TestSidebarDialogs::editedReferenceIsTheOneTheDialogShowed()
{
    MainWindow *window = openDialogArticle(u"edit-reference.txt"_s);
    QVERIFY(window);
    QString reloaded = kDialogArticle;
    reloaded.replace(u"[1] https"_s, kInsertedEntry + u"[1] https"_s);
    ReferencesPanel *panel = window->referencesPanel();
    panel->selectReference(3);
    bool reloadedUnder = false;
    onNextModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<ReferenceDialog *>(modal);
        QVERIFY(dialog);
        QCOMPARE(dialog->url(), u"https://example.org/three"_s);
        dialog->labelEdit()->setText(u"Third, revised"_s);
        reloadedUnder = rewrittenOnDisk(window, reloaded);
        dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    });
    panel->editReferenceAction()->trigger();
    QVERIFY(reloadedUnder);
    QCOMPARE(window->document()->text(),
        QString(reloaded).replace(u"/three Third\n"_s, u"/three Third, revised\n"_s));
    QCOMPARE(window->document()->undoName(), u"Edit Reference"_s);
    QCOMPARE(panel->selectedNumber(), 3);
}

// Remove Reference takes away the entry its question named, though the file was reloaded with an
// entry above it while the question was open.
void TestSidebarDialogs::removedReferenceIsTheOneTheBoxAskedAbout()
{
    MainWindow *window = openDialogArticle(u"remove-reference.txt"_s);
    QVERIFY(window);
    QString reloaded = kDialogArticle;
    reloaded.replace(u"[1] https"_s, kInsertedEntry + u"[1] https"_s);
    ReferencesPanel *panel = window->referencesPanel();
    panel->selectReference(1);
    bool reloadedUnder = false;
    QString question;
    onNextModal([&](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        question = box->text();
        reloadedUnder = rewrittenOnDisk(window, reloaded);
        box->button(QMessageBox::Yes)->click();
    });
    panel->removeReferenceAction()->trigger();
    QVERIFY(reloadedUnder);
    QVERIFY2(question.startsWith(u"Reference [1] is cited"_s), qPrintable(question));
    QCOMPARE(window->document()->text(), QString(reloaded).remove(u"[1] https://example.org/one First\n"_s));
    QCOMPARE(window->document()->undoName(), u"Remove Reference"_s);
}

// Edit Comment replaces the text of the comment it shows, wherever a comment added above while it was
// open has put it.
void TestSidebarDialogs::editedCommentIsTheOneTheDialogShowed()
{
    MainWindow *window = openDialogArticle(u"edit-comment.txt"_s);
    QVERIFY(window);
    QString reloaded = kDialogArticle;
    reloaded.replace(u"Comments\n"_s, u"Comments\nCarol (2025-07-02 09:00): Seen.\n"_s);
    CommentsPanel *panel = window->commentsPanel();
    QCOMPARE(panel->model()->rowCount(), 2);
    panel->view()->setCurrentIndex(panel->model()->index(1, 0));
    QCOMPARE(panel->selectedComment(), 1);
    bool reloadedUnder = false;
    onNextModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<CommentDialog *>(modal);
        QVERIFY(dialog);
        QCOMPARE(dialog->textEdit()->toPlainText(), u"The source is old."_s);
        dialog->textEdit()->setPlainText(u"The source is from 2019."_s);
        reloadedUnder = rewrittenOnDisk(window, reloaded);
        dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    });
    panel->editCommentAction()->trigger();
    QVERIFY(reloadedUnder);
    QCOMPARE(window->document()->text(),
        QString(reloaded).replace(u"The source is old."_s, u"The source is from 2019."_s));
    QCOMPARE(window->document()->undoName(), u"Edit Comment"_s);
}

// An entry changed under its dialog (its address edited by another program) is not the one the dialog
// showed any more: OK leaves the article as it is, and the status bar says why.
void TestSidebarDialogs::entryChangedUnderTheDialogIsLeftAlone()
{
    MainWindow *window = openDialogArticle(u"changed-entry.txt"_s);
    QVERIFY(window);
    QString reloaded = kDialogArticle;
    reloaded.replace(u"https://example.org/three"_s, u"https://example.org/three-moved"_s);
    ReferencesPanel *panel = window->referencesPanel();
    panel->selectReference(3);
    bool reloadedUnder = false;
    onNextModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<ReferenceDialog *>(modal);
        QVERIFY(dialog);
        dialog->labelEdit()->setText(u"Third, revised"_s);
        reloadedUnder = rewrittenOnDisk(window, reloaded);
        dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    });
    panel->editReferenceAction()->trigger();
    QVERIFY(reloadedUnder);
    QCOMPARE(window->document()->text(), reloaded);
    QVERIFY(!window->document()->isModified());
    const QString message = window->statusBar()->currentMessage();
    QVERIFY2(message.contains(u"changed while the dialog was open"_s), qPrintable(message));

    // The same for a comment deleted on disk while its text was being edited.
    CommentsPanel *comments = window->commentsPanel();
    comments->view()->setCurrentIndex(comments->model()->index(1, 0));
    QString without = reloaded;
    without.remove(u"Bob (2025-07-02 11:00): The source is old.\n"_s);
    onNextModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<CommentDialog *>(modal);
        QVERIFY(dialog);
        dialog->textEdit()->setPlainText(u"The source is from 2019."_s);
        reloadedUnder = rewrittenOnDisk(window, without);
        dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    });
    comments->editCommentAction()->trigger();
    QVERIFY(reloadedUnder);
    QCOMPARE(window->document()->text(), without);
    QVERIFY2(window->statusBar()->currentMessage().contains(u"changed while the dialog was open"_s),
        qPrintable(window->statusBar()->currentMessage()));
}

// The Reference dialog refuses a number another entry has; one that another program gives an entry
// while the dialog is open is refused when OK is pressed: the article is left as it is, and the status
// bar says why.
void TestSidebarDialogs::numberTakenUnderTheDialogIsLeftAlone()
{
    MainWindow *window = openDialogArticle(u"taken-number.txt"_s);
    QVERIFY(window);
    ReferencesPanel *panel = window->referencesPanel();
    panel->selectReference(3);
    // The dialog `action` opens is filled in by `fill`, then another program writes `rewritten` over the
    // file before OK: the window keeps that, and says in the status bar that `number` is taken.
    const auto refusedOnOk = [&](QAction *action, const QString &rewritten, qint64 number,
                                 const std::function<void(ReferenceDialog *)> &fill) {
        window->statusBar()->clearMessage();
        bool reloadedUnder = false;
        onNextModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<ReferenceDialog *>(modal);
            QVERIFY(dialog);
            fill(dialog);
            reloadedUnder = rewrittenOnDisk(window, rewritten);
            if (dialog->number() == 4)
                answerMessageBox(QMessageBox::Yes); // [3] is cited: give it another number anyway
            dialog->buttons()->button(QDialogButtonBox::Ok)->click();
        });
        action->trigger();
        QVERIFY(reloadedUnder);
        QCOMPARE(window->document()->text(), rewritten);
        QVERIFY(!window->document()->isModified());
        const QString message = window->statusBar()->currentMessage();
        QVERIFY2(message.contains(u"another entry is now numbered %1"_s.arg(number)), qPrintable(message));
    };

    QString reloaded = kDialogArticle;
    reloaded.replace(u"[2] https://example.org/two Second\n"_s,
        u"[2] https://example.org/two Second\n[4] https://example.org/four Fourth\n"_s);
    refusedOnOk(panel->editReferenceAction(), reloaded, 4, [](ReferenceDialog *dialog) {
        dialog->numberEdit()->setValue(4); // free when the dialog opened
        QVERIFY(dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    });
    if (QTest::currentTestFailed())
        return;

    // The same for a new entry.
    QString again = reloaded;
    again.replace(u"[4] https://example.org/four Fourth\n"_s,
        u"[4] https://example.org/four Fourth\n[5] https://example.org/five Fifth\n"_s);
    refusedOnOk(panel->addReferenceAction(), again, 5, [](ReferenceDialog *dialog) {
        QCOMPARE(dialog->numberEdit()->value(), 5);
        dialog->urlEdit()->setText(u"https://example.org/new"_s);
    });
}

QTEST_MAIN(TestSidebarDialogs)
#include "tst_sidebardialogs.moc"
