// Checks the reading view: markers are real, clickable links to their references; nothing from the
// file becomes a link or loads anything; highlighting and scroll position behave.
#include "articleio.h"
#include "articlerenderer.h"
#include "diagnostic.h"
#include "readingview.h"

#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
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
        if (a.format.hasProperty(ArticleRenderer::CitationIndexProperty))
            out.append(a);
    }
    return out;
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

private:
    void show(const QString &text);
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
    QVERIFY(!it->format.hasProperty(ArticleRenderer::CitationIndexProperty));
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

QTEST_MAIN(TestReadingView)
#include "tst_readingview.moc"
