// Edits for adding, changing and removing references and comments: exact text and read-back.
#include "articleedits.h"
#include "articleio.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Citewise;

namespace {

// Test texts are written with "\n"; rows for CRLF files convert them.
QString crlf(const QString &s)
{
    QString r = s;
    r.replace(u"\n"_s, u"\r\n"_s);
    return r;
}

QString apply(const QString &text, const QList<TextEdit> &edits)
{
    return applyEdits(text, edits);
}

const QString seedLike = u"Title\nBody cites [1] and [2].\nReferences:\n[1] https://a.example/1 First\n"
                         "[2] https://b.example/2\nComments\nNo comments yet"_s;

} // namespace

class TestArticleEdits : public QObject
{
    Q_OBJECT
private slots:
    void nextNumber();
    void addReference_data();
    void addReference();
    void updateReference_data();
    void updateReference();
    void removeReference_data();
    void removeReference();
    void addComment_data();
    void addComment();
    void updateComment();
    void removeComment_data();
    void removeComment();
    void positionsFollowTheEdits();
};

void TestArticleEdits::nextNumber()
{
    QCOMPARE(nextReferenceNumber(parseArticle(seedLike)), 2 + 1);
    QCOMPARE(nextReferenceNumber(parseArticle(u"T\nBody\n"_s)), 1);
    QCOMPARE(
        nextReferenceNumber(parseArticle(u"T\nB\nSources\n[7] https://x.example\n[2] https://y.example\n"_s)),
        8);
}

void TestArticleEdits::addReference_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("expected");

    QTest::addRow("seed-like, LF")
        << seedLike << u"New one"_s
        << u"Title\nBody cites [1] and [2].\nReferences:\n[1] https://a.example/1 First\n"
           "[2] https://b.example/2\n[3] https://new.example/x New one\nComments\n"
           "No comments yet"_s;
    QTest::addRow("seed-like, CRLF")
        << crlf(seedLike) << u"New one"_s
        << crlf(u"Title\nBody cites [1] and [2].\nReferences:\n[1] https://a.example/1 "
                "First\n[2] https://b.example/2\n[3] https://new.example/x New one\n"
                "Comments\nNo comments yet"_s);
    QTest::addRow("last entry without newline")
        << u"T\nB [1]\nReferences\n[1] https://a.example"_s << QString()
        << u"T\nB [1]\nReferences\n[1] https://a.example\n[2] https://new.example/x"_s;
    QTest::addRow("dotted style")
        << u"T\nB [1]\nSources:\n1. https://a.example\n"_s << u"L"_s
        << u"T\nB [1]\nSources:\n1. https://a.example\n2. https://new.example/x L\n"_s;
    QTest::addRow("colon style, bulleted")
        << u"T\nB [1]\n## References\n- [1]: https://a.example\n"_s << u"L"_s
        << u"T\nB [1]\n## References\n- [1]: https://a.example\n- [2]: https://new.example/x L\n"_s;
    QTest::addRow("after continuation line")
        << u"T\nB [1]\nReferences\n[1] https://a.example\nhttps://mirror.example\n\nMore text.\n"_s
        << QString()
        << u"T\nB [1]\nReferences\n[1] https://a.example\nhttps://mirror.example\n[2] "
           u"https://new.example/x\n\n"
           "More text.\n"_s;
    QTest::addRow("blank lines between entries")
        << u"T\nB [1]\nReferences\n\n[1] https://a.example\n\n[2] https://b.example\n"_s << QString()
        << u"T\nB [1]\nReferences\n\n[1] https://a.example\n\n[2] https://b.example\n\n[3] https://new.example/x\n"_s;
    QTest::addRow("empty section") << u"T\nB\nReferences:\n\nComments\n"_s << QString()
                                   << u"T\nB\nReferences:\n[1] https://new.example/x\n\nComments\n"_s;
    QTest::addRow("no section, before comments")
        << u"T\nB\nComments\nNo comments yet\n"_s << QString()
        << u"T\nB\nReferences:\n[1] https://new.example/x\nComments\nNo comments yet\n"_s;
    QTest::addRow("no section, before comments, blank lines")
        << u"T\n\nB\n\nComments\nNo comments yet\n"_s << QString()
        << u"T\n\nB\n\nReferences:\n[1] https://new.example/x\n\nComments\nNo comments yet\n"_s;
    QTest::addRow("no section, end of file")
        << u"T\nB\n"_s << QString() << u"T\nB\nReferences:\n[1] https://new.example/x\n"_s;
    // A missing final newline stays missing.
    QTest::addRow("no section, no trailing newline")
        << u"T\nB"_s << QString() << u"T\nB\nReferences:\n[1] https://new.example/x"_s;
    QTest::addRow("no section, CRLF, blank lines")
        << u"T\r\n\r\nB\r\n"_s << QString()
        << u"T\r\n\r\nB\r\n\r\nReferences:\r\n[1] https://new.example/x\r\n"_s;
}

