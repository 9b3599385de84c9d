#include "iconengines.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPixmap>
#include <QPixmapCache>
#include <QStyle>
#include <QStyleOption>
#include <optional>

using namespace Qt::StringLiterals;

namespace Citewise {

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

// Stands in for the icon of a file until something asks what it looks like.
class FileIconOnDemandEngine final : public QIconEngine
{
public:
    explicit FileIconOnDemandEngine(const QString &path) : m_path(path) { }

    QIconEngine *clone() const override { return new FileIconOnDemandEngine(*this); }
    QString key() const override { return u"CitewiseFileOnDemand"_s; }
    // Asked by buttons and menus to lay out their text, long before the icon is painted. The files
    // are the application's own resources.
    bool isNull() override { return m_icon ? m_icon->isNull() : m_path.isEmpty(); }

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
            m_icon = QIcon(m_path);
        return *m_icon;
    }

    QString m_path;
    std::optional<QIcon> m_icon;
};

} // namespace

QIcon circleIcon(const QColor &color, bool hollow)
{
    return QIcon(new CircleIconEngine(color, hollow));
}

QIcon fileIconOnDemand(const QString &path)
{
    return QIcon(new FileIconOnDemandEngine(path));
}

} // namespace Citewise
