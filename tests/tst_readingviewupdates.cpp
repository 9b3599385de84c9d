// Checks that the reading view keeps up with edits without typesetting everything again: progressive
// typesetting, paragraphs, lines wrapped by hand, list items and reference entries replaced in place,
// each time judged against the article typeset from scratch.
#include "diagnostic.h"
#include "readinglayout.h"
#include "readingview.h"
#include "readingviewtestutil.h"

#include <QRandomGenerator>
#include <QScrollBar>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Citewise;
using namespace Citewise::Test;

class TestReadingViewUpdates : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void progressiveRenderingMatchesSynchronous();
    void editsDuringProgressiveRendering();
    void inPlaceUpdatesMatchFullRendering();
    void referenceEditsUpdateInPlace();
    void referenceNumberEditDuringProgressiveRendering();
    void handWrappedLinesReadAsOneParagraph();
    void handWrappedParagraphsUpdateInPlace();
    void listItemsUpdateInPlace();
    void codeLinesUpdateInPlace();
    void typingInAnItemLeavesItsListAlone();
    void firstAndLastItemsUpdateInPlace();
    void codeAfterTheReferenceListKeepsItsBlankLines();
    void codeBlockRightAfterAnotherOneUpdatesInPlace();
    void fenceTakenOutRetypesetsWhatFollows();
    void newLastItemUpdatesInPlace();

private:
    // Shows the view and `reference` (a view of the same size typesetting from scratch), both exposed.
    bool showBesideReference(ReadingView &reference);
    // Shows `article` in the view, exposed and typeset to its end.
    bool showTypeset(const Article &article);
    // Brings `article` to the article of `body` as the editor reports edits, and the view with it.
    // True when the view kept its document (typeset the change in place).
    bool applyEdit(Article &article, const QStringList &body);
    // Where the view differs from the article typeset from scratch (text, markers, block formats,
    // lists); empty when it does not.
    QString differenceFromScratch(const Article &article) const;
    ReadingView *m_view = nullptr;
};

bool TestReadingViewUpdates::showTypeset(const Article &article)
{
    m_view->setArticle(article, analyseArticle(article));
    m_view->show();
    const bool exposed = QTest::qWaitForWindowExposed(m_view);
    m_view->finishRendering();
    return exposed;
}

bool TestReadingViewUpdates::applyEdit(Article &article, const QStringList &body)
{
    const QTextDocument *before = m_view->document();
    const ArticleChange change = editAsTheEditorReports(article, articleText(body));
    m_view->setArticle(article, analyseArticle(article), &change);
    const bool inPlace = m_view->document() == before;
    m_view->finishRendering();
    return inPlace;
}

QString TestReadingViewUpdates::differenceFromScratch(const Article &article) const
{
    if (renderingOf(m_view->document()) != syncRendering(article, m_view->font(), m_view->palette()))
        return u"the text or the markers differ"_s;
    const QStringList structure = structureOf(m_view->document());
    const QStringList expected = syncStructure(article, m_view->font(), m_view->palette());
    for (qsizetype i = 0; i < qMax(structure.size(), expected.size()); ++i) {
        if (structure.value(i) != expected.value(i))
            return u"block %1: %2 instead of %3"_s.arg(i).arg(structure.value(i), expected.value(i));
    }
    return QString();
}

void TestReadingViewUpdates::init()
{
    m_view = new ReadingView;
    m_view->resize(700, 600);
}

void TestReadingViewUpdates::cleanup()
{
    delete m_view;
    m_view = nullptr;
}

bool TestReadingViewUpdates::showBesideReference(ReadingView &reference)
{
    m_view->show();
    reference.resize(m_view->size());
    reference.show();
    return QTest::qWaitForWindowExposed(m_view) && QTest::qWaitForWindowExposed(&reference);
}

void TestReadingViewUpdates::progressiveRenderingMatchesSynchronous()
{
    const Article article = parseArticle(articleText(mixedBody(3000)));
    QVERIFY(article.text.size() > 64 * 1024);
    m_view->setArticle(article, analyseArticle(article));
    QVERIFY(!m_view->isRenderingFinished()); // only the first screens so far
    QVERIFY(m_view->document()->characterCount() < article.text.size() / 2);
    QTRY_VERIFY(m_view->isRenderingFinished()); // the rest arrives while idle
    QCOMPARE(renderingOf(m_view->document()), syncRendering(article, m_view->font(), m_view->palette()));
    QVERIFY(m_view->extraSelections().isEmpty());
    m_view->highlightReference(2); // reaches the last markers too
    QVERIFY(m_view->extraSelections().size() > 500);
}