void TestArticleEdits::addReference()
{
    QFETCH(QString, text);
    QFETCH(QString, label);
    QFETCH(QString, expected);
    const Article before = parseArticle(text);
    const qint64 number = nextReferenceNumber(before);
    const QString url = u"https://new.example/x"_s;
    const QString result = apply(text, addReferenceEdits(before, number, url, label));
    QCOMPARE(result, expected);

    const Article after = parseArticle(result);
    QCOMPARE(after.references.size(), before.references.size() + 1);
    const Reference &added = after.references.last();
    QCOMPARE(added.number, number);
    QCOMPARE(added.url, url);
    QCOMPARE(added.label, label);
    for (qsizetype i = 0; i < before.references.size(); ++i) {
        QCOMPARE(after.references.at(i).url, before.references.at(i).url);
        QCOMPARE(after.references.at(i).label, before.references.at(i).label);
    }
    QCOMPARE(after.comments.size(), before.comments.size());
    QCOMPARE(after.paragraphs.size(), before.paragraphs.size());
}

void TestArticleEdits::updateReference_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("index");
    QTest::addColumn<qint64>("number");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("expected");

    QTest::addRow("url and label")
        << seedLike << 0 << qint64(1) << u"https://c.example/"_s << u"Other"_s
        << u"Title\nBody cites [1] and [2].\nReferences:\n[1] https://c.example/ Other\n"
           "[2] https://b.example/2\nComments\nNo comments yet"_s;
    QTest::addRow("add label, CRLF")
        << crlf(seedLike) << 1 << qint64(2) << u"https://b.example/2"_s << u"Two"_s
        << crlf(u"Title\nBody cites [1] and [2].\nReferences:\n[1] https://a.example/1 "
                "First\n[2] https://b.example/2 Two\nComments\nNo comments yet"_s);
    QTest::addRow("drop label") << seedLike << 0 << qint64(1) << u"https://a.example/1"_s << QString()
                                << u"Title\nBody cites [1] and [2].\nReferences:\n[1] https://a.example/1\n"
                                   "[2] https://b.example/2\nComments\nNo comments yet"_s;
    // One entry under "References", before and after.
    const auto entryRow = [](const char *name, const QString &entry, qint64 number, const QString &url,
                              const QString &label, const QString &expected) {
        const QString head = u"T\nB\nReferences\n"_s;
        QTest::addRow("%s", name) << head + entry + u'\n' << 0 << number << url << label
                                  << head + expected + u'\n';
    };
    entryRow("number, dotted", u"1. https://a.example A"_s, 12, u"https://a.example"_s, u"A"_s,
        u"12. https://a.example A"_s);
    entryRow("label before the url, words after it", u"[1] A title - https://a.example (accessed 2024)"_s, 3,
        u"https://b.example"_s, u"New title"_s, u"[3] New title - https://b.example (accessed 2024)"_s);
    entryRow("drop a label before the url", u"[1] A title (https://a.example)"_s, 1, u"https://a.example"_s,
        {}, u"[1] (https://a.example)"_s);
    entryRow("markdown link, new address", u"[1] [Docs](https://a.example/docs)"_s, 1,
        u"https://b.example/docs"_s, u"Docs"_s, u"[1] [Docs](https://b.example/docs)"_s);
    entryRow("markdown link, label dropped", u"[1] [Docs](https://a.example/docs)"_s, 1,
        u"https://a.example/docs"_s, {}, u"[1] https://a.example/docs"_s);
    entryRow("html link, new address and text", u"[1] <a href=\"https://a.example\">Old</a>"_s, 1,
        u"https://b.example"_s, u"New"_s, u"[1] <a href=\"https://b.example\">New</a>"_s);
    entryRow("html link, text dropped", u"[1] <a href=\"https://a.example\">Old</a>"_s, 1,
        u"https://a.example"_s, {}, u"[1] <a href=\"https://a.example\"></a>"_s);
    entryRow("quoted title, new title", u"[1]: https://a.example \"Old\""_s, 1, u"https://a.example"_s,
        u"New"_s, u"[1]: https://a.example \"New\""_s);
    entryRow("quoted title dropped", u"[1]: https://a.example \"Old\""_s, 1, u"https://a.example"_s, {},
        u"[1]: https://a.example"_s);
    entryRow("title in parentheses dropped", u"[1]: https://a.example (Old)"_s, 1, u"https://a.example"_s, {},
        u"[1]: https://a.example"_s);
    entryRow("entry without url", u"[1] Some book, p. 4"_s, 1, u"https://book.example"_s, u"Some book"_s,
        u"[1] https://book.example Some book"_s);
    // A label wrapped onto the next lines keeps its breaks where its text is unchanged.
    const QString apa = u"[1] Smith, J. (2020). A long title that runs onto the\n    next line. Journal "
                        "of Tests, 3(2), 1-9.\n    https://doi.org/10.1000/x"_s;
    entryRow("wrapped label, a word changed", apa, 1, u"https://doi.org/10.1000/x"_s,
        u"Smith, J. (2020). A long title that runs onto the next line. Journal of Trials, 3(2), 1-9."_s,
        u"[1] Smith, J. (2020). A long title that runs onto the\n    next line. Journal of Trials, 3(2), "
        "1-9.\n    https://doi.org/10.1000/x"_s);
    entryRow("wrapped label, words added at the break", apa, 1, u"https://doi.org/10.1000/x"_s,
        u"Smith, J. (2020). A long title that runs onto the very next line. Journal of Tests, 3(2), 1-9."_s,
        u"[1] Smith, J. (2020). A long title that runs onto the\n    very next line. Journal of Tests, "
        "3(2), 1-9.\n    https://doi.org/10.1000/x"_s);
    entryRow("wrapped label, new address only", apa, 1, u"https://doi.org/10.1000/y"_s,
        u"Smith, J. (2020). A long title that runs onto the next line. Journal of Tests, 3(2), 1-9."_s,
        u"[1] Smith, J. (2020). A long title that runs onto the\n    next line. Journal of Tests, 3(2), "
        "1-9.\n    https://doi.org/10.1000/y"_s);
    entryRow("wrapped label, rewritten", u"[1] First part\nsecond part https://a.example"_s, 1,
        u"https://a.example"_s, u"Other"_s, u"[1] Other https://a.example"_s);
}

