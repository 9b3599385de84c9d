// Checks that the reading view keeps up with edits without typesetting everything again: progressive
// typesetting, paragraphs, lines wrapped by hand and reference entries replaced in place, each time
// judged against the article typeset from scratch. Lists and code: tst_readingviewblocks.
#include "diagnostic.h"
#include "flaggedmarkers.h"
#include "readingview.h"
#include "readingviewtestutil.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Citewise;
using namespace Citewise::Test;

class TestReadingViewUpdates : public ReadingViewEditTest
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
    void longReferenceListIsTypesetAPartAtATime();
    void groupHeadingsStandOverTheirEntries();
    void handWrappedLinesReadAsOneParagraph();
    void handWrappedParagraphsUpdateInPlace();
    void markedMarkersFollowEdits();
    void markingMarkersLaysOutNothingOffScreen();

private:
    // Shows the view and `reference` (a view of the same size typesetting from scratch), both exposed.
    bool showBesideReference(ReadingView &reference);
};

void TestReadingViewUpdates::init()
{
    makeView();
}

void TestReadingViewUpdates::cleanup()
{
    deleteView();
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
    QVERIFY(highlightedMarkers(*m_view).isEmpty());
    m_view->highlightReference(2); // reaches the last markers too
    QVERIFY(highlightedMarkers(*m_view).size() > 500);
    QVERIFY(m_view->extraSelections().isEmpty()); // drawn with the text, not as selections
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
        u"- "_s, u"```"_s, u"> "_s, u"\u00e9"_s, u"**"_s, u"_"_s, u"---"_s, u" | "_s, u"](x)"_s, u" [a"_s};
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

// A short body above thousands of references: the first screen does not wait for the whole list, the
// rest comes while idle, and edits of the body or of an entry while the list is under way end as
// typesetting from scratch does.
void TestReadingViewUpdates::longReferenceListIsTypesetAPartAtATime()
{
    constexpr int kEntries = 3000;
    QString text = u"A short body\n\nIt cites [1] and [2], and [3000] at its end.\n\nReferences\n"_s;
    for (int i = 1; i <= kEntries; ++i)
        text += u"[%1] https://example.org/source/%1 Source number %1\n"_s.arg(i);
    text += u"\nComments\nAnn: Fine.\n"_s;
    Article article = parseArticle(text);
    QCOMPARE(article.references.size(), kEntries);
    m_view->setArticle(article, analyseArticle(article));
    QVERIFY(!m_view->isRenderingFinished());
    QVERIFY(m_view->document()->blockCount() < kEntries / 2);
    QTRY_VERIFY(m_view->isRenderingFinished());
    QCOMPARE(renderingOf(m_view->document()), syncRendering(article, m_view->font(), m_view->palette()));
    QCOMPARE(structureOf(m_view->document()), syncStructure(article, m_view->font(), m_view->palette()));

    const auto editUnderway = [&](qsizetype at, qsizetype removed, const QString &inserted) {
        m_view->setArticle(Article(), {}); // then the article from its top
        m_view->setArticle(article, analyseArticle(article));
        QVERIFY(!m_view->isRenderingFinished());
        const ArticleChange change = updateArticle(article, at, removed, inserted);
        m_view->setArticle(article, analyseArticle(article), &change);
        m_view->finishRendering();
        QCOMPARE(renderingOf(m_view->document()), syncRendering(article, m_view->font(), m_view->palette()));
        QCOMPARE(structureOf(m_view->document()), syncStructure(article, m_view->font(), m_view->palette()));
    };
    editUnderway(article.text.view().indexOf(u"at its end"_s), 0, u"and [4] "_s);
    if (QTest::currentTestFailed())
        return;
    editUnderway(article.text.view().indexOf(u"Source number 2\n"_s), 6, u"Work"_s);
    if (QTest::currentTestFailed())
        return;
    editUnderway(article.text.view().indexOf(u"Source number 2990"_s), 6, u"Report"_s);
}

