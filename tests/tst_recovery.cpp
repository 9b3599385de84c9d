// Unsaved work survives a crash: recovery copies are written after a quiet moment, removed on a clean
// end, and found again after the writing process was killed.
#include "articleio.h"
#include "recoverydialog.h"
#include "recoverystore.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>

using namespace Citewise;
using namespace Qt::StringLiterals;

namespace {

// Writes a recovery file by hand, as a session on `host` with process `pid` would have left it.
// `continues` names the copies that session had recovered.
QString writeEntry(const QString &dir, const QString &name, const QString &originalPath, qint64 pid,
    const QString &host, const QDateTime &savedAt, const QByteArray &body, const QStringList &continues = {})
{
    QJsonObject header {{"citewiseRecovery"_L1, 1}, {"originalPath"_L1, originalPath},
        {"savedAt"_L1, savedAt.toString(Qt::ISODateWithMs)}, {"pid"_L1, pid}, {"host"_L1, host}};
    if (!continues.isEmpty())
        header.insert("continues"_L1, QJsonArray::fromStringList(continues));
    const QString path = dir + u'/' + name + u".citewise-recovery"_s;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n' + body);
    return path;
}

// A pid no process has: the highest possible ones are never handed out on a test machine.
constexpr qint64 kDeadPid = 0x3ffffff0;

QPushButton *buttonNamed(QWidget *parent, const QString &accessibleName)
{
    const auto buttons = parent->findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (button->accessibleName() == accessibleName)
            return button;
    }
    return nullptr;
}

// A store writing into a folder of its own 10 ms after a change, its saved() signals and its requests
// for text counted.
struct BusyStore
{
    QTemporaryDir dir;
    RecoveryStore store {dir.path()};
    QSignalSpy saved {&store, &RecoveryStore::saved};
    int asked = 0;

    BusyStore() { store.setDelay(10); }

    // Schedules a copy of a text large enough to take a while to write, and waits until the store has
    // asked for it: the writer has it then.
    void startLargeCopy()
    {
        static const QString large(16 * 1024 * 1024, u'a');
        const int before = asked;
        store.scheduleSave({}, [this] {
            ++asked;
            return large;
        });
        QTRY_COMPARE(asked, before + 1);
    }
};

} // namespace

class TestRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesAfterTheDelay()
    {
        QTemporaryDir dir;
        RecoveryStore store(dir.filePath(u"recovery"_s));
        store.setDelay(200);
        QSignalSpy saved(&store, &RecoveryStore::saved);
        int asked = 0;
        QElapsedTimer clock;
        clock.start();
        store.scheduleSave(u"/articles/a.txt"_s, [&asked] {
            ++asked;
            return u"Title\n\nBody [1] — ü\n"_s;
        });
        QVERIFY(store.isSavePending());
        QVERIFY(store.recoveryFilePath().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 5000);
        QVERIFY(clock.elapsed() >= 150);
        QCOMPARE(asked, 1);
        QVERIFY(!store.isSavePending());

        QFile file(store.recoveryFilePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject header = QJsonDocument::fromJson(file.readLine()).object();
        QCOMPARE(header.value("originalPath"_L1).toString(), u"/articles/a.txt"_s);
        QCOMPARE(header.value("pid"_L1).toInteger(), QCoreApplication::applicationPid());
        QCOMPARE(QString::fromUtf8(file.readAll()), u"Title\n\nBody [1] — ü\n"_s);
        QCOMPARE(file.permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());

        // This session is alive: its own copy is not offered.
        QVERIFY(RecoveryStore::pendingRecoveries(store.directory()).isEmpty());
    }

    void debouncesChanges()
    {
        QTemporaryDir dir;
        RecoveryStore store(dir.path());
        store.setDelay(300);
        QSignalSpy saved(&store, &RecoveryStore::saved);
        for (int i = 0; i < 5; ++i) {
            store.scheduleSave({}, [i] { return u"version %1"_s.arg(i); });
            QTest::qWait(40);
        }
        QCOMPARE(saved.size(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 5000);
        QTest::qWait(400);
        QCOMPARE(saved.size(), 1);
        QFile file(store.recoveryFilePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        file.readLine();
        QCOMPARE(file.readAll(), "version 4");
    }

    void longTypingIsStillWritten()
    {
        QTemporaryDir dir;
        RecoveryStore store(dir.path());
        store.setDelay(200);
        store.setMaximumDelay(400);
        QSignalSpy saved(&store, &RecoveryStore::saved);
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 1500 && saved.isEmpty()) {
            store.scheduleSave({}, [] { return u"typing"_s; });
            QTest::qWait(50);
        }
        QVERIFY2(!saved.isEmpty(), "continuous changes postponed the copy forever");
    }

    void discardRemovesTheCopy()
    {
        QTemporaryDir dir;
        RecoveryStore store(dir.path());
        store.setDelay(10);
        QSignalSpy saved(&store, &RecoveryStore::saved);
        store.scheduleSave({}, [] { return u"text"_s; });
        QTRY_COMPARE(saved.size(), 1);
        const QString path = store.recoveryFilePath();
        QVERIFY(QFile::exists(path));
        store.discard();
        QVERIFY(!QFile::exists(path));

        // A pending copy is cancelled too.
        store.setDelay(100);
        store.scheduleSave({}, [] { return u"more"_s; });
        store.discard();
        QTest::qWait(250);
        QCOMPARE(saved.size(), 1);
        QVERIFY(!QFile::exists(path));

        // saveNow() writes at once; destroying the store is a clean end.
        {
            RecoveryStore other(dir.path());
            other.scheduleSave({}, [] { return u"now"_s; });
            QVERIFY(other.saveNow());
            QVERIFY(QFile::exists(other.recoveryFilePath()));
            QVERIFY(!other.isSavePending());
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 0);
    }

    void changesWhileWritingAreWrittenNext()
    {
        // A large copy takes a while to reach the disk, on the writer's thread; a change made meanwhile
        // is written after it, and saveNow() finishes both.
        BusyStore busy;
        RecoveryStore &store = busy.store;
        busy.startLargeCopy();
        if (QTest::currentTestFailed())
            return;
        QVERIFY(store.isSavePending());
        store.scheduleSave({}, [&] {
            ++busy.asked;
            return u"version 2"_s;
        });
        QTRY_COMPARE_WITH_TIMEOUT(busy.saved.size(), 2, 10000);
        QCOMPARE(busy.asked, 2);
        QVERIFY(!store.isSavePending());
        QFile file(store.recoveryFilePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        file.readLine();
        QCOMPARE(file.readAll(), "version 2");
        file.close();

        // saveNow() while a copy is on its way: that one, then the change after it.
        busy.startLargeCopy();
        if (QTest::currentTestFailed())
            return;
        store.scheduleSave({}, [] { return u"version 4"_s; });
        QVERIFY(store.saveNow());
        QVERIFY(!store.isSavePending());
        QVERIFY(file.open(QIODevice::ReadOnly));
        file.readLine();
        QCOMPARE(file.readAll(), "version 4");
        const qsizetype savedAfterSaveNow = busy.saved.size();
        QTest::qWait(100);
        QCOMPARE(busy.saved.size(), savedAfterSaveNow);
    }

    void discardWhileWriting()
    {
        BusyStore busy;
        RecoveryStore &store = busy.store;
        busy.startLargeCopy();
        if (QTest::currentTestFailed())
            return;
        const QString path = store.recoveryFilePath();
        QVERIFY(!path.isEmpty());
        store.discard();
        QVERIFY(!store.isSavePending());
        QVERIFY(!QFile::exists(path));
        QTest::qWait(200);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(busy.saved.size(), 0);
        QCOMPARE(QDir(busy.dir.path()).entryList(QDir::Files).size(), 0);
    }

    void killedSessionIsRecovered()
    {
        QTemporaryDir dir;
        const QString text
            = u"Title\n\nBody text [1] with ünïcode — 見出し\n\nReferences\n[1] https://example.org\n"_s;
        QProcess child;
        child.start(QStringLiteral(CITEWISE_RECOVERY_CHILD), {dir.path(), u"/articles/killed.txt"_s, text});
        QVERIFY2(child.waitForStarted(5000), qPrintable(child.errorString()));
        const qint64 pid = child.processId();
        QByteArray output;
        QTRY_VERIFY2_WITH_TIMEOUT((output += child.readAllStandardOutput()).contains("ready"),
            qPrintable(QString::fromLocal8Bit(output + child.readAllStandardError())), 10000);

        child.kill(); // SIGKILL: no destructor, no clean-up
        QVERIFY(child.waitForFinished(5000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        const QList<RecoveryEntry> entries = RecoveryStore::pendingRecoveries(dir.path());
        QCOMPARE(entries.size(), 1);
        const RecoveryEntry &entry = entries.first();
        QCOMPARE(entry.text, text);
        QCOMPARE(entry.originalPath, u"/articles/killed.txt"_s);
        QCOMPARE(entry.pid, pid);
        QVERIFY(entry.savedAt.isValid());
        QVERIFY(qAbs(entry.savedAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);

        QVERIFY(RecoveryStore::remove(entry));
        QVERIFY(RecoveryStore::pendingRecoveries(dir.path()).isEmpty());
    }

    void listsOnlyEndedSessions()
    {
        QTemporaryDir dir;
        const QString host = QSysInfo::machineHostName();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        writeEntry(
            dir.path(), u"live"_s, u"/a/live.txt"_s, QCoreApplication::applicationPid(), host, now, "x");
        writeEntry(dir.path(), u"foreign-recent"_s, u"/a/f.txt"_s, kDeadPid, u"elsewhere"_s, now, "x");
        writeEntry(
            dir.path(), u"foreign-old"_s, u"/a/old.txt"_s, kDeadPid, u"elsewhere"_s, now.addDays(-2), "old");
        writeEntry(dir.path(), u"dead"_s, {}, kDeadPid, host, now.addSecs(-60),
            "Stra\xdf"
            "e");
        QFile garbage(dir.filePath(u"garbage.citewise-recovery"_s));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("\0\xff not a recovery file", 22);
        garbage.close();

        const QList<RecoveryEntry> entries = RecoveryStore::pendingRecoveries(dir.path());
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).originalPath, QString()); // newest first
        // Bytes that were not UTF-8 come back as the editor had them (escaped), so a save restores them.
        QCOMPARE(entries.at(0).text,
            decodeText("Stra\xdf"
                       "e")
                .text);
        QCOMPARE(entries.at(1).originalPath, u"/a/old.txt"_s);
    }

    // Copies written after a recovery name the recovered copy and the ones it continued.
    void copiesNameTheCopiesTheyContinue()
    {
        QTemporaryDir dir;
        const QString host = QSysInfo::machineHostName();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        writeEntry(dir.path(), u"first"_s, u"/a/c.txt"_s, kDeadPid, host, now.addSecs(-20), "1");
        writeEntry(dir.path(), u"second"_s, u"/a/c.txt"_s, kDeadPid, host, now.addSecs(-10), "12",
            {u"first.citewise-recovery"_s});
        const QList<RecoveryEntry> entries = RecoveryStore::pendingRecoveries(dir.path());
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).continues, QStringList {u"first.citewise-recovery"_s});
        QVERIFY(entries.at(1).continues.isEmpty());

        RecoveryStore store(dir.path());
        store.continueFrom(entries.at(0));
        store.scheduleSave(u"/a/c.txt"_s, [] { return u"123"_s; });
        QVERIFY(store.saveNow());
        QFile file(store.recoveryFilePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject header = QJsonDocument::fromJson(file.readLine()).object();
        QCOMPARE(header.value("continues"_L1).toVariant().toStringList(),
            (QStringList {u"first.citewise-recovery"_s, u"second.citewise-recovery"_s}));
        file.close();

        // Once the copy is discarded, what comes next continues nothing.
        store.discard();
        store.scheduleSave(u"/a/c.txt"_s, [] { return u"new"_s; });
        QVERIFY(store.saveNow());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!QJsonDocument::fromJson(file.readLine()).object().contains("continues"_L1));
    }

    // Only older copies of the same file that the kept copy continued, whose sessions have ended.
    void removesOnlyTheCopiesContinued()
    {
        QTemporaryDir dir;
        QTemporaryDir elsewhere;
        const QString host = QSysInfo::machineHostName();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto earlier = [&](const QString &name, const QString &path, qint64 pid = kDeadPid) {
            return writeEntry(dir.path(), name, path, pid, host, now.addSecs(-30), "old");
        };
        const QString first = earlier(u"first"_s, u"/a/c.txt"_s);
        const QString apart = earlier(u"apart"_s, u"/a/c.txt"_s); // not recovered by the kept one's session
        const QString other = earlier(u"other"_s, u"/a/d.txt"_s);
        const QString untitled = earlier(u"untitled"_s, {});
        const QString live = earlier(u"live"_s, u"/a/c.txt"_s, QCoreApplication::applicationPid());
        const QString outside = elsewhere.filePath(u"outside.citewise-recovery"_s);
        QVERIFY(QFile::copy(first, outside));
        const QString newer
            = writeEntry(dir.path(), u"newer"_s, u"/a/c.txt"_s, kDeadPid, host, now.addSecs(30), "newer");
        const QStringList continued {u"first.citewise-recovery"_s, u"other.citewise-recovery"_s,
            u"untitled.citewise-recovery"_s, u"live.citewise-recovery"_s, u"newer.citewise-recovery"_s,
            u"../"_s + QFileInfo(elsewhere.path()).fileName() + u"/outside.citewise-recovery"_s};
        const QString kept
            = writeEntry(dir.path(), u"kept"_s, u"/a/c.txt"_s, kDeadPid, host, now, "kept", continued);

        const QList<RecoveryEntry> entries = RecoveryStore::pendingRecoveries(dir.path());
        const auto keptEntry = std::find_if(entries.cbegin(), entries.cend(),
            [&](const RecoveryEntry &entry) { return entry.recoveryFile == kept; });
        QVERIFY(keptEntry != entries.cend());
        QCOMPARE(keptEntry->continues.size(), 5); // the name outside the folder is not taken
        QVERIFY(RecoveryStore::remove(*keptEntry));
        QCOMPARE(RecoveryStore::removeSuperseded(*keptEntry), 1);
        QVERIFY(!QFile::exists(first));
        for (const QString &stays : {apart, other, untitled, live, newer, outside})
            QVERIFY2(QFile::exists(stays), qPrintable(stays));

        // An untitled copy supersedes nothing: it cannot be told from another session's untitled work.
        RecoveryEntry untitledKept = *keptEntry;
        untitledKept.originalPath.clear();
        untitledKept.continues = {u"untitled.citewise-recovery"_s};
        QCOMPARE(RecoveryStore::removeSuperseded(untitledKept), 0);
        QVERIFY(QFile::exists(untitled));
    }

    void dialogOffersEachEntry()
    {
        QTemporaryDir dir;
        const QString host = QSysInfo::machineHostName();
        const QDateTime when = QDateTime::currentDateTimeUtc();
        writeEntry(dir.path(), u"a"_s, u"/articles/a.txt"_s, kDeadPid, host, when, "A");
        writeEntry(dir.path(), u"b"_s, u"/articles/b.txt"_s, kDeadPid, host, when.addSecs(-5), "B");
        writeEntry(dir.path(), u"c"_s, {}, kDeadPid, host, when.addSecs(-10), "C");
        const QList<RecoveryEntry> entries = RecoveryStore::pendingRecoveries(dir.path());
        QCOMPARE(entries.size(), 3);

        RecoveryDialog dialog(entries);
        QSignalSpy recovered(&dialog, &RecoveryDialog::recoverRequested);
        QSignalSpy discarded(&dialog, &RecoveryDialog::discarded);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QCOMPARE(RecoveryDialog::entryTitle(entries.at(2)), u"Untitled document"_s);
        QVERIFY(RecoveryDialog::entryDetails(entries.at(0)).contains(u"/articles"_s));
        QVERIFY(RecoveryDialog::entryDetails(entries.at(0)).contains(u"no longer there"_s));
        // A file changed on disk after the copy was made is said to be newer, one older is not.
        QTemporaryDir articles;
        const QString changed = articles.filePath(u"changed.txt"_s);
        QFile file(changed);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Their version\n");
        file.close();
        RecoveryEntry older = entries.at(0);
        older.originalPath = changed;
        older.savedAt = QFileInfo(changed).lastModified().toUTC().addSecs(-60);
        QVERIFY2(RecoveryDialog::entryDetails(older).contains(u"changed on disk after this copy"_s),
            qPrintable(RecoveryDialog::entryDetails(older)));
        older.savedAt = QFileInfo(changed).lastModified().toUTC().addSecs(60);
        QVERIFY(!RecoveryDialog::entryDetails(older).contains(u"changed on disk"_s));
        dialog.show();

        QPushButton *recover = buttonNamed(&dialog, u"Recover a.txt"_s);
        QVERIFY(recover);
        recover->click();
        QCOMPARE(recovered.size(), 1);
        QCOMPARE(recovered.first().first().value<RecoveryEntry>().text, u"A"_s);
        QVERIFY(QFile::exists(entries.at(0).recoveryFile)); // the caller removes it once the text is open

        QTimer::singleShot(0, this, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Discard)->click();
        });
        buttonNamed(&dialog, u"Discard b.txt"_s)->click();
        QCOMPARE(discarded.size(), 1);
        QVERIFY(!QFile::exists(entries.at(1).recoveryFile));
        QCOMPARE(dialog.remainingCount(), 1);
        QCOMPARE(accepted.size(), 0);

        buttonNamed(&dialog, u"Decide later about Untitled document"_s)->click();
        QCOMPARE(dialog.remainingCount(), 0);
        QCOMPARE(accepted.size(), 1);
        QVERIFY(QFile::exists(entries.at(2).recoveryFile));
    }

    // At its first size the dialog shows every button without scrolling sideways, however long the
    // paths: they are cut in the middle, and whole in the tooltip.
    void dialogShowsEveryButton_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("cut"); // too long to be shown whole
        QTest::addRow("short") << u"/articles"_s << u"a.txt"_s << false;
        QTest::addRow("long")
            << u"/home/anna/Documents/Newsroom/2025/July/Infrastructure and transport/follow-ups"_s
            << u"harbour-bridge-reopens-after-three-months-of-cable-repairs-final-version.txt"_s << true;
    }
    void dialogShowsEveryButton()
    {
        QFETCH(QString, folder);
        QFETCH(QString, name);
        QFETCH(bool, cut);
        QTemporaryDir dir;
        const QDateTime when = QDateTime::currentDateTimeUtc();
        const QString path = folder + u'/' + name;
        writeEntry(dir.path(), u"a"_s, path, kDeadPid, QSysInfo::machineHostName(), when, "A");
        writeEntry(dir.path(), u"b"_s, {}, kDeadPid, QSysInfo::machineHostName(), when.addSecs(-5), "B");
        RecoveryDialog dialog(RecoveryStore::pendingRecoveries(dir.path()));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        auto *scroll = dialog.findChild<QScrollArea *>();
        QVERIFY(scroll);
        QCOMPARE(scroll->horizontalScrollBar()->maximum(), 0);
        const QList<QPushButton *> buttons = dialog.findChildren<QPushButton *>();
        QCOMPARE(buttons.size(), 2 * 3 + 1);
        for (const QPushButton *button : buttons) {
            QVERIFY(button->isVisible());
            const QRect inDialog(button->mapTo(&dialog, QPoint(0, 0)), button->size());
            QVERIFY2(dialog.rect().contains(inDialog), qPrintable(button->accessibleName()));
            if (scroll->widget()->isAncestorOf(button)) {
                const QRect inViewport(button->mapTo(scroll->viewport(), QPoint(0, 0)), button->size());
                QVERIFY2(
                    scroll->viewport()->rect().contains(inViewport), qPrintable(button->accessibleName()));
            }
        }

        QString shown;
        for (const QLabel *label : scroll->widget()->findChildren<QLabel *>()) {
            if (label->toolTip() == path)
                shown += label->text() + u'\n';
        }
        if (cut)
            QVERIFY2(shown.count(u'…') == 2 && !shown.contains(name), qPrintable(shown));
        else
            QVERIFY2(shown.contains(name) && shown.contains(folder), qPrintable(shown));
    }
};

QTEST_MAIN(TestRecovery)
#include "tst_recovery.moc"