void TestArticleEdits::updateReference()
{
    QFETCH(QString, text);
    QFETCH(int, index);
    QFETCH(qint64, number);
    QFETCH(QString, url);
    QFETCH(QString, label);
    QFETCH(QString, expected);
    const Article before = parseArticle(text);
    const QString result = apply(text, updateReferenceEdits(before, index, number, url, label));
    QCOMPARE(result, expected);
    const Article after = parseArticle(result);
    QCOMPARE(after.references.size(), before.references.size());
    QCOMPARE(after.references.at(index).number, number);
    QCOMPARE(after.references.at(index).url, url);
    QCOMPARE(after.references.at(index).label, label);
}

void TestArticleEdits::removeReference_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("expected");

    QTest::addRow("first")
        << seedLike << 0
        << u"Title\nBody cites [1] and [2].\nReferences:\n[2] https://b.example/2\nComments\n"
           "No comments yet"_s;
    QTest::addRow("last, CRLF")
        << crlf(seedLike) << 1
        << crlf(u"Title\nBody cites [1] and [2].\nReferences:\n[1] https://a.example/1 "
                "First\nComments\nNo comments yet"_s);
    QTest::addRow("last line of file")
        << u"T\nB\nReferences\n[1] https://a\n[2] https://b"_s << 1 << u"T\nB\nReferences\n[1] https://a"_s;
    QTest::addRow("with continuation") << u"T\nB\nReferences\n[1] https://a\nhttps://m\n[2] https://b\n"_s
                                       << 0 << u"T\nB\nReferences\n[2] https://b\n"_s;
    QTest::addRow("blank separated")
        << u"T\nB\nReferences\n[1] https://a\n\n[2] https://b\n\n[3] https://c\n"_s << 1
        << u"T\nB\nReferences\n[1] https://a\n\n[3] https://c\n"_s;
}

