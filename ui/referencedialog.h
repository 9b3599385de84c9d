// Asks for a reference's number, URL and label, for adding a new entry or editing an existing one.
// OK stays disabled until the number is free and the URL is a usable web address.
#pragma once

#include <QDialog>
#include <QSet>

#include <functional>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Citewise {

class ReferenceDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReferenceDialog(QWidget *parent = nullptr);

    void setNumber(qint64 number);
    void setUrl(const QString &url);
    // The address the entry being edited has: accepted as it stands, whatever its scheme ("ftp://…",
    // which lint only warns of), so that its number or label can be changed alone.
    void setExistingUrl(const QString &url);
    void setLabel(const QString &label);
    // Numbers of the other entries: a duplicate number is refused.
    void setUsedNumbers(const QSet<qint64> &numbers);

    qint64 number() const;
    QString url() const; // trimmed
    QString label() const; // simplified to one line

    // Why the input cannot be accepted, empty when it can.
    QString validationError() const;
    // Asked on OK before the dialog closes, for a choice the caller wants confirmed: false keeps the
    // dialog open with what the user typed, so it can be put right rather than typed again.
    void setConfirmation(std::function<bool()> confirm) { m_confirm = std::move(confirm); }
    void accept() override;

    QSpinBox *numberEdit() const { return m_number; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *labelEdit() const { return m_label; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void validate();

    QSpinBox *m_number;
    QLineEdit *m_url;
    QLineEdit *m_label;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QSet<qint64> m_usedNumbers;
    std::optional<QString> m_existingUrl;
    std::function<bool()> m_confirm;
};

} // namespace Citewise
