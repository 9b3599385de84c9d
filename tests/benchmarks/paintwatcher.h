// Reports when every watched widget has been painted once: "first paint" in the benchmarks.
#pragma once

#include <QEvent>
#include <QObject>
#include <QWidget>

#include <functional>

namespace Citewise::Bench {

// Reports when every watched widget has been painted once.
class PaintWatcher : public QObject
{
public:
    explicit PaintWatcher(QList<QWidget *> widgets, std::function<void()> done)
        : m_pending(std::move(widgets)), m_done(std::move(done))
    {
        for (QWidget *w : std::as_const(m_pending))
            w->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_pending.removeOne(static_cast<QWidget *>(watched))) {
            watched->removeEventFilter(this);
            if (m_pending.isEmpty() && m_done)
                std::exchange(m_done, nullptr)();
        }
        return false;
    }

private:
    QList<QWidget *> m_pending;
    std::function<void()> m_done;
};

} // namespace Citewise::Bench