void TestReadingViewUpdates::editsDuringProgressiveRendering()
{
    QStringList body = mixedBody(3000);
    Article article = parseArticle(articleText(body));
    m_view->setArticle(article, analyseArticle(article));
    QVERIFY(!m_view->isRenderingFinished());
    // One edit among the typeset paragraphs, one far beyond them, one that adds a paragraph.
    body[2] += u" more [2]"_s;
    body[2500] += u" later [3]"_s;
    body.insert(10, u"A new paragraph [1]."_s);
    for (const QStringList &step : {body.mid(0), body.mid(0)}) {
        article = parseArticle(articleText(step));
        m_view->setArticle(article, analyseArticle(article));
    }
    m_view->finishRendering();
    QCOMPARE(renderingOf(m_view->document()), syncRendering(article, m_view->font(), m_view->palette()));
    const int last = int(article.citations.size()) - 1;
    QVERIFY(!m_view->markerRect(last).isNull()
        || article.citations.at(last).line > article.paragraphs.last().line);
}

void TestReadingViewUpdates::inPlaceUpdatesMatchFullRendering()
{
    QStringList body = mixedBody(40);
    Article article = parseArticle(articleText(body));
    m_view->setArticle(article, analyseArticle(article));
    ReadingView reference;
    QVERIFY(showBesideReference(reference));

    QRandomGenerator random(20250702);
    const QStringList insertions = {u"x"_s, u" word"_s, u" [2]"_s, u" [1, 3]"_s, u"[9]"_s, u"`"_s, u"## "_s,
        u"- "_s, u"```"_s, u"> "_s, u"\u00e9"_s};
    int inPlace = 0;
    for (int step = 0; step < 200; ++step) {
        const int line = random.bounded(int(body.size()));
        QString &text = body[line];
        switch (random.bounded(7)) {
        case 0: // delete a character
            if (!text.isEmpty())
                text.remove(random.bounded(int(text.size())), 1);
            break;
        case 1: // split the paragraph
            body.insert(line + 1, text.mid(text.size() / 2));
            body[line].truncate(body[line].size() / 2);
            break;
        case 2: // join it with the next one
            if (line + 1 < body.size())
                body[line] += u' ' + body.takeAt(line + 1);
            break;
        case 3: // a new paragraph
            body.insert(line, u"Inserted paragraph [3] number %1"_s.arg(step));
            break;
        case 4: // a blank line comes or goes
            if (text.isEmpty())
                body.removeAt(line);
            else
                body.insert(line, QString());
            break;
        default: // type something, sometimes structure
            text.insert(
                random.bounded(int(text.size()) + 1), insertions.at(random.bounded(int(insertions.size()))));
            break;
        }
        if (body.isEmpty())
            body.append(u"Again [1]"_s);
        const QTextDocument *before = m_view->document();
        article = parseArticle(articleText(body));
        const QList<Diagnostic> diagnostics = analyseArticle(article);
        m_view->setArticle(article, diagnostics);
        if (m_view->document() == before)
            ++inPlace;
        reference.setArticle(article, diagnostics);
        QCOMPARE(renderingOf(m_view->document()), renderingOf(reference.document()));
        // Both views update in place: the typesetting from scratch is the judge.
        QCOMPARE(renderingOf(m_view->document()), syncRendering(article, m_view->font(), m_view->palette()));
        QCOMPARE(m_view->markerCount(), reference.markerCount());
        for (int i = 0; i < article.citations.size(); ++i) {
            for (int n = 0; n < article.citations.at(i).numbers.size(); ++n)
                QCOMPARE(m_view->markerRect(i, n), reference.markerRect(i, n));
        }
    }
    QVERIFY2(inPlace > 60, qPrintable(QString::number(inPlace))); // the point of it: most edits are local
}

