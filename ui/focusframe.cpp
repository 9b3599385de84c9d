#include "focusframe.h"

#include <QApplication>
#include <QEvent>
#include <QPainter>

namespace Citewise {

namespace {
constexpr int kWidth = 2;
}

FocusFrame *FocusFrame::install(QWidget *pane)
{
    return new FocusFrame(pane);
}

FocusFrame::FocusFrame(QWidget *pane) : QWidget(pane), m_pane(pane)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    hide();
    pane->installEventFilter(this);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { follow(now); });
}

void FocusFrame::follow(QWidget *focused)
{
    const bool inside = focused && (focused == m_pane || m_pane->isAncestorOf(focused));
    if (inside == isVisible())
        return;
    if (inside) {
        setGeometry(m_pane->rect());
        raise();
    }
    setVisible(inside);
}

bool FocusFrame::eventFilter(QObject *watched, QEvent *event)
{
    // The pane's own children (a scroll area's viewport and bars) are laid out after it is resized.
    if (watched == m_pane && event->type() == QEvent::Resize && isVisible())
        setGeometry(m_pane->rect());
    return QWidget::eventFilter(watched, event);
}

void FocusFrame::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    QPen pen(palette().color(QPalette::Highlight), kWidth);
    pen.setJoinStyle(Qt::MiterJoin);
    painter.setPen(pen);
    painter.drawRect(QRectF(rect()).adjusted(kWidth / 2.0, kWidth / 2.0, -kWidth / 2.0, -kWidth / 2.0));
}

} // namespace Citewise
