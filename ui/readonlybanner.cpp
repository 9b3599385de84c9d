#include "readonlybanner.h"

#include <QEvent>

#include <limits>

using namespace Qt::StringLiterals;

namespace Citewise {

ReadOnlyBanner::ReadOnlyBanner(QWidget *parent) : QLabel(parent)
{
    setObjectName(u"readOnlyBanner"_s);
    setAccessibleName(tr("Read-only notice"));
    setWordWrap(true);
    setMargin(8);
    hide();
    if (parent)
        parent->installEventFilter(this); // (its height decides too)
}

void ReadOnlyBanner::setReason(const QString &reason)
{
    // Styled when first given a reason: a style sheet costs half a millisecond at start-up, where the
    // banner is almost never needed.
    if (styleSheet().isEmpty())
        setStyleSheet(u"#readOnlyBanner { background: #fff4ce; color: #3b2f00;"
                      " border-bottom: 1px solid #e0c060; }"_s);
    m_reason = reason;
    setAccessibleDescription(reason);
    setShortened(needsShortening());
}

bool ReadOnlyBanner::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        fit();
    return QLabel::eventFilter(watched, event);
}

void ReadOnlyBanner::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    fit();
}

void ReadOnlyBanner::fit()
{
    if (!m_reason.isEmpty() && needsShortening() != m_shortened)
        setShortened(!m_shortened);
}

bool ReadOnlyBanner::needsShortening() const
{
    if (!parentWidget())
        return false;
    // The whole notice wrapped to the banner's width (the bold words measured as plain, near enough).
    const int width = qMax(1, contentsRect().width() - 2 * margin());
    const QString plain = tr("Read-only.") + u' ' + m_reason;
    const int needed
        = fontMetrics()
              .boundingRect(QRect(0, 0, width, std::numeric_limits<int>::max() / 2), Qt::TextWordWrap, plain)
              .height()
        + 2 * margin();
    return needed > parentWidget()->height() / 3;
}

void ReadOnlyBanner::setShortened(bool shortened)
{
    m_shortened = shortened;
    setText(shortened ? tr("<b>Read-only.</b>") : tr("<b>Read-only.</b> %1").arg(m_reason.toHtmlEscaped()));
    setToolTip(shortened ? m_reason : QString());
}

} // namespace Citewise