// Typing in a reference's address or label re-typesets the list alone, also while paragraphs come and go
// above it; markers in text after the list move with it.
void TestReadingViewUpdates::referenceEditsUpdateInPlace()
{
    QStringList body = {u"Plain words [1] and more [2]."_s, u"Another paragraph [3]."_s};
    QStringList entries = {u"[1] https://example.com/one One"_s, u"[2] https://example.org/two Two"_s,
        u"[3] https://example.net/three"_s};
    const QString tail = u"Text after the list cites [2] and [3] again."_s;
    const auto textOf = [&] {
        return u"Title\n"_s + body.join(u'\n') + u"\nReferences\n"_s + entries.join(u'\n') + u"\n\n"_s + tail
            + u"\nComments\nAnn: Fine.\n"_s;
    };
    Article article = parseArticle(textOf());
    m_view->setArticle(article, analyseArticle(article));
    ReadingView reference;
    QVERIFY(showBesideReference(reference));

    QRandomGenerator random(20261201);
    int inPlace = 0;
    int referenceEdits = 0;
    for (int step = 0; step < 120; ++step) {
        const bool editReference = random.bounded(3) != 0;
        if (editReference) {
            // Somewhere after the number: the address or the label.
            QString &entry = entries[random.bounded(int(entries.size()))];
            const int at = random.bounded(5, int(entry.size()) + 1);
            if (random.bounded(2) == 0 && at < entry.size())
                entry.remove(at, 1);
            else
                entry.insert(at, random.bounded(2) == 0 ? u"x"_s : u" label words"_s);
            ++referenceEdits;
        } else if (random.bounded(2) == 0) {
            body.insert(random.bounded(int(body.size()) + 1), u"New paragraph [1] at %1."_s.arg(step));
        } else if (body.size() > 1) {
            body.removeAt(random.bounded(int(body.size())));
        }
        // As the editor reports it: one replaced stretch, applied to the parsed article.
        const QString text = textOf();
        const ArticleChange change = editAsTheEditorReports(article, text);
        QCOMPARE(article, parseArticle(text));
        if (editReference)
            QVERIFY(change.whole && change.bodyUnchanged);
        const QTextDocument *before = m_view->document();
        const QList<Diagnostic> diagnostics = analyseArticle(article);
        m_view->setArticle(article, diagnostics, step % 2 == 0 ? &change : nullptr);
        if (editReference && m_view->document() == before)
            ++inPlace;
        reference.setArticle(article, diagnostics);
        const QString where = u"step %1"_s.arg(step);
        QVERIFY2(renderingOf(m_view->document()) == renderingOf(reference.document()), qPrintable(where));
        QCOMPARE(m_view->markerCount(), reference.markerCount());
        for (int i = 0; i < article.citations.size(); ++i)
            QVERIFY2(m_view->markerRect(i) == reference.markerRect(i), qPrintable(where));
        // A click on a reference link still names the entry's (new) address.
        QCOMPARE(m_view->document()->toPlainText().contains(article.references.constLast().url), true);
    }
    QVERIFY2(inPlace == referenceEdits, qPrintable(u"%1 of %2"_s.arg(inPlace).arg(referenceEdits)));
}

// A reference number changed while the list is not typeset yet: markers already on the page and those
// still to come show whether they dangle by the new numbers.
void TestReadingViewUpdates::referenceNumberEditDuringProgressiveRendering()
{
    Article article = parseArticle(articleText(mixedBody(3000)));
    m_view->setArticle(article, analyseArticle(article));
    QVERIFY(!m_view->isRenderingFinished());
    const qsizetype at = article.text.view().indexOf(u"[3] https://example.net/three"_s) + 1;
    const ArticleChange change = updateArticle(article, at, 1, u"9"_s); // [3] dangles now, [9] does not
    QVERIFY(change.whole && change.bodyUnchanged);
    m_view->setArticle(article, analyseArticle(article), &change);
    m_view->finishRendering();

    const auto dangling = [](const QTextDocument *document) {
        QStringList out;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat format = it.fragment().charFormat();
                if (format.hasProperty(ArticleRenderer::ReferenceNumberProperty))
                    out.append(u"%1:%2"_s.arg(it.fragment().position())
                                   .arg(format.boolProperty(ArticleRenderer::DanglingProperty)));
            }
        }
        return out;
    };
    QTextDocument fresh;
    ArticleRenderer renderer(ArticleRenderer::readingFont(m_view->font()), m_view->palette());
    renderer.render(article, &fresh);
    QCOMPARE(renderingOf(m_view->document()), renderingOf(&fresh));
    QCOMPARE(dangling(m_view->document()), dangling(&fresh));
}