// Headings that group the list's entries ("### Websites" under "## References") show above the entries
// they group, as headings, also when the list is typeset a part at a time; each entry's block is still
// found, and edits of the list (an entry, a heading's words, a heading taken out or added) read as
// typeset from scratch.
void TestReadingViewUpdates::groupHeadingsStandOverTheirEntries()
{
    QString text = u"# Notes\n\nBody [1] [2] [3].\n\n## References\n\n### Websites\n"
                   "[1] https://a.example/ Site A\n[2] https://b.example/ Site B\n\n### *Books* ###\n"_s;
    for (int i = 3; i <= 400; ++i)
        text += u"[%1] https://example.org/book/%1 Book %1\n"_s.arg(i);
    text += u"\n## Comments\nNo comments yet\n"_s;
    Article article = parseArticle(text);
    QCOMPARE(article.references.size(), 400);

    const QFont font = ArticleRenderer::readingFont(m_view->font());
    for (const qsizetype budget : {qsizetype(-1), qsizetype(200)}) {
        ArticleRenderer renderer(font, m_view->palette());
        QTextDocument document;
        if (budget < 0) {
            renderer.render(article, &document);
        } else {
            QList<ArticleRenderer::MarkerPlace> markers;
            QList<ArticleRenderer::ParagraphPlace> paragraphs;
            renderer.start(article, &document, &markers, &paragraphs);
            while (!renderer.renderMore(budget)) { }
        }
        for (const QString &heading : {u"Websites"_s, u"Books"_s}) {
            const QTextBlock block = document.find(heading).block();
            QCOMPARE(block.text(), heading); // without its marks
            QCOMPARE(block.blockFormat().headingLevel(), 4);
        }
        QCOMPARE(document.find(u"Books"_s).charFormat().fontItalic(), true);
        for (qsizetype i = 0; i < article.references.size(); ++i) {
            const QTextBlock entry = document.findBlockByNumber(renderer.referenceEntryBlock(i));
            QVERIFY2(entry.text().startsWith(u"%1.\t"_s.arg(i + 1)), qPrintable(entry.text()));
        }
        QCOMPARE(document.findBlockByNumber(renderer.referenceEntryBlock(2)).previous().text(), u"Books"_s);
    }

    m_view->setArticle(article, analyseArticle(article));
    m_view->finishRendering();
    QCOMPARE(renderingOf(m_view->document()), syncRendering(article, m_view->font(), m_view->palette()));
    // Typed into an entry or a heading's words, the list is set again in place; a heading taken out or
    // added moves what follows the list, which is then typeset again.
    QString edited = text;
    edited.replace(u"Site B"_s, u"Site Bee"_s);
    QCOMPARE(failureInPlace(article, edited, u"an entry"_s), QString());
    edited.replace(u"### Websites"_s, u"### Web sites"_s);
    QCOMPARE(failureInPlace(article, edited, u"a heading's words"_s), QString());
    QCOMPARE(m_view->document()->find(u"Web sites"_s).block().text(), u"Web sites"_s);
    QString failure = failureInPlace(article, edited.replace(u"Book 300"_s, u"Volume 300"_s), u"an entry"_s);
    QCOMPARE(failure, QString());
    edited.remove(u"### *Books* ###\n"_s);
    failure = failureInPlace(article, edited, u"a heading taken out"_s);
    QVERIFY2(failure.isEmpty() || failure.endsWith(u"not in place"_s), qPrintable(failure));
    QVERIFY(!m_view->document()->find(u"Books"_s).block().isValid());
    edited.replace(u"[200] "_s, u"### Later\n[200] "_s);
    failure = failureInPlace(article, edited, u"a heading added"_s);
    QVERIFY2(failure.isEmpty() || failure.endsWith(u"not in place"_s), qPrintable(failure));
    QCOMPARE(m_view->document()->find(u"Later"_s).block().text(), u"Later"_s);
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

// A link check flags more markers with each answer, a reference is highlighted, and typing moves them
// while the rest of the article is still being typeset: what the view draws over its markers is always
// exactly what a view typesetting from scratch draws, as far as the view has typeset.
void TestReadingViewUpdates::markedMarkersFollowEdits()
{
    QStringList body = mixedBody(1500);
    Article article = parseArticle(articleText(body));
    m_view->setArticle(article, analyseArticle(article));
    QVERIFY(!m_view->isRenderingFinished());
    QSet<QString> broken = {u"https://example.org/two"_s};
    m_view->setBrokenLinks(broken);
    m_view->highlightReference(3, false);
    QVERIFY(flaggedMarkers(*m_view).size() > 20);
    QVERIFY(highlightedMarkers(*m_view).size() > 20);
    QVERIFY(m_view->extraSelections().isEmpty()); // drawn with the text, not as selections

    int typesetSteps = 0;
    QRandomGenerator random(20261206);
    for (int step = 0; step < 80; ++step) {
        const int line = random.bounded(int(body.size()));
        switch (random.bounded(6)) {
        case 0:
            body[line].insert(random.bounded(int(body.at(line).size()) + 1), u" words [2]"_s);
            break;
        case 1:
            body[line].replace(u"[2]"_s, u"[1]"_s);
            break;
        case 2:
            body.insert(line, u"A new paragraph citing [3] and [2]."_s);
            break;
        case 3:
            body.removeAt(line);
            break;
        case 4: // another reference is selected
            m_view->highlightReference(random.bounded(4), false);
            break;
        default: // a link answers
            broken.insert(
                random.bounded(2) == 0 ? u"https://example.com/one"_s : u"https://example.net/three"_s);
            m_view->setBrokenLinks(broken);
            break;
        }
        const ArticleChange change = editAsTheEditorReports(article, articleText(body));
        const QList<Diagnostic> diagnostics = analyseArticle(article);
        m_view->setArticle(article, diagnostics, &change);
        if (step % 8 == 7)
            QCoreApplication::processEvents(); // a step of typesetting
        if (step == 60)
            m_view->finishRendering();

        ReadingView reference;
        reference.setArticle(article, diagnostics);
        reference.finishRendering();
        reference.setBrokenLinks(broken);
        reference.highlightReference(m_view->highlightedReference(), false);
        // Markers in the typeset part of the view, which is where both documents are the same.
        const int typeset = m_view->document()->characterCount() - 1;
        const auto typesetPart = [typeset](QList<std::pair<int, QString>> markers) {
            markers.removeIf(
                [typeset](const std::pair<int, QString> &marker) { return marker.first >= typeset; });
            return markers;
        };
        QCOMPARE(flaggedMarkers(*m_view), typesetPart(flaggedMarkers(reference)));
        QCOMPARE(highlightedMarkers(*m_view), typesetPart(highlightedMarkers(reference)));
        if (!m_view->isRenderingFinished())
            ++typesetSteps;
    }
    QVERIFY(typesetSteps > 10); // the part typeset while editing was tested, not only the whole
}

// Highlighting a reference cited all over a long article, flagging its broken link, and typing then,
// lay out no block off the screen: markers are marked as their blocks are drawn.
void TestReadingViewUpdates::markingMarkersLaysOutNothingOffScreen()
{
    QStringList body = mixedBody(3000);
    Article article = parseArticle(articleText(body));
    m_view->setArticle(article, analyseArticle(article));
    m_view->finishRendering();
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    const auto laidOut = [this] {
        int blocks = 0;
        for (QTextBlock block = m_view->document()->begin(); block.isValid(); block = block.next())
            blocks += block.layout()->lineCount() > 0 ? 1 : 0;
        return blocks;
    };
    const int before = laidOut();
    QVERIFY(before < m_view->document()->blockCount() / 10);

    m_view->highlightReference(2, false);
    m_view->setBrokenLinks({u"https://example.org/two"_s});
    body[3] += u" typed"_s;
    const ArticleChange change = editAsTheEditorReports(article, articleText(body));
    m_view->setArticle(article, analyseArticle(article), &change);
    QCOMPARE(laidOut(), before);
    QVERIFY(highlightedMarkers(*m_view).size() > 500); // yet each is marked when drawn
    QVERIFY(flaggedMarkers(*m_view).size() > 500);
}

QTEST_MAIN(TestReadingViewUpdates)
#include "tst_readingviewupdates.moc"
