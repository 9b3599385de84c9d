// Edits update the article, its diagnostics, the reading view and the sidebar incrementally. After every
// step of a long random sequence of edits (fixed seed) in the real window, each of them must be exactly
// what a full rebuild from the text gives: a fresh parse and analysis, a fresh reading view, fresh
// sidebar models.
#include "articledocument.h"
#include "articlegenerator.h"
#include "articleio.h"
#include "bodyeditor.h"
#include "commentsmodel.h"
#include "commentspanel.h"
#include "mainwindow.h"
#include "markerhighlighter.h"
#include "problemsmodel.h"
#include "problemspanel.h"
#include "readinglayout.h"
#include "readingview.h"
#include "readingviewtestutil.h"
#include "referencesmodel.h"
#include "referencespanel.h"
#include "statuscounts.h"

#include <QLabel>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace Citewise;

namespace {

const QStringList kTyped = {u"x"_s, u" word"_s, u"\n"_s, u"\n\n"_s, u" [2]"_s, u" [1, 3]"_s, u"[2-4]"_s,
    u"[99]"_s, u"[1,,2]"_s, u"]"_s, u"["_s, u"\nReferences\n"_s, u"\n```\n"_s, u"- "_s, u"`"_s, u"\u00e9"_s,
    u"\nNotes\n"_s, u"\n[5] https://e.example/five\n"_s, u" [1, 2-3]"_s, u"–[4]"_s};
// For the article of lists: items begun, and lines that may flow on in the item above.
const QStringList kTypedInLists = {u"\n- "_s, u"\n2. "_s, u"\n  "_s, u"- "_s, u"1. "_s};

// Markers linked to addresses of their own, some their entry's, some another page's: typing in an
// entry's address changes what the markers' findings say.
QByteArray linkedArticle()
{
    return u"Linked markers\n\nOutput rose [1](https://a.example/one) and fell[[2]](https://b.example/two).\n"
           "Prices moved [3](https://c.example/elsewhere) while [[4]](#cite_note-4) and [5] stayed.\n\n"
           "Again[[1]](https://a.example/one/) and [2](http://www.b.example/two?utm_source=x) [3].\n\n"
           "References\n[1] https://a.example/one\n[2] https://b.example/two\n[3] https://c.example/three\n"
           "[4] https://d.example/four\n[5] https://e.example/five\n\nComments\nNo comments yet\n"_s.toUtf8();
}

// Bullet and numbered lists with the paragraphs around them: right under an item, one blank line
// below it, an indented line and a line wrapped by hand that go on in an item, lists of the other
// kind nested in an item, and an item nested in those (when `nested`).
QByteArray listArticle(bool nested = false)
{
    QString text = u"Lists under edit\n\nThe list below cites one source [1] and another [2].\n"_s;
    for (int list = 0; list < 6; ++list) {
        for (int item = 1; item <= 4; ++item) {
            text += (list % 2 ? u"%1. "_s.arg(item) : u"- "_s)
                + u"item %1 of list %2 [%3]\n"_s.arg(item).arg(list).arg(item % 3 + 1);
            if (nested && item == 2 && list >= 2) {
                for (int sub = 1; sub <= 2; ++sub)
                    text += (list % 2 ? u"   - "_s : u"  %1. "_s.arg(sub)) + u"nested %1 [3]\n"_s.arg(sub);
                text += u"\n      - nested twice, a blank line apart [2]\n"_s;
            }
        }
        if (list % 3 == 0)
            text += u"  an indented line that goes on in the last item\n"_s;
        if (list % 3 == 1)
            text += u"\n"_s;
        text += u"A paragraph after list %1, long enough to be wrapped by hand as mail is\n"_s.arg(list);
        text += u"and cut short here [2]\n\n"_s;
    }
    text += u"References:\n[1] https://a.example/one First\n[2] https://b.example/two Second\n"
            u"[3] https://c.example/three Third\n\nComments\nNo comments yet\n"_s;
    return text.toUtf8();
}

// Every cell of a model, for the roles views show.
QStringList cellsOf(const QAbstractItemModel &model)
{
    QStringList cells;
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < model.columnCount(); ++c) {
            const QModelIndex index = model.index(r, c);
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::DecorationRole)})
                cells.append(index.data(role).toString());
        }
    }
    return cells;
}

