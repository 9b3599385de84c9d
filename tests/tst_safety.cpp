// The main window keeps work safe end to end: typed text survives a killed session, changes made by other
// programs are noticed, saves keep links and permissions, and failures never lose or replace the text.
#include "articledocument.h"
#include "bodyeditor.h"
#include "documentguard.h"
#include "externalchangedialog.h"
#include "filewatcher.h"
#include "mainwindow.h"
#include "readonlybanner.h"
#include "recoverydialog.h"
#include "recoverystore.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <sys/stat.h>
#include <unistd.h>

using namespace Citewise;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(CITEWISE_FIXTURES_DIR) + u'/' + name;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QStringList recoveryFiles(const QString &dir)
{
    return QDir(dir).entryList({u"*.citewise-recovery"_s}, QDir::Files);
}

// Writes a recovery file by hand, as a session of this computer that has ended would have left it.
QString writeRecoveryFile(
    const QString &dir, const QString &name, const QString &originalPath, const QDateTime &savedAt)
{
    constexpr qint64 deadPid = 0x3ffffff0; // the highest pids are never handed out on a test machine
    const QJsonObject header {{"citewiseRecovery"_L1, 1}, {"originalPath"_L1, originalPath},
        {"savedAt"_L1, savedAt.toString(Qt::ISODateWithMs)}, {"pid"_L1, deadPid},
        {"host"_L1, QSysInfo::machineHostName()}};
    const QString path = dir + u'/' + name + u".citewise-recovery"_s;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QJsonDocument(header).toJson(QJsonDocument::Compact) + "\nUnsaved elsewhere.\n");
    return path;
}

// Runs `handler` on the next modal dialog once it is shown (the caller then blocks in exec()). Gives up
// after ten seconds so a missing dialog fails the test instead of answering a later one.
void onNextModal(std::function<void(QWidget *)> handler)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    auto tries = std::make_shared<int>(500);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, handler, tries] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal && --*tries > 0)
            return;
        timer->stop();
        timer->deleteLater();
        if (modal)
            handler(modal);
    });
    timer->start();
}

void answerMessageBox(QMessageBox::ButtonRole role, QString *text = nullptr)
{
    onNextModal([=](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY2(box, "expected a message box");
        if (text)
            *text = box->text() + u'\n' + box->informativeText();
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == role) {
                button->click();
                return;
            }
        }
        QFAIL("no button with that role");
    });
}

QList<QPushButton *> buttonsNamed(QWidget *parent, const QString &accessibleName)
{
    QList<QPushButton *> named;
    const auto buttons = parent->findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (button->accessibleName() == accessibleName)
            named.append(button);
    }
    return named;
}

QPushButton *buttonNamed(QWidget *parent, const QString &accessibleName)
{
    const auto buttons = parent->findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (button->accessibleName() == accessibleName)
            return button;
    }
    return nullptr;
}

// Permission checks mean nothing to root: act as "nobody" for a while when the tests run as root.
class Unprivileged
{
public:
    Unprivileged()
    {
        if (::geteuid() != 0)
            return;
        if (::setegid(65534) != 0)
            return;
        if (::seteuid(65534) != 0) {
            [[maybe_unused]] int ignored = ::setegid(0);
            return;
        }
        m_dropped = true;
    }
    ~Unprivileged()
    {
        if (m_dropped) {
            [[maybe_unused]] int a = ::seteuid(0);
            [[maybe_unused]] int b = ::setegid(0);
        }
    }
    bool ok() const { return m_dropped || ::geteuid() != 0; }

private:
    bool m_dropped = false;
};

} // namespace

class TestSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_recovery.isValid() && m_dir.isValid());
        qputenv("CITEWISE_RECOVERY_DIR", QFile::encodeName(m_recovery.path()));
    }
    void cleanup()
    {
        qDeleteAll(m_windows);
        m_windows.clear();
    }

    void killedSessionIsRecovered()
    {
        QCOMPARE(DocumentGuard::recoveryDirectory(), m_recovery.path());
        const QString path = copyFixture(u"killed.txt"_s);
        const QByteArray original = readAll(path);
        const QString typed = u"Typed before the crash. "_s;

        QProcess child;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QStringLiteral(CITEWISE_SAFETY_CHILD), {path, typed});
        QVERIFY2(child.waitForStarted(5000), qPrintable(child.errorString()));
        QByteArray output;
        QTRY_VERIFY2_WITH_TIMEOUT((output += child.readAllStandardOutput()).contains("ready"),
            qPrintable(QString::fromLocal8Bit(output + child.readAllStandardError())), 20000);
        QCOMPARE(recoveryFiles(m_recovery.path()).size(), 1);
        child.kill(); // SIGKILL: no clean-up
        QVERIFY(child.waitForFinished(5000));
        QCOMPARE(readAll(path), original); // nothing was saved

        // The next start offers the copy; Recover puts the typed text back, unsaved.
        MainWindow *window = openWindow({});
        QVERIFY(window);
        QString offered;
        onNextModal([&offered](QWidget *modal) {
            auto *dialog = qobject_cast<RecoveryDialog *>(modal);
            QVERIFY2(dialog, "expected the recovery dialog");
            for (const QLabel *label : dialog->findChildren<QLabel *>())
                offered += label->text() + u'\n';
            QPushButton *recover = buttonNamed(dialog, u"Recover killed.txt"_s);
            QVERIFY(recover);
            recover->click();
        });
        QCOMPARE(window->guard()->offerRecoveries(), 1);
        QVERIFY2(offered.contains(u"killed.txt"_s) && offered.contains(u"saved"_s), qPrintable(offered));
        ArticleDocument *document = window->document();
        QCOMPARE(document->filePath(), QFileInfo(path).absoluteFilePath());
        QVERIFY(document->isModified());
        QCOMPARE(document->text(), typed + QString::fromUtf8(original));
        QVERIFY(window->isWindowModified());
        QCOMPARE(recoveryFiles(m_recovery.path()).size(), 1); // kept until the text is saved

        QVERIFY(window->save());
        QVERIFY(!document->isModified());
        QCOMPARE(readAll(path), typed.toUtf8() + original);
        QVERIFY(recoveryFiles(m_recovery.path()).isEmpty());
        QCOMPARE(window->guard()->offerRecoveries(), 0);
    }

    // A session that recovered a copy and ended before saving leaves a second copy of the same file, made
    // from the first. Keeping the newer one removes both: the older would otherwise be offered again and
    // could put an outdated text in place of the saved one. Copies of another file, untitled ones and a
    // copy not made from the recovered text may hold work of their own and stay.
    void keptRecoveryRemovesTheCopiesItWasMadeFrom()
    {
        const QString path = copyFixture(u"twice.txt"_s);
        const QString other = copyFixture(u"elsewhere.txt"_s);
        const QDateTime earlier = QDateTime::currentDateTimeUtc().addSecs(-60);
        const QString apart = writeRecoveryFile(m_recovery.path(), u"apart"_s, path, earlier);
        const QString otherCopy = writeRecoveryFile(m_recovery.path(), u"other"_s, other, earlier);
        const QString untitled = writeRecoveryFile(m_recovery.path(), u"untitled"_s, {}, earlier);
        const auto cleanUp = qScopeGuard([&] {
            for (const QString &file : recoveryFiles(m_recovery.path()))
                QFile::remove(m_recovery.filePath(file));
        });
        const QString first = killedSessionCopy(path, u"First. "_s);
        const QString second = killedSessionCopy(path, u"First. Second. "_s, first);
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        QCOMPARE(recoveryFiles(m_recovery.path()).size(), 5);

        MainWindow *window = openWindow({});
        QVERIFY(window);
        int offered = 0;
        onNextModal([&offered](QWidget *modal) {
            auto *dialog = qobject_cast<RecoveryDialog *>(modal);
            QVERIFY2(dialog, "expected the recovery dialog");
            const QList<QPushButton *> recover = buttonsNamed(dialog, u"Recover twice.txt"_s);
            offered = int(recover.size());
            if (!recover.isEmpty())
                recover.first()->click(); // newest first
            dialog->reject();
        });
        QCOMPARE(window->guard()->offerRecoveries(), 1);
        QCOMPARE(offered, 3);
        QCOMPARE(window->document()->text(), u"First. Second. "_s);
        QVERIFY(QFile::exists(first) && QFile::exists(second)); // kept until the text is saved
        // Were this session to end now, its copy would carry the line on.
        RecoveryStore *store = window->guard()->recoveryStore();
        store->setDelay(50);
        QTest::keyClicks(window->editor(), u"Third. "_s);
        QTRY_VERIFY(!store->recoveryFilePath().isEmpty() && !store->isSavePending());
        QFile copy(store->recoveryFilePath());
        QVERIFY(copy.open(QIODevice::ReadOnly));
        const QJsonObject header = QJsonDocument::fromJson(copy.readLine()).object();
        copy.close();
        QCOMPARE(header.value("continues"_L1).toVariant().toStringList(),
            (QStringList {QFileInfo(first).fileName(), QFileInfo(second).fileName()}));

        QVERIFY(window->save());
        QVERIFY(!QFile::exists(second));
        QVERIFY2(!QFile::exists(first), "the copy the kept one was made from is still offered");
        QVERIFY(QFile::exists(apart));
        QVERIFY(QFile::exists(otherCopy));
        QVERIFY(QFile::exists(untitled));
        QCOMPARE(recoveryFiles(m_recovery.path()).size(), 3);
    }

    // Keeping the older copy leaves the newer one: it may hold more than what was kept.
    void keptOlderRecoveryLeavesTheNewer()
    {
        const QString path = copyFixture(u"older.txt"_s);
        const auto cleanUp = qScopeGuard([&] {
            for (const QString &file : recoveryFiles(m_recovery.path()))
                QFile::remove(m_recovery.filePath(file));
        });
        const QString first = killedSessionCopy(path, u"First. "_s);
        const QString second = killedSessionCopy(path, u"First. Second. "_s, first);
        QVERIFY(!first.isEmpty() && !second.isEmpty());

        MainWindow *window = openWindow({});
        QVERIFY(window);
        onNextModal([](QWidget *modal) {
            auto *dialog = qobject_cast<RecoveryDialog *>(modal);
            QVERIFY2(dialog, "expected the recovery dialog");
            const QList<QPushButton *> recover = buttonsNamed(dialog, u"Recover older.txt"_s);
            QCOMPARE(recover.size(), 2);
            recover.last()->click(); // newest first
            dialog->reject();
        });
        QCOMPARE(window->guard()->offerRecoveries(), 1);
        QCOMPARE(window->document()->text(), u"First. "_s);
        QVERIFY(window->save());
        QVERIFY(!QFile::exists(first));
        QVERIFY(QFile::exists(second));
    }

    void editsAreCopiedAndDiscarded()
    {
        MainWindow *window = openWindow(copyFixture(u"copied.txt"_s));
        QVERIFY(window);
        RecoveryStore *store = window->guard()->recoveryStore();
        store->setDelay(50);
        QTest::keyClicks(window->editor(), u"Draft "_s);
        QTRY_VERIFY(!store->recoveryFilePath().isEmpty() && QFile::exists(store->recoveryFilePath()));
        const QString copy = store->recoveryFilePath();
        QVERIFY(window->save());
        QVERIFY(!QFile::exists(copy));

        // Loading a file leaves nothing to recover.
        QVERIFY(window->openFile(copyFixture(u"other.txt"_s)));
        QTest::qWait(150);
        QVERIFY(!store->isSavePending());
        QVERIFY(recoveryFiles(m_recovery.path()).isEmpty());
    }

    void unmodifiedDocumentFollowsTheDisk()
    {
        const QString path = copyFixture(u"reloaded.txt"_s);
        MainWindow *window = openWindow(path);
        QVERIFY(window);
        const QByteArray changed
            = "Changed Elsewhere\nA new first paragraph [1].\nReferences:\n[1] https://example.org/\n";
        QVERIFY(writeAll(path, changed));
        QTRY_COMPARE_WITH_TIMEOUT(window->document()->text(), QString::fromUtf8(changed), 5000);
        QVERIFY(!window->document()->isModified());
        QTRY_COMPARE(window->document()->article().title, u"Changed Elsewhere"_s);
    }

    void modifiedDocumentAsks_data()
    {
        QTest::addColumn<bool>("loadTheirs");
        QTest::addRow("keep mine") << false;
        QTest::addRow("load theirs") << true;
    }
    void modifiedDocumentAsks()
    {
        QFETCH(bool, loadTheirs);
        const QString path = copyFixture(u"asked.txt"_s);
        QString mine;
        MainWindow *window = openWithUnsavedEdit(path, &mine);
        QVERIFY(window);

        bool asked = false;
        QString shownMine, shownTheirs;
        onNextModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<ExternalChangeDialog *>(modal);
            QVERIFY2(dialog, "expected the external change dialog");
            asked = true;
            dialog->setComparing(true);
            shownMine = dialog->mineView()->toPlainText();
            shownTheirs = dialog->theirsView()->toPlainText();
            QPushButton *button
                = buttonNamed(dialog, loadTheirs ? u"Load the version on disk"_s : u"Keep my version"_s);
            QVERIFY(button);
            button->click();
        });
        const QByteArray theirs = "Theirs\nTheir paragraph.\n";
        QVERIFY(writeAll(path, theirs));
        QTRY_VERIFY_WITH_TIMEOUT(asked, 5000);
        QCOMPARE(shownMine, mine);
        QCOMPARE(shownTheirs, QString::fromUtf8(theirs));
        if (loadTheirs) {
            QTRY_COMPARE(window->document()->text(), QString::fromUtf8(theirs));
            QVERIFY(!window->document()->isModified());
        } else {
            QCOMPARE(window->document()->text(), mine);
            QVERIFY(window->document()->isModified());
            QVERIFY(window->save()); // our own save is not another change
            QTest::qWait(300);
            QCOMPARE(readAll(path), mine.toUtf8());
            QVERIFY(!QApplication::activeModalWidget());
        }
    }

    // Loading theirs throws the unsaved text away for good: a key pressed out of habit must not do it.
    void keyboardKeepsMine_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<QString>("focused"); // the button given the focus first, if any
        QTest::addRow("return") << int(Qt::Key_Return) << QString();
        QTest::addRow("enter") << int(Qt::Key_Enter) << QString();
        QTest::addRow("escape") << int(Qt::Key_Escape) << QString();
        QTest::addRow("return on Load Theirs") << int(Qt::Key_Return) << u"Load the version on disk"_s;
    }
    void keyboardKeepsMine()
    {
        QFETCH(int, key);
        QFETCH(QString, focused);
        const QString path = copyFixture(u"pressed.txt"_s);
        QString mine;
        MainWindow *window = openWithUnsavedEdit(path, &mine);
        QVERIFY(window);

        bool asked = false;
        bool closedByKey = false;
        onNextModal([&](QWidget *modal) {
            QVERIFY2(qobject_cast<ExternalChangeDialog *>(modal), "expected the external change dialog");
            asked = true;
            // A dialog the key left open is closed all the same, so that a failure cannot hang the test.
            const auto closeAnyway = qScopeGuard([modal] { modal->close(); });
            // As a person would: once the dialog is active, to whatever has the focus.
            QTRY_VERIFY(modal->isActiveWindow() && modal->focusWidget());
            if (focused.isEmpty()) {
                QCOMPARE(modal->focusWidget()->accessibleName(), u"Keep my version"_s);
            } else {
                QPushButton *button = buttonNamed(modal, focused);
                QVERIFY(button);
                button->setFocus(Qt::TabFocusReason);
                QCOMPARE(modal->focusWidget(), button);
            }
            QTest::keyClick(modal->focusWidget(), Qt::Key(key));
            closedByKey = !modal->isVisible();
        });
        QVERIFY(writeAll(path, "Theirs\nTheir paragraph.\n"));
        QTRY_VERIFY_WITH_TIMEOUT(asked, 5000);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QVERIFY(closedByKey);
        QCOMPARE(window->document()->text(), mine);
        QVERIFY(window->document()->isModified());
    }

    // Nothing pops up to take the keys typed meanwhile (a message box would take letters for its
    // answers): a notice over the editor says what happened, the text stays, unsaved, and Save writes
    // the file again.
    void deletedFileStaysOpen()
    {
        const QString path = copyFixture(u"deleted.txt"_s);
        MainWindow *window = openWindow(path);
        QVERIFY(window);
        window->guard()->fileWatcher()->setRemovalGracePeriod(100);
        const QString text = window->document()->text();
        QVERIFY(QFile::remove(path));
        QTRY_VERIFY_WITH_TIMEOUT(window->fileNotice() && !window->fileNotice()->isHidden(), 5000);
        QVERIFY(!QApplication::activeModalWidget());
        QVERIFY2(window->fileNotice()->text().contains(u"deleted.txt"_s),
            qPrintable(window->fileNotice()->text()));
        QCOMPARE(window->document()->text(), text);
        QVERIFY(window->document()->isModified());
        window->editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(window->editor(), u"cd"_s);
        QCOMPARE(window->document()->text(), text + u"cd"_s);
        QVERIFY(window->save());
        QCOMPARE(readAll(path), (text + u"cd"_s).toUtf8());
        QVERIFY(window->fileNotice()->isHidden());
    }

    // A version written while the question about another is open is asked about in turn, never saved
    // over unseen.
    void changeWhileAskingIsAskedAbout()
    {
        const QString path = copyFixture(u"twice.txt"_s);
        QString mine;
        MainWindow *window = openWithUnsavedEdit(path, &mine);
        QVERIFY(window);
        const QByteArray first = "First\nTheir paragraph.\n";
        const QByteArray second = "Second\nTheir other paragraph.\n";
        int asked = 0;
        QStringList shown;
        std::function<void(QWidget *)> keepMine = [&](QWidget *modal) {
            auto *dialog = qobject_cast<ExternalChangeDialog *>(modal);
            QVERIFY2(dialog, "expected the external change dialog");
            shown.append(dialog->theirsView()->toPlainText());
            if (++asked == 1) {
                QVERIFY(writeAll(path, second));
                QTest::qWait(400); // the watcher sees it while the question is open
                onNextModal(keepMine);
            }
            QPushButton *button = buttonNamed(dialog, u"Keep my version"_s);
            QVERIFY(button);
            button->click();
        };
        onNextModal(keepMine);
        QVERIFY(writeAll(path, first));
        QTRY_COMPARE_WITH_TIMEOUT(asked, 2, 5000);
        QCOMPARE(shown, (QStringList {QString::fromUtf8(first), QString::fromUtf8(second)}));
        QCOMPARE(window->document()->text(), mine);
    }

    void saveThroughSymlinkKeepsLinkAndPermissions()
    {
        QVERIFY(QDir(m_dir.path()).mkpath(u"real"_s));
        const QString target = m_dir.filePath(u"real/linked.txt"_s);
        QVERIFY(QFile::copy(fixture(u"mainwindow/article.txt"_s), target));
        QCOMPARE(::chmod(QFile::encodeName(target).constData(), 0640), 0);
        const QString link = m_dir.filePath(u"link.txt"_s);
        QVERIFY(QFile::link(target, link));

        MainWindow *window = openWindow(link);
        QVERIFY(window);
        window->editor()->moveCursor(QTextCursor::Start);
        QTest::keyClicks(window->editor(), u"Linked "_s);
        QVERIFY(window->save());
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(QFileInfo(link).symLinkTarget(), target);
        QVERIFY(readAll(target).startsWith("Linked Harbour Bridge"));
        struct stat st = {};
        QCOMPARE(::stat(QFile::encodeName(target).constData(), &st), 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0640));
    }

    void failedSaveKeepsTheText()
    {
        const QString dir = m_dir.filePath(u"locked"_s);
        QVERIFY(QDir().mkpath(dir));
        const QString path = dir + u"/locked.txt"_s;
        QVERIFY(QFile::copy(fixture(u"mainwindow/article.txt"_s), path));
        QFile::setPermissions(
            path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        MainWindow *window = openWindow(path);
        QVERIFY(window);
        QTest::keyClicks(window->editor(), u"Unsaved "_s);
        const QString text = window->document()->text();
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther);

        // Others may pass through the test folder, but not write in "locked" nor to the file.
        const auto open = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeOther;
        QFile::setPermissions(m_dir.path(), open);

        QString message;
        answerMessageBox(QMessageBox::AcceptRole, &message);
        bool saved = true;
        {
            Unprivileged nobody;
            QVERIFY(nobody.ok());
            saved = window->save();
        }
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!saved);
        QVERIFY2(message.contains(u"locked.txt"_s) && message.contains(u"permission denied"_s),
            qPrintable(message));
        QVERIFY(window->document()->isModified());
        QCOMPARE(window->document()->text(), text);
        QCOMPARE(readAll(path), readAll(fixture(u"mainwindow/article.txt"_s)));
    }

    void binaryFileIsRefused()
    {
        const QString path = copyFixture(u"kept.txt"_s);
        MainWindow *window = openWindow(path);
        QVERIFY(window);
        QByteArray binary("\x7f"
                          "ELF\x02\x01\x01",
            7);
        for (int i = 0; i < 4096; ++i)
            binary.append(char(i % 32));
        const QString program = m_dir.filePath(u"program.txt"_s);
        QVERIFY(writeAll(program, binary));
        const QString before = window->document()->text();

        QString message;
        answerMessageBox(QMessageBox::AcceptRole, &message);
        QVERIFY(!window->openFile(program));
        QVERIFY2(message.contains(u"program.txt"_s) && message.contains(u"binary"_s), qPrintable(message));
        QCOMPARE(window->document()->text(), before);
        QCOMPARE(window->document()->filePath(), QFileInfo(path).absoluteFilePath());
        QVERIFY(!window->document()->isModified());
    }

    void readOnlyDocumentSaysWhy()
    {
        MainWindow *window = openWindow(fixture(u"format/invalid-utf8.txt"_s));
        QVERIFY(window);
        QVERIFY(window->document()->isReadOnly());
        QVERIFY(window->readOnlyBanner()->isVisible());
        QVERIFY(window->readOnlyBanner()->text().contains(u"UTF-8"_s));
    }

