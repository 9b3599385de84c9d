// Asks before Citewise opens a link that is not a plain web address, showing where it really leads.
#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Citewise {

class UrlConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UrlConfirmDialog(const QString &url, QWidget *parent = nullptr);

    QString displayedHost() const; // ASCII (punycode) host, empty when the URL has none
    QString displayedUrl() const; // the full URL with hidden characters shown as <U+XXXX>
    QString warningText() const;
    QPushButton *openButton() const { return m_openButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }

private:
    QLabel *m_hostLabel = nullptr;
    QLabel *m_warningLabel = nullptr;
    QPlainTextEdit *m_urlView = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QString m_host;
};

} // namespace Citewise
