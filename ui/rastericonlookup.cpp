#include "rastericons.h"

#include <QByteArray>

#include <cstring>

namespace Citewise {

namespace {

const RasterIcon *findRasterIcon(QStringView path, const QSize &size)
{
    for (int i = 0; i < kRasterIconCount; ++i) {
        const RasterIcon &icon = kRasterIcons[i];
        if ((!size.isValid() || (icon.width == size.width() && icon.height == size.height()))
            && path == QStringView(icon.path))
            return &icon;
    }
    return nullptr;
}

} // namespace

QSize rasterIconNaturalSize(QStringView path)
{
    const RasterIcon *icon = findRasterIcon(path, QSize());
    return icon ? QSize(icon->naturalWidth, icon->naturalHeight) : QSize();
}

QImage rasterIcon(QStringView path, const QSize &size)
{
    const RasterIcon *icon = findRasterIcon(path, size);
    if (!icon)
        return {};
    const QByteArray pixels = qUncompress(icon->data, icon->dataSize);
    QImage image(icon->width, icon->height, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull() || pixels.size() != image.sizeInBytes())
        return {};
    std::memcpy(image.bits(), pixels.constData(), size_t(pixels.size()));
    return image;
}

} // namespace Citewise