// The properties in which two character formats differ, for the failure message.
QString differingProperties(const QTextFormat &a, const QTextFormat &b)
{
    QStringList props;
    const auto pa = a.properties();
    const auto pb = b.properties();
    for (auto k = pa.cbegin(); k != pa.cend(); ++k) {
        if (pb.value(k.key()) != k.value())
            props << u"%1: %2 vs %3"_s.arg(k.key()).arg(k.value().toString(), pb.value(k.key()).toString());
    }
    for (auto k = pb.cbegin(); k != pb.cend(); ++k) {
        if (!pa.contains(k.key()))
            props << u"%1: missing vs %2"_s.arg(k.key()).arg(k.value().toString());
    }
    return props.join(u"; "_s);
}

// Two typeset documents are the same: the same blocks, with their formats and lists (structureOf()),
// and the same fragments, texts and formats.
bool sameTypesetting(const QTextDocument *a, const QTextDocument *b, QString *difference)
{
    const QStringList blocksA = Test::structureOf(a);
    const QStringList blocksB = Test::structureOf(b);
    for (qsizetype i = 0; i < qMax(blocksA.size(), blocksB.size()); ++i) {
        if (blocksA.value(i) != blocksB.value(i)) {
            *difference = u"block %1: %2 vs %3"_s.arg(i).arg(blocksA.value(i), blocksB.value(i));
            return false;
        }
    }
    QTextBlock x = a->begin();
    QTextBlock y = b->begin();
    for (; x.isValid() && y.isValid(); x = x.next(), y = y.next()) {
        auto i = x.begin();
        auto j = y.begin();
        for (; !i.atEnd() && !j.atEnd(); ++i, ++j) {
            const QTextFragment f = i.fragment();
            const QTextFragment g = j.fragment();
            if (f.position() != g.position() || f.text() != g.text() || f.charFormat() != g.charFormat()) {
                *difference
                    = u"fragment at %1: \"%2\" vs \"%3\" (%4)"_s.arg(f.position())
                          .arg(f.text(), g.text(), differingProperties(f.charFormat(), g.charFormat()));
                return false;
            }
        }
        if (!i.atEnd() || !j.atEnd()) {
            *difference = u"block %1 has more fragments on one side"_s.arg(x.blockNumber());
            return false;
        }
    }
    return true;
}

