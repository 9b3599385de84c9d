#include "urlopener.h"

#include "urlconfirmdialog.h"
#include "urlsafety.h"

#include <QDesktopServices>

namespace Citewise {

UrlOpener::UrlOpener(QObject *parent) : QObject(parent)
{ }

bool UrlOpener::open(const QString &url, QWidget *parent)
{
    const UrlAssessment assessment = assessUrl(url);
    if (!assessment.opensDirectly()) {
        if (!confirm(url, parent))
            return false;
        // Confirmed, but there is still nothing a browser could be given (no scheme to dispatch on).
        if (!assessment.url.isValid() || assessment.scheme.isEmpty())
            return false;
    }
    if (!launch(assessment.url)) {
        Q_EMIT launchFailed(assessment.url);
        return false;
    }
    Q_EMIT launched(assessment.url);
    return true;
}

bool UrlOpener::launch(const QUrl &url)
{
    return QDesktopServices::openUrl(url);
}

bool UrlOpener::confirm(const QString &url, QWidget *parent)
{
    UrlConfirmDialog dialog(url, parent);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace Citewise
