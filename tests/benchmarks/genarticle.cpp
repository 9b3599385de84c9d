// citewise-genarticle: writes a synthetic benchmark article of a given size.
#include "articlegenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes a synthetic Citewise article for benchmarks."));
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("size"), QStringLiteral("Target size in bytes."), QStringLiteral("bytes")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("markdown"), QStringLiteral("Write Markdown footnotes instead.")});
    parser.addPositionalArgument(QStringLiteral("out"), QStringLiteral("Output file."));
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    Citewise::Bench::GeneratorOptions options;
    if (parser.isSet(QStringLiteral("size")))
        options.targetBytes = parser.value(QStringLiteral("size")).toLongLong();
    if (parser.isSet(QStringLiteral("seed")))
        options.seed = parser.value(QStringLiteral("seed")).toUInt();
    QByteArray bytes = Citewise::Bench::generateArticle(options);
    if (parser.isSet(QStringLiteral("markdown")))
        bytes = Citewise::Bench::toMarkdownFootnotes(bytes);
    QFile out(parser.positionalArguments().constFirst());
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
        return 2;
    return 0;
}