// Prose wrapped by hand reads as one paragraph; short lines and lines that end a sentence stay
// paragraphs of their own. Edits that join lines or take them apart give the typesetting from
// scratch, also when the line that changes is not the one that moves.
void TestReadingViewUpdates::handWrappedLinesReadAsOneParagraph()
{
    QStringList body = {u"By pointing it to a malicious server, an attacker could take advantage"_s,
        u"of the unsafe reading [1] to run code on the"_s, u"server side."_s, u"5.0.0 to 5.5.5"_s,
        u"6.0.0 to 6.6.5"_s, u"A line that is long enough to be wrapped, and ends a sentence."_s,
        u"so this line [2] is a paragraph of its own."_s,
        u"A long line that runs on into the heading below it without"_s, u"## a heading [3]"_s,
        u"Last paragraph."_s};
    Article article = parseArticle(articleText(body));
    m_view->setArticle(article, analyseArticle(article));
    ReadingView reference;
    QVERIFY(showBesideReference(reference));
    m_view->finishRendering();
    const QStringList blocks = m_view->document()->toPlainText().split(u'\n');
    QVERIFY2(blocks.contains(u"By pointing it to a malicious server, an attacker could take advantage of the "
                             u"unsafe reading [1] to run code on the server side."_s),
        qPrintable(blocks.join(u'|')));
    QVERIFY(blocks.contains(u"5.0.0 to 5.5.5"_s) && blocks.contains(u"6.0.0 to 6.6.5"_s));
    QVERIFY(blocks.contains(u"so this line [2] is a paragraph of its own."_s));
    QVERIFY(blocks.contains(u"a heading [3]"_s));
    QCOMPARE(m_view->markerCount(), 4); // one in the dateline paragraph

    // Each edit as the editor reports it: one replaced stretch, applied to the parsed article, whose
    // change the view takes; the typesetting from scratch is the judge.
    const auto apply = [&] {
        const QString text = articleText(body);
        const ArticleChange change = editAsTheEditorReports(article, text);
        const QList<Diagnostic> diagnostics = analyseArticle(article);
        m_view->setArticle(article, diagnostics, &change);
        reference.setArticle(article, diagnostics);
        m_view->finishRendering();
        reference.finishRendering();
        return renderingOf(m_view->document()) == syncRendering(article, m_view->font(), m_view->palette());
    };
    const auto edit = [&](int line, const QString &text) {
        body.remove(line);
        const QStringList lines = text.split(u'\n');
        for (qsizetype i = lines.size() - 1; i >= 0; --i)
            body.insert(line, lines.at(i));
        return apply();
    };
    const auto typeset = [&] { return m_view->document()->toPlainText(); };
    // The line above loses its full stop: the line below, untouched, now continues it.
    QVERIFY(edit(5, u"A line that is long enough to be wrapped, and ends a sentence"_s));
    QVERIFY(typeset().contains(u"ends a sentence so this line [2]"_s));
    // And gets it back.
    QVERIFY(edit(5, u"A line that is long enough to be wrapped, and ends a sentence."_s));
    // A heading under a wrapped line becomes plain text: it continues the line above.
    QVERIFY(edit(8, u"a heading [3]"_s));
    QVERIFY(typeset().contains(u"without a heading [3]"_s));
    // A line split in two by hand, and joined again.
    QVERIFY(edit(9, u"Last paragraph, now long enough to be wrapped by hand and\nsplit in two."_s));
    QVERIFY(typeset().contains(u"by hand and split in two."_s));
    QVERIFY(edit(3, u"5.0.0 to 5.5.5 (every release of the five series before this one"_s));
    // A blank line between wrapped lines ends the paragraph there; taken out, they join again.
    body.insert(2, QString());
    QVERIFY(apply());
    QVERIFY(!typeset().contains(u"code on the server side."_s));
    body.removeAt(2);
    QVERIFY(apply());
    QVERIFY(typeset().contains(u"code on the server side."_s));
    // A list item cut short goes on in the line under it, indented or not.
    body.append(u"- a list item that goes on past the end of its line and then"_s);
    body.append(u"wraps without indentation [1]."_s);
    body.append(u"- the next item."_s);
    QVERIFY(apply());
    QVERIFY(typeset().contains(u"and then wraps without indentation [1].\nthe next item."_s));
    QCOMPARE(m_view->markerCount(), reference.markerCount());
    for (int i = 0; i < article.citations.size(); ++i)
        QCOMPARE(m_view->markerRect(i, 0), reference.markerRect(i, 0));
}

