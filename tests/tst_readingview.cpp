// Checks the reading view: markers are real, clickable links to their references; nothing from the
// file becomes a link or loads anything; highlighting and scroll position behave.
#include "articleio.h"
#include "articlerenderer.h"
#include "diagnostic.h"
#include "flaggedmarkers.h"
#include "readinglayout.h"
#include "readingview.h"
#include "readingviewtestutil.h"

#include <QApplication>
#include <QClipboard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolTip>
#include <QtMath>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Citewise;
using namespace Citewise::Test;

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

} // namespace

class TestReadingView : public ReadingViewTest<CountingView>
{
    Q_OBJECT
private slots:
    void init() { makeView(); }
    void cleanup() { deleteView(); }
    void clickingMarkersActivatesTheirReference();
    void clickingReferenceLinkActivatesIt();
    void clustersListsAndRangesGiveOneLinkPerNumber();
    void fileTextIsNeverMarkup();
    void danglingMarkerLooksDifferent();
    void rangesThatCiteNothingAreNoLinks();
    void titleMarkersAreLinks();
    void frontMatterTitleShowsAsRead_data();
    void frontMatterTitleShowsAsRead();
    void everyNumberLinksToItsReference();
    void hoverReportsTheTarget();
    void linkUnderThePointerIsTheOneQtFinds();
    void toolTipTellsTheLinkStatus();
    void linkToolTipShowsTheHostInAscii();
    void highlightReferenceMarksItsMarkers();
    void setArticleKeepsScrollPosition();
    void ctrlHomeAndEndGoToTheEnds();
    void emptyArticleSaysSoInTheMiddle();
    void markerAfterRightToLeftWordsFollowsThem();
};

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

// A backwards range and one too long to expand cite nothing (the engine reports them): they read as
// written, in the paragraph's own text, and no part of them links to a reference or reacts to a click.
void TestReadingView::rangesThatCiteNothingAreNoLinks()
{
    show(
        u"Title\nBackwards [5-2] and too long [1-3000] but fine [2-3].\nReferences\n[1] https://a.example/1\n"
        "[2] https://a.example/2\n[3] https://a.example/3\n[5] https://a.example/5\n"_s);
    QCOMPARE(m_article.citations.size(), 3);
    QStringList texts;
    for (const Anchor &a : markerAnchors(m_view->document()))
        texts.append(a.text);
    QCOMPARE(texts, (QStringList {u"2"_s, u"3"_s}));
    QVERIFY(m_view->toPlainText().contains(u"Backwards [5-2] and too long [1-3000] but"_s));
    QCOMPARE(m_view->markerRect(0, 0), QRect());
    QCOMPARE(m_view->markerRect(1, 1), QRect());

    const QTextCursor found = m_view->document()->find(u"5-2"_s);
    QVERIFY(!found.isNull());
    const QRect rect = m_view->cursorRect(found);
    QSignalSpy activated(m_view, &ReadingView::referenceActivated);
    QTest::mouseClick(
        m_view->viewport(), Qt::LeftButton, {}, rect.center() - QPoint(rect.width() / 2 + 3, 0));
    QCOMPARE(activated.size(), 0);
    QVERIFY(!found.charFormat().isAnchor());
}

// A marker in the title cites as one in the text does: a link to its reference, in the title's block.
void TestReadingView::titleMarkersAreLinks()
{
    show(u"# Harbour bridge [2] reopens\nBody [1].\nReferences\n[1] https://a.example/1\n"
         "[2] https://a.example/2\n"_s);
    QCOMPARE(m_article.citations.first().line, 1);
    const QList<Anchor> markers = markerAnchors(m_view->document());
    QCOMPARE(markers.size(), 2);
    QCOMPARE(markers.first().href, u"citewise-ref:2"_s);
    QCOMPARE(m_view->document()->firstBlock().text(), u"Harbour bridge [2] reopens"_s);
    const QRect rect = m_view->markerRect(0, 0);
    QVERIFY(!rect.isNull());
    QSignalSpy activated(m_view, &ReadingView::referenceActivated);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toLongLong(), 2);
}