void TestArticleEdits::removeReference()
{
    QFETCH(QString, text);
    QFETCH(int, index);
    QFETCH(QString, expected);
    const Article before = parseArticle(text);
    const QString result = apply(text, removeReferenceEdits(before, index));
    QCOMPARE(result, expected);
    const Article after = parseArticle(result);
    QCOMPARE(after.references.size(), before.references.size() - 1);
    QVERIFY(after.strayReferenceLines.isEmpty());
}

void TestArticleEdits::addComment_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::addRow("replaces placeholder")
        << seedLike
        << u"Title\nBody cites [1] and [2].\nReferences:\n[1] https://a.example/1 "
           "First\n[2] https://b.example/2\nComments\n"
           "Ann Lee (2025-07-02 09:30): Check [2]"_s;
    QTest::addRow("replaces placeholder, CRLF")
        << crlf(seedLike)
        << crlf(u"Title\nBody cites [1] and [2].\nReferences:\n[1] https://a.example/1 First\n"
                "[2] https://b.example/2\nComments\nAnn Lee (2025-07-02 09:30): Check [2]"_s);
    // The note in any form it is read in gives way to the comment.
    QTest::addRow("replaces a placeholder in parentheses")
        << u"T\nB\nComments (0)\n(No comments)\n"_s
        << u"T\nB\nComments (0)\nAnn Lee (2025-07-02 09:30): Check [2]\n"_s;
    QTest::addRow("replaces a placeholder in German")
        << u"T\nB\nKommentare\n  _Noch keine Kommentare._\n"_s
        << u"T\nB\nKommentare\n  Ann Lee (2025-07-02 09:30): Check [2]\n"_s;
    QTest::addRow("after last comment")
        << u"T\nB\nComments:\nBob: first\n\n"_s
        << u"T\nB\nComments:\nBob: first\nAnn Lee (2025-07-02 09:30): Check [2]\n\n"_s;
    QTest::addRow("empty section") << u"T\nB\nComments\n"_s
                                   << u"T\nB\nComments\nAnn Lee (2025-07-02 09:30): Check [2]\n"_s;
    QTest::addRow("no section") << u"T\nB\n"_s
                                << u"T\nB\nComments\nAnn Lee (2025-07-02 09:30): Check [2]\n"_s;
    QTest::addRow("no section, no trailing newline")
        << u"T\r\nB [1]\r\nReferences\r\n[1] https://a"_s
        << u"T\r\nB [1]\r\nReferences\r\n[1] https://a\r\nComments\r\nAnn Lee (2025-07-02 09:30): Check [2]"_s;
}

