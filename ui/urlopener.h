// The single service through which Citewise opens URLs: web addresses go straight to the browser,
// anything else is confirmed first.
#pragma once

#include <QObject>
#include <QUrl>

class QWidget;

namespace Citewise {

class UrlOpener : public QObject
{
    Q_OBJECT
public:
    explicit UrlOpener(QObject *parent = nullptr);

    // http/https with a plain host: launched directly. Anything else (other schemes, hidden characters,
    // look-alike hosts, unparsable text): confirm() first. Returns true when the URL was launched;
    // launchFailed() tells a URL the system had nothing to open with from one the user declined.
    bool open(const QString &url, QWidget *parent);

Q_SIGNALS:
    void launched(const QUrl &url);
    void launchFailed(const QUrl &url);

protected:
    virtual bool launch(const QUrl &url); // QDesktopServices::openUrl
    virtual bool confirm(const QString &url, QWidget *parent); // modal UrlConfirmDialog
};

} // namespace Citewise