private:
    QString copyFixture(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        if (!QFile::copy(fixture(u"mainwindow/article.txt"_s), path))
            return {};
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

    // Runs a session that writes a recovery copy of `text` for `path` and is killed, returns the copy. Given
    // `recovered`, the session had recovered that copy and went on editing it.
    QString killedSessionCopy(const QString &path, const QString &text, const QString &recovered = {})
    {
        const QStringList before = recoveryFiles(m_recovery.path());
        QStringList args {m_recovery.path(), path, text};
        if (!recovered.isEmpty())
            args.append(recovered);
        QProcess child;
        child.start(QStringLiteral(CITEWISE_RECOVERY_CHILD), args);
        if (!child.waitForStarted(5000))
            return {};
        QByteArray output;
        QElapsedTimer clock;
        clock.start();
        while (!(output += child.readAllStandardOutput()).contains("ready") && clock.elapsed() < 10000)
            child.waitForReadyRead(100);
        child.kill(); // SIGKILL: no clean-up
        child.waitForFinished(5000);
        QStringList added = recoveryFiles(m_recovery.path());
        for (const QString &file : before)
            added.removeOne(file);
        return output.contains("ready") && added.size() == 1 ? m_recovery.filePath(added.first()) : QString();
    }

    MainWindow *openWindow(const QString &path)
    {
        auto *window = new MainWindow;
        m_windows.append(window);
        window->show();
        if (!QTest::qWaitForWindowExposed(window))
            return nullptr;
        if (!path.isEmpty() && !window->openFile(path))
            return nullptr;
        window->editor()->setFocus();
        return window;
    }

    // A window on `path` with a word typed, not saved; `mine` gets the text as typed.
    MainWindow *openWithUnsavedEdit(const QString &path, QString *mine)
    {
        MainWindow *window = openWindow(path);
        if (!window)
            return nullptr;
        QTest::keyClicks(window->editor(), u"Mine "_s);
        *mine = window->document()->text();
        return window->document()->isModified() ? window : nullptr;
    }

    QTemporaryDir m_recovery;
    QTemporaryDir m_dir;
    QList<MainWindow *> m_windows;
};

QTEST_MAIN(TestSafety)
#include "tst_safety.moc"