// Checks that the window's article, diagnostics, editor colours, sidebar, problem list, counts and
// reading view are those a full rebuild from its text gives. `freshView` is a reading view of the same
// size and font, to typeset the text from scratch.
void checkMatchesFullRebuild(MainWindow &window, ReadingView &freshView, const QString &where)
{
    ArticleDocument *document = window.document();
    // The engine: parse and analysis.
    const Article full = parseArticle(document->text());
    QVERIFY2(document->article() == full, qPrintable(where));
    const QList<Diagnostic> diagnostics = analyseArticle(full);
    // (Citations in forms not read as markers are found when typing pauses, and checked on their own
    // in tst_articledocument.)
    QList<Diagnostic> analysed = document->diagnostics();
    analysed.removeIf([](const Diagnostic &d) { return d.code == u"unread-citation"; });
    QVERIFY2(analysed == diagnostics, qPrintable(where));

    // The editor colours markers on the body lines of the latest analysis (not in code) and the title.
    QList<bool> body(full.lines.size(), false);
    for (const Paragraph &paragraph : full.paragraphs)
        body[paragraph.line - 1] = true;
    // Fences pair up within their stretch of body: a block left open above the reference list ends there.
    const int listEnd
        = full.referencesSection.present ? full.referencesSection.lastLine : int(full.lines.size());
    QList<int> above;
    QList<int> below;
    for (int fence : full.fenceLines)
        (fence <= listEnd ? above : below).append(fence);
    for (const auto &[fences, end] : {std::pair(above, listEnd), std::pair(below, int(full.lines.size()))}) {
        for (qsizetype f = 0; f < fences.size(); f += 2) {
            const int last = f + 1 < fences.size() ? fences.at(f + 1) : end;
            for (int line = fences.at(f); line <= last; ++line)
                body[line - 1] = false;
        }
    }
    for (const Section &list : full.otherReferenceLists) {
        for (int line = list.headerLine; line <= list.lastLine; ++line)
            body[line - 1] = false; // an entry's number, no marker
    }
    if (full.titleLine > 0)
        body[full.titleLine - 1] = true;
    for (int line = 1; line <= full.lines.size(); ++line)
        QVERIFY2(window.editor()->highlighter()->isBodyLine(line) == body.at(line - 1), qPrintable(where));

    // The sidebar and the problem list.
    ReferencesModel references;
    references.setAnalysis(full, diagnostics);
    QCOMPARE(cellsOf(*window.referencesPanel()->model()), cellsOf(references));
    ProblemsModel problems;
    problems.setDiagnostics(diagnostics);
    QCOMPARE(cellsOf(*window.problemsPanel()->model()), cellsOf(problems));
    CommentsModel comments;
    comments.setArticle(full);
    QCOMPARE(cellsOf(*window.commentsPanel()->model()), cellsOf(comments));
    QCOMPARE(window.statusCounts()->citationsLabel()->text(),
        StatusCounts::tr("Citations: %1").arg(full.citations.size()));

    // The reading view, against one that typesets the text from scratch. It is given an empty
    // article first: otherwise it too would update in place, and share the window's mistakes.
    freshView.setArticle(Article(), {});
    freshView.setArticle(full, diagnostics);
    freshView.finishRendering();
    window.readingView()->finishRendering();
    QVERIFY2(window.readingView()->document()->toPlainText() == freshView.document()->toPlainText(),
        qPrintable(where));
    QCOMPARE(window.readingView()->markerCount(), freshView.markerCount());
    QString difference;
    QVERIFY2(sameTypesetting(window.readingView()->document(), freshView.document(), &difference),
        qPrintable(where + u": "_s + difference));
    // And laid out the same: every marker where it would be in the view typeset from scratch,
    // scrolled as far (a view learns its full height once it is laid out to the end).
    for (const ReadingView *view : {window.readingView(), &freshView})
        qobject_cast<ReadingLayout *>(view->document()->documentLayout())->layoutEverything();
    QCoreApplication::processEvents();
    freshView.verticalScrollBar()->setValue(window.readingView()->verticalScrollBar()->value());
    QCOMPARE(freshView.verticalScrollBar()->value(), window.readingView()->verticalScrollBar()->value());
    for (int i = 0; i < full.citations.size(); ++i)
        QVERIFY2(window.readingView()->markerRect(i) == freshView.markerRect(i),
            qPrintable(where + u": marker %1"_s.arg(i)));
}

