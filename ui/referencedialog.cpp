#include "referencedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

#include <limits>

using namespace Qt::StringLiterals;

namespace Citewise {

ReferenceDialog::ReferenceDialog(QWidget *parent)
    : QDialog(parent)
    , m_number(new QSpinBox(this))
    , m_url(new QLineEdit(this))
    , m_label(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Reference"));
    m_number->setRange(1, std::numeric_limits<int>::max());
    m_number->setAccessibleName(tr("Reference number"));
    m_url->setPlaceholderText(tr("https://…"));
    m_url->setAccessibleName(tr("Reference URL"));
    m_label->setPlaceholderText(tr("Optional description"));
    m_label->setAccessibleName(tr("Reference label"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Validation message"));
    m_message->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Number:"), m_number);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("&Label:"), m_label);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_number, &QSpinBox::valueChanged, this, &ReferenceDialog::validate);
    connect(m_url, &QLineEdit::textChanged, this, &ReferenceDialog::validate);
    m_url->setFocus();
    validate();
    resize(520, sizeHint().height());
}

void ReferenceDialog::setNumber(qint64 number)
{
    m_number->setValue(int(std::clamp<qint64>(number, 1, std::numeric_limits<int>::max())));
}

void ReferenceDialog::setUrl(const QString &url)
{
    m_url->setText(url);
}

void ReferenceDialog::setExistingUrl(const QString &url)
{
    if (!url.trimmed().isEmpty())
        m_existingUrl = url.trimmed();
    m_url->setText(url);
}

void ReferenceDialog::setLabel(const QString &label)
{
    m_label->setText(label);
}

void ReferenceDialog::setUsedNumbers(const QSet<qint64> &numbers)
{
    m_usedNumbers = numbers;
    validate();
}

qint64 ReferenceDialog::number() const
{
    return m_number->value();
}

QString ReferenceDialog::url() const
{
    return m_url->text().trimmed();
}

QString ReferenceDialog::label() const
{
    return m_label->text().simplified();
}

QString ReferenceDialog::validationError() const
{
    if (m_usedNumbers.contains(number()))
        return tr("Another reference already has number %1.").arg(number());
    const QString u = url();
    if (m_existingUrl && u == *m_existingUrl)
        return {};
    if (u.isEmpty())
        return tr("Enter the address of the source.");
    for (QChar c : u) {
        if (c.isSpace())
            return tr("The address must not contain spaces.");
    }
    const QUrl parsed(u, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || (scheme != u"http" && scheme != u"https"))
        return tr("Enter a web address starting with http:// or https://.");
    if (parsed.host().isEmpty())
        return tr("The address has no host name.");
    return {};
}

void ReferenceDialog::accept()
{
    if (m_confirm && !m_confirm())
        return;
    QDialog::accept();
}

void ReferenceDialog::validate()
{
    const QString error = validationError();
    // An empty field is not an error worth shouting about; just keep OK disabled.
    m_message->setText(url().isEmpty() && !m_usedNumbers.contains(number()) ? QString() : error);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
}

} // namespace Citewise
