#include "readingview.h"

#include "inlinemarkup.h"
#include "readinglayout.h"
#include "urlsafety.h"

#include <QAbstractTextDocumentLayout>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QKeySequence>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextFrame>
#include <QTextLayout>
#include <QTimer>
#include <QToolTip>
#include <QtMath>

using namespace Qt::StringLiterals;

namespace Citewise {

namespace {

// Enough text for the first screens of a wide window; the rest follows in steps short enough not
// to hold up typing or scrolling.
constexpr qsizetype kFirstScreenText = 32 * 1024;
constexpr qsizetype kStepText = 16 * 1024;
constexpr qint64 kStepNanoseconds = 4'000'000;
// Blocks below the one at the top of the view whose heights a document typeset again reuses: more
// than a screen holds.
constexpr int kReusedBelowReader = 256;

} // namespace

ReadingView::ReadingView(QWidget *parent) : QTextBrowser(parent)
{
    setAccessibleName(tr("Article"));
    setObjectName(u"readingView"_s);
    setReadOnly(true);
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setSearchPaths({});
    setTextInteractionFlags(Qt::TextBrowserInteraction);
    setUndoRedoEnabled(false);
    setFrameShape(QFrame::NoFrame);
    setLineWrapMode(QTextEdit::WidgetWidth);
    viewport()->setBackgroundRole(QPalette::Base);
    document()->setDocumentMargin(0);
    document()->setParent(this);

    m_renderTimer = new QTimer(this);
    m_renderTimer->setSingleShot(true);
    m_renderTimer->setInterval(0);
    connect(m_renderTimer, &QTimer::timeout, this, &ReadingView::renderNextChunk);

    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const QString href = url.toString(QUrl::FullyEncoded);
        if (const qint64 number = ArticleRenderer::referenceFromHref(href); number != 0)
            Q_EMIT referenceActivated(number);
        else if (const QString address = ArticleRenderer::addressFromHref(href); !address.isEmpty())
            Q_EMIT linkActivated(address);
    });
    // (While a button is held down, selecting: the view handles the pointer's other moves, see hover().)
    connect(this, qOverload<const QUrl &>(&QTextBrowser::highlighted), this, [this](const QUrl &url) {
        m_hoveredLink = url.toString(QUrl::FullyEncoded);
        announceHoveredLink();
    });
}

void ReadingView::announceHoveredLink()
{
    if (m_hoveredLink.isEmpty())
        Q_EMIT linkHovered(QString());
    else if (const QString address = ArticleRenderer::addressFromHref(m_hoveredLink); !address.isEmpty())
        Q_EMIT linkHovered(escapeHiddenCharacters(address));
    else
        Q_EMIT linkHovered(hoverTargetFor(ArticleRenderer::referenceFromHref(m_hoveredLink)));
}

QString ReadingView::linkAt(QPointF position) const
{
    const auto *layout = qobject_cast<const ReadingLayout *>(document()->documentLayout());
    if (!layout)
        return anchorAt(position.toPoint());
    const QScrollBar *bar = horizontalScrollBar();
    const int left = isRightToLeft() ? bar->maximum() - bar->value() : bar->value(); // as QTextEdit maps it
    return layout->linkAt(position + QPointF(left, verticalScrollBar()->value()));
}

// What QTextBrowser does as the pointer moves with no button down, without its walks over the document:
// it asks where every block above the pointer is to find the link under it, and looks at every block
// for a checkbox (a millisecond or more a move far down a long article). The link comes from the
// layout's own look-up instead; the view has no checkboxes.
void ReadingView::hover(QPointF position)
{
    const QString anchor = linkAt(position);
    // As QTextBrowser gives it: its links are absolute, so the address written is the one it means.
    if (anchor != m_lastAnchor) {
        m_lastAnchorHref = anchor.isEmpty() ? QString() : QUrl(anchor).toString(QUrl::FullyEncoded);
        m_lastAnchor = anchor;
    }
    const QString &href = m_lastAnchorHref;
    if (href == m_hoveredLink)
        return;
    m_hoveredLink = href;
    // The pointing hand over links, as QTextBrowser shows it, and the cursor it replaced elsewhere.
    if (href.isEmpty()) {
        viewport()->setCursor(m_cursorOffLinks);
    } else {
        if (viewport()->cursor().shape() != Qt::PointingHandCursor)
            m_cursorOffLinks = viewport()->cursor();
        viewport()->setCursor(Qt::PointingHandCursor);
    }
    announceHoveredLink();
}

QString ReadingView::emptyText()
{
    return tr("Nothing to read yet.\nWhat is written in the editor shows here as you type.");
}

