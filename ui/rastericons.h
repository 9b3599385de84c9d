// The bundled SVG icons drawn ahead, when Citewise is built (resources/rastericons.cpp), at the sizes
// tool bars, menus and lists ask for at single and double scale: showing them costs no SVG reading or
// drawing while the window starts. Other sizes are drawn from the SVG when asked for.
#pragma once

#include <QImage>
#include <QSize>
#include <QStringView>

namespace Citewise {

struct RasterIcon
{
    const char16_t *path; // the bundled SVG, ":/icons/<name>.svg"
    int naturalWidth; // the SVG's own size
    int naturalHeight;
    int width; // the pixels'
    int height;
    const unsigned char *data; // premultiplied ARGB32, compressed with qCompress()
    int dataSize;
};
extern const RasterIcon kRasterIcons[];
extern const int kRasterIconCount;

// The SVG's own size, or an invalid size when the icon at `path` was not drawn ahead.
QSize rasterIconNaturalSize(QStringView path);
// The icon at `path` drawn at `size` (device pixels), or a null image when it was not drawn ahead at
// that size.
QImage rasterIcon(QStringView path, const QSize &size);

} // namespace Citewise
