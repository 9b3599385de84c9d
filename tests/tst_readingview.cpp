// Checks the reading view: markers are real, clickable links to their references; nothing from the
// file becomes a link or loads anything; highlighting and scroll position behave.
#include "articleio.h"
#include "articlerenderer.h"
#include "articleupdate.h"
#include "diagnostic.h"
#include "readingview.h"

#include <QAbstractTextDocumentLayout>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>
#include <QtMath>

using namespace Qt::StringLiterals;
using namespace Citewise;

namespace {

const QString kArticle
    = u"A Title With Care\n"
      "Seoul, July 2, 2025 \u2014 The first paragraph cites one source [1] and a cluster [1][2].\n"
      "A list [1, 3] and a range [2-3] and a dangling marker [9] sit here.\n"
      "Literal <img src=x> and <a href=http://evil>click</a> and file:///etc/passwd stay text.\n"
      "References:\n"
      "[1] https://example.com/one The first source\n"
      "[2] https://example.org/two\n"
      "[3] https://example.net/three Third\n"
      "Comments\n"
      "Ann (2025-07-02 10:00): Good piece.\n"_s;

// Counts every resource request that reaches the view.
class CountingView : public ReadingView
{
public:
    int requests = 0;
    QVariant loadResource(int type, const QUrl &name) override
    {
        ++requests;
        return ReadingView::loadResource(type, name);
    }
};

struct Anchor
{
    QString href;
    QString text;
    QTextCharFormat format;
};

QList<Anchor> anchors(const QTextDocument *document)
{
    QList<Anchor> out;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (format.isAnchor() || !format.anchorHref().isEmpty() || !format.anchorNames().isEmpty())
                out.append({format.anchorHref(), fragment.text(), format});
        }
    }
    return out;
}

QList<Anchor> markerAnchors(const QTextDocument *document)
{
    QList<Anchor> out;
    for (const Anchor &a : anchors(document)) {
        if (a.format.hasProperty(ArticleRenderer::ReferenceNumberProperty))
            out.append(a);
    }
    return out;
}

// What the reader sees: the text, and every marker number with its place and target.
struct Rendering
{
    QString text;
    QStringList markers;
    friend bool operator==(const Rendering &, const Rendering &) = default;
};

Rendering renderingOf(const QTextDocument *document)
{
    Rendering out {document->toPlainText(), {}};
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (format.hasProperty(ArticleRenderer::ReferenceNumberProperty))
                out.markers.append(u"%1@%2/%3"_s.arg(format.anchorHref())
                                       .arg(fragment.position())
                                       .arg(format.intProperty(ArticleRenderer::NumberIndexProperty)));
        }
    }
    return out;
}

// The article typeset in one go, as the reference for the progressive and in-place paths.
Rendering syncRendering(const Article &article, const QFont &font, const QPalette &palette)
{
    QTextDocument document;
    ArticleRenderer renderer(ArticleRenderer::readingFont(font), palette);
    renderer.render(article, &document);
    return renderingOf(&document);
}

// Body lines of many kinds: markers, headings, lists (one wrapped by hand), quotes and code among
// plain paragraphs, one of them a line wrapped by hand too. Each is numbered.
QStringList mixedBody(int paragraphs)
{
    const QStringList kinds = {u"Plain words #%1 and a marker [1] in the middle of them."_s,
        u"A cluster [1][2] #%1 then a list [1, 3] and a range [2-3]."_s, u"## A heading [2] #%1"_s,
        u"- a bullet item [3] #%1"_s, u"  the item wrapped by hand [2] #%1"_s, u"1. a numbered item #%1"_s,
        u"> a quoted line [1] #%1"_s, u"``` #%1"_s, u"code [1] inside #%1"_s, u"``` #%1"_s,
        u"Dangling [9] and `code span` here #%1."_s, u"A sentence wrapped by hand #%1, which goes on past"_s,
        u"the end of its line [2] #%1 and stops here."_s};
    QStringList lines;
    for (int i = 0; i < paragraphs; ++i)
        lines.append(kinds.at(i % kinds.size()).arg(i));
    return lines;
}