// An empty article says so in the middle of the view, in the muted grey the sidebar's lists use when
// they are empty (QTextEdit's placeholder would stand in the top corner, where the text starts).
void ReadingView::paintEvent(QPaintEvent *event)
{
    QTextBrowser::paintEvent(event);
    if (!document()->isEmpty())
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::Disabled, QPalette::WindowText));
    const int margin = fontMetrics().height();
    painter.drawText(viewport()->rect().adjusted(margin, margin, -margin, -margin),
        Qt::AlignCenter | Qt::TextWordWrap, emptyText());
}

QMimeData *ReadingView::createMimeDataFromSelection() const
{
    QMimeData *data = QTextBrowser::createMimeDataFromSelection();
    if (data && data->hasText()) {
        QString text = data->text();
        if (text.contains(QChar(ArticleRenderer::kLeftToRightIsolate))) {
            text.remove(QChar(ArticleRenderer::kLeftToRightIsolate));
            text.remove(QChar(ArticleRenderer::kPopDirectionalIsolate));
            data->setText(text);
        }
    }
    return data;
}

QVariant ReadingView::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(type);
    Q_UNUSED(name);
    return QVariant();
}

void ReadingView::setArticle(
    const Article &article, const QList<Diagnostic> &diagnostics, const ArticleChange *change)
{
    m_diagnostics = diagnostics;
    // Typing changes a paragraph or two: those are typeset again in place, the rest stays.
    const bool inPlace = updateInPlace(article, change);
    m_articleReleased = false;
    if (inPlace) {
        applyHighlight(false);
        return;
    }
    m_article = article;
    m_referenceIndexByNumber.clear();
    for (int i = 0; i < m_article.references.size(); ++i) {
        const Reference &reference = m_article.references.at(i);
        if (reference.hasValidNumber() && !m_referenceIndexByNumber.contains(reference.number))
            m_referenceIndexByNumber.insert(reference.number, i);
    }
    render();
}

void ReadingView::releaseArticle()
{
    m_article = Article();
    m_articleReleased = true;
}

void ReadingView::render()
{
    const int scroll = verticalScrollBar()->value();
    const auto *previous = qobject_cast<const ReadingLayout *>(document()->documentLayout());
    // Where the reader is: the block at the top of the view, and how far down it. The same block is
    // put there again, wherever the text above it now ends.
    int anchor = -1;
    qreal anchorOffset = 0;
    if (scroll > 0 && previous) {
        const QTextBlock top = document()->findBlock(previous->hitTest(QPointF(0, scroll), Qt::FuzzyHit));
        if (top.isValid()) {
            anchor = top.blockNumber();
            anchorOffset = scroll - previous->blockBoundingRect(top).top();
        }
    }
    m_renderTimer->stop();
    // A fresh, detached document: filling the one on screen would make the view re-lay it out as
    // it grows. Parented to the view so resource requests can only ever reach loadResource() here.
    auto *fresh = new QTextDocument(this);
    fresh->setDocumentMargin(0);
    auto *layout = new ReadingLayout(fresh);
    // Typeset again from much the same article (renumbered, a heading typed in), the blocks above the
    // reader and a screenful below take the heights they had until they are seen, and others a height
    // guessed from their length: finding the reader's place again then typesets the text above it
    // without laying it out. (At the top, there is nothing to find: the blocks are laid out as seen.)
    if (anchor >= 0)
        layout->reuseHeights(previous->heights(anchor + kReusedBelowReader));
    connect(layout, &ReadingLayout::heightAboveScreenChanged, this, &ReadingView::keepReaderInPlace);
    layout->setDecorations([this](const QTextBlock &block, QList<QTextLayout::FormatRange> *ranges) {
        decorateMarkers(block, ranges);
    });
    fresh->setDocumentLayout(layout);
    m_renderer = std::make_unique<ArticleRenderer>(ArticleRenderer::readingFont(font(), m_zoom), palette());
    m_shiftFrom = -1;
    m_shiftDelta = 0;
    m_unscrolled = 0;
    m_renderer->start(m_article, fresh, &m_markers, &m_paragraphs);
    m_renderer->renderMore(kFirstScreenText);
    m_measure = 0; // the font may have changed
    updatePageMargins(fresh);
    QTextDocument *old = document();
    setDocument(fresh);
    if (old && old->parent() == this)
        delete old;
    if (scroll > 0) {
        // The layout runs lazily; lay out (and typeset) just far enough for the reader's place to
        // exist again (asking where a block ends places everything before it).
        int target = scroll;
        if (anchor >= 0) {
            while (document()->blockCount() <= anchor + 1 && !m_renderer->isFinished())
                m_renderer->renderMore(kStepText);
            const QTextBlock top = document()->findBlockByNumber(anchor);
            if (top.isValid()) {
                layout->placeUpTo(anchor); // what is above the reader, laid out later
                target = qRound(layout->blockBoundingRect(top).top() + anchorOffset);
            }
        }
        const qreal needed = target + viewport()->height();
        qreal bottom = 0;
        QTextBlock block = document()->begin();
        QTextBlock measured;
        for (;;) {
            while (block.isValid()) {
                measured = block;
                bottom = layout->blockBottom(block);
                if (bottom >= needed)
                    break;
                for (int step = 0; step < 32 && block.isValid(); ++step)
                    block = block.next();
            }
            if (bottom >= needed || m_renderer->isFinished())
                break;
            m_renderer->renderMore(kStepText);
            block = measured.isValid() ? measured.next() : document()->begin();
        }
        if (!block.isValid()) // laid out to the end already, so the full size costs nothing more
            bottom = document()->size().height();
        const int reachable = qMax(0, qCeil(bottom) - viewport()->height());
        scrollToValue(qMin(target, reachable));
    }
    if (!m_renderer->isFinished())
        m_renderTimer->start();
    applyHighlight(false);
}

