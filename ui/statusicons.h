// Icons for statuses and severities, drawn in code so the sidebar needs no image files; a theme icon wins
// when the desktop provides one.
#pragma once

#include "diagnostic.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace Citewise {

// The theme icon `themeName`, else a circle of `fallback` colour.
QIcon themedIcon(const QString &themeName, const QColor &fallback);
QIcon severityIcon(Diagnostic::Severity severity);
// Reference and link statuses: "unchecked", "ok", "unused", "duplicate", "invalid-url", "missing",
// "broken", ….
QIcon statusIcon(const QString &statusName);

} // namespace Citewise