// Brings `article` to `text` the way the editor reports an edit: one replaced stretch, applied to the
// parsed article.
ArticleChange editAsTheEditorReports(Article &article, const QString &text)
{
    const QString &old = article.text;
    qsizetype prefix = 0;
    while (prefix < old.size() && prefix < text.size() && old.at(prefix) == text.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < old.size() - prefix && suffix < text.size() - prefix
        && old.at(old.size() - 1 - suffix) == text.at(text.size() - 1 - suffix))
        ++suffix;
    return updateArticle(article, prefix, old.size() - prefix - suffix,
        QStringView(text).mid(prefix, text.size() - prefix - suffix));
}

QString articleText(const QStringList &body)
{
    return u"Title\nSeoul, July 2, 2025 \u2014 First paragraph [1].\n"_s + body.join(u'\n')
        + u"\nReferences\n[1] https://example.com/one One\n[2] https://example.org/two\n"
          "[3] https://example.net/three\nComments\nAnn: Fine.\n"_s;
}

} // namespace

class TestReadingView : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void clickingMarkersActivatesTheirReference();
    void clickingReferenceLinkActivatesIt();
    void clustersListsAndRangesGiveOneLinkPerNumber();
    void fileTextIsNeverMarkup();
    void danglingMarkerLooksDifferent();
    void hoverReportsTheTarget();
    void highlightReferenceMarksItsMarkers();
    void setArticleKeepsScrollPosition();
    void progressiveRenderingMatchesSynchronous();
    void editsDuringProgressiveRendering();
    void inPlaceUpdatesMatchFullRendering();
    void referenceEditsUpdateInPlace();
    void referenceNumberEditDuringProgressiveRendering();
    void wrappedListItemStaysInItsColumn();
    void codeKeepsItsIndentation();
    void codeBlockIsOneShadedBox();
    void handWrappedLinesReadAsOneParagraph();
    void handWrappedParagraphsUpdateInPlace();

private:
    void show(const QString &text);
    // Shows the view and `reference` (a view of the same size typesetting from scratch), both exposed.
    bool showBesideReference(ReadingView &reference);
    CountingView *m_view = nullptr;
    Article m_article;
};

void TestReadingView::init()
{
    m_view = new CountingView;
    m_view->resize(700, 600);
}

void TestReadingView::cleanup()
{
    delete m_view;
    m_view = nullptr;
}

bool TestReadingView::showBesideReference(ReadingView &reference)
{
    m_view->show();
    reference.resize(m_view->size());
    reference.show();
    return QTest::qWaitForWindowExposed(m_view) && QTest::qWaitForWindowExposed(&reference);
}

void TestReadingView::show(const QString &text)
{
    m_article = parseArticle(text);
    m_view->setArticle(m_article, analyseArticle(m_article));
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TestReadingView::clickingMarkersActivatesTheirReference()
{
    show(kArticle);
    QCOMPARE(m_view->markerCount(), m_article.citations.size());
    QCOMPARE(m_view->markerCount(), 6);

    QSignalSpy activated(m_view, &ReadingView::referenceActivated);
    for (int i = 0; i < m_article.citations.size(); ++i) {
        const Citation &citation = m_article.citations.at(i);
        for (int n = 0; n < citation.numbers.size(); ++n) {
            const QRect rect = m_view->markerRect(i, n);
            QVERIFY2(m_view->viewport()->rect().contains(rect), qPrintable(u"marker %1/%2"_s.arg(i).arg(n)));
            activated.clear();
            QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, rect.center());
            QCOMPARE(activated.size(), 1);
            QCOMPARE(activated.first().first().toLongLong(), citation.numbers.at(n).value);
        }
    }
    QCOMPARE(m_view->markerRect(99), QRect());
    QCOMPARE(m_view->markerRect(0, 5), QRect());
}

void TestReadingView::clickingReferenceLinkActivatesIt()
{
    show(kArticle);
    const QList<Anchor> all = anchors(m_view->document());
    const auto it = std::find_if(
        all.cbegin(), all.cend(), [](const Anchor &a) { return a.text == "https://example.net/three"_L1; });
    QVERIFY(it != all.cend());
    QCOMPARE(ArticleRenderer::referenceFromHref(it->href), 3);
    QVERIFY(!it->format.hasProperty(ArticleRenderer::ReferenceNumberProperty));
}

