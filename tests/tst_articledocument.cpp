// Checks ArticleDocument: byte-exact load/save, read-only files, analysis following the text, and that every
// operation is one named undo step.
#include "articledocument.h"
#include "articleio.h"
#include "unreadfindings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Citewise;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(CITEWISE_FIXTURES_DIR "/") + name;
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QString text(const ArticleDocument &doc)
{
    return doc.textDocument()->toPlainText();
}

const QByteArray kSeedLike = "Ferry operator adds a winter route\n"
                             "Oslo, January 9, 2025 — The company will add a winter route [1].\n"
                             "Local councils said the route would help schools [3].\n"
                             "The first sailing is planned for February [1].\n"
                             "References:\n"
                             "[1] https://ferry.example.org/winter-route\n"
                             "[2] https://ports.example.com/schedule\n"
                             "[3] https://islands.example.net/councils\n"
                             "Comments\n"
                             "No comments yet\n";

} // namespace

class TestArticleDocument : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Loads `bytes` from a temporary file.
    bool loadBytes(ArticleDocument &doc, const QByteArray &bytes, const QString &name = u"article.txt"_s)
    {
        const QString path = m_dir.filePath(name);
        if (!writeBytes(path, bytes))
            return false;
        QString error;
        const bool ok = doc.load(path, &error);
        if (!ok)
            qWarning("%s", qPrintable(error));
        return ok;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addRow("lf") << u"format/lf.txt"_s;
        QTest::addRow("crlf") << u"format/crlf.txt"_s;
        QTest::addRow("bom") << u"format/bom.txt"_s;
        QTest::addRow("no trailing newline") << u"format/no-trailing-newline.txt"_s;
        QTest::addRow("mixed newlines") << u"format/mixed-newlines.txt"_s;
        QTest::addRow("empty") << u"format/empty.txt"_s;
        QTest::addRow("cjk and rtl") << u"format/cjk-rtl.txt"_s;
    }
    void roundTrip()
    {
        QFETCH(QString, file);
        const QByteArray original = readBytes(fixture(file));
        ArticleDocument doc;
        QString error;
        QVERIFY2(doc.load(fixture(file), &error), qPrintable(error));
        QVERIFY(!doc.isModified());
        QVERIFY(!text(doc).contains(u'\r'));
        QCOMPARE(doc.toBytes(), original);
        QCOMPARE(doc.article().text, text(doc));

        const QString copy = m_dir.filePath(u"copy.txt"_s);
        QVERIFY2(doc.save(copy, &error), qPrintable(error));
        QCOMPARE(readBytes(copy), original);
        QCOMPARE(doc.filePath(), QFileInfo(copy).absoluteFilePath());
    }

    void editedCrlfStaysCrlf()
    {
        ArticleDocument doc;
        QVERIFY(
            loadBytes(doc, "\xEF\xBB\xBFTitle\r\nBody [1].\r\nReferences:\r\n[1] https://a.example/\r\n"));
        QTextCursor cursor(doc.textDocument());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(u"[2] https://b.example/\n"_s);
        QVERIFY(doc.isModified());
        QCOMPARE(doc.toBytes(),
            QByteArray("\xEF\xBB\xBFTitle\r\nBody [1].\r\nReferences:\r\n[1] https://a.example/\r\n"
                       "[2] https://b.example/\r\n"));
    }

    // A file saved as UTF-16 with CRLF (as Windows PowerShell writes one) opens editable, reads as its
    // text does, and an edit is saved in the same form: mark, byte order and line ends.
    void editedUtf16StaysUtf16()
    {
        const auto utf16 = [](const QString &text) {
            QByteArray out("\xFF\xFE");
            for (QChar c : text)
                out += char(c.unicode() & 0xFF), out += char(c.unicode() >> 8);
            return out;
        };
        ArticleDocument doc;
        QVERIFY(loadBytes(
            doc, utf16(u"Titel \u00FC\r\nBody [1].\r\nReferences:\r\n[1] https://a.example/\r\n"_s)));
        QVERIFY(doc.readOnlyReason().isEmpty());
        QCOMPARE(doc.article().title, u"Titel \u00FC"_s);
        QCOMPARE(doc.article().references.size(), 1);
        QCOMPARE(doc.article().citations.size(), 1);
        QTextCursor cursor(doc.textDocument());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(u"[2] https://b.example/\u2014\n"_s);
        doc.analyseNow();
        QCOMPARE(doc.article().references.size(), 2);
        QCOMPARE(doc.toBytes(),
            utf16(u"Titel \u00FC\r\nBody [1].\r\nReferences:\r\n[1] https://a.example/\r\n"
                  "[2] https://b.example/\u2014\r\n"_s));
    }

    // A file written with lone CRs (as classic Mac OS did) is read line by line, and an edit leaves its
    // line ends as they were.
    void editedCrStaysCr()
    {
        ArticleDocument doc;
        QVERIFY(loadBytes(doc, "Title\rBody [1].\rReferences:\r[1] https://a.example/\r"));
        QCOMPARE(doc.article().title, u"Title"_s);
        QCOMPARE(doc.article().references.size(), 1);
        QTextCursor cursor(doc.textDocument());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(u"[2] https://b.example/\n"_s);
        doc.analyseNow();
        QCOMPARE(doc.article().references.size(), 2);
        QCOMPARE(doc.toBytes(),
            QByteArray("Title\rBody [1].\rReferences:\r[1] https://a.example/\r[2] https://b.example/\r"));
    }

    void editedMixedUsesDominant()
    {
        ArticleDocument doc;
        QVERIFY(loadBytes(doc, "A\r\nB\nC\r\nD\r\n"));
        QCOMPARE(doc.toBytes(), QByteArray("A\r\nB\nC\r\nD\r\n"));
        QTextCursor cursor(doc.textDocument());
        cursor.insertText(u"Z"_s);
        // Lines the edit did not touch keep their own terminators.
        QCOMPARE(doc.toBytes(), QByteArray("ZA\r\nB\nC\r\nD\r\n"));
        // New lines take the file's commonest; those around them keep theirs.
        cursor.setPosition(doc.textDocument()->findBlockByNumber(1).position() + 1);
        cursor.insertText(u"1\n2"_s);
        QCOMPARE(doc.toBytes(), QByteArray("ZA\r\nB1\r\n2\nC\r\nD\r\n"));
        doc.textDocument()->undo();
        // Undoing back to the loaded text gives the original bytes again.
        doc.textDocument()->undo();
        QCOMPARE(doc.toBytes(), QByteArray("A\r\nB\nC\r\nD\r\n"));
        QVERIFY(!doc.isModified());
    }

    void loneCarriageReturnRoundTrips()
    {
        ArticleDocument doc;
        const QByteArray bytes = "Title\rBody [1].\r\nReferences:\n[1] https://a.example/\n";
        QVERIFY(loadBytes(doc, bytes));
        QCOMPARE(doc.textDocument()->blockCount(), 5);
        QCOMPARE(doc.toBytes(), bytes);
        QCOMPARE(doc.article().title, u"Title"_s);
        // The editor holds the lone CR as a paragraph break: saving the unchanged text, once and
        // again, still writes the file's own bytes.
        QString error;
        for (const QString &name : {u"first.txt"_s, u"second.txt"_s}) {
            const QString path = m_dir.filePath(name);
            QVERIFY2(doc.save(path, &error), qPrintable(error));
            QCOMPARE(readBytes(path), bytes);
        }
    }

    void tooLargeFileIsRefused()
    {
        const QString path = m_dir.filePath(u"huge.txt"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(qint64(257) * 1024 * 1024)); // sparse: costs no disk space
        f.close();
        ArticleDocument doc;
        QString error;
        QVERIFY(!doc.load(path, &error));
        QVERIFY(error.contains(u"256 MB"_s));
        QVERIFY(doc.filePath().isEmpty());
        QFile::remove(path);
    }

    void invalidUtf8IsReadOnly_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addRow("invalid utf-8") << u"format/invalid-utf8.txt"_s;
        QTest::addRow("nul bytes") << u"format/nul-bytes.txt"_s;
    }
    void invalidUtf8IsReadOnly()
    {
        QFETCH(QString, file);
        ArticleDocument doc;
        QSignalSpy readOnly(&doc, &ArticleDocument::readOnlyChanged);
        QString error;
        QVERIFY2(doc.load(fixture(file), &error), qPrintable(error));
        QVERIFY(doc.isReadOnly());
        QVERIFY(!doc.readOnlyReason().isEmpty());
        QCOMPARE(readOnly.count(), 1);
        QCOMPARE(doc.toBytes(), readBytes(fixture(file)));
        // Operations leave a read-only document alone.
        QSignalSpy failed(&doc, &ArticleDocument::operationFailed);
        doc.addComment(u"Ana"_s, u"Check this"_s);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(doc.toBytes(), readBytes(fixture(file)));

        doc.newDocument();
        QVERIFY(!doc.isReadOnly());
        QCOMPARE(readOnly.count(), 2);
    }

    void invalidUtf8IsReported()
    {
        ArticleDocument doc;
        QString error;
        QVERIFY(doc.load(fixture(u"format/invalid-utf8.txt"_s), &error));
        QVERIFY(doc.article().hasInvalidEncoding);
        QVERIFY(!doc.article().invalidEncodingLines.isEmpty());
    }

    // A UTF-16 file holding half a surrogate pair opens as UTF-16, read-only as a file with invalid
    // UTF-8 does, the unit reported on its line; saving it unchanged writes the same bytes.
    void unpairedSurrogateInUtf16IsReadOnly()
    {
        QByteArray bytes("\xFF\xFE");
        appendUtf16(bytes, u"Title\n"_s + QChar(0xD800) + u"x [1]\nReferences:\n[1] https://a.example/\n"_s,
            TextEncoding::Utf16LE);
        ArticleDocument doc;
        QVERIFY(loadBytes(doc, bytes));
        QVERIFY(doc.isReadOnly());
        QVERIFY2(doc.readOnlyReason().contains(u"UTF-16"_s), qPrintable(doc.readOnlyReason()));
        QCOMPARE(doc.article().encoding, TextEncoding::Utf16LE);
        QCOMPARE(doc.article().title, u"Title"_s);
        QCOMPARE(doc.article().invalidEncodingLines, QList<int> {2});
        QCOMPARE(doc.toBytes(), bytes);
        const QString copy = m_dir.filePath(u"utf16-copy.txt"_s);
        QString error;
        QVERIFY2(doc.save(copy, &error), qPrintable(error));
        QCOMPARE(readBytes(copy), bytes);
    }

    void unwritableFileIsReadOnly()
    {
        if (geteuid() == 0)
            QSKIP("file permissions do not apply to root");
        const QString path = m_dir.filePath(u"locked.txt"_s);
        QVERIFY(writeBytes(path, kSeedLike));
        QFile::setPermissions(path, QFileDevice::ReadOwner);
        ArticleDocument doc;
        QString error;
        QVERIFY(doc.load(path, &error));
        QVERIFY(doc.isReadOnly());
        QVERIFY(doc.save(m_dir.filePath(u"unlocked.txt"_s), &error));
        QVERIFY(!doc.isReadOnly());
    }

    void loadErrors()
    {
        ArticleDocument doc;
        QString error;
        QVERIFY(!doc.load(m_dir.filePath(u"does-not-exist.txt"_s), &error));
        QVERIFY(error.contains(u"does-not-exist.txt"_s));
        QVERIFY(!doc.load(m_dir.path(), &error));
        QVERIFY(!error.isEmpty());
    }

    void failedSaveKeepsModified_data()
    {
        QTest::addColumn<bool>("readOnlyDirectory");
        QTest::addRow("read-only directory") << true;
        QTest::addRow("missing directory") << false;
    }
    void failedSaveKeepsModified()
    {
        QFETCH(bool, readOnlyDirectory);
        if (readOnlyDirectory && geteuid() == 0)
            QSKIP("directory permissions do not apply to root");
        ArticleDocument doc;
        QVERIFY(loadBytes(doc, kSeedLike));
        const QString loadedPath = doc.filePath();
        QTextCursor(doc.textDocument()).insertText(u"Edited "_s);
        QVERIFY(doc.isModified());

        QString target;
        if (readOnlyDirectory) {
            const QString dir = m_dir.filePath(u"locked-dir"_s);
            QVERIFY(QDir().mkpath(dir));
            QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
            target = dir + u"/article.txt"_s;
        } else {
            target = m_dir.filePath(u"no/such/dir/article.txt"_s);
        }
        QString error;
        QVERIFY(!doc.save(target, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(error.contains(u"article.txt"_s));
        QVERIFY(doc.isModified());
        QCOMPARE(doc.filePath(), loadedPath);
        if (readOnlyDirectory)
            QFile::setPermissions(m_dir.filePath(u"locked-dir"_s),
                QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    void successfulSaveClearsModified()
    {
        ArticleDocument doc;
        QVERIFY(loadBytes(doc, kSeedLike));
        QSignalSpy modified(&doc, &ArticleDocument::modificationChanged);
        QTextCursor(doc.textDocument()).insertText(u"New "_s);
        QCOMPARE(modified.count(), 1);
        QString error;
        QVERIFY(doc.save(doc.filePath(), &error));
        QVERIFY(!doc.isModified());
        QCOMPARE(modified.count(), 2);
        QCOMPARE(readBytes(doc.filePath()), "New " + kSeedLike);
    }

    void newDocument()
    {
        ArticleDocument doc;
        QVERIFY(loadBytes(doc, kSeedLike));
        QSignalSpy path(&doc, &ArticleDocument::filePathChanged);
        doc.newDocument();
        QVERIFY(doc.filePath().isEmpty());
        QCOMPARE(path.count(), 1);
        QVERIFY(text(doc).isEmpty());
        QVERIFY(!doc.isModified());
        QVERIFY(doc.undoName().isEmpty());
        QCOMPARE(doc.toBytes(), QByteArray());
    }

    void typingIsAnalysedAfterADelay()
    {
        ArticleDocument doc;
        QVERIFY(loadBytes(doc, kSeedLike));
        QCOMPARE(doc.article().references.size(), 3);
        QSignalSpy updated(&doc, &ArticleDocument::analysisUpdated);
        QTextCursor cursor(doc.textDocument());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(u"Ana: looks fine\n"_s);
        QVERIFY(doc.isAnalysisPending());
        QCOMPARE(doc.article().comments.size(), 0);
        QVERIFY(updated.wait(2000));
        QVERIFY(!doc.isAnalysisPending());
        QCOMPARE(doc.article().comments.size(), 1);

        QTextCursor c2(doc.textDocument());
        c2.setPosition(int(doc.article().references.at(2).span.start));
        c2.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        c2.removeSelectedText();
        doc.analyseNow();
        QVERIFY(!doc.isAnalysisPending());
        QCOMPARE(doc.article().references.size(), 2);
        QCOMPARE(doc.article().text, text(doc));
        bool dangling = false;
        for (const Diagnostic &d : doc.diagnostics())
            dangling = dangling || d.code == u"dangling-citation"_s;
        QVERIFY(dangling);
    }

    void analysedTextIsTheEditorText()
    {
        // Pending changes are analysed first; a text with a gap after edits is joined.
        ArticleDocument doc;
        QVERIFY(loadBytes(doc, kSeedLike));
        QCOMPARE(doc.analysedText(), doc.text());
        QTextCursor cursor(doc.textDocument());
        cursor.setPosition(20);
        cursor.insertText(u"typed "_s);
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(u"\nAna: and more at the end\n"_s);
        QVERIFY(doc.isAnalysisPending());
        QCOMPARE(doc.analysedText(), doc.text());
        QVERIFY(!doc.isAnalysisPending());
        QVERIFY(doc.analysedText().contains(u"typed "_s));
    }

    void operationsAreSingleNamedUndoSteps_data()
    {
        QTest::addColumn<int>("operation");
        QTest::addColumn<QString>("name");
        QTest::addRow("renumber") << 0 << u"Renumber Citations"_s;
        QTest::addRow("add reference") << 1 << u"Add Reference"_s;
        QTest::addRow("edit reference") << 2 << u"Edit Reference"_s;
        QTest::addRow("remove reference") << 3 << u"Remove Reference"_s;
        QTest::addRow("add comment") << 4 << u"Add Comment"_s;
        QTest::addRow("edit comment") << 5 << u"Edit Comment"_s;
        QTest::addRow("delete comment") << 6 << u"Delete Comment"_s;
    }
    void operationsAreSingleNamedUndoSteps()
    {
        QFETCH(int, operation);
        QFETCH(QString, name);
        ArticleDocument doc;
        QByteArray bytes = kSeedLike;
        if (operation >= 5)
            bytes.replace("No comments yet\n", "Ana (2025-01-09 10:00): Check the date\n");
        QVERIFY(loadBytes(doc, bytes));
        // Some typing first, so that the operation is not the only step.
        QTextCursor typing(doc.textDocument());
        typing.insertText(u"Breaking: "_s);
        QCOMPARE(doc.undoName(), u"Typing"_s);
        const QString before = text(doc);

        QSignalSpy names(&doc, &ArticleDocument::undoNamesChanged);
        switch (operation) {
        case 0:
            doc.renumberCitations(false);
            break;
        case 1:
            doc.addReference(u"https://new.example.org/"_s, u"New source"_s);
            break;
        case 2:
            doc.updateReference(1, 2, u"https://ports.example.com/winter"_s, u"Winter"_s);
            break;
        case 3:
            doc.removeReference(1);
            break;
        case 4:
            doc.addComment(u"Ana"_s, u"Check the date"_s);
            break;
        case 5:
            doc.updateComment(0, u"Date checked"_s);
            break;
        case 6:
            doc.removeComment(0);
            break;
        }
        QVERIFY(text(doc) != before);
        QVERIFY(names.count() > 0);
        QCOMPARE(doc.undoName(), name);
        QVERIFY(doc.redoName().isEmpty());
        QVERIFY(!doc.isAnalysisPending());
        QCOMPARE(doc.article().text, text(doc));
        const QString after = text(doc);

        doc.textDocument()->undo();
        QCOMPARE(text(doc), before);
        QCOMPARE(doc.undoName(), u"Typing"_s);
        QCOMPARE(doc.redoName(), name);

        doc.textDocument()->redo();
        QCOMPARE(text(doc), after);
        QCOMPARE(doc.undoName(), name);

        doc.textDocument()->undo();
        doc.textDocument()->undo();
        QCOMPARE(text(doc), QString::fromUtf8(bytes));
        QVERIFY(doc.undoName().isEmpty());
        QCOMPARE(doc.redoName(), u"Typing"_s);
        QCOMPARE(doc.toBytes(), bytes);
        QVERIFY(!doc.isModified());
    }

    void newTypingForgetsUndoneOperation()
    {
        ArticleDocument doc;
        QVERIFY(loadBytes(doc, kSeedLike));
        doc.addComment(u"Ana"_s, u"First"_s);
        QCOMPARE(doc.undoName(), u"Add Comment"_s);
        doc.textDocument()->undo();
        QCOMPARE(doc.redoName(), u"Add Comment"_s);
        QTextCursor(doc.textDocument()).insertText(u"x"_s);
        QVERIFY(doc.redoName().isEmpty());
        QCOMPARE(doc.undoName(), u"Typing"_s);
        // Typing right after an operation is its own step.
        doc.addComment(u"Ana"_s, u"Second"_s);
        QTextCursor end(doc.textDocument());
        end.movePosition(QTextCursor::End);
        end.insertText(u"more"_s);
        QCOMPARE(doc.undoName(), u"Typing"_s);
        doc.textDocument()->undo();
        QCOMPARE(doc.undoName(), u"Add Comment"_s);
    }

    void renumberSeedLike()
    {
        ArticleDocument doc;
        QVERIFY(loadBytes(doc, kSeedLike));
        QTextCursor editorCursor(doc.textDocument());
        // After "[3]" in the third line: the cursor has to stay right after the marker.
        const int markerEnd = int(text(doc).indexOf(u"[3]."_s)) + 3;
        editorCursor.setPosition(markerEnd);
        // Whoever holds a copy of the article is told to let go before it is read again (so that a
        // large one is not held twice), and gets the new one after.
        QList<QString> order;
        connect(
            &doc, &ArticleDocument::articleAboutToChange, this, [&] { order.append(u"about to change"_s); });
        connect(&doc, &ArticleDocument::analysisUpdated, this, [&] { order.append(u"updated"_s); });
        doc.renumberCitations(false);
        QCOMPARE(order, (QList<QString> {u"about to change"_s, u"updated"_s}));
        // Numbers follow first use ([3] is cited before [2]), and the entries are reordered to match.
        QByteArray expected = kSeedLike;
        expected.replace("schools [3]", "schools [2]");
        expected.replace("[2] https://ports.example.com/schedule\n[3] https://islands.example.net/councils\n",
            "[2] https://islands.example.net/councils\n[3] https://ports.example.com/schedule\n");
        QCOMPARE(text(doc), QString::fromUtf8(expected));
        QCOMPARE(doc.toBytes(), expected);
        QCOMPARE(editorCursor.position(), markerEnd);
        QCOMPARE(text(doc).mid(markerEnd - 3, 3), u"[2]"_s);
        QCOMPARE(doc.undoName(), u"Renumber Citations"_s);

        // Renumbering again changes nothing and adds no undo step.
        const int steps = doc.textDocument()->availableUndoSteps();
        doc.renumberCitations(false);
        QCOMPARE(doc.textDocument()->availableUndoSteps(), steps);
    }

    void renumberRefusalIsReported()
    {
        ArticleDocument doc;
        QVERIFY(loadBytes(doc,
            "Title\nBody [1] and [2].\nReferences:\n[1] https://a.example/\n"
            "[1] https://b.example/\n[2] https://c.example/\n"));
        QSignalSpy failed(&doc, &ArticleDocument::operationFailed);
        const QString before = text(doc);
        doc.renumberCitations(false);
        QCOMPARE(failed.count(), 1);
        QVERIFY(!failed.at(0).at(0).toString().isEmpty());
        QCOMPARE(text(doc), before);
        QVERIFY(doc.undoName().isEmpty());
    }

    void editsAllOverTheTextAreAnalysed_data()
    {
        QTest::addColumn<QList<TextEdit>>("edits");
        QTest::addColumn<bool>("pendingBefore");
        // Taken from the article's own text with the edits, or read out of the editor: the same article.
        QTest::addRow("digits") << QList<TextEdit> {{0, 4, u"Boat"_s}, {40, 3, u"[12]"_s}} << false;
        QTest::addRow("lines") << QList<TextEdit> {{10, 0, u"\r\nnew line\n"_s}, {60, 2, u"x"_s}} << false;
        QTest::addRow("a line separator") << QList<TextEdit> {{10, 0, u"a\u2028b"_s}} << false;
        QTest::addRow("a lone carriage return") << QList<TextEdit> {{10, 0, u"a\rb"_s}} << false;
        QTest::addRow("typing not analysed yet") << QList<TextEdit> {{30, 1, u"Q"_s}} << true;
    }

    void editsAllOverTheTextAreAnalysed()
    {
        QFETCH(QList<TextEdit>, edits);
        QFETCH(bool, pendingBefore);
        ArticleDocument doc;
        QVERIFY(loadBytes(doc, kSeedLike));
        if (pendingBefore) {
            QTextCursor cursor(doc.textDocument());
            cursor.insertText(u"Typed. "_s);
            QVERIFY(doc.isAnalysisPending());
        }
        doc.applyEdits(u"Edits"_s, edits);
        QVERIFY(!doc.isAnalysisPending());
        QCOMPARE(doc.article().text, doc.text());
        QVERIFY(doc.article() == parseArticle(doc.text()));
        doc.renumberCitations(false);
        QCOMPARE(doc.article().text, doc.text());
        QVERIFY(doc.article() == parseArticle(doc.text()));
    }

    // Edits close together in a line reach the editor as one: the text, the undo step and the cursors in
    // lines without edits must be what edits one by one give.
    void editsCloseTogetherAreAppliedAsOne()
    {
        QRandomGenerator random(20261204);
        // Whole characters, two of them outside the BMP (surrogate pairs in the text).
        const QStringList characters = {u"a"_s, u"b"_s, u"c"_s, u" "_s, u"["_s, u"1"_s, u"]"_s, u"2"_s,
            u"3"_s, u"\n"_s, u"\n"_s, u" "_s, u"x"_s, u"y"_s, u"\U0001F600"_s, u"\U0001F601"_s};
        const auto randomText = [&](int count) {
            QString text;
            for (int i = 0; i < count; ++i)
                text += characters.at(random.bounded(int(characters.size())));
            return text;
        };
        for (int round = 0; round < 200; ++round) {
            const QString original = randomText(random.bounded(1, 400));
            ArticleDocument doc;
            QVERIFY(loadBytes(doc, original.toUtf8()));
            QList<TextEdit> edits;
            for (qsizetype at = random.bounded(4); at < original.size(); at += random.bounded(1, 12)) {
                if (original.at(at).isLowSurrogate())
                    ++at; // edits start and end between characters
                qsizetype end = qMin<qsizetype>(at + random.bounded(4), original.size());
                if (end < original.size() && original.at(end).isLowSurrogate())
                    ++end;
                QString replacement = randomText(random.bounded(4));
                if (random.bounded(4) == 0) // unchanged, as most of renumbering's markers
                    replacement = original.mid(at, end - at);
                edits.append({at, end - at, replacement});
                at = end;
            }
            // Cursors in lines no edit touches keep their characters.
            QList<std::pair<QTextCursor, QChar>> watched;
            for (int i = 0; i < original.size(); ++i) {
                const qsizetype lineStart = original.lastIndexOf(u'\n', i - original.size() - 1) + 1;
                qsizetype lineEnd = original.indexOf(u'\n', i);
                lineEnd = lineEnd < 0 ? original.size() : lineEnd;
                const bool touched = std::any_of(edits.cbegin(), edits.cend(),
                    [&](const TextEdit &e) { return e.start <= lineEnd && e.start + e.length >= lineStart; });
                if (!touched && !original.at(i).isLowSurrogate()) {
                    QTextCursor cursor(doc.textDocument());
                    cursor.setPosition(i);
                    watched.append({cursor, original.at(i)});
                }
            }
            const QString expected = applyEdits(original, edits);
            doc.applyEdits(u"Edits"_s, edits);
            QCOMPARE(text(doc), expected);
            QCOMPARE(doc.article().text, doc.text());
            for (const auto &[cursor, character] : watched)
                QCOMPARE(text(doc).at(cursor.position()), character);
            if (expected != original) {
                QCOMPARE(doc.undoName(), u"Edits"_s);
                doc.textDocument()->undo();
                QCOMPARE(text(doc), original);
                doc.textDocument()->redo();
                QCOMPARE(text(doc), expected);
            }
        }
    }

    void applyEditsIgnoresBadEdits()
    {
        ArticleDocument doc;
        QVERIFY(loadBytes(doc, kSeedLike));
        QTest::ignoreMessage(
            QtWarningMsg, "ArticleDocument::applyEdits: edit out of range or overlapping, ignored");
        doc.applyEdits(u"Broken"_s, {{0, 5, u"x"_s}, {3, 2, u"y"_s}});
        QCOMPARE(text(doc), QString::fromUtf8(kSeedLike));
        doc.applyEdits(u"Two at once"_s, {{0, 5, u"Ship"_s}, {6, 8, u"runner"_s}});
        QVERIFY(text(doc).startsWith(u"Ship runner adds"_s));
        QCOMPARE(doc.undoName(), u"Two at once"_s);
        doc.textDocument()->undo();
        QCOMPARE(text(doc), QString::fromUtf8(kSeedLike));
    }

    // Citations written in forms not read as markers are found when typing pauses, as --lint finds
    // them; between, those the edit did not touch move with the text, those it touched go.
    void unreadCitationsAreFoundWhenTypingPauses()
    {
        ArticleDocument doc;
        QVERIFY(loadBytes(doc,
            "T\nFirst words.\n\nIt grew.2 Then [1].\n\nReferences:\n[1] https://a.example/1\n"
            "[2] https://a.example/2\n"));
        const auto unread = [&doc] {
            QStringList found;
            for (const Diagnostic &d : doc.diagnostics()) {
                if (d.code == u"unread-citation")
                    found.append(u"%1:%2 %3"_s.arg(d.line).arg(d.column).arg(doc.article().view(d.span)));
            }
            return found;
        };
        // Reference 2's finding says where it is cited, as --lint's does, and follows it.
        const auto unused = [&doc] {
            for (const Diagnostic &d : doc.diagnostics()) {
                if (d.code == u"unused-reference")
                    return d.message;
            }
            return QString();
        };
        QTRY_COMPARE(unread(), QStringList {u"4:9 2"_s});
        QVERIFY2(unused().contains(u"cited only as “grew.2” (line 4)"_s), qPrintable(unused()));

        // Typed in a paragraph above, and a line broken there: the finding moves with the text at once.
        QTextCursor cursor(doc.textDocument());
        cursor.setPosition(int(doc.text().indexOf(u"words"_s)));
        cursor.insertText(u"few "_s);
        doc.analyseNow();
        QCOMPARE(unread(), QStringList {u"4:9 2"_s});
        cursor.insertText(u"\n"_s);
        doc.analyseNow();
        QCOMPARE(unread(), QStringList {u"5:9 2"_s});
        QVERIFY2(unused().contains(u"(line 5)"_s), qPrintable(unused()));

        // Typed on its line: gone until typing pauses, then found where it is now.
        cursor.setPosition(int(doc.text().indexOf(u"It grew"_s)));
        cursor.insertText(u"So "_s);
        doc.analyseNow();
        QCOMPARE(unread(), QStringList());
        QTRY_COMPARE(unread(), QStringList {u"5:12 2"_s});

        // Made no citation ("2x"): none comes back.
        cursor.setPosition(int(doc.text().indexOf(u"grew.2"_s)) + 6);
        cursor.insertText(u"x"_s);
        doc.analyseNow();
        QTest::qWait(UnreadFindings::kDelayMs * 2);
        QCOMPARE(unread(), QStringList());
        QVERIFY2(unused().contains(u"never cited"_s), qPrintable(unused()));
    }
};

QTEST_MAIN(TestArticleDocument)
#include "tst_articledocument.moc"