// Opens `path` in `window`, and shows `freshView` beside it for checkMatchesFullRebuild().
void openBeside(MainWindow &window, ReadingView &freshView, const QString &path)
{
    window.resize(1000, 700);
    QVERIFY(window.openFile(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    freshView.setFont(window.readingView()->font());
    freshView.setPalette(window.readingView()->palette());
    freshView.resize(window.readingView()->size());
    freshView.show(); // laid out at the same width, so that markers can be compared by place
    QVERIFY(QTest::qWaitForWindowExposed(&freshView));
}

// Writes `bytes` to `path`, then opens it as openBeside() does.
void writeAndOpenBeside(
    MainWindow &window, ReadingView &freshView, const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    openBeside(window, freshView, path);
}

// Replaces `removed` characters at `at` in the editor with `inserted`, and checks that the edit was
// read on its own and typeset in place, and that everything then matches a rebuild.
void typeInPlace(MainWindow &window, ReadingView &freshView, int at, int removed, const QString &inserted,
    const char *name)
{
    const QTextDocument *typeset = window.readingView()->document();
    QTextCursor cursor(window.editor()->document());
    cursor.setPosition(at);
    cursor.setPosition(at + removed, QTextCursor::KeepAnchor);
    cursor.insertText(inserted);
    window.document()->analyseNow();
    QVERIFY2(!window.document()->lastChange().whole, name);
    // In place: the view keeps its document and replaces blocks in it.
    QVERIFY2(window.readingView()->document() == typeset, name);
    checkMatchesFullRebuild(window, freshView, QString::fromLatin1(name));
}

// An edit of `removed` characters at `offset` after the first `anchor` in the text, replaced by
// `inserted`, and text the page shows afterwards.
struct Step
{
    const char *name;
    QString anchor;
    int offset;
    int removed;
    QString inserted;
    QString shown;
};

// Makes the edits one after the other, each checked with typeInPlace() and for what the page shows.
void walkInPlace(MainWindow &window, ReadingView &freshView, const QList<Step> &steps)
{
    for (const Step &step : steps) {
        const int at = int(window.document()->text().indexOf(step.anchor));
        QVERIFY2(at >= 0, step.name);
        typeInPlace(window, freshView, at + step.offset, step.removed, step.inserted, step.name);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(window.readingView()->document()->toPlainText().contains(step.shown), step.name);
    }
    window.document()->setModified(false);
}

} // namespace

class TestIncremental : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void editsMatchFullRebuild_data();
    void editsMatchFullRebuild();
    void leadEditsUpdateInPlace();
    void commentEditsUpdateInPlace();
    void blankLinesAboveTheNextParagraph();
    void editsBelowFrontMatterUpdateInPlace();

private:
    QTemporaryDir m_dir;
};

void TestIncremental::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(u"CitewiseTests"_s);
    QCoreApplication::setApplicationName(u"tst_incremental"_s);
}

void TestIncremental::editsMatchFullRebuild_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("steps");
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<bool>("mostlyLocal"); // most edits are updated incrementally
    QTest::addColumn<bool>("lists"); // list items and indented lines are typed too
    QFile fixture(QStringLiteral(CITEWISE_FIXTURES_DIR "/mainwindow/article.txt"));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    const QByteArray fixtureBytes = fixture.readAll();
    QTest::newRow("fixture") << fixtureBytes << 600 << 20261125u << true << false;
    // Another walk through the same article: its edits soon move the reference list's header, so most
    // of them parse the whole article.
    QTest::newRow("fixture, second walk") << fixtureBytes << 200 << 31337u << false << false;
    Bench::GeneratorOptions options;
    options.targetBytes = 24 * 1024;
    QTest::newRow("generated 24 KB") << Bench::generateArticle(options) << 600 << 20261125u << true << false;
    QTest::newRow("lists") << listArticle() << 600 << 20261202u << true << true;
    QTest::newRow("linked markers") << linkedArticle() << 300 << 20261207u << false << false;
    // Its edits soon have items of either kind follow each other, and merge them with the lines below.
    QTest::newRow("lists, second walk") << listArticle() << 200 << 2026u << true << true;
    QTest::newRow("nested lists") << listArticle(true) << 300 << 20261203u << true << true;
    // Its list has no header word: edits above it may take away the marker or the heading it needs.
    QFile unnamed(QStringLiteral(CITEWISE_FIXTURES_DIR "/format/unnamed-list.txt"));
    QVERIFY(unnamed.open(QIODevice::ReadOnly));
    const QByteArray unnamedBytes = unnamed.readAll();
    QTest::newRow("list under a heading") << unnamedBytes << 300 << 20261204u << false << false;
    // The same under a heading underlined as Markdown sets one.
    QTest::newRow("list under an underlined heading")
        << QByteArray(unnamedBytes).replace("**Where the figures come from:**", "Links:\n------") << 200
        << 20261206u << false << false;
}

