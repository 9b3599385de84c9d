#include "onscreenblocks.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

namespace Citewise {

void OnScreenBlocks::show(const QTextDocument *document, int first, int last)
{
    for (QTextBlock block = document->findBlockByNumber(first);
         block.isValid() && block.blockNumber() <= last; block = block.next())
        block.layout()->setCacheEnabled(true);
    constexpr int kMostMoved = 256;
    const int moved = qMin(qAbs(document->blockCount() - m_blockCount), kMostMoved);
    LayoutDataReleaser releaser;
    if (m_first <= m_last) {
        for (int number = qMax(0, m_first - moved); number <= m_last + moved; ++number) {
            if (number >= first && number <= last)
                continue;
            const QTextBlock gone = document->findBlockByNumber(number);
            if (!gone.isValid())
                break;
            releaser.release(gone);
        }
    }
    m_first = first;
    m_last = last;
    m_blockCount = document->blockCount();
}

// QTextLayout frees its data when it is drawn with its cache off; drawn clipped to a rectangle above all
// its lines, it draws nothing and keeps its lines.
void LayoutDataReleaser::release(const QTextBlock &block)
{
    if (!m_painter) {
        m_scratch = QImage(1, 1, QImage::Format_ARGB32_Premultiplied);
        m_painter.emplace(&m_scratch);
    }
    QTextLayout *layout = block.layout();
    layout->setCacheEnabled(false);
    layout->draw(&*m_painter, QPointF(), {}, QRectF(0, layout->position().y() - 1e7, 1, 1));
}

} // namespace Citewise
