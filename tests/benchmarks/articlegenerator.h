// Deterministic synthetic articles of a given size for benchmarks: paragraphs with single markers,
// clusters, lists and ranges, some dangling markers and some never-cited references.
#pragma once

#include <QByteArray>

namespace Citewise::Bench {

struct GeneratorOptions
{
    qsizetype targetBytes = 1 << 20;
    quint32 seed = 20261125;
};

QByteArray generateArticle(const GeneratorOptions &options);

// The same article as Markdown with footnotes ("[^n]" markers and "[^n]: URL" definitions),
// the input for Markdown tools used as baselines.
QByteArray toMarkdownFootnotes(const QByteArray &article);

} // namespace Citewise::Bench
