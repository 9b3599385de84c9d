#include "iconengines.h"

#include <QApplication>
#include <QFile>
#include <QIconEngine>
#include <QPainter>
#include <QPixmap>
#include <QPixmapCache>
#include <QStyle>
#include <QStyleOption>
#include <functional>
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
    return QIcon::fromTheme(name, QFile::exists(bundled) ? fileIconOnDemand(bundled) : QIcon());
}

namespace {

// Draws the circle into pixmaps on request, kept in QPixmapCache like Qt's own engines do: list
// views ask for a row's icon at every repaint.
class CircleIconEngine final : public QIconEngine
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

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const QSize size = actualSize(rect.size(), mode, state);
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
        const QString cacheKey = u"citewise-circle-%1-%2-%3-%4"_s.arg(m_color.rgba())
                                     .arg(int(m_hollow))
                                     .arg(device.width())
                                     .arg(int(mode));
        QPixmap pixmap;
        if (QPixmapCache::find(cacheKey, &pixmap))
            return pixmap;
        pixmap = QPixmap(device);
        pixmap.fill(Qt::transparent);
        {
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            const qreal side = device.width();
            painter.setPen(QPen(m_color.darker(130), side / 8.0));
            painter.setBrush(m_hollow ? QBrush(Qt::NoBrush) : QBrush(m_color));
            const qreal margin = side / 6.0;
            painter.drawEllipse(QRectF(margin, margin, side - 2 * margin, side - 2 * margin));
        }
        if (mode != QIcon::Normal) {
            // Disabled and selected looks come from the style, as for any other icon.
            QStyleOption option;
            option.palette = QApplication::palette();
            pixmap = QApplication::style()->generatedIconPixmap(mode, pixmap, &option);
        }
        pixmap.setDevicePixelRatio(scale);
        QPixmapCache::insert(cacheKey, pixmap);
        return pixmap;
    }

private:
    QColor m_color;
    bool m_hollow;
};

// Stands in for an icon until something asks what it looks like, then makes it once.
class IconOnDemandEngine final : public QIconEngine
{
public:
    explicit IconOnDemandEngine(std::function<QIcon()> make) : m_make(std::move(make)) { }

    QIconEngine *clone() const override { return new IconOnDemandEngine(*this); }
    QString key() const override { return u"CitewiseOnDemand"_s; }
    // Asked by buttons and menus to lay out their text, long before the icon is painted: the icons
    // made on demand are the application's own resources and the style's standard icons.
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

QIcon fileIconOnDemand(const QString &path)
{
    if (path.isEmpty())
        return {};
    return iconOnDemand([path] { return QIcon(path); });
}

} // namespace Citewise