void TestReadingView::clustersListsAndRangesGiveOneLinkPerNumber()
{
    show(kArticle);
    QStringList hrefs;
    QStringList texts;
    for (const Anchor &a : markerAnchors(m_view->document())) {
        hrefs.append(a.href);
        texts.append(a.text);
    }
    // [1] | [1][2] | [1, 3] | [2-3] | [9]
    QCOMPARE(texts, (QStringList {u"1"_s, u"1"_s, u"2"_s, u"1"_s, u"3"_s, u"2"_s, u"3"_s, u"9"_s}));
    QCOMPARE(hrefs.first(), u"citewise-ref:1"_s);
    QCOMPARE(hrefs.last(), u"citewise-ref:9"_s);
    // Brackets and separators are there, as plain superscript text.
    QVERIFY(m_view->toPlainText().contains(u"cluster [1][2]."_s));
    QVERIFY(m_view->toPlainText().contains(u"A list [1, 3] and a range [2-3]"_s));
    QCOMPARE(m_article.citations.at(3).numbers.size(), 2);
}

void TestReadingView::fileTextIsNeverMarkup()
{
    show(kArticle);
    const QString plain = m_view->toPlainText();
    QVERIFY(plain.contains(u"<img src=x>"_s));
    QVERIFY(plain.contains(u"<a href=http://evil>click</a>"_s));

    // The only anchors are the markers and the reference list, all in our own scheme.
    const QList<Anchor> all = anchors(m_view->document());
    QCOMPARE(all.size(), 8 + 3);
    for (const Anchor &a : all) {
        QVERIFY2(a.href.startsWith("citewise-ref:"_L1), qPrintable(a.href));
        QVERIFY(a.format.anchorNames().isEmpty());
        QVERIFY(!a.format.isImageFormat());
    }
    m_view->grab(); // paint, in case painting asked for anything
    QCOMPARE(m_view->requests, 0);
    QVERIFY(m_view->loadResource(QTextDocument::ImageResource, QUrl(u"http://evil/x.png"_s)).isNull());
    QVERIFY(m_view->loadResource(QTextDocument::ImageResource, QUrl(u"file:///etc/passwd"_s)).isNull());
    QVERIFY(m_view->loadResource(QTextDocument::StyleSheetResource, QUrl(u"x.css"_s)).isNull());
}

void TestReadingView::danglingMarkerLooksDifferent()
{
    show(kArticle);
    const QList<Anchor> markers = markerAnchors(m_view->document());
    const Anchor &good = markers.first();
    const Anchor &dangling = markers.last();
    QCOMPARE(dangling.text, u"9"_s);
    QVERIFY(dangling.format.property(ArticleRenderer::DanglingProperty).toBool());
    QVERIFY(!good.format.property(ArticleRenderer::DanglingProperty).toBool());
    QVERIFY(dangling.format.foreground().color() != good.format.foreground().color());
}

void TestReadingView::hoverReportsTheTarget()
{
    show(kArticle);
    QSignalSpy hovered(m_view, &ReadingView::linkHovered);
    QTest::mouseMove(m_view->viewport(), m_view->markerRect(0).center());
    QTRY_VERIFY(!hovered.isEmpty());
    QCOMPARE(hovered.last().first().toString(), u"https://example.com/one"_s);

    QTest::mouseMove(m_view->viewport(), m_view->markerRect(5).center());
    QTRY_VERIFY(hovered.last().first().toString().contains(u"9"_s));
}

void TestReadingView::highlightReferenceMarksItsMarkers()
{
    show(kArticle);
    auto selectedTexts = [this] {
        QStringList out;
        for (const QTextEdit::ExtraSelection &s : m_view->extraSelections())
            out.append(s.cursor.selectedText());
        return out;
    };
    m_view->highlightReference(1);
    QCOMPARE(selectedTexts(), (QStringList {u"[1]"_s, u"[1]"_s, u"1"_s}));
    m_view->highlightReference(3);
    // The list names 3; the range [2-3] includes it.
    QCOMPARE(selectedTexts(), (QStringList {u"3"_s, u"2-3"_s}));
    m_view->highlightReference(0);
    QVERIFY(m_view->extraSelections().isEmpty());
}

