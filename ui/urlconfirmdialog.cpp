#include "urlconfirmdialog.h"

#include "urlsafety.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Citewise {

static QString concernText(const UrlAssessment &a)
{
    using Concern = UrlAssessment::Concern;
    switch (a.concern) {
    case Concern::None:
        break;
    case Concern::Unparsable:
        return UrlConfirmDialog::tr("This is not a complete web address. Opening it may do something "
                                    "other than show a web page.");
    case Concern::NonWebScheme:
        return UrlConfirmDialog::tr("This link does not lead to a web page: it uses \"%1:\", which may "
                                    "run a program, open a local file or trigger an action.")
            .arg(a.scheme);
    case Concern::HiddenCharacters:
        return UrlConfirmDialog::tr("This link contains invisible or direction-changing characters "
                                    "(shown as <U+…>) that can disguise where it leads.");
    case Concern::UserInfo:
        return UrlConfirmDialog::tr("This link contains a user name before the host; the site it opens is "
                                    "the host shown above, not the name in front of the \"@\".");
    case Concern::InternationalHost:
        return UrlConfirmDialog::tr("The host uses non-Latin or accented letters and may imitate another "
                                    "site. Its real name is shown above.");
    }
    return QString();
}

UrlConfirmDialog::UrlConfirmDialog(const QString &url, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Open Link?"));
    setAccessibleName(tr("Confirm opening a link"));
    setModal(true);

    const UrlAssessment assessment = assessUrl(url);
    m_host = assessment.displayHost;

    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    icon->setAlignment(Qt::AlignTop);

    auto *heading = new QLabel(tr("<b>Open this link?</b>"), this);
    heading->setTextFormat(Qt::RichText);

    m_hostLabel = new QLabel(m_host.isEmpty() ? tr("(none)") : m_host, this);
    m_hostLabel->setTextFormat(Qt::PlainText);
    m_hostLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hostLabel->setAccessibleName(tr("Host"));
    QFont hostFont = m_hostLabel->font();
    hostFont.setBold(true);
    m_hostLabel->setFont(hostFont);

    // A text box, not a label: long URLs must wrap anywhere and stay selectable.
    m_urlView = new QPlainTextEdit(assessment.displayUrl, this);
    m_urlView->setReadOnly(true);
    m_urlView->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_urlView->setWordWrapMode(QTextOption::WrapAnywhere);
    m_urlView->setTabChangesFocus(true);
    m_urlView->setAccessibleName(tr("Full address"));
    m_urlView->setFixedHeight(m_urlView->fontMetrics().lineSpacing() * 4 + 12);

    m_warningLabel = new QLabel(concernText(assessment), this);
    m_warningLabel->setTextFormat(Qt::PlainText);
    m_warningLabel->setWordWrap(true);
    m_warningLabel->setAccessibleName(tr("Warning"));

    auto *form = new QFormLayout;
    form->addRow(tr("Host:"), m_hostLabel);
    form->addRow(tr("Address:"), m_urlView);

    auto *buttons = new QDialogButtonBox(this);
    m_openButton = buttons->addButton(tr("Open"), QDialogButtonBox::AcceptRole);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setText(tr("Cancel"));
    m_openButton->setAutoDefault(false);
    m_openButton->setDefault(false);
    m_cancelButton->setAutoDefault(true);
    m_cancelButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(heading);
    text->addWidget(m_warningLabel);
    text->addLayout(form);

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(text, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);

    m_cancelButton->setFocus();
    resize(520, sizeHint().height());
}

QString UrlConfirmDialog::displayedHost() const
{
    return m_host;
}

QString UrlConfirmDialog::displayedUrl() const
{
    return m_urlView->toPlainText();
}

QString UrlConfirmDialog::warningText() const
{
    return m_warningLabel->text();
}

} // namespace Citewise