void TestIncremental::editsMatchFullRebuild()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, steps);
    QFETCH(quint32, seed);
    QFETCH(bool, mostlyLocal);
    QFETCH(bool, lists);
    const QString path = m_dir.filePath(
        QString::fromLatin1(QTest::currentDataTag()).replace(u',', u'-').replace(u' ', u'-') + u".txt"_s);
    MainWindow window;
    ReadingView freshView;
    writeAndOpenBeside(window, freshView, path, bytes);
    if (QTest::currentTestFailed())
        return;
    ArticleDocument *document = window.document();
    QTextDocument *text = window.editor()->document();
    QRandomGenerator random(seed);
    int incremental = 0;
    int referenceEdits = 0; // typed inside the reference list, the body kept
    for (int step = 0; step < steps; ++step) {
        // Type, delete or replace somewhere, as a person in the editor would.
        QTextCursor cursor(text);
        const int length = text->characterCount() - 1;
        cursor.setPosition(random.bounded(length + 1));
        const int kind = random.bounded(4);
        if (kind == 0)
            cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor, random.bounded(1, 12));
        if (kind == 0 || kind == 1)
            cursor.removeSelectedText();
        if (kind != 0) {
            const QStringList &typed = lists && random.bounded(3) == 0 ? kTypedInLists : kTyped;
            cursor.insertText(typed.at(random.bounded(int(typed.size()))));
        }
        document->analyseNow();
        if (!document->lastChange().whole)
            ++incremental;
        if (document->lastChange().bodyUnchanged)
            ++referenceEdits;
        // Link checks refresh the diagnostics without an edit: the views see the same change again.
        if (step % 7 == 0)
            document->refreshExtraDiagnostics();
        const QString where = u"step %1"_s.arg(step);

        checkMatchesFullRebuild(window, freshView, where);
        if (QTest::currentTestFailed())
            return;
    }
    if (mostlyLocal)
        QVERIFY2(incremental > steps / 2, qPrintable(QString::number(incremental)));
    QVERIFY2(referenceEdits > 0, "no edit kept the body while changing the reference list");
    document->setModified(false);
}

// Typing in the title or the lead paragraph (where the dateline stands) reads that line alone, and the
// reading view sets the title's block, or the lead's with its dateline, again in place.
void TestIncremental::leadEditsUpdateInPlace()
{
    MainWindow window;
    ReadingView freshView;
    openBeside(window, freshView, QStringLiteral(CITEWISE_FIXTURES_DIR "/mainwindow/article.txt"));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(window.document()->article().hasDateline);
    walkInPlace(window, freshView,
        {
            {"a word typed in the title", u"Bridge"_s, 0, 0, u"Old "_s, u"Harbour Old Bridge"_s},
            {"a word taken out of the title", u"Harbour"_s, 0, 8, QString(), u"Old Bridge"_s},
            // The title's markers come before all others.
            {"a marker typed in the title", u"Bridge"_s, 6, 0, u" [2]"_s, u"Bridge [2]"_s},
            {"the title's marker taken out", u" [2] Reopens"_s, 0, 4, QString(), u"Bridge Reopens"_s},
            // The dateline is a block of its own: place and date, apart.
            {"typed in the dateline's place", u"Seoul"_s, 3, 0, u"x"_s, u"Seoxul  \u00b7  July 2, 2025"_s},
            {"the dateline's dash taken out", u"\u2014 "_s, 0, 2, QString(), u"Seoxul, July 2, 2025 The"_s},
            {"a dateline typed", u"Seoxul"_s, 0, 0, u"Busan, July 3, 2025 \u2014 "_s,
                u"Busan  \u00b7  July 3, 2025"_s},
            {"typed in the dateline's date", u"July 3"_s, 6, 0, u"1"_s, u"Busan  \u00b7  July 31, 2025"_s},
        });
}

