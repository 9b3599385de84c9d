// Icons made when they are first shown. Most of the window's icons (menus, context menus, the
// Problems list's severities) are never painted in a session, and making one ahead of time costs
// real start-up time: a bundled SVG is parsed once just to check it, a drawn icon is painted at
// every size it might be shown at.
#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace Citewise {

// A filled (or, for placeholders, hollow) coloured circle, drawn at the size and scale it is shown at.
QIcon circleIcon(const QColor &color, bool hollow = false);

// The icon in the file at `path` (a bundled resource), read when it is first shown.
QIcon fileIconOnDemand(const QString &path);

} // namespace Citewise
