// Icons made when they are first shown. Most of the window's icons (menus, context menus, the
// Problems list's severities) are never painted in a session, and making one ahead of time costs
// real start-up time: a bundled SVG is parsed once just to check it, a drawn icon is painted at
// every size it might be shown at.
#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

#include <functional>

namespace Citewise {

// A filled (or, for placeholders, hollow) coloured circle, drawn at the size and scale it is shown at.
QIcon circleIcon(const QColor &color, bool hollow = false);

// Registers the bundled resources (icons) of this library; safe to call repeatedly.
void initResources();

// A theme icon with the bundled one (":/icons/<name>.svg", read when first shown) as fallback for
// desktops without a theme; a null icon when neither has it.
QIcon themeIcon(const QString &name);

// The icon `make` returns, made when the icon is first painted or measured.
QIcon iconOnDemand(std::function<QIcon()> make);

// The icon in the SVG file at `path` (a bundled resource), read when it is first shown and drawn
// with Qt SVG.
QIcon svgIconOnDemand(const QString &path);

} // namespace Citewise