void ReadingView::renderNextChunk()
{
    if (!m_renderer || m_renderer->isFinished())
        return;
    // Markers typeset from here on have their final places; a pending shift must not reach them.
    applyPendingMarkerShift();
    if (!m_renderer->renderMore(-1, kStepNanoseconds))
        m_renderTimer->start();
}

void ReadingView::finishRendering()
{
    if (!m_renderer || m_renderer->isFinished())
        return;
    m_renderTimer->stop();
    applyPendingMarkerShift();
    m_renderer->renderMore(-1);
}

bool ReadingView::isRenderingFinished() const
{
    return !m_renderer || m_renderer->isFinished();
}

void ReadingView::applyPendingMarkerShift()
{
    if (m_shiftFrom < 0)
        return;
    for (qsizetype i = m_shiftFrom; i < m_markers.size(); ++i) {
        ArticleRenderer::MarkerPlace &place = m_markers[i];
        if (place.start < 0)
            continue;
        place.start += m_shiftDelta;
        place.end += m_shiftDelta;
        for (ArticleRenderer::MarkerNumber &number : place.numbers)
            number.position += m_shiftDelta;
    }
    m_shiftFrom = -1;
    m_shiftDelta = 0;
}

void ReadingView::updatePageMargins(QTextDocument *target)
{
    const QFont reading = ArticleRenderer::readingFont(font(), m_zoom);
    if (m_measure <= 0)
        m_measure = ArticleRenderer::measureWidth(reading);
    const qreal em = QFontMetricsF(reading).height();
    const qreal available = viewport()->width();
    const qreal side = qMax(em * 1.2, (available - m_measure) / 2);

    QTextFrame *root = (target ? target : document())->rootFrame();
    QTextFrameFormat format = root->frameFormat();
    if (qFuzzyCompare(format.leftMargin(), side) && qFuzzyCompare(format.rightMargin(), side)
        && format.topMargin() > 0)
        return;
    format.setLeftMargin(side);
    format.setRightMargin(side);
    format.setTopMargin(em * 1.6);
    format.setBottomMargin(em * 2.5);
    root->setFrameFormat(format);
}

void ReadingView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    updatePageMargins();
}

void ReadingView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    // Colours and fonts are baked into the document's formats, so a new palette means a new rendering.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        render();
}

void ReadingView::setZoom(qreal zoom)
{
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    m_zoom = zoom;
    render();
    updatePageMargins();
}

int ReadingView::markerCount() const
{
    const_cast<ReadingView *>(this)->finishRendering(); // a question about the whole article
    int count = 0;
    for (const ArticleRenderer::MarkerPlace &place : m_markers) {
        if (place.start >= 0)
            ++count;
    }
    return count;
}

