// The application's style: the desktop's own (or the one chosen with -style), with the icons of
// buttons that are rarely shown made when they are first painted, and tool bars, scroll bars and
// header sections drawn in bands that Qt's raster engine does not hand to its thread pool.
#pragma once

#include <QProxyStyle>

namespace Citewise {

class ApplicationStyle final : public QProxyStyle
{
    Q_OBJECT

public:
    // `base` (owned), or the desktop's style when null.
    explicit ApplicationStyle(QStyle *base = nullptr);

    // Every tool bar and the menu bar make an extension button for when their items do not fit,
    // and its icon with it: reading that file is the first image read at start-up, and Qt lists and
    // inspects all its image format plugins for it. Here the icon is read when first painted.
    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
        const QWidget *widget = nullptr) const override;

    // Fusion draws a tool bar a band at a time, each band clipped to fewer than 96 pixels along
    // the bar. Qt 6.4's raster engine draws a translucent line pixel by pixel and splits every 96
    // pixels or more of it into tasks for its thread pool, then waits for them: Fusion's bevel
    // lines across a main tool bar as wide as the window were sixty such tasks before the first
    // paint, each a hand-over to another thread and back. Its wide table header sections are drawn
    // in bands too (see drawHeaderSectionInBands()). They look the same: tst_applicationstyle
    // compares their pixels with Fusion's own. On a scaled screen, and with other base styles, the
    // base style draws alone.
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
        const QWidget *widget = nullptr) const override;
    // Fusion's tall scroll bars, whose fills and edges reach the pool the same way, are drawn a
    // band of the bar at a time, each in an image of its own (see drawScrollBarInBands()).
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
        const QWidget *widget = nullptr) const override;

private:
    bool drawHeaderSectionInBands(const QStyleOption *option, QPainter *painter, const QWidget *widget) const;
    bool drawScrollBarInBands(
        const QStyleOptionComplex *option, QPainter *painter, const QWidget *widget) const;
};

} // namespace Citewise