void TestReadingView::frontMatterTitleShowsAsRead_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("title");
    QTest::addRow("folded block") << u"title: >-\n  Rents rise again\n  in Lisbon"_s
                                  << u"Rents rise again in Lisbon"_s;
    QTest::addRow("single quotes") << u"title: 'It''s here'"_s << u"It's here"_s;
    QTest::addRow("double quotes") << u"title: \"Say \\\"hi\\\"\" # draft"_s << u"Say \"hi\""_s;
    QTest::addRow("as written") << u"title: Rents *rise* again"_s << u"Rents rise again"_s;
}

// A title given in front matter shows as YAML reads it (quotes and escapes undone, a block's lines
// joined), not as it is written there; one written as it reads keeps its emphasis.
void TestReadingView::frontMatterTitleShowsAsRead()
{
    QFETCH(QString, field);
    QFETCH(QString, title);
    show(u"---\n"_s + field + u"\n---\nRents rose [1].\nReferences\n[1] https://a.example/1\n"_s);
    QCOMPARE(m_view->document()->firstBlock().text(), title);
}

// Thousands of markers, numbers repeated in every place of a marker, dangling ones and numbers too
// large for an int: each number's link says its own reference, place and state, whichever marker
// typeset its format first. More distinct numbers and places than the renderer keeps formats for.
void TestReadingView::everyNumberLinksToItsReference()
{
    QString body;
    for (int n = 1; n <= 9000; ++n) {
        body += u"word [%1] and [%2, %1] "_s.arg(n % 40 + 1).arg(n);
        if (n % 1000 == 0)
            body += u"[1099511627776] [99999999999999999999] "_s;
    }
    show(u"Title\n"_s + body + u"\nReferences\n[1] https://example.com/one\n[2] https://example.com/two\n"_s);
    m_view->finishRendering();
    QList<std::pair<qint64, int>> expected; // number and place in its marker, in reading order
    for (const Citation &c : std::as_const(m_article.citations)) {
        for (int i = 0; i < c.numbers.size(); ++i)
            expected.append({c.numbers.at(i).value, i});
    }
    const QList<Anchor> markers = markerAnchors(m_view->document());
    QCOMPARE(markers.size(), expected.size());
    QVERIFY(expected.size() > 2 * 9000);
    for (qsizetype k = 0; k < markers.size(); ++k) {
        const Anchor &a = markers.at(k);
        const auto [number, place] = expected.at(k);
        const bool dangling = number != 1 && number != 2;
        if (a.href != ArticleRenderer::referenceHref(number)
            || a.format.property(ArticleRenderer::ReferenceNumberProperty).toLongLong() != number
            || a.format.property(ArticleRenderer::NumberIndexProperty).toInt() != place
            || a.format.property(ArticleRenderer::DanglingProperty).toBool() != dangling)
            QFAIL(qPrintable(u"marker number %1: %2 in place %3"_s.arg(k).arg(a.href).arg(place)));
    }

    // The same numbers once their references exist are no longer dangling.
    QString references;
    for (int n = 1; n <= 40; ++n)
        references += u"[%1] https://example.com/%1\n"_s.arg(n);
    show(u"Title\nText [3] and [40, 3].\nReferences\n"_s + references);
    const QList<Anchor> again = markerAnchors(m_view->document());
    QCOMPARE(again.size(), 3);
    for (const Anchor &a : again)
        QVERIFY2(!a.format.property(ArticleRenderer::DanglingProperty).toBool(), qPrintable(a.href));
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

    // Over a link the pointer is a pointing hand; moving on within it says nothing new; off it, the
    // pointer is what it was.
    QCOMPARE(m_view->viewport()->cursor().shape(), Qt::PointingHandCursor);
    const qsizetype said = hovered.size();
    QTest::mouseMove(m_view->viewport(), m_view->markerRect(5).center() + QPoint(1, 0));
    QCOMPARE(hovered.size(), said);
    QTest::mouseMove(m_view->viewport(), QPoint(1, m_view->viewport()->height() - 2));
    QVERIFY(hovered.last().first().toString().isEmpty());
    QCOMPARE(m_view->viewport()->cursor().shape(), Qt::ArrowCursor);

    // Leaving the view from a link takes its target away (the status bar showed it for good).
    QTest::mouseMove(m_view->viewport(), m_view->markerRect(0).center());
    QCOMPARE(hovered.last().first().toString(), u"https://example.com/one"_s);
    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(m_view->viewport(), &leave);
    QVERIFY(hovered.last().first().toString().isEmpty());
    QCOMPARE(m_view->viewport()->cursor().shape(), Qt::ArrowCursor); // wherever it comes back
    // Coming back onto the same link shows it again.
    QTest::mouseMove(m_view->viewport(), m_view->markerRect(0).center() + QPoint(1, 0));
    QCOMPARE(hovered.last().first().toString(), u"https://example.com/one"_s);
}