// Typing in a paragraph wrapped by hand, splitting its lines, joining them and parting them with blank
// lines re-typesets its block alone: the document stays, and equals the typesetting from scratch.
void TestReadingViewUpdates::handWrappedParagraphsUpdateInPlace()
{
    QStringList body;
    for (int p = 0; p < 12; ++p) {
        body.append(u"Paragraph %1 is wrapped by hand at about seventy columns, as mail"_s.arg(p));
        body.append(u"and advisories are, with a marker [%1] on its second line that goes"_s.arg(p % 3 + 1));
        body.append(u"on to a third line and ends here."_s);
        body.append(QString());
    }
    Article article = parseArticle(articleText(body));
    QVERIFY(showTypeset(article));

    QRandomGenerator random(20261201);
    const QStringList typed = {u"x"_s, u" word"_s, u" [2]"_s, u"\u00e9"_s};
    int inPlace = 0;
    const int steps = 120;
    for (int step = 0; step < steps; ++step) {
        const int line = random.bounded(int(body.size()));
        QString &text = body[line];
        switch (random.bounded(5)) {
        case 0: // delete a character
            if (!text.isEmpty())
                text.remove(random.bounded(int(text.size())), 1);
            break;
        case 1: // a blank line comes or goes
            if (text.isEmpty())
                body.removeAt(line);
            else
                body.insert(line, QString());
            break;
        case 2: // break the line in two
            body.insert(line + 1, text.mid(text.size() / 2));
            body[line].truncate(body[line].size() / 2);
            break;
        default: // type
            text.insert(random.bounded(int(text.size()) + 1), typed.at(random.bounded(int(typed.size()))));
            break;
        }
        if (applyEdit(article, body))
            ++inPlace;
        const QString difference = differenceFromScratch(article);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }
    QCOMPARE(inPlace, steps);
}

// Typing in items inside a list, new items, items taken out, lines that continue an item: the items
// are re-typeset in their list, the document stays, and it equals the typesetting from scratch. Edits
// that start or end a list typeset the view again, as correctly.
void TestReadingViewUpdates::listItemsUpdateInPlace()
{
    QStringList body;
    for (int list = 0; list < 6; ++list) {
        body.append(u"A paragraph [1] before list %1."_s.arg(list));
        for (int item = 0; item < 8; ++item) {
            body.append(list % 2 ? u"%1. numbered item %2 [2] of list %3"_s.arg(item + 1).arg(item).arg(list)
                                 : u"- bullet item %1 [3] of list %2"_s.arg(item).arg(list));
            if (item % 3 == 1)
                body.append(u"  an indented line that goes on in item %1"_s.arg(item));
        }
    }
    Article article = parseArticle(articleText(body));
    QVERIFY(showTypeset(article));

    QRandomGenerator random(20261202);
    const QStringList typed = {u"x"_s, u" word"_s, u" [2]"_s, u"\u00e9"_s};
    int inPlace = 0;
    int typing = 0;
    for (int step = 0; step < 150; ++step) {
        // Lines inside the lists, away from their first and last items.
        const int line = random.bounded(int(body.size()));
        QString &text = body[line];
        bool keepsLists = false;
        switch (random.bounded(6)) {
        case 0: // delete a character after the item's mark
            if (text.size() > 4)
                text.remove(3 + random.bounded(int(text.size()) - 3), 1);
            break;
        case 1: // a new item under this one, of its kind
            body.insert(line + 1, text.startsWith(u"- "_s) ? u"- a new item [1]"_s : u"9. a new item [1]"_s);
            break;
        case 2: // the line goes
            if (body.size() > 10)
                body.removeAt(line);
            break;
        case 3: // an indented line under it
            body.insert(line + 1, u"   continued [2] here"_s);
            break;
        default: { // type inside the text, past an item's mark
            text.insert(qMin<qsizetype>(text.size(), 5 + random.bounded(int(text.size()) + 1)),
                typed.at(random.bounded(int(typed.size()))));
            // An item with items of its list around it (lines that continue items aside).
            const auto kind = [&](int i) {
                while (i >= 0 && i < body.size() && body.at(i).startsWith(u' '))
                    i += i < line ? -1 : 1;
                if (i < 0 || i >= body.size())
                    return 0;
                return body.at(i).startsWith(u"- "_s) ? 1 : body.at(i).contains(u". numbered"_s) ? 2 : 0;
            };
            keepsLists = kind(line) != 0 && kind(line - 1) == kind(line) && kind(line + 1) == kind(line);
            break;
        }
        }
        const bool sameDocument = applyEdit(article, body);
        typing += keepsLists;
        inPlace += keepsLists && sameDocument;
        const QString difference = differenceFromScratch(article);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }
    QVERIFY2(typing > 10, qPrintable(QString::number(typing)));
    QCOMPARE(inPlace, typing); // typing inside an item between two others never typesets the view again
}

