// The engine alone: decoding bytes versus decoding + parsing + analysing, and renumbering, as medians.
//
//   bench_engine FILE [RUNS]                 medians of RUNS (default 7) in memory used before
//   bench_engine --fresh=decode|engine FILE  one run in the process's fresh memory, as when a file is
//                                            opened (page faults included)
#include "articleio.h"
#include "benchutil.h"
#include "diagnostic.h"
#include "renumber.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstdio>

namespace {

template<typename F> double medianMs(int runs, F &&f)
{
    QList<double> samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        samples.append(t.nsecsElapsed() / 1e6);
    }
    std::sort(samples.begin(), samples.end());
    return samples.at(samples.size() / 2);
}

} // namespace

// One decode, or one parse + analysis, in memory the process has not used yet.
int freshRun(QByteArrayView what, const char *path)
{
    const QByteArray bytes = Citewise::Bench::readAll(QString::fromLocal8Bit(path));
    QElapsedTimer t;
    qsizetype sink = 0;
    if (what == "decode") {
        t.start();
        const QString text = QString::fromUtf8(bytes);
        const double ms = t.nsecsElapsed() / 1e6;
        sink = text.size();
        std::printf("{\"fresh_decode_ms\":%.2f,\"sink\":%lld}\n", ms, qint64(sink));
    } else if (what == "engine") {
        t.start();
        const Citewise::Article a = Citewise::readArticle(bytes);
        sink = Citewise::analyseArticle(a).size();
        const double ms = t.nsecsElapsed() / 1e6;
        std::printf("{\"fresh_parse_analyse_ms\":%.2f,\"sink\":%lld}\n", ms, qint64(sink));
    } else {
        return 2;
    }
    return 0;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    if (const QByteArrayView arg(argv[1]); arg.startsWith("--fresh=")) {
        if (argc < 3)
            return 2;
        return freshRun(arg.sliced(8), argv[2]);
    }
    const int runs = argc > 2 ? std::max(1, atoi(argv[2])) : 7;
    const QByteArray bytes = Citewise::Bench::readAll(QString::fromLocal8Bit(argv[1]));
    qsizetype sink = 0;
    const double decode = medianMs(runs, [&] { sink += QString::fromUtf8(bytes).size(); });
    const double parse = medianMs(runs, [&] {
        const Citewise::Article a = Citewise::readArticle(bytes);
        sink += Citewise::analyseArticle(a).size();
    });
    const Citewise::Article article = Citewise::readArticle(bytes);
    const double parseOnly
        = medianMs(runs, [&] { sink += Citewise::parseArticle(QString::fromUtf8(bytes)).citations.size(); });
    const double analyseOnly = medianMs(runs, [&] { sink += Citewise::analyseArticle(article).size(); });
    const double renumber
        = medianMs(runs, [&] { sink += Citewise::renumberCitations(article).edits.size(); });
    std::printf("{\"bytes\":%lld,\"decode_ms\":%.2f,\"parse_analyse_ms\":%.2f,\"renumber_ms\":%.2f,"
                "\"citations\":%lld,"
                "\"references\":%lld,\"decode_parse_ms\":%.2f,\"analyse_ms\":%.2f,\"sink\":%lld}\n",
        qint64(bytes.size()), decode, parse, renumber, qint64(article.citations.size()),
        qint64(article.references.size()), parseOnly, analyseOnly, qint64(sink));
    return 0;
}
