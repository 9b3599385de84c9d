// Checks ArticleDocument's files: byte-exact load and save in every encoding and line ending,
// files that are refused or read only, and saves that fail.
#include "articledocumenttestutil.h"
#include "articleio.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>

using namespace Qt::StringLiterals;
using namespace Citewise;
using namespace Citewise::Test;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(CITEWISE_FIXTURES_DIR "/") + name;
}

} // namespace

class TestArticleDocumentFiles : public ArticleDocumentTest
{
    Q_OBJECT

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
};

QTEST_MAIN(TestArticleDocumentFiles)
#include "tst_articledocumentfiles.moc"
