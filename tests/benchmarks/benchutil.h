// Small helpers shared by the benchmark programs: reading a file, the clock, peak memory.
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>

#include <sys/resource.h>
#include <time.h>

namespace Citewise::Bench {

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

// The system's monotonic clock in milliseconds: printed at first paint, so the caller that launched
// the program can measure from the launch (library loading included) rather than from main().
inline double monotonicMs()
{
    timespec now {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

inline long peakRssKb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace Citewise::Bench
