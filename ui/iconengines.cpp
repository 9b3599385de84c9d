#include "iconengines.h"

#include "rastericons.h"

#include <QApplication>
#include <QFile>
#include <QIconEngine>
#include <QPainter>
#include <QPixmap>
#include <QPixmapCache>
#include <QStyle>
#include <QStyleOption>
#include <QSvgRenderer>
#include <functional>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

// Q_INIT_RESOURCE has to be used outside a namespace.
static void initCitewiseResources()
{
    Q_INIT_RESOURCE(citewise);
}

namespace Citewise {

void initResources()
{
    // The resources live in this static library, whose initializer the linker would otherwise drop.
    static const bool initialized = (initCitewiseResources(), true);
    Q_UNUSED(initialized);
}

QIcon themeIcon(const QString &name)
{
    initResources();
    const QString bundled = u":/icons/"_s + name + u".svg"_s;
    return QIcon::fromTheme(name, QFile::exists(bundled) ? svgIconOnDemand(bundled) : QIcon());
}

namespace {

// An icon drawn into pixmaps on request, at the size and scale it is shown at, and kept in
// QPixmapCache like Qt's own engines do: list views ask for a row's icon at every repaint.
class DrawnIconEngine : public QIconEngine
{
public:
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const QSize size = actualSize(rect.size(), mode, state);
        if (size.isEmpty())
            return;
        const QRect target(
            rect.topLeft() + QPoint((rect.width() - size.width()) / 2, (rect.height() - size.height()) / 2),
            size);
        const qreal scale = painter->device()->devicePixelRatio();
        painter->drawPixmap(target, scaledPixmap((QSizeF(size) * scale).toSize(), mode, state, scale));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    // `size` is in device pixels already (QIcon::pixmap() scales it).
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        const QSize device = actualSize(size, mode, state);
        if (device.isEmpty())
            return {};
        const bool ownSelectedLook = mode == QIcon::Selected && hasSelectedLook();
        const QString cacheKey
            = u"citewise-%1-%2-%3x%4-%5-%6"_s.arg(key(), cacheName())
                  .arg(device.width())
                  .arg(device.height())
                  .arg(int(mode))
                  .arg(ownSelectedLook ? QApplication::palette().color(QPalette::HighlightedText).rgba() : 0);
        QPixmap pixmap;
        if (QPixmapCache::find(cacheKey, &pixmap))
            return pixmap;
        QImage image = ownSelectedLook ? QImage() : drawnAhead(device);
        if (image.isNull()) {
            image = QImage(device, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            QPainter painter(&image);
            if (ownSelectedLook)
                drawSelected(&painter, device);
            else
                draw(&painter, device);
        }
        pixmap = QPixmap::fromImage(std::move(image));
        if (mode != QIcon::Normal && !ownSelectedLook) {
            // Disabled and selected looks come from the style, as for any other icon.
            QStyleOption option;
            option.palette = QApplication::palette();
            pixmap = QApplication::style()->generatedIconPixmap(mode, pixmap, &option);
        }
        pixmap.setDevicePixelRatio(scale);
        QPixmapCache::insert(cacheKey, pixmap);
        return pixmap;
    }

protected:
    // Tells this icon from the others of its kind in the pixmap cache.
    virtual QString cacheName() const = 0;
    // Draws the icon filling `size` (device pixels) of a transparent image.
    virtual void draw(QPainter *painter, const QSize &size) = 0;
    // Whether the icon draws its own look on a selected row (drawSelected()), where the style's would
    // leave it the highlight's colour.
    virtual bool hasSelectedLook() const { return false; }
    virtual void drawSelected(QPainter *painter, const QSize &size) { draw(painter, size); }
    // The icon at `size` (device pixels) when it was drawn ahead, else a null image.
    virtual QImage drawnAhead(const QSize &size)
    {
        Q_UNUSED(size);
        return {};
    }
};

// A filled (or, for placeholders, hollow) coloured circle.
class CircleIconEngine final : public DrawnIconEngine
{
public:
    CircleIconEngine(const QColor &color, bool hollow) : m_color(color), m_hollow(hollow) { }

    QIconEngine *clone() const override { return new CircleIconEngine(*this); }
    QString key() const override { return u"CitewiseCircle"_s; }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const int side = qMin(size.width(), size.height());
        return {side, side};
    }

protected:
    QString cacheName() const override { return u"%1-%2"_s.arg(m_color.rgba()).arg(int(m_hollow)); }

