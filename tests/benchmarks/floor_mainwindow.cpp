// Baseline: a minimal QMainWindow with a menu and a status bar, shown until its first paint.
#include "benchutil.h"
#include "paintwatcher.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QTimer>
#include <cstdio>

int main(int argc, char **argv)
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    QMainWindow window;
    window.menuBar()->addMenu(QStringLiteral("File"));
    auto *label = new QLabel(QStringLiteral("Hello"));
    window.setCentralWidget(label);
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.resize(1280, 800);
    Citewise::Bench::PaintWatcher watcher({label}, [&] {
        std::printf("{\"open_to_first_paint_ms\":%lld,\"first_paint_clock_ms\":%.3f,\"peak_rss_kb\":%ld}\n",
            clock.elapsed(), Citewise::Bench::monotonicMs(), Citewise::Bench::peakRssKb());
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    });
    window.show();
    return app.exec();
}
