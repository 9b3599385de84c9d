// The window's icons: status circles, bundled pictures drawn when first shown, and those drawn ahead
// at the usual sizes.
#include "iconengines.h"
#include "rastericons.h"
#include "statusicons.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QPainter>
#include <QSvgRenderer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Citewise;

class TestIcons : public QObject
{
    Q_OBJECT
private slots:
    void statusIconsShowOnSelectedRows();
    void iconsAreMadeWhenShown();
    void iconsDrawnAheadAreTheirPictures();
};

// On a selected row the style tints an icon with the highlight: a grey ring (not checked, never cited)
// vanished in it. The status icons stand on a disc of the highlighted text's colour there.
void TestIcons::statusIconsShowOnSelectedRows()
{
    const QColor onHighlight = QApplication::palette().color(QPalette::Active, QPalette::HighlightedText);
    const auto centre = [](const QIcon &icon, QIcon::Mode mode) {
        const QImage image = icon.pixmap(QSize(16, 16), 1.0, mode).toImage();
        return image.pixelColor(image.width() / 2, image.height() / 2);
    };
    // A ring: filled with that colour when selected, empty otherwise.
    const QColor hollow = centre(statusIcon(u"unchecked"_s), QIcon::Selected);
    QVERIFY2(qAbs(hollow.lightness() - onHighlight.lightness()) < 40 && hollow.alpha() > 200,
        qPrintable(hollow.name(QColor::HexArgb)));
    QCOMPARE(centre(statusIcon(u"unchecked"_s), QIcon::Normal).alpha(), 0);
    // A disc keeps its own colour, untinted by the highlight.
    for (const QString &status : {u"unused"_s, u"ok"_s})
        QCOMPARE(centre(statusIcon(status), QIcon::Selected), centre(statusIcon(status), QIcon::Normal));
}

void TestIcons::iconsAreMadeWhenShown()
{
    // A circle is drawn at the size and scale asked for, in its colour at the centre.
    const QColor red(0xd3, 0x2f, 0x2f);
    const QIcon circle = circleIcon(red);
    QVERIFY(!circle.isNull());
    for (const qreal scale : {1.0, 2.0}) {
        const QPixmap pixmap = circle.pixmap(QSize(20, 20), scale);
        QCOMPARE(pixmap.size(), QSize(20, 20) * scale);
        QCOMPARE(pixmap.devicePixelRatio(), scale);
        const QImage image = pixmap.toImage();
        QCOMPARE(image.pixelColor(image.width() / 2, image.height() / 2), red);
        QCOMPARE(image.pixelColor(0, 0).alpha(), 0);
    }
    // Disabled looks come from the style: not the colour itself.
    const QImage disabled = circle.pixmap(QSize(20, 20), QIcon::Disabled).toImage();
    QVERIFY(disabled.pixelColor(10, 10) != red);
    // Hollow circles leave the centre empty.
    QCOMPARE(circleIcon(red, true).pixmap(QSize(24, 24)).toImage().pixelColor(12, 12).alpha(), 0);

    // A bundled icon is read when first shown, and then shows the file.
    initResources();
    const QIcon bundled = svgIconOnDemand(u":/icons/edit-copy.svg"_s);
    QVERIFY(!bundled.isNull());
    for (const qreal scale : {1.0, 2.0}) {
        const QPixmap shown = bundled.pixmap(QSize(24, 24), scale);
        QCOMPARE(shown.size(), QSize(24, 24) * scale);
        QCOMPARE(shown.devicePixelRatio(), scale);
        QCOMPARE(shown.toImage(), QIcon(u":/icons/edit-copy.svg"_s).pixmap(QSize(24, 24), scale).toImage());
        // Disabled, as the style makes it from the picture.
        QCOMPARE(bundled.pixmap(QSize(24, 24), scale, QIcon::Disabled).toImage(),
            QIcon(u":/icons/edit-copy.svg"_s).pixmap(QSize(24, 24), scale, QIcon::Disabled).toImage());
    }
    // Painted centred in the rectangle given, at the picture's proportions.
    QImage canvas(40, 30, QImage::Format_ARGB32_Premultiplied);
    canvas.fill(Qt::transparent);
    {
        QPainter painter(&canvas);
        bundled.paint(&painter, QRect(0, 0, 40, 30));
    }
    QCOMPARE(canvas.copy(5, 0, 30, 30), bundled.pixmap(QSize(30, 30)).toImage());
    QCOMPARE(canvas.pixelColor(2, 15).alpha(), 0);
    QVERIFY(svgIconOnDemand(u":/icons/no-such-icon.svg"_s).pixmap(QSize(24, 24)).isNull());
}

// Every bundled icon is drawn ahead at the usual sizes, and what was drawn is the picture in its SVG
// file as Qt SVG draws it now.
void TestIcons::iconsDrawnAheadAreTheirPictures()
{
    initResources();
    const QStringList files = QDir(u":/icons"_s).entryList({u"*.svg"_s});
    QVERIFY(files.size() > 10);
    for (const QString &file : files) {
        const QString path = u":/icons/"_s + file;
        for (const int side : {16, 24, 32, 48})
            QVERIFY2(!rasterIcon(path, QSize(side, side)).isNull(), qPrintable(path));
    }
    QCOMPARE(kRasterIconCount, files.size() * 5);
    for (int i = 0; i < kRasterIconCount; ++i) {
        const RasterIcon &entry = kRasterIcons[i];
        const QString path = QString::fromUtf16(entry.path);
        QSvgRenderer renderer(path);
        QCOMPARE(QSize(entry.naturalWidth, entry.naturalHeight), renderer.defaultSize());
        const QSize size(entry.width, entry.height);
        QImage expected(size, QImage::Format_ARGB32_Premultiplied);
        expected.fill(Qt::transparent);
        {
            QPainter painter(&expected);
            renderer.render(&painter, QRectF(QPointF(), QSizeF(size)));
        }
        QCOMPARE(rasterIcon(path, size), expected);
        QCOMPARE(svgIconOnDemand(path).pixmap(size).toImage(), expected);
    }
    QVERIFY(rasterIcon(u":/icons/edit-copy.svg"_s, QSize(17, 17)).isNull());
    QVERIFY(!rasterIconNaturalSize(u":/icons/no-such-icon.svg"_s).isValid());
}

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