// Typing in the lines of a code block, its first and last lines included, splitting them, blank lines
// coming and going between them: the lines are typeset again in place, and the document equals the
// typesetting from scratch.
void TestReadingViewUpdates::codeLinesUpdateInPlace()
{
    QStringList body;
    for (int block = 0; block < 5; ++block) {
        body.append(u"A paragraph [1] before code block %1."_s.arg(block));
        body.append(u"```"_s);
        for (int line = 0; line < (block == 4 ? 1 : 12); ++line) // the last block has one line
            body.append(u"%1code line %2 of block %3 [2] `not a span`"_s.arg(QString(line % 3, u'\t'))
                            .arg(line)
                            .arg(block));
        body.append(u"```"_s);
    }
    Article article = parseArticle(articleText(body));
    QVERIFY(showTypeset(article));

    // The first and last lines of each block, and the only line of the last one.
    for (int line = 1; line + 1 < body.size(); ++line) {
        if (!body.at(line).contains(u"code line"_s)
            || !(body.at(line - 1).startsWith(u"```"_s) || body.at(line + 1).startsWith(u"```"_s)))
            continue;
        body[line].insert(4, u" typed"_s);
        QVERIFY2(applyEdit(article, body), qPrintable(body.at(line)));
        const QString difference = differenceFromScratch(article);
        QVERIFY2(difference.isEmpty(), qPrintable(body.at(line) + u": "_s + difference));
    }

    // One edit that rewrites lines and takes out a blank line between them (or before the closing
    // fence): the blank line was an empty block on the page, which the update must not leave behind.
    const qsizetype close = body.indexOf(u"```"_s, body.indexOf(u"```"_s) + 1); // block 0 ends here
    body.insert(close - 1, QString()); // before its last line
    body.insert(close + 1, QString()); // and before its closing fence
    body.insert(4, QString()); // between its third and fourth lines
    applyEdit(article, body);
    QVERIFY(differenceFromScratch(article).isEmpty());
    body[3] += u" joined"_s; // the line above and the line below the blank line change
    body[5].prepend(u"also "_s);
    body.removeAt(4);
    applyEdit(article, body);
    QString difference = differenceFromScratch(article);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    body[close].append(u" then"_s); // the last line changes, the blank line below it goes
    QVERIFY(body.at(close + 1).isEmpty() && body.at(close + 2) == u"```"_s);
    body.removeAt(close + 1);
    applyEdit(article, body);
    difference = differenceFromScratch(article);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));

    // A blank line comes before a closing fence, a line is typed on it, and both go again.
    qsizetype fence = -1; // the closing fence of block 1, the fourth fence
    for (int fences = 0; fences < 4; ++fences)
        fence = body.indexOf(u"```"_s, fence + 1);
    QVERIFY(!body.at(fence - 1).isEmpty()); // its last line
    body.insert(fence, QString());
    QVERIFY(applyEdit(article, body));
    body[fence] = u"x"_s; // a line typed there, after the last one
    QVERIFY(applyEdit(article, body));
    difference = differenceFromScratch(article);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    body[fence].clear();
    QVERIFY(applyEdit(article, body));
    body.removeAt(fence);
    QVERIFY(applyEdit(article, body));
    difference = differenceFromScratch(article);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));

    // Then random edits: inside a block, every one is typeset again in place.
    QRandomGenerator random(20261204);
    int inPlace = 0;
    int inside = 0;
    int blankLines = 0;
    for (int step = 0; step < 200; ++step) {
        const int line = random.bounded(int(body.size()));
        QString &text = body[line];
        const bool fence = text == u"```"_s;
        const bool inBlock = !fence && std::count(body.cbegin(), body.cbegin() + line, u"```"_s) % 2 == 1;
        const bool code = inBlock && !text.isEmpty();
        bool edited = true;
        switch (random.bounded(4)) {
        case 0: // a blank line comes or goes
            if (text.isEmpty())
                body.removeAt(line);
            else if (code)
                body.insert(line, QString());
            else
                edited = false;
            blankLines += edited;
            break;
        case 1: // split a code line in two
            if (code && text.size() > 20) {
                body.insert(line + 1, u"code line "_s + text.mid(15));
                body[line].truncate(15);
            } else {
                edited = false;
            }
            break;
        default: // type
            if (code)
                text.insert(text.size() - 5, u" typed"_s);
            else
                edited = false;
            break;
        }
        if (!edited)
            continue;
        const bool sameDocument = applyEdit(article, body);
        inside += inBlock;
        inPlace += inBlock && sameDocument;
        const QString difference = differenceFromScratch(article);
        QVERIFY2(difference.isEmpty(), qPrintable(u"step %1: "_s.arg(step) + difference));
    }
    QVERIFY2(inside > 100 && blankLines > 20, qPrintable(u"%1, %2"_s.arg(inside).arg(blankLines)));
    // Typing, splitting lines and blank lines inside a block never typeset the view again.
    QCOMPARE(inPlace, inside);
}

