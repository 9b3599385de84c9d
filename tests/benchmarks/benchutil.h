// Small helpers shared by the benchmark programs: reading a file, peak memory.
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>

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

} // namespace Citewise::Bench
