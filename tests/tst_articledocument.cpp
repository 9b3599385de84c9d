// Checks ArticleDocument: analysis following the text, and that every operation is one named undo step
// (its files are in tst_articledocumentfiles.cpp).
#include "articledocumenttestutil.h"
#include "articleio.h"
#include "unreadfindings.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QTextCursor>

using namespace Qt::StringLiterals;
using namespace Citewise;
using namespace Citewise::Test;

class TestArticleDocument : public ArticleDocumentTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

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
