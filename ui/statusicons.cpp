#include "statusicons.h"

#include "iconengines.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Citewise {

QIcon themedIcon(const QString &themeName, const QColor &fallback)
{
    if (QIcon::hasThemeIcon(themeName))
        return QIcon::fromTheme(themeName);
    return circleIcon(fallback);
}

QIcon severityIcon(Diagnostic::Severity severity)
{
    switch (severity) {
    case Diagnostic::Severity::Error:
        return themedIcon(u"dialog-error"_s, QColor(0xd3, 0x2f, 0x2f));
    case Diagnostic::Severity::Warning:
        return themedIcon(u"dialog-warning"_s, QColor(0xf5, 0xa6, 0x23));
    case Diagnostic::Severity::Info:
        break;
    }
    return themedIcon(u"dialog-information"_s, QColor(0x1e, 0x88, 0xe5));
}

QIcon statusIcon(const QString &statusName)
{
    // Icons are cached: the model asks for them on every repaint.
    static QHash<QString, QIcon> cache;
    const auto it = cache.constFind(statusName);
    if (it != cache.constEnd())
        return *it;
    QIcon icon;
    if (statusName == u"ok")
        icon = circleIcon(QColor(0x43, 0xa0, 0x47)); // green only for a link that answered
    else if (statusName == u"unchecked" || statusName == u"blocked" || statusName == u"private-address"
        || statusName == u"rate-limited")
        icon = circleIcon(QColor(0x9e, 0x9e, 0x9e), true); // not checked: neither good nor bad
    else if (statusName == u"unused")
        icon = circleIcon(QColor(0x9e, 0x9e, 0x9e));
    else if (statusName == u"missing")
        icon = circleIcon(QColor(0xd3, 0x2f, 0x2f), true);
    else if (statusName == u"duplicate" || statusName == u"redirected" || statusName == u"warning")
        icon = circleIcon(QColor(0xf5, 0xa6, 0x23));
    else if (statusName == u"checking")
        icon = circleIcon(QColor(0x1e, 0x88, 0xe5), true);
    else
        icon = circleIcon(QColor(0xd3, 0x2f, 0x2f)); // invalid-url, broken, timeout and other failures
    cache.insert(statusName, icon);
    return icon;
}

} // namespace Citewise