QRect ReadingView::markerRect(int citationIndex, int numberIndex) const
{
    // The answer must not depend on how far the rendering got.
    auto *self = const_cast<ReadingView *>(this);
    self->finishRendering();
    self->applyPendingMarkerShift();
    if (citationIndex < 0 || citationIndex >= m_markers.size())
        return QRect();
    const ArticleRenderer::MarkerPlace &place = m_markers.at(citationIndex);
    if (numberIndex < 0 || numberIndex >= place.numbers.size())
        return QRect();
    const ArticleRenderer::MarkerNumber &number = place.numbers.at(numberIndex);

    const QTextBlock block = document()->findBlock(int(number.position));
    if (!block.isValid())
        return QRect();
    const auto *reading = qobject_cast<const ReadingLayout *>(document()->documentLayout());
    const QRectF blockRect
        = reading ? reading->laidOutBlockRect(block) : document()->documentLayout()->blockBoundingRect(block);
    const QTextLayout *layout = block.layout();
    const int start = int(number.position - block.position());
    const int end = int(start + number.length);
    const QTextLine line = layout->lineForTextPosition(start);
    if (!line.isValid())
        return QRect();
    const qreal x1 = line.cursorToX(start);
    const qreal x2 = line.cursorToX(end);
    QRectF rect(blockRect.left() + qMin(x1, x2), blockRect.top() + line.y(), qAbs(x2 - x1), line.height());
    rect.translate(-horizontalScrollBar()->value(), -verticalScrollBar()->value());
    return rect.toAlignedRect();
}

void ReadingView::revealSourcePosition(qsizetype position)
{
    const QList<Paragraph> &paragraphs = m_article.paragraphs;
    const auto after = std::upper_bound(paragraphs.cbegin(), paragraphs.cend(), position,
        [](qsizetype at, const Paragraph &paragraph) { return at < paragraph.span.start; });
    const qsizetype index = after - paragraphs.cbegin() - 1;
    // (Past its end, the text is no paragraph's: a heading, the reference list, the comments.)
    if (index >= 0 && position <= paragraphs.at(index).span.end() + 1) {
        if (index < m_paragraphs.size() && m_paragraphs.at(index).firstBlock >= 0)
            revealBlock(m_paragraphs.at(index).firstBlock);
        return;
    }
    // An entry of the reference list: typed in, it shows as its sources' list does.
    const QList<Reference> &references = m_article.references;
    const auto entry = std::upper_bound(references.cbegin(), references.cend(), position,
        [](qsizetype at, const Reference &reference) { return at < reference.span.start; });
    if (entry == references.cbegin() || position > (entry - 1)->span.end() + 1 || !m_renderer)
        return;
    const qsizetype entryIndex = entry - references.cbegin() - 1;
    if (entryIndex < m_article.referenceListSize())
        revealBlock(m_renderer->referenceEntryBlock(entryIndex));
}

// Scrolls block `number` into view, a third of the way down, unless a line of it shows already.
void ReadingView::revealBlock(int number)
{
    const QTextBlock block = number >= 0 ? document()->findBlockByNumber(number) : QTextBlock();
    if (!block.isValid())
        return;
    QScrollBar *bar = verticalScrollBar();
    const QRectF rect = document()->documentLayout()->blockBoundingRect(block);
    const QRect visible = viewport()->rect();
    const qreal top = rect.top() - bar->value();
    // In view as long as a line of it shows: the reader keeps their place while a paragraph grows.
    if (top + rect.height() > visible.top() && top < visible.bottom() - fontMetrics().lineSpacing())
        return;
    scrollToValue(bar->value() + int(top) - visible.height() / 3);
}

// Blocks above the screen, placed with estimated heights, were laid out and moved what it shows by
// `delta`: the view scrolls as much, so the reader's place stays where it was.
void ReadingView::keepReaderInPlace(qreal delta)
{
    m_unscrolled += delta;
    const int step = qRound(m_unscrolled);
    if (step == 0)
        return;
    m_unscrolled -= step;
    scrollToValue(verticalScrollBar()->value() + step);
    viewport()->update(); // what scrolling moved on screen had not moved in the document
}

void ReadingView::scrollContentsBy(int dx, int dy)
{
    QTextBrowser::scrollContentsBy(dx, dy);
    // Blocks laid out while idle before the next paint move what is shown from now on.
    if (auto *layout = qobject_cast<ReadingLayout *>(document()->documentLayout()); layout && dy != 0)
        layout->scrolledTo(verticalScrollBar()->value(), verticalScrollBar()->value() + viewport()->height());
}

// Laid out as far as a place asked for, the document may be taller than the view has learnt: it learns
// a new height only from a queued notification. The range is widened now, so the value is not clamped.
void ReadingView::scrollToValue(int value)
{
    QScrollBar *bar = verticalScrollBar();
    value = qMax(bar->minimum(), value);
    if (bar->maximum() < value)
        bar->setRange(bar->minimum(), value);
    bar->setValue(value);
}

void ReadingView::setLinkStatuses(const QHash<QString, QString> &statusTextByUrl)
{
    // Tooltips are built when shown, so the next hover already tells the new status.
    m_linkStatuses = statusTextByUrl;
}

