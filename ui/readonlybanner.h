// The notice above the editor of an article opened read-only, saying why.
#pragma once

#include <QLabel>

namespace Citewise {

// Shows "Read-only." and the reason, wrapped, on a warm background. Where the editor's area is too
// small for the whole reason (more than a third of its height), it shows "Read-only." alone and keeps
// the reason in its tooltip: clipped, it ended mid-sentence.
class ReadOnlyBanner : public QLabel
{
    Q_OBJECT
public:
    explicit ReadOnlyBanner(QWidget *parent);

    void setReason(const QString &reason);
    QString reason() const { return m_reason; }
    // Whether the reason is left out for want of room (and is in the tooltip).
    bool isShortened() const { return m_shortened; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fit();
    bool needsShortening() const;
    void setShortened(bool shortened); // the text, whole or shortened, and the tooltip

    QString m_reason;
    bool m_shortened = false;
};

} // namespace Citewise
