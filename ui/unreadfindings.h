// The window's findings of citations written in forms not read as markers ("viability.2,3", "(2).",
// superscripts, full-width brackets): unreadCitationDiagnostics() reads the whole article, too much for
// every key in a large one, so it runs when typing pauses, and the findings follow the text between.
#pragma once

#include "articleupdate.h"
#include "diagnostic.h"
#include "unreadcitations.h"

#include <QList>
#include <QObject>
#include <QTimer>

namespace Citewise {

struct Article;

class UnreadFindings : public QObject
{
    Q_OBJECT
public:
    explicit UnreadFindings(QObject *parent = nullptr);

    // An analysis took `change`: the findings before it stay, those after it move with the text, those
    // on the lines it touched go until the article is read again, which is scheduled.
    void follow(const ArticleChange &change);
    const QList<Diagnostic> &findings() const { return m_findings; }
    // The entries those findings cite (see describeUnreadCites()), followed with the text alike.
    const UnreadCites &cites() const { return m_cites; }

    // Reads `article` now; returns whether the findings changed.
    bool read(const Article &article);

    static constexpr int kDelayMs = 400;

Q_SIGNALS:
    void readDue(); // typing paused: the owner calls read() with the article as it is

private:
    QList<Diagnostic> m_findings;
    UnreadCites m_cites;
    QTimer m_timer;
};

} // namespace Citewise