    void draw(QPainter *painter, const QSize &size) override
    {
        painter->setRenderHint(QPainter::Antialiasing);
        const qreal side = size.width();
        painter->setPen(QPen(m_color.darker(130), side / 8.0));
        painter->setBrush(m_hollow ? QBrush(Qt::NoBrush) : QBrush(m_color));
        const qreal margin = side / 6.0;
        painter->drawEllipse(QRectF(margin, margin, side - 2 * margin, side - 2 * margin));
    }

    // On a selected row, on a disc of the highlighted text's colour: a grey ring on the highlight
    // (a status not checked yet, a source never cited) was all but invisible.
    bool hasSelectedLook() const override { return true; }
    void drawSelected(QPainter *painter, const QSize &size) override
    {
        painter->setRenderHint(QPainter::Antialiasing);
        const qreal side = size.width();
        painter->setPen(Qt::NoPen);
        painter->setBrush(QApplication::palette().color(QPalette::Active, QPalette::HighlightedText));
        const qreal halo = side / 16.0;
        painter->drawEllipse(QRectF(halo, halo, side - 2 * halo, side - 2 * halo));
        draw(painter, size);
    }

private:
    QColor m_color;
    bool m_hollow;
};

// An SVG file, shown from the pixels drawn ahead when Citewise was built (rastericons.h), or read
// when the icon is first measured or painted at another size and drawn with Qt SVG itself. Qt's
// own SVG icon engine is a plugin, found by listing and loading the icon engine plugins, and it
// reads each file twice: to check it when the icon is made, and to draw it.
class SvgFileIconEngine final : public DrawnIconEngine
{
public:
    explicit SvgFileIconEngine(const QString &path) : m_path(path) { }

    QIconEngine *clone() const override { return new SvgFileIconEngine(*this); }
    QString key() const override { return u"CitewiseSvgFile"_s; }
    // Asked by buttons and menus to lay out their text, long before the icon is painted: the files
    // are the application's own resources, not read for that.
    bool isNull() override { return m_renderer && !m_renderer->isValid(); }

    // The picture's own proportions, as large as fits.
    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        if (!m_natural.isValid()) {
            m_natural = rasterIconNaturalSize(m_path);
            if (!m_natural.isValid())
                m_natural = renderer().defaultSize();
        }
        QSize natural = m_natural;
        if (natural.isEmpty())
            return {};
        natural.scale(size, Qt::KeepAspectRatio);
        return natural;
    }

protected:
    QString cacheName() const override { return m_path; }
    void draw(QPainter *painter, const QSize &size) override
    {
        renderer().render(painter, QRectF(QPointF(), QSizeF(size)));
    }
    QImage drawnAhead(const QSize &size) override { return rasterIcon(m_path, size); }

private:
    QSvgRenderer &renderer()
    {
        if (!m_renderer)
            m_renderer = std::make_shared<QSvgRenderer>(m_path);
        return *m_renderer;
    }

    QString m_path;
    QSize m_natural; // the picture's own size, once asked for (from the table of icons drawn ahead)
    std::shared_ptr<QSvgRenderer> m_renderer; // shared by the icon's copies, which draw the same file
};

// Stands in for an icon until something asks what it looks like, then makes it once.
class IconOnDemandEngine final : public QIconEngine
{
public:
    explicit IconOnDemandEngine(std::function<QIcon()> make) : m_make(std::move(make)) { }

    QIconEngine *clone() const override { return new IconOnDemandEngine(*this); }
    QString key() const override { return u"CitewiseOnDemand"_s; }
    // Asked by buttons and menus to lay out their text, long before the icon is painted: the icons
    // made on demand are the style's standard icons, which it has.
    bool isNull() override { return m_icon && m_icon->isNull(); }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, mode, state);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        return icon().pixmap((QSizeF(size) / scale).toSize(), scale, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }

private:
    const QIcon &icon()
    {
        if (!m_icon)
            m_icon = m_make();
        return *m_icon;
    }

    std::function<QIcon()> m_make;
    std::optional<QIcon> m_icon;
};

} // namespace

QIcon circleIcon(const QColor &color, bool hollow)
{
    return QIcon(new CircleIconEngine(color, hollow));
}

QIcon iconOnDemand(std::function<QIcon()> make)
{
    return QIcon(new IconOnDemandEngine(std::move(make)));
}

QIcon svgIconOnDemand(const QString &path)
{
    return QIcon(new SvgFileIconEngine(path));
}

} // namespace Citewise
