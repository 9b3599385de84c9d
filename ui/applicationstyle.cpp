#include "applicationstyle.h"

#include "iconengines.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPointer>
#include <QStyleOption>
#include <QWidget>

namespace Citewise {

namespace {

// Pixels of a band: fewer than the 96 from which Qt's raster engine hands a fill or a line to its
// thread pool, with room for the pixels its line stroker goes past a clip.
constexpr int kBand = 64;

// Calls draw() once per band of `rect` along `orientation`, the painter clipped to the band; once,
// unclipped, when the rect fits one band.
template<typename Draw>
void drawInBands(QPainter *painter, const QRect &rect, Qt::Orientation orientation, Draw &&draw)
{
    const int length = orientation == Qt::Horizontal ? rect.width() : rect.height();
    if (length <= kBand) {
        draw();
        return;
    }
    for (int from = 0; from < length; from += kBand) {
        const int size = qMin(kBand, length - from);
        const QRect band = orientation == Qt::Horizontal
            ? QRect(rect.left() + from, rect.top(), size, rect.height())
            : QRect(rect.left(), rect.top() + from, rect.width(), size);
        painter->save();
        painter->setClipRect(band, Qt::IntersectClip);
        draw();
        painter->restore();
    }
}

} // namespace

ApplicationStyle::ApplicationStyle(QStyle *base) : QProxyStyle(base)
{ }

QIcon ApplicationStyle::standardIcon(
    StandardPixmap icon, const QStyleOption *option, const QWidget *widget) const
{
    if (icon != SP_ToolBarHorizontalExtensionButton && icon != SP_ToolBarVerticalExtensionButton)
        return QProxyStyle::standardIcon(icon, option, widget);
    // The arrow points the way the items overflow, which depends on the layout direction then.
    const Qt::LayoutDirection direction = option ? option->direction
        : widget                                 ? widget->layoutDirection()
                                                 : QGuiApplication::layoutDirection();
    return iconOnDemand([base = QPointer<QStyle>(baseStyle()), icon, direction] {
        if (!base)
            return QIcon();
        QStyleOption made;
        made.direction = direction;
        return base->standardIcon(icon, &made);
    });
}

void ApplicationStyle::drawControl(
    ControlElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const
{
    if (element != CE_ToolBar || !option) {
        QProxyStyle::drawControl(element, option, painter, widget);
        return;
    }
    const Qt::Orientation along = (option->state & State_Horizontal) ? Qt::Horizontal : Qt::Vertical;
    drawInBands(
        painter, option->rect, along, [&] { QProxyStyle::drawControl(element, option, painter, widget); });
}

} // namespace Citewise
