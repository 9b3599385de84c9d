#include "buttonmnemonics.h"

#include <QAbstractButton>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace Citewise {

void giveButtonsMnemonics(QMessageBox &box)
{
    const QList<QAbstractButton *> buttons = box.buttons();
    QString used;
    for (const QAbstractButton *button : buttons) {
        const QString text = button->text();
        const qsizetype amp = text.indexOf(u'&');
        if (amp >= 0 && amp + 1 < text.size() && text.at(amp + 1) != u'&')
            used += text.at(amp + 1).toLower();
    }
    for (QAbstractButton *button : buttons) {
        QString text = button->text();
        if (text.contains(u'&'))
            continue;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i).toLower();
            if (c.isLetterOrNumber() && !used.contains(c)) {
                used += c;
                text.insert(i, u'&');
                button->setText(text);
                break;
            }
        }
    }
}

} // namespace Citewise
