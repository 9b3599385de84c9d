#include "textzoom.h"

#include <QAbstractScrollArea>
#include <QWheelEvent>
#include <QWidget>

namespace Citewise {

TextZoom::TextZoom(QObject *parent) : QObject(parent)
{ }

void TextZoom::addWidget(QWidget *widget, std::function<void(qreal)> setZoom)
{
    m_widgets.append({widget, widget->font(), std::move(setZoom)});
    if (auto *area = qobject_cast<QAbstractScrollArea *>(widget))
        area->viewport()->installEventFilter(this);
    if (m_steps != 0)
        apply(m_widgets.constLast());
}

void TextZoom::setSteps(int steps)
{
    steps = qBound(kMinSteps, steps, kMaxSteps);
    if (steps == m_steps)
        return;
    m_steps = steps;
    for (const Zoomed &zoomed : std::as_const(m_widgets)) {
        if (zoomed.widget)
            apply(zoomed);
    }
    emit stepsChanged(m_steps);
}

void TextZoom::apply(const Zoomed &zoomed) const
{
    const qreal factor = percent() / 100.0;
    if (zoomed.setZoom) {
        zoomed.setZoom(factor);
        return;
    }
    if (m_steps == 0) {
        // Back to the font it inherits, so that a new system font still reaches it.
        zoomed.widget->setFont(QFont());
        return;
    }
    QFont font = zoomed.base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(zoomed.base.pointSizeF() * factor);
    else
        font.setPixelSize(qMax(1, qRound(zoomed.base.pixelSize() * factor)));
    zoomed.widget->setFont(font);
}

bool TextZoom::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Wheel)
        return QObject::eventFilter(watched, event);
    auto *wheel = static_cast<QWheelEvent *>(event);
    if (!(wheel->modifiers() & Qt::ControlModifier))
        return false;
    // A step a notch (120 eighths of a degree); what a touchpad gives in smaller deltas adds up to one.
    m_wheelDelta += wheel->angleDelta().y();
    const int notches = m_wheelDelta / QWheelEvent::DefaultDeltasPerStep;
    m_wheelDelta -= notches * QWheelEvent::DefaultDeltasPerStep;
    if (notches != 0)
        setSteps(m_steps + notches);
    return true; // the text widget's own zoom would change one view only, and not back with Ctrl+0
}

} // namespace Citewise