// The pointer's link is found by the layout (Qt's own look-up asks where every block above it is, at
// every move): it is the link Qt finds, everywhere in the view, scrolled or not.
void TestReadingView::linkUnderThePointerIsTheOneQtFinds()
{
    QString body;
    for (int i = 0; i < 30; ++i) {
        body += u"Paragraph %1 cites [1], [2, 3] and [2-3] and links [a page](https://example.org/%1).\n"
                "- an item [3] of a list\n"
                "| a cell [1] | another [2] |\n|---|---|\n| row [3] | [9] |\n\n"_s.arg(i);
    }
    show(u"Title [1]\n"_s + body
        + u"References\n[1] https://example.com/one\n[2] https://example.com/two\n[3] https://example.com/three\n"_s);
    m_view->finishRendering();
    const auto *layout = qobject_cast<const ReadingLayout *>(m_view->document()->documentLayout());
    QVERIFY(layout);
    QVERIFY(m_view->verticalScrollBar()->maximum() > 1000);
    for (const int scroll : {0, 437, m_view->verticalScrollBar()->maximum()}) {
        m_view->verticalScrollBar()->setValue(scroll);
        QCoreApplication::processEvents();
        const QPointF offset(m_view->horizontalScrollBar()->value(), m_view->verticalScrollBar()->value());
        int links = 0;
        for (int y = 0; y < m_view->viewport()->height(); y += 3) {
            for (int x = 0; x < m_view->viewport()->width(); x += 3) {
                const QPoint at(x, y);
                const QString qt = m_view->anchorAt(at);
                QCOMPARE(layout->linkAt(at + offset), qt);
                links += qt.isEmpty() ? 0 : 1;
            }
        }
        QVERIFY(links > 100);
    }
}

// A marker's tooltip tells its reference and whether its link was checked: before any check it says
// so, as the References panel does, and after one it tells the status.
void TestReadingView::toolTipTellsTheLinkStatus()
{
    show(kArticle);
    const auto toolTipAt = [this](const QRect &marker) {
        QHelpEvent help(QEvent::ToolTip, marker.center(), m_view->viewport()->mapToGlobal(marker.center()));
        QApplication::sendEvent(m_view->viewport(), &help);
        const QString text = QToolTip::isVisible() ? QToolTip::text() : QString();
        QToolTip::hideText();
        return text;
    };
    QString tip = toolTipAt(m_view->markerRect(0));
    QVERIFY2(tip.contains(u"example.com/one"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"Link not checked"_s), qPrintable(tip));

    m_view->setLinkStatuses({{u"https://example.com/one"_s, u"404 Not Found · 5 ms"_s}});
    tip = toolTipAt(m_view->markerRect(0));
    QVERIFY2(tip.contains(u"Link check: 404 Not Found"_s), qPrintable(tip));
    QVERIFY2(!tip.contains(u"not checked"_s), qPrintable(tip));
}