// A key typed in one item of a long list changes that item's block alone: its list stays as it was, so
// the rest of the list is neither changed nor laid out again.
void TestReadingViewUpdates::typingInAnItemLeavesItsListAlone()
{
    QStringList body;
    for (int item = 0; item < 600; ++item)
        body.append(u"- item %1 of a long list [1]"_s.arg(item));
    Article article = parseArticle(articleText(body));
    QVERIFY(showTypeset(article));
    auto *layout = qobject_cast<ReadingLayout *>(m_view->document()->documentLayout());
    QVERIFY(layout);
    layout->layoutEverything();
    body[300].insert(10, u" typed"_s);
    QVERIFY(applyEdit(article, body));
    QCOMPARE(layout->laidOutBlocks(), m_view->document()->blockCount()); // nothing was laid out anew
    const QString difference = differenceFromScratch(article);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

// A list's first and last items, and an item alone in its list, are typeset again in place too; the last
// keeps the spacing that ends its list, and takes in a line below that now flows on in it. The document
// equals the typesetting from scratch.
void TestReadingViewUpdates::firstAndLastItemsUpdateInPlace()
{
    QStringList body;
    QList<int> edges; // lines of first, last and only items
    for (int list = 0; list < 4; ++list) {
        body.append(u"A paragraph [1] before list %1."_s.arg(list));
        const int items = list == 3 ? 1 : 4;
        for (int item = 0; item < items; ++item) {
            if (item == 0 || item == items - 1)
                edges.append(int(body.size()));
            body.append(list % 2 ? u"%1. numbered item [2] of list %2."_s.arg(item + 1).arg(list)
                                 : u"- bullet item [3] of list %1."_s.arg(list));
        }
    }
    body.append(u"Closing words."_s);
    Article article = parseArticle(articleText(body));
    QVERIFY(showTypeset(article));

    const QStringList typed = {u"x"_s, u" word"_s, u" [2]"_s};
    for (int round = 0; round < 3; ++round) {
        for (const int line : std::as_const(edges)) {
            body[line].insert(6, typed.at(round));
            QVERIFY2(applyEdit(article, body), qPrintable(body.at(line)));
            const QString difference = differenceFromScratch(article);
            QVERIFY2(difference.isEmpty(), qPrintable(body.at(line) + u": "_s + difference));
        }
    }

    // The last bullet loses its full stop and is long enough to be wrapped by hand: the short line under
    // it now goes on in it.
    const int last = edges.at(1);
    body.insert(last + 1, u"short line"_s);
    applyEdit(article, body);
    body[last] = u"- a bullet item that now reads as cut short at the end of its line"_s;
    applyEdit(article, body);
    const QString difference = differenceFromScratch(article);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

// A code block left open above the reference list goes on after it. The blank lines shown there are
// those after the list, not the list's lines; an entry that grows by a line changes nothing there.
void TestReadingViewUpdates::codeAfterTheReferenceListKeepsItsBlankLines()
{
    const QString head = u"Title\nIntro [1].\n```\ncode line\nReferences\n[1] https://a.example/\n"_s;
    const QString lastEntry = u"[2] https://b.example/\n"_s;
    const QString after = u"\nafter the list\n"_s;
    Article article = parseArticle(head + lastEntry + after);
    QVERIFY(showTypeset(article));
    const auto blankBlocksAbove = [this](const QString &text) {
        int blank = 0;
        QTextBlock block = m_view->document()->find(text).block();
        for (block = block.previous(); block.isValid() && block.text().isEmpty(); block = block.previous())
            ++blank;
        return blank;
    };
    QCOMPARE(blankBlocksAbove(u"after the list"_s), 1);

    const ArticleChange change = editAsTheEditorReports(article, head + lastEntry + u"    more\n"_s + after);
    m_view->setArticle(article, analyseArticle(article), &change);
    m_view->finishRendering();
    QCOMPARE(blankBlocksAbove(u"after the list"_s), 1);
    const QString difference = differenceFromScratch(article);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

// A code block that opens right after another one closes, with no paragraph between their fences, is a
// shaded box of its own: its first line has the space above it like any first line, whether it is
// typeset from scratch or again in place.
void TestReadingViewUpdates::codeBlockRightAfterAnotherOneUpdatesInPlace()
{
    const QString fence = u"```"_s;
    const QString firstLine = u"first block's line [1]"_s;
    const QString secondLine = u"second block's line [2]"_s;
    for (const bool blankBetween : {false, true}) {
        QStringList body = {u"Intro [1]."_s, fence, firstLine, fence};
        if (blankBetween)
            body.append(QString());
        body << fence << secondLine << fence << u"Closing words."_s;
        Article article = parseArticle(articleText(body));
        QVERIFY(showTypeset(article));
        const auto topMargin = [this](const QString &line) {
            return m_view->document()->find(line).block().blockFormat().topMargin();
        };
        QVERIFY(topMargin(firstLine) > 0);
        QCOMPARE(topMargin(secondLine), topMargin(firstLine));

        body[body.indexOf(secondLine)] += u" typed"_s;
        QVERIFY(applyEdit(article, body));
        const QString difference = differenceFromScratch(article);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }
}

// A new last item typed under a list, key by key, and taken out again: the lines right under the list
// stand on their own until they become one of its items (or flow on in the last one), and the last item
// stops being one when its marker goes. Every key is typeset in place, as the list grows and shrinks.
void TestReadingViewUpdates::newLastItemUpdatesInPlace()
{
    for (const QString &marker : {u"- "_s, u"3. "_s}) {
        QStringList body = {u"A paragraph [1] before the list."_s, marker + u"first item [1]"_s,
            marker + u"second item [2]"_s, QString(), u"Closing words [3]."_s};
        Article article = parseArticle(articleText(body));
        QVERIFY(showTypeset(article));
        const int typedLine = 3;
        const auto typedInPlace = [&](const QString &what) {
            const bool inPlace = applyEdit(article, body);
            const QString difference = differenceFromScratch(article);
            QVERIFY2(difference.isEmpty(), qPrintable(what + u": "_s + difference));
            QVERIFY2(inPlace, qPrintable(what));
        };
        body.insert(typedLine, QString()); // Enter at the end of the last item
        typedInPlace(u"Enter"_s);
        const QString item = marker + u"third item [3]"_s;
        for (qsizetype n = 1; n <= item.size(); ++n) {
            body[typedLine] = item.left(n);
            typedInPlace(body.at(typedLine));
        }
        for (qsizetype n = item.size() - 1; n >= 0; --n) {
            body[typedLine] = item.left(n);
            typedInPlace(u"back to \""_s + body.at(typedLine) + u'"');
        }
        body.removeAt(typedLine);
        typedInPlace(u"the empty line taken out"_s);

        // The last item loses its marker: the list ends at the item above it.
        body[2] = u"second item [2]"_s;
        typedInPlace(u"marker taken out"_s);
        body[2] = marker + u"second item [2]"_s;
        typedInPlace(u"marker put back"_s);

        // Indented right under the item, a line goes on in the item.
        body.insert(typedLine, u"  goes on in the item"_s);
        applyEdit(article, body);
        const QString difference = differenceFromScratch(article);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        QVERIFY(m_view->document()->find(u"second item"_s).block().text().endsWith(u"goes on in the item"_s));
    }
}

// A fence taken out or put back turns the paragraphs after it into code or out of it, though their
// text stays the same.
void TestReadingViewUpdates::fenceTakenOutRetypesetsWhatFollows()
{
    QStringList body = {u"Intro."_s, u"```"_s, u"code a"_s, u"code b"_s, u"```"_s, u"after [1]"_s};
    Article article = parseArticle(articleText(body));
    QVERIFY(showTypeset(article));
    body.removeAt(1);
    applyEdit(article, body);
    QString difference = differenceFromScratch(article);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    body.insert(1, u"```"_s);
    applyEdit(article, body);
    difference = differenceFromScratch(article);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

QTEST_MAIN(TestReadingViewUpdates)
#include "tst_readingviewupdates.moc"
