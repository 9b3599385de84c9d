// The application's style: the desktop's own (or the one chosen with -style), with the icons of
// buttons that are rarely shown made when they are first painted.
#pragma once

#include <QProxyStyle>

namespace Citewise {

class ApplicationStyle final : public QProxyStyle
{
    Q_OBJECT

public:
    ApplicationStyle();

    // Every tool bar and the menu bar make an extension button for when their items do not fit,
    // and its icon with it: reading that file is the first image read at start-up, and Qt lists and
    // inspects all its image format plugins for it. Here the icon is read when first painted.
    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
        const QWidget *widget = nullptr) const override;
};

} // namespace Citewise
