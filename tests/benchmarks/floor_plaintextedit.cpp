// Baseline: the same bytes in a bare QPlainTextEdit, shown until its first paint.
#include "benchutil.h"
#include "paintwatcher.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QTimer>
#include <cstdio>

int main(int argc, char **argv)
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    if (argc < 2)
        return 2;
    const QByteArray bytes = Citewise::Bench::readAll(QString::fromLocal8Bit(argv[1]));
    QPlainTextEdit edit;
    edit.setPlainText(QString::fromUtf8(bytes));
    edit.resize(1280, 800);
    Citewise::Bench::PaintWatcher watcher({edit.viewport()}, [&] {
        std::printf("{\"bytes\":%lld,\"open_to_first_paint_ms\":%lld,\"first_paint_clock_ms\":%.3f,"
                    "\"peak_rss_kb\":%ld}\n",
            qint64(bytes.size()), clock.elapsed(), Citewise::Bench::monotonicMs(),
            Citewise::Bench::peakRssKb());
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    });
    edit.show();
    return app.exec();
}