const Reference *ReadingView::referenceFor(qint64 number) const
{
    const auto it = m_referenceIndexByNumber.constFind(number);
    return it == m_referenceIndexByNumber.cend() ? nullptr : &m_article.references.at(*it);
}

QString ReadingView::hoverTargetFor(qint64 number) const
{
    const Reference *reference = referenceFor(number);
    if (!reference)
        return tr("[%1] has no matching reference").arg(number);
    if (reference->url.isEmpty())
        return tr("Reference %1 has no address").arg(number);
    return escapeHiddenCharacters(reference->url);
}

QString ReadingView::toolTipFor(qint64 number) const
{
    const Reference *reference = referenceFor(number);
    QString html = u"<p style='white-space:pre-wrap; margin:0'>"_s;
    if (!reference) {
        html += tr("<b>[%1]</b> No reference with this number: this marker is dangling.").arg(number);
        return html + u"</p>"_s;
    }
    const UrlAssessment url = assessUrl(reference->url);
    html += u"<b>[%1]</b>"_s.arg(number);
    if (!url.displayHost.isEmpty())
        html += u"&nbsp;&nbsp;<b>%1</b>"_s.arg(url.displayHost.toHtmlEscaped());
    if (!reference->url.isEmpty())
        html += u"<br>"_s + url.displayUrl.toHtmlEscaped();
    else
        html += u"<br><i>"_s + tr("No address").toHtmlEscaped() + u"</i>"_s;
    if (!reference->label.isEmpty())
        html
            += u"<br><i>"_s + escapeHiddenCharacters(shownText(reference->label)).toHtmlEscaped() + u"</i>"_s;
    const auto status = m_linkStatuses.constFind(reference->url);
    if (status != m_linkStatuses.cend() && !status->isEmpty())
        html += u"<br>"_s + tr("Link check: %1").arg(status->toHtmlEscaped());
    else if (!reference->url.isEmpty()) // as the References panel says it
        html += u"<br><i>"_s + tr("Link not checked").toHtmlEscaped() + u"</i>"_s;
    return html + u"</p>"_s;
}

QString ReadingView::toolTipForAddress(const QString &address)
{
    // The host in ASCII first, as a marker's tooltip and the confirmation before opening show it: a
    // look-alike letter from another script ("exаmple.com") would make the address read as another.
    const UrlAssessment url = assessUrl(address);
    QString html = u"<p style='white-space:pre-wrap; margin:0'>"_s;
    if (!url.displayHost.isEmpty())
        html += u"<b>%1</b><br>"_s.arg(url.displayHost.toHtmlEscaped());
    return html + url.displayUrl.toHtmlEscaped() + u"</p>"_s;
}

// Ctrl+Home and Ctrl+End go to the start and the end of the article, as in a browser (QTextBrowser
// knows only Home and End for it).
void ReadingView::keyPressEvent(QKeyEvent *event)
{
    const bool toStart = event->matches(QKeySequence::MoveToStartOfDocument);
    if (toStart || event->matches(QKeySequence::MoveToEndOfDocument)) {
        verticalScrollBar()->triggerAction(
            toStart ? QAbstractSlider::SliderToMinimum : QAbstractSlider::SliderToMaximum);
        event->accept();
        return;
    }
    QTextBrowser::keyPressEvent(event);
}

bool ReadingView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString href = linkAt(help->pos());
        const qint64 number = ArticleRenderer::referenceFromHref(href);
        const QString address = ArticleRenderer::addressFromHref(href);
        if (number != 0)
            QToolTip::showText(help->globalPos(), toolTipFor(number), viewport());
        else if (!address.isEmpty()) // the real target, whatever the link's text says
            QToolTip::showText(help->globalPos(), toolTipForAddress(address), viewport());
        else
            QToolTip::hideText();
        return true;
    }
    if (event->type() == QEvent::MouseMove) {
        const auto *move = static_cast<QMouseEvent *>(event);
        if (move->buttons() == Qt::NoButton) {
            hover(move->position());
            return true;
        }
    }
    if (event->type() == QEvent::Leave) {
        // (Qt says nothing when the pointer leaves from a link.) It may come back anywhere.
        if (!m_hoveredLink.isEmpty())
            viewport()->setCursor(m_cursorOffLinks);
        m_hoveredLink.clear();
        Q_EMIT linkHovered(QString());
    }
    if (event->type() == QEvent::Paint) {
        if (auto *layout = qobject_cast<ReadingLayout *>(document()->documentLayout())) {
            const qreal top = verticalScrollBar()->value();
            layout->keepOnScreen(top, top + viewport()->height());
        }
    }
    return QTextBrowser::viewportEvent(event);
}

} // namespace Citewise
