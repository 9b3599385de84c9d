#include "benchmarkrun.h"

#include "articledocument.h"
#include "bodyeditor.h"
#include "mainwindow.h"
#include "readingview.h"
#include "referencespanel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace Citewise {

namespace {

long peakRssKb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// How long the first paint may take before the measurement gives up.
constexpr std::chrono::minutes kPaintTimeout(2);

// Waits until each widget has received a paint event.
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(const QList<QWidget *> &widgets) : m_pending(widgets)
    {
        for (QWidget *w : widgets)
            w->installEventFilter(this);
    }
    bool done() const { return m_pending.isEmpty(); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_pending.removeOne(static_cast<QWidget *>(watched)))
            watched->removeEventFilter(this);
        return false;
    }

private:
    QList<QWidget *> m_pending;
};

// Everything that follows an edit, done now: the analysis, the views and sidebar updated, the reading
// view typeset to the end (it goes on in steps while idle, which must not count as consistent), and
// all that changed on screen painted (the widgets' pending update requests are delivered).
void settle(MainWindow &window)
{
    window.document()->analyseNow();
    window.readingView()->finishRendering();
    QCoreApplication::sendPostedEvents();
}

// The monotonic clock, so the program that launched this one can measure from the launch.
double monotonicMs()
{
    timespec now {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double percentile95(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(std::min<qsizetype>(values.size() - 1, values.size() * 95 / 100));
}

// A position in the middle of the body: inside the middle paragraph, away from its markers.
int middleOfBody(const ArticleDocument &document)
{
    const Article &article = document.article();
    QList<Paragraph> body;
    for (const Paragraph &p : article.paragraphs) {
        if (!p.afterReferences)
            body.append(p);
    }
    if (body.isEmpty())
        return document.textDocument()->characterCount() / 2;
    const Paragraph &p = body.at(body.size() / 2);
    return int(p.span.start + p.span.length / 2);
}

} // namespace

int runBenchmark(const QString &path, bool openOnly, const QElapsedTimer &sinceStart)
{
    // Settings, recent files and recovery copies go to a separate location: measuring must not
    // change the user's own.
    QStandardPaths::setTestModeEnabled(true);
    // As the application does: the window is shown, then the file opened, before anything is painted.
    MainWindow window;
    window.resize(1280, 800);
    // The sidebar shows its table, or a note when the article has no references: the panel is
    // painted either way, and its content with it.
    FirstPaint painted(
        {window.readingView()->viewport(), window.editor()->viewport(), window.referencesPanel()});
    window.show();
    QString error;
    if (!window.loadFile(path, &error)) {
        std::fprintf(stderr, "citewise: cannot open %s: %s\n", qPrintable(path), qPrintable(error));
        return 2;
    }
    // A measurement that cannot finish says so instead of waiting for ever.
    bool gaveUp = false;
    QTimer::singleShot(kPaintTimeout, &window, [&gaveUp] { gaveUp = true; });
    while (!painted.done() && !gaveUp)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    if (!painted.done()) {
        std::fprintf(stderr, "citewise: the window was not painted within %lld seconds\n",
            qint64(std::chrono::duration_cast<std::chrono::seconds>(kPaintTimeout).count()));
        return 3;
    }
    const qint64 firstPaint = sinceStart.elapsed();
    const double firstPaintClock = monotonicMs();

    QJsonObject result;
    result.insert(u"bytes"_s, double(window.document()->loadedBytes().size()));
    result.insert(u"open_to_first_paint_ms"_s, double(firstPaint));
    result.insert(u"first_paint_clock_ms"_s, firstPaintClock);

    if (!openOnly) {
        settle(window);
        BodyEditor *editor = window.editor();
        QTextCursor cursor(editor->document());
        cursor.setPosition(middleOfBody(*window.document()));
        editor->setTextCursor(cursor);
        editor->setFocus();
        QList<double> latencies;
        const QString typed = u"Typing into the middle of the article, one key."_s.leftJustified(50, u'x');
        for (const QChar c : typed) {
            QElapsedTimer t;
            t.start();
            QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
            QCoreApplication::sendEvent(editor, &press);
            settle(window);
            latencies.append(t.nsecsElapsed() / 1e6);
        }
        QElapsedTimer t;
        t.start();
        window.document()->renumberCitations(false);
        settle(window);
        result.insert(u"edit_latency_ms_median"_s, median(latencies));
        result.insert(u"edit_latency_ms_p95"_s, percentile95(latencies));
        result.insert(u"renumber_ms"_s, t.nsecsElapsed() / 1e6);
    }
    result.insert(u"peak_rss_kb"_s, double(peakRssKb()));
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    window.document()->setModified(false); // nothing to ask on the way out
    return 0;
}

} // namespace Citewise