void TestReadingView::setArticleKeepsScrollPosition()
{
    QString text = u"Long\n"_s;
    for (int i = 0; i < 300; ++i)
        text += u"Paragraph %1 with enough words to wrap at least once in a narrow view [1].\n"_s.arg(i);
    text += u"References\n[1] https://example.com/\n"_s;
    show(text);
    QScrollBar *bar = m_view->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 2000);
    bar->setValue(bar->maximum() / 2);
    const int before = bar->value();
    QVERIFY(before > 0);

    m_view->setArticle(m_article, analyseArticle(m_article));
    QCOMPARE(bar->value(), before);

    // The very end too, where only a complete layout reaches.
    const int fullRange = qCeil(m_view->document()->size().height()) - m_view->viewport()->height();
    QTRY_VERIFY(qAbs(bar->maximum() - fullRange) <= 1);
    bar->setValue(bar->maximum());
    const int bottom = bar->value();
    m_view->setArticle(m_article, analyseArticle(m_article));
    QCOMPARE(bar->value(), bottom);

    // Far down the page, highlighting scrolls the first marker into view.
    m_view->highlightReference(1);
    QVERIFY(m_view->viewport()->rect().contains(m_view->markerRect(0)));
}

void TestReadingView::progressiveRenderingMatchesSynchronous()
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

void TestReadingView::editsDuringProgressiveRendering()
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

void TestReadingView::inPlaceUpdatesMatchFullRendering()
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
void TestReadingView::referenceEditsUpdateInPlace()
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
void TestReadingView::referenceNumberEditDuringProgressiveRendering()
{
    Article article = parseArticle(articleText(mixedBody(3000)));
    m_view->setArticle(article, analyseArticle(article));
    QVERIFY(!m_view->isRenderingFinished());
    const qsizetype at = article.text.indexOf(u"[3] https://example.net/three"_s) + 1;
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

// "- item" followed by an indented line is one list item wrapped by hand: the second line flows on in
// the item's paragraph, not as a paragraph of its own at the margin, and the list goes on after it.
void TestReadingView::wrappedListItemStaysInItsColumn()
{
    show(u"Notes\n- Export with scaling applied,\n  then bake the animation [1].\n- Import it "
         u"again.\nReferences:\n"
         "[1] https://example.org/a\n"_s);
    m_view->finishRendering();
    QTextDocument *doc = m_view->document();
    const auto blockWith = [&](const QString &text) {
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            if (b.text().contains(text))
                return b;
        }
        return QTextBlock();
    };
    const QTextBlock item = blockWith(u"Export with scaling"_s);
    const QTextBlock wrapped = blockWith(u"then bake"_s);
    const QTextBlock next = blockWith(u"Import it again"_s);
    QVERIFY(item.isValid() && wrapped.isValid() && next.isValid());
    QVERIFY(item.textList());
    QCOMPARE(wrapped.blockNumber(), item.blockNumber());
    QCOMPARE(item.text(), u"Export with scaling applied, then bake the animation [1]."_s);
    QCOMPARE(next.textList(), item.textList()); // the same list goes on
    QCOMPARE(next.blockNumber(), item.blockNumber() + 1);
    QCOMPARE(m_view->markerCount(), 1);
}

// In a code block the indentation is part of the text; outside one it is not.
void TestReadingView::codeKeepsItsIndentation()
{
    show(u"Notes\n    An indented paragraph [1].\n```\nif (ready) {\n    start();\n\tstop();\n}\n```\n"
         u"References:\n[1] https://example.org/a\n"_s);
    m_view->finishRendering();
    QStringList texts;
    for (QTextBlock b = m_view->document()->begin(); b.isValid(); b = b.next())
        texts.append(b.text());
    QVERIFY2(texts.contains(u"    start();"_s), qPrintable(texts.join(u'|')));
    QVERIFY2(texts.contains(u"\tstop();"_s), qPrintable(texts.join(u'|')));
    QVERIFY(texts.contains(u"if (ready) {"_s));
    QVERIFY2(std::any_of(
                 texts.cbegin(), texts.cend(), [](const QString &t) { return t.startsWith(u"An indented"); }),
        qPrintable(texts.join(u'|')));
    QCOMPARE(m_view->markerCount(), 1);
}

