// Small helpers shared by the benchmark programs: reading a file, peak memory, waiting for a paint.
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QObject>
#include <QWidget>

#include <sys/resource.h>

namespace Citewise::Bench {

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

inline long peakRssKb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

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