void TestArticleEdits::addComment()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const Article before = parseArticle(text);
    const QDateTime when(QDate(2025, 7, 2), QTime(9, 30));
    const QString result = apply(text, addCommentEdits(before, u"Ann Lee"_s, when, u"Check\n[2]"_s));
    QCOMPARE(result, expected);
    const Article after = parseArticle(result);
    QCOMPARE(after.comments.size(), before.comments.size() + 1);
    QCOMPARE(after.comments.last().author, u"Ann Lee"_s);
    QCOMPARE(after.comments.last().timestamp, u"2025-07-02 09:30"_s);
    QCOMPARE(after.comments.last().text, u"Check [2]"_s);
    QCOMPARE(after.references.size(), before.references.size());
    QCOMPARE(after.citations.size(), before.citations.size());
}

void TestArticleEdits::updateComment()
{
    const QString text = u"T\nB\nComments\nBob (yesterday): old text\nAnn: other\n"_s;
    const Article before = parseArticle(text);
    const QString result = apply(text, updateCommentEdits(before, 0, u"new text"_s));
    QCOMPARE(result, u"T\nB\nComments\nBob (yesterday): new text\nAnn: other\n"_s);
    const Article after = parseArticle(result);
    QCOMPARE(after.comments.at(0).author, u"Bob"_s);
    QCOMPARE(after.comments.at(0).timestamp, u"yesterday"_s);
    QCOMPARE(after.comments.at(0).text, u"new text"_s);
    QCOMPARE(after.comments.at(1).text, u"other"_s);
}

void TestArticleEdits::removeComment_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("expected");

    QTest::addRow("one of two") << u"T\nB\nComments\nBob: a\nAnn: b\n"_s << 0
                                << u"T\nB\nComments\nAnn: b\n"_s;
    QTest::addRow("last line, no newline")
        << u"T\r\nB\r\nComments\r\nBob: a\r\nAnn: b"_s << 1 << u"T\r\nB\r\nComments\r\nBob: a"_s;
    QTest::addRow("only comment") << u"T\nB\nComments\nBob: a\n"_s << 0
                                  << u"T\nB\nComments\nNo comments yet\n"_s;
}

void TestArticleEdits::removeComment()
{
    QFETCH(QString, text);
    QFETCH(int, index);
    QFETCH(QString, expected);
    const Article before = parseArticle(text);
    const QString result = apply(text, removeCommentEdits(before, index));
    QCOMPARE(result, expected);
    QCOMPARE(parseArticle(result).comments.size(), before.comments.size() - 1);
}

void TestArticleEdits::positionsFollowTheEdits()
{
    // "One [12] two [3] three" renumbered to "One [1] two [24] three".
    const QString text = u"One [12] two [3] three"_s;
    const QList<TextEdit> edits = {{5, 2, u"1"_s}, {14, 1, u"24"_s}};
    const QString edited = apply(text, edits);
    QCOMPARE(edited, u"One [1] two [24] three"_s);
    // Each unchanged character keeps its place in the edited text.
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool replaced = (i >= 5 && i < 7) || i == 14;
        if (!replaced)
            QCOMPARE(edited.at(positionAfterEdits(i, edits)), text.at(i));
    }
    QCOMPARE(positionAfterEdits(5, edits), 5); // at an edit's start: stays before its replacement
    QCOMPARE(positionAfterEdits(6, edits), 6); // inside: after the replacement
    QCOMPARE(positionAfterEdits(14, edits), 13);
    QCOMPARE(positionAfterEdits(15, edits), 15);
    QCOMPARE(positionAfterEdits(text.size(), edits), edited.size());
    QCOMPARE(positionAfterEdits(3, {}), 3);
}

QTEST_GUILESS_MAIN(TestArticleEdits)
#include "tst_articleedits.moc"
