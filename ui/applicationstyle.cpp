#include "applicationstyle.h"

#include "iconengines.h"

#include <QGuiApplication>
#include <QImage>
#include <QPaintDevice>
#include <QPainter>
#include <QPointer>
#include <QStyleOption>
#include <QWidget>

#include <cmath>

namespace Citewise {

namespace {

// Pixels of a band: fewer than the 96 from which Qt's raster engine hands a fill or a line to its
// thread pool, with room for the pixels its line stroker goes past a clip.
constexpr int kBand = 64;

// Bands are drawn where a pixel is a device pixel, on the painter's device and in the pictures the
// base style keeps (made for the application's screens). On a scaled screen the base style draws
// alone: there its lines and fills do not always fall on the same device pixels a band at a time.
bool paintsDevicePixels(const QPainter *painter)
{
    return painter->device() && qFuzzyCompare(painter->device()->devicePixelRatio(), 1.0)
        && qFuzzyCompare(qApp->devicePixelRatio(), 1.0);
}

// Calls draw() once per band of `rect` along `orientation`, the painter clipped to the band; once,
// unclipped, when the rect fits one band or bands are not drawn (paintsDevicePixels()).
template<typename Draw>
void drawInBands(QPainter *painter, const QRect &rect, Qt::Orientation orientation, Draw &&draw)
{
    const int length = orientation == Qt::Horizontal ? rect.width() : rect.height();
    if (length <= kBand || !paintsDevicePixels(painter)) {
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
    // Fusion draws a tool bar within the clip it is given (other styles may not, and are left alone).
    if (element == CE_ToolBar && option && baseStyle()->name() == QLatin1String("fusion")) {
        const Qt::Orientation along = (option->state & State_Horizontal) ? Qt::Horizontal : Qt::Vertical;
        drawInBands(painter, option->rect, along,
            [&] { QProxyStyle::drawControl(element, option, painter, widget); });
        return;
    }
    if (element == CE_HeaderSection && drawHeaderSectionInBands(option, painter, widget))
        return;
    QProxyStyle::drawControl(element, option, painter, widget);
}

bool ApplicationStyle::drawHeaderSectionInBands(
    const QStyleOption *option, QPainter *painter, const QWidget *widget) const
{
    // Fusion draws a section in a picture of its size, which a clip cannot cut. Its look is the same
    // in every column but for the separator at the right end of a section followed by another: the
    // section is drawn as narrow sections side by side, all but the rightmost as sections without
    // a separator, the rightmost with the section's own place in the header.
    const auto *header = qstyleoption_cast<const QStyleOptionHeader *>(option);
    if (!header || header->orientation != Qt::Horizontal || header->rect.width() <= kBand
        || !paintsDevicePixels(painter) || baseStyle()->name() != QLatin1String("fusion"))
        return false;
    const auto *headerV2 = qstyleoption_cast<const QStyleOptionHeaderV2 *>(option);
    QStyleOptionHeaderV2 part;
    if (headerV2)
        part = *headerV2;
    else
        static_cast<QStyleOptionHeader &>(part) = *header;
    const QRect &rect = header->rect;
    for (int right = rect.right() + 1; right > rect.left(); right -= kBand) {
        const int left = qMax(rect.left(), right - kBand);
        part.rect = QRect(left, rect.top(), right - left, rect.height());
        part.position = right > rect.right() ? header->position : QStyleOptionHeader::OnlyOneSection;
        QProxyStyle::drawControl(CE_HeaderSection, &part, painter, widget);
    }
    return true;
}

void ApplicationStyle::drawComplexControl(
    ComplexControl control, const QStyleOptionComplex *option, QPainter *painter, const QWidget *widget) const
{
    if (control != CC_ScrollBar || !drawScrollBarInBands(option, painter, widget))
        QProxyStyle::drawComplexControl(control, option, painter, widget);
}

bool ApplicationStyle::drawScrollBarInBands(
    const QStyleOptionComplex *option, QPainter *painter, const QWidget *widget) const
{
    // Fusion sets a clip of its own inside a scroll bar, so each band is drawn in an image of its
    // own, whose edges clip as surely. Its bars start with an opaque fill of the whole bar (unless
    // they are transient), so what is then drawn over it in the image is what would have been drawn
    // over it in place, and the image covers what it is drawn on. Fusion draws a pixel or two past
    // the bar's edge, which the images leave out: only a bar painted on its own widget, which clips
    // them the same, is drawn in bands. Only vertical bars: a horizontal one is too low for a fill
    // to reach 96 rows, and cutting the outlines along it moves the corners of a translucent
    // rectangle by a pixel.
    const auto *bar = qstyleoption_cast<const QStyleOptionSlider *>(option);
    if (!bar || bar->orientation != Qt::Vertical || bar->rect.height() <= kBand || bar->rect.width() <= 0
        || bar->rect.width() > kBand || !paintsDevicePixels(painter) || !widget || painter->device() != widget
        || bar->rect != widget->rect() || baseStyle()->name() != QLatin1String("fusion")
        || baseStyle()->styleHint(SH_ScrollBar_Transient, option, widget) || !bar->palette.button().isOpaque()
        || painter->opacity() < 1.0 || painter->compositionMode() != QPainter::CompositionMode_SourceOver)
        return false;
    // Moved by whole pixels, each band lands on whole pixels.
    const QTransform &moved = painter->transform();
    const auto whole = [](qreal v) { return qFuzzyIsNull(v - std::round(v)); };
    if (moved.type() > QTransform::TxTranslate || !whole(moved.dx()) || !whole(moved.dy()))
        return false;

    const QRect &rect = bar->rect;
    for (int from = 0; from < rect.height(); from += kBand) {
        const QRect band(rect.left(), rect.top() + from, rect.width(), qMin(kBand, rect.height() - from));
        QImage image(band.size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter bandPainter(&image);
            bandPainter.setRenderHints(painter->renderHints());
            bandPainter.translate(-band.topLeft());
            QProxyStyle::drawComplexControl(CC_ScrollBar, option, &bandPainter, widget);
        }
        // An image drawn without scaling is blended row by row in place, not in tasks.
        painter->drawImage(band.topLeft(), image);
    }
    return true;
}

} // namespace Citewise