// A link written in the text shows where it leads as a marker does: the host in ASCII first, so that a
// look-alike letter from another script ("exаmple.com", a Cyrillic "а") cannot pass for the real site.
void TestReadingView::linkToolTipShowsTheHostInAscii()
{
    show(u"Title\nLog in at [the site](https://ex\u0430mple.com/login) today [1].\nReferences\n"
         u"[1] https://example.com/\n"_s);
    QTextCursor link = m_view->document()->find(u"the site"_s);
    QVERIFY(!link.isNull());
    link.setPosition(link.selectionStart() + 2);
    const QPoint at = m_view->cursorRect(link).center();
    QHelpEvent help(QEvent::ToolTip, at, m_view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(m_view->viewport(), &help);
    const QString tip = QToolTip::isVisible() ? QToolTip::text() : QString();
    QToolTip::hideText();
    QVERIFY2(tip.contains(u"<b>xn--exmple-4nf.com</b>"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"/login"_s), qPrintable(tip));
}

void TestReadingView::highlightReferenceMarksItsMarkers()
{
    show(kArticle);
    auto selectedTexts = [this] { return Test::highlightedTexts(*m_view); };
    m_view->highlightReference(1);
    QCOMPARE(selectedTexts(), (QStringList {u"[1]"_s, u"[1]"_s, u"1"_s}));
    m_view->highlightReference(3);
    // The list names 3; the range [2-3] includes it.
    QCOMPARE(selectedTexts(), (QStringList {u"3"_s, u"2-3"_s}));
    m_view->highlightReference(0);
    QVERIFY(selectedTexts().isEmpty());

    // A range inside a list lights up whole for a number it holds without writing it.
    show(u"Title\nA list with a range [1, 2-4] here.\nReferences\n[1] https://a.example/\n"
         "[2] https://b.example/\n[3] https://c.example/\n[4] https://d.example/\n"_s);
    m_view->highlightReference(3);
    QCOMPARE(selectedTexts(), (QStringList {u"2-4"_s}));
    m_view->highlightReference(1);
    QCOMPARE(selectedTexts(), (QStringList {u"1"_s}));
    // So is its link check: a broken link of a number it holds flags it whole.
    m_view->highlightReference(0);
    m_view->setBrokenLinks({u"https://c.example/"_s});
    QCOMPARE(Test::flaggedTexts(*m_view), (QStringList {u"2-4"_s}));
    m_view->setBrokenLinks({u"https://a.example/"_s});
    QCOMPARE(Test::flaggedTexts(*m_view), (QStringList {u"1"_s}));
    QVERIFY(m_view->extraSelections().isEmpty()); // drawn with the text, not as selections
    // Highlighted and flagged at once, a marker shows both: a stretch drawn over the other would hide it.
    const auto bothAt = [this] {
        return Test::textsOf(Test::decoratedMarkers(*m_view, [](const QTextCharFormat &format) {
            return format.hasProperty(QTextFormat::BackgroundBrush)
                && format.underlineStyle() == QTextCharFormat::WaveUnderline;
        }));
    };
    m_view->highlightReference(1);
    QCOMPARE(bothAt(), (QStringList {u"1"_s}));
    QCOMPARE(selectedTexts(), (QStringList {u"1"_s}));
    show(u"Title\nOne [1] here.\nReferences\n[1] https://a.example/\n"_s);
    m_view->setBrokenLinks({u"https://a.example/"_s});
    m_view->highlightReference(1);
    QCOMPARE(bothAt(), (QStringList {u"1"_s}));
    QCOMPARE(selectedTexts().join(QString()), u"[1]"_s); // the brackets too, around it
    QCOMPARE(Test::flaggedTexts(*m_view), (QStringList {u"1"_s}));
    m_view->highlightReference(0);
    m_view->setBrokenLinks({});
    QVERIFY(Test::flaggedTexts(*m_view).isEmpty());
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
    bar->setValue(m_view->viewport()->height() * 5);
    const int before = bar->value();
    QVERIFY(before > 0);

    m_view->setArticle(m_article, analyseArticle(m_article));
    QCOMPARE(bar->value(), before);

    // The very end too, where only a complete layout reaches: the new document is laid out to its
    // end while idle, and the scroll bar learns its full height.
    const auto *layout = qobject_cast<const ReadingLayout *>(m_view->document()->documentLayout());
    QVERIFY(layout);
    QTRY_COMPARE(layout->laidOutBlocks(), m_view->document()->blockCount());
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

// Ctrl+Home and Ctrl+End go to the start and the end of the article, as Home and End do.
void TestReadingView::ctrlHomeAndEndGoToTheEnds()
{
    QString text = u"Notes\n"_s;
    for (int n = 1; n <= 200; ++n)
        text += u"Paragraph %1 of a long article, citing [1].\n"_s.arg(n);
    show(text + u"References:\n[1] https://example.org/a\n"_s);
    m_view->finishRendering();
    QScrollBar *bar = m_view->verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    QCOMPARE(bar->value(), 0);
    QTest::keyClick(m_view, Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(bar->value(), bar->maximum());
    QTest::keyClick(m_view, Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(bar->value(), 0);
}

// Rows of the image's middle third that hold anything but the background.
static int inkedRowsInTheMiddle(const QImage &image, QRgb background)
{
    int rows = 0;
    for (int y = image.height() / 3; y < 2 * image.height() / 3; ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        rows += std::any_of(line, line + image.width(), [background](QRgb c) { return c != background; });
    }
    return rows;
}

void TestReadingView::emptyArticleSaysSoInTheMiddle()
{
    QVERIFY(ReadingView::emptyText().contains(u"Nothing to read"_s));
    show(QString());
    QVERIFY(m_view->document()->isEmpty());
    const QImage image = m_view->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    const QRgb background = m_view->viewport()->palette().color(QPalette::Base).rgb();
    QCOMPARE(image.pixel(2, 2), background); // not in the corner, where QTextEdit puts its placeholder
    const int inked = inkedRowsInTheMiddle(image, background);
    QVERIFY2(inked > 0, "nothing drawn in the middle of an empty view");

    // A title alone stands at the top: the middle is empty, and says nothing.
    show(u"A title\n"_s);
    QVERIFY(!m_view->document()->isEmpty());
    const QImage titled = m_view->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    QCOMPARE(inkedRowsInTheMiddle(titled, background), 0);
}

// "Local daily ידיעות אחרונות [1] reported": the bidirectional algorithm takes a marker's digits for the
// Hebrew before it, and showed "[1]" ahead of the name, as if citing "Local daily". The marker stands
// to the right of the name, and is still a link.
void TestReadingView::markerAfterRightToLeftWordsFollowsThem()
{
    const QString hebrew
        = u"\u05D9\u05D3\u05D9\u05E2\u05D5\u05EA \u05D0\u05D7\u05E8\u05D5\u05E0\u05D5\u05EA"_s;
    const QTextBlock block = showParagraph(u"Local daily "_s + hebrew + u" [1] reported the event."_s);
    QVERIFY(block.isValid());
    const int start = block.position() + int(block.text().indexOf(hebrew));
    int hebrewRight = 0;
    QTextCursor cursor(m_view->document());
    for (int i = 0; i <= hebrew.size(); ++i) {
        cursor.setPosition(start + i);
        hebrewRight = qMax(hebrewRight, m_view->cursorRect(cursor).x());
    }
    const QRect marker = m_view->markerRect(0, 0);
    QVERIFY2(marker.left() >= hebrewRight - 1,
        qPrintable(u"marker at %1, the name ends at %2"_s.arg(marker.left()).arg(hebrewRight)));
    QSignalSpy activated(m_view, &ReadingView::referenceActivated);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, marker.center());
    QCOMPARE(activated.size(), 1);
    // Copied, the text is the article's, without them.
    QVERIFY(m_view->document()->toPlainText().contains(QChar(0x2066)));
    m_view->selectAll();
    m_view->copy();
    QVERIFY(QGuiApplication::clipboard()->text().contains(hebrew + u"\u00A0[1] reported"_s)
        || QGuiApplication::clipboard()->text().contains(hebrew + u" [1] reported"_s));
    // Plain left-to-right text gets no isolates.
    showParagraph(u"Plain words [1] here."_s);
    QVERIFY(!m_view->document()->toPlainText().contains(QChar(0x2066)));
}

QTEST_MAIN(TestReadingView)
#include "tst_readingview.moc"
