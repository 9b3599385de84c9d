#include "applicationstyle.h"

#include "iconengines.h"

#include <QGuiApplication>
#include <QPointer>
#include <QStyleOption>
#include <QWidget>

namespace Citewise {

ApplicationStyle::ApplicationStyle() = default;

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

} // namespace Citewise