// A code block's lines are shaded without gaps: each block's background covers its lines, so the
// next line must start where the last one ended.
void TestReadingView::codeBlockIsOneShadedBox()
{
    show(u"Notes [1]\n```\n\nfirst line\n\nsecond line\n    third line\n\n```\nAfter.\n"
         u"References:\n[1] https://example.org/a\n"_s);
    m_view->finishRendering();
    QAbstractTextDocumentLayout *layout = m_view->document()->documentLayout();
    QTextBlock block = m_view->document()->begin();
    while (block.isValid() && !block.text().startsWith(u"Notes"_s))
        block = block.next();
    QVERIFY(block.isValid());
    // Blank lines inside the fences are code too: they keep their place in the box.
    QStringList lines;
    QList<QRectF> shaded;
    for (block = block.next(); block.isValid() && block.text() != u"After."_s; block = block.next()) {
        lines.append(block.text());
        QVERIFY(block.blockFormat().background().style() != Qt::NoBrush);
        shaded.append(block.layout()->boundingRect().translated(layout->blockBoundingRect(block).topLeft()));
    }
    QCOMPARE(lines, (QStringList {{}, u"first line"_s, {}, u"second line"_s, u"    third line"_s, {}}));
    for (qsizetype i = 1; i < shaded.size(); ++i)
        QVERIFY2(shaded.at(i).top() <= shaded.at(i - 1).bottom() + 0.5,
            qPrintable(u"line %1 starts at %2, the one before ends at %3"_s.arg(i)
                           .arg(shaded.at(i).top())
                           .arg(shaded.at(i - 1).bottom())));

    // Blank lines typed into the code, or taken out, as the editor reports them.
    Article article = m_article;
    QString text = article.text;
    const auto edit = [&](const QString &from, const QString &to) {
        text.replace(from, to);
        const ArticleChange change = editAsTheEditorReports(article, text);
        m_view->setArticle(article, analyseArticle(article), &change);
        m_view->finishRendering();
        return renderingOf(m_view->document()) == syncRendering(article, m_view->font(), m_view->palette());
    };
    // Enter pressed on the blank line itself: the edit touches no paragraph's line.
    const qsizetype blankLine = text.indexOf(u"first line\n"_s) + 11;
    text.insert(blankLine, u'\n');
    const ArticleChange onBlank = updateArticle(article, blankLine, 0, u"\n");
    QCOMPARE(onBlank.firstParagraph, onBlank.oldParagraphEnd);
    m_view->setArticle(article, analyseArticle(article), &onBlank);
    QCOMPARE(renderingOf(m_view->document()), syncRendering(article, m_view->font(), m_view->palette()));
    QVERIFY(m_view->document()->toPlainText().contains(u"first line\n\n\nsecond line"_s));
    QVERIFY(edit(u"second line\n"_s, u"second line\n\n"_s));
    QVERIFY(edit(u"\n\n\nsecond"_s, u"\nsecond"_s));
    QVERIFY(m_view->document()->toPlainText().contains(u"first line\nsecond line\n\n    third"_s));
}

// Prose wrapped by hand reads as one paragraph; short lines and lines that end a sentence stay
// paragraphs of their own. Edits that join lines or take them apart give the typesetting from
// scratch, also when the line that changes is not the one that moves.
void TestReadingView::handWrappedLinesReadAsOneParagraph()
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
void TestReadingView::handWrappedParagraphsUpdateInPlace()
{
    QStringList body;
    for (int p = 0; p < 12; ++p) {
        body.append(u"Paragraph %1 is wrapped by hand at about seventy columns, as mail"_s.arg(p));
        body.append(u"and advisories are, with a marker [%1] on its second line that goes"_s.arg(p % 3 + 1));
        body.append(u"on to a third line and ends here."_s);
        body.append(QString());
    }
    Article article = parseArticle(articleText(body));
    m_view->setArticle(article, analyseArticle(article));
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    m_view->finishRendering();

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
        const QTextDocument *before = m_view->document();
        const ArticleChange change = editAsTheEditorReports(article, articleText(body));
        m_view->setArticle(article, analyseArticle(article), &change);
        if (m_view->document() == before)
            ++inPlace;
        QCOMPARE(renderingOf(m_view->document()), syncRendering(article, m_view->font(), m_view->palette()));
    }
    QCOMPARE(inPlace, steps);
}

QTEST_MAIN(TestReadingView)
#include "tst_readingview.moc"