// Typing in a comment reads that line alone, and the reading view typesets the comments, which end
// the page, again in place.
void TestIncremental::commentEditsUpdateInPlace()
{
    MainWindow window;
    ReadingView freshView;
    openBeside(window, freshView, QStringLiteral(CITEWISE_FIXTURES_DIR "/mainwindow/article.txt"));
    if (QTest::currentTestFailed())
        return;
    // The placeholder ("No comments yet") becomes a comment: that reads the article again.
    ArticleDocument *document = window.document();
    QTextCursor cursor(window.editor()->document());
    cursor.setPosition(int(document->text().indexOf(u"No comments yet")));
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    cursor.insertText(u"Ann (2025-04-09 18:42): Fine."_s);
    document->analyseNow();
    QCOMPARE(document->article().comments.size(), 1);
    walkInPlace(window, freshView,
        {
            {"its text", u"Fine."_s, 4, 0, u" then"_s, u"Fine then."_s},
            {"its author", u"Ann ("_s, 3, 0, u"a"_s, u"Anna"_s},
            // Paragraphs added above move the comments down the page: the next edit of one still
            // typesets the comments, and only them, again.
            {"a paragraph added to the body", u"is planned [4]."_s, 15, 0,
                u"\nThe ferry runs [2].\nAnd a bus."_s, u"The ferry runs"_s},
            {"its text again", u"Fine then."_s, 9, 0, u" indeed"_s, u"Fine then indeed."_s},
            {"all of it taken out", u"Anna ("_s, 0, 42, QString(), u"No comments yet."_s},
            {"typed on the blank line", u"Comments\n"_s, 9, 0, u"Bob: Agreed."_s, u"Agreed."_s},
        });
}

// An edit at the end of a paragraph that joins or splits lines, or makes one blank, changes the blank
// lines above the paragraph after it, which decide how that one is typeset: dashes under a blank line
// are a rule, right under text the underline of a heading; the space above a paragraph follows them.
void TestIncremental::blankLinesAboveTheNextParagraph()
{
    MainWindow window;
    ReadingView freshView;
    writeAndOpenBeside(window, freshView, m_dir.filePath(u"rules.txt"_s),
        "Harbour notes\nThe bridge reopened [1].\n\nCables were checked\nlast year.\n\n\n---\n"
        "The ferry runs [1].\nReferences:\n[1] https://example.org/bridge\n");
    if (QTest::currentTestFailed())
        return;
    walkInPlace(window, freshView,
        {
            {"blank lines taken out above the dashes", u"last year.\n"_s, 10, 2, QString(), u"---"_s},
            {"a blank line typed back", u"last year.\n"_s, 10, 0, u"\n"_s, u"The ferry"_s},
            {"the blank line written on", u"last year.\n\n"_s, 11, 0, u"Again"_s, u"Again"_s},
            {"and emptied", u"Again"_s, 0, 5, QString(), u"The ferry"_s},
        });
}

// Below closed front matter, typing in the title and the body is read and typeset in place as in an
// article without one.
void TestIncremental::editsBelowFrontMatterUpdateInPlace()
{
    MainWindow window;
    ReadingView freshView;
    openBeside(window, freshView, QStringLiteral(CITEWISE_FIXTURES_DIR "/diagnostics/clean-markdown.txt"));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!window.document()->article().frontMatter.isEmpty());
    walkInPlace(window, freshView,
        {
            {"the title", u"Night trains"_s, 5, 0, u" sleeper"_s, u"Night sleeper trains"_s},
            {"the first paragraph", u"The new"_s, 3, 0, u" long"_s, u"The long new"_s},
        });
}

QTEST_MAIN(TestIncremental)
#include "tst_incremental.moc"
