// Changes to the open file by other programs are noticed, including replacements and removal; Citewise's
// own saves are not reported.
#include "externalchangedialog.h"
#include "filewatcher.h"
#include "filewriter.h"
#include "linediff.h"

#include <QFile>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Citewise;
using namespace Qt::StringLiterals;

namespace {

bool writeRaw(const QString &path, const QByteArray &bytes, QIODevice::OpenMode mode = QIODevice::Truncate)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | mode) && file.write(bytes) == bytes.size();
}

// What many editors do: write a new file next to it, then rename it over the old one.
bool replaceAtomically(const QString &path, const QByteArray &bytes)
{
    const QString temporary = path + u".new"_s;
    return writeRaw(temporary, bytes)
        && std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) == 0;
}

constexpr int kTimeout = 5000;

} // namespace

class TestFileWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(u"article.txt"_s);
        QVERIFY(writeRaw(m_path, "Title\n\nBody [1]\n"));
        m_watcher = std::make_unique<DocumentFileWatcher>();
        m_watcher->setRemovalGracePeriod(200);
        m_watcher->setPath(m_path);
        m_changed = std::make_unique<QSignalSpy>(m_watcher.get(), &DocumentFileWatcher::changedOnDisk);
        m_removed = std::make_unique<QSignalSpy>(m_watcher.get(), &DocumentFileWatcher::removedFromDisk);
    }
    void cleanup()
    {
        m_changed.reset();
        m_removed.reset();
        m_watcher.reset();
        m_dir.reset();
    }

    void externalAppend()
    {
        QVERIFY(writeRaw(m_path, "More text.\n", QIODevice::Append));
        QTRY_COMPARE_WITH_TIMEOUT(m_changed->size(), 1, kTimeout);
        QCOMPARE(m_removed->size(), 0);
    }

    void atomicReplaceStaysWatched()
    {
        QVERIFY(replaceAtomically(m_path, "Replaced once\n"));
        QTRY_COMPARE_WITH_TIMEOUT(m_changed->size(), 1, kTimeout);
        QVERIFY(replaceAtomically(m_path, "Replaced twice\n"));
        QTRY_COMPARE_WITH_TIMEOUT(m_changed->size(), 2, kTimeout);
        QVERIFY(writeRaw(m_path, "and appended\n", QIODevice::Append));
        QTRY_COMPARE_WITH_TIMEOUT(m_changed->size(), 3, kTimeout);
        QCOMPARE(m_removed->size(), 0);
    }

    void removal()
    {
        QVERIFY(QFile::remove(m_path));
        QTRY_COMPARE_WITH_TIMEOUT(m_removed->size(), 1, kTimeout);
        QTest::qWait(300);
        QCOMPARE(m_removed->size(), 1); // once
        QCOMPARE(m_changed->size(), 0);

        // It comes back (restored, or moved back): that is a change.
        QVERIFY(writeRaw(m_path, "Restored\n"));
        QTRY_COMPARE_WITH_TIMEOUT(m_changed->size(), 1, kTimeout);
    }

    void deleteAndRewriteIsAChangeNotARemoval()
    {
        QVERIFY(QFile::remove(m_path));
        QVERIFY(writeRaw(m_path, "Written anew\n"));
        QTRY_COMPARE_WITH_TIMEOUT(m_changed->size(), 1, kTimeout);
        QTest::qWait(400);
        QCOMPARE(m_removed->size(), 0);
    }

    void ownSaveIsIgnored()
    {
        const QByteArray bytes = "Title\n\nBody [1], edited here\n";
        m_watcher->beginOwnSave();
        QString error;
        QVERIFY2(writeFileAtomically(m_path, bytes, &error), qPrintable(error));
        m_watcher->endOwnSave(bytes);
        QTest::qWait(500);
        QCOMPARE(m_changed->size(), 0);
        QCOMPARE(m_removed->size(), 0);

        // The watch survived the rename of our own save: a later change by others is still noticed.
        QVERIFY(writeRaw(m_path, "Their edit\n", QIODevice::Append));
        QTRY_COMPARE_WITH_TIMEOUT(m_changed->size(), 1, kTimeout);
    }

    void failedOwnSaveKeepsKnownContent()
    {
        m_watcher->beginOwnSave();
        m_watcher->endOwnSave("never written", false);
        QTest::qWait(200);
        QCOMPARE(m_changed->size(), 0);
        QVERIFY(replaceAtomically(m_path, "Theirs\n"));
        QTRY_COMPARE_WITH_TIMEOUT(m_changed->size(), 1, kTimeout);
    }

    void sameContentIsNotAChange()
    {
        QVERIFY(replaceAtomically(m_path, "Title\n\nBody [1]\n"));
        QTest::qWait(500);
        QCOMPARE(m_changed->size(), 0);
        QVERIFY(writeRaw(m_path, "x", QIODevice::Append));
        QTRY_COMPARE_WITH_TIMEOUT(m_changed->size(), 1, kTimeout);
    }

    void stopsWatching()
    {
        m_watcher->setPath({});
        QVERIFY(writeRaw(m_path, "x", QIODevice::Append));
        QTest::qWait(300);
        QCOMPARE(m_changed->size(), 0);
    }

    void diffLines_data()
    {
        QTest::addColumn<QString>("mine");
        QTest::addColumn<QString>("theirs");
        QTest::addColumn<QList<int>>("removed"); // lines of mine
        QTest::addColumn<QList<int>>("added"); // lines of theirs
        QTest::addRow("same") << u"a\nb\n"_s << u"a\nb\n"_s << QList<int> {} << QList<int> {};
        QTest::addRow("middle line") << u"a\nb\nc"_s << u"a\nB\nc"_s << QList<int> {1} << QList<int> {1};
        QTest::addRow("lines added") << u"a\nc"_s << u"a\nb1\nb2\nc"_s << QList<int> {} << QList<int> {1, 2};
        QTest::addRow("all different") << u"x"_s << u"y"_s << QList<int> {0} << QList<int> {0};
        QTest::addRow("appended") << u"a\n"_s << u"a\nb\n"_s << QList<int> {} << QList<int> {1};
        // A line changed at the top here and one appended there: only those two are marked, not the
        // lines between them, which are the same on both sides.
        QTest::addRow("edit here, line added there")
            << u"Title v4\nBody [1].\nReferences:\n[1] https://a.example/\nComments\nNo comments yet\n"_s
            << u"Title\nBody [1].\nReferences:\n[1] https://a.example/\nComments\nNo comments yet\nBob: hi\n"_s
            << QList<int> {0} << QList<int> {0, 6};
        QTest::addRow("line moved") << u"a\nb\nc\nd"_s << u"b\nc\na\nd"_s << QList<int> {0} << QList<int> {2};
        QTest::addRow("repeated lines") << u"x\nx\nx\n"_s << u"x\nx\n"_s << QList<int> {2} << QList<int> {};
    }
    void diffLines()
    {
        QFETCH(QString, mine);
        QFETCH(QString, theirs);
        QFETCH(QList<int>, removed);
        QFETCH(QList<int>, added);
        const LineDiff diff = Citewise::diffLines(mine, theirs);
        QCOMPARE(diff.removed, removed);
        QCOMPARE(diff.added, added);
    }

    // Random edits of a text: what the diff leaves of each side is the same sequence of lines (a common
    // subsequence), and no longer script than the edits made is found.
    void diffLinesRandom()
    {
        QRandomGenerator random(20261205);
        for (int round = 0; round < 300; ++round) {
            QStringList a;
            const int lines = int(random.bounded(1, 40));
            for (int i = 0; i < lines; ++i)
                a.append(QString::number(random.bounded(8)));
            QStringList b = a;
            const int edits = int(random.bounded(0, 6));
            for (int e = 0; e < edits; ++e) {
                const int at = int(random.bounded(b.size() + 1));
                if (random.bounded(2) == 0 && at < b.size())
                    b.removeAt(at);
                else
                    b.insert(at, u"new"_s + QString::number(random.bounded(3)));
            }
            // (An empty list joins to one empty line.)
            const QString first = a.join(u'\n');
            const QString second = b.join(u'\n');
            const LineDiff diff = Citewise::diffLines(first, second);
            QStringList keptA = first.split(u'\n');
            for (auto it = diff.removed.crbegin(); it != diff.removed.crend(); ++it)
                keptA.removeAt(*it);
            QStringList keptB = second.split(u'\n');
            for (auto it = diff.added.crbegin(); it != diff.added.crend(); ++it)
                keptB.removeAt(*it);
            QCOMPARE(keptA, keptB);
            QVERIFY(diff.removed.size() + diff.added.size() <= edits + (b.isEmpty() ? 1 : 0));
        }
    }

    // Texts that differ everywhere (each line against another) are marked between their first and
    // last difference without searching long.
    void diffLinesGivesUpOnTooManyChanges()
    {
        QStringList a;
        QStringList b;
        for (int i = 0; i < 5000; ++i) {
            a.append(u"a"_s + QString::number(i));
            b.append(u"b"_s + QString::number(i));
        }
        a.prepend(u"same"_s);
        b.prepend(u"same"_s);
        const LineDiff diff = Citewise::diffLines(a.join(u'\n'), b.join(u'\n'));
        QCOMPARE(diff.removed.size(), 5000);
        QCOMPARE(diff.removed.constFirst(), 1);
        QCOMPARE(diff.added.size(), 5000);
        QCOMPARE(diff.added.constLast(), 5000);
    }

    void dialog()
    {
        ExternalChangeDialog dialog(m_path, u"a\nmine\nc\n"_s, u"a\ntheirs\nc\n"_s);
        dialog.show();
        QVERIFY(!dialog.isComparing());
        dialog.setComparing(true);
        QVERIFY(dialog.isComparing());
        QCOMPARE(dialog.mineView()->toPlainText(), u"a\nmine\nc\n"_s);
        QCOMPARE(dialog.theirsView()->toPlainText(), u"a\ntheirs\nc\n"_s);
        QCOMPARE(dialog.mineView()->extraSelections().size(), 1);
        QCOMPARE(dialog.mineView()->extraSelections().first().cursor.selectedText(), u"mine"_s);
        QCOMPARE(dialog.mineView()->textCursor().blockNumber(), 1);
        QVERIFY(!dialog.mineView()->textCursor().hasSelection()); // marked, not selected
        QVERIFY(dialog.mineView()->isReadOnly());

        // Edits at both ends of a text mark those lines, not everything between them; the dialog fits
        // on the screen.
        ExternalChangeDialog ends(m_path, u"A\nsame\nsame\nZ\n"_s, u"a\nsame\nsame\nz\n"_s);
        ends.show();
        ends.setComparing(true);
        QStringList marked;
        for (const QTextEdit::ExtraSelection &s : ends.theirsView()->extraSelections())
            marked.append(s.cursor.selectedText());
        QCOMPARE(marked, (QStringList {u"a"_s, u"z"_s}));

        // A line added there does not mark the lines after an edit here as changed.
        ExternalChangeDialog appended(m_path, u"Title v4\nsame\nsame\n"_s, u"Title\nsame\nsame\nBob: hi\n"_s);
        appended.show();
        appended.setComparing(true);
        const auto markedIn = [](QPlainTextEdit *view) {
            QStringList lines;
            for (const QTextEdit::ExtraSelection &s : view->extraSelections())
                lines.append(s.cursor.selectedText());
            return lines;
        };
        QCOMPARE(markedIn(appended.mineView()), (QStringList {u"Title v4"_s}));
        QCOMPARE(markedIn(appended.theirsView()), (QStringList {u"Title"_s, u"Bob: hi"_s}));
        QVERIFY(ends.screen()->availableGeometry().width() >= ends.width());
        // Shown near the screen's right edge, it grows back onto the screen, whole.
        ExternalChangeDialog edge(m_path, u"a\n"_s, u"b\n"_s);
        edge.show();
        const QRect room = edge.screen()->availableGeometry();
        edge.move(room.right() - 100, room.top() + 20);
        edge.setComparing(true);
        QVERIFY2(room.contains(edge.frameGeometry()),
            qPrintable(u"%1,%2 %3x%4"_s.arg(edge.frameGeometry().x())
                           .arg(edge.frameGeometry().y())
                           .arg(edge.frameGeometry().width())
                           .arg(edge.frameGeometry().height())));

        QSignalSpy finished(&dialog, &QDialog::finished);
        dialog.reject(); // Escape keeps mine
        QCOMPARE(finished.first().first().toInt(), int(ExternalChangeDialog::KeepMine));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<DocumentFileWatcher> m_watcher;
    std::unique_ptr<QSignalSpy> m_changed;
    std::unique_ptr<QSignalSpy> m_removed;
};

QTEST_MAIN(TestFileWatcher)
#include "tst_filewatcher.moc"
