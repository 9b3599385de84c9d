// libFuzzer harness for the engine: parse, analyse and renumber arbitrary bytes, checking the
// invariants the rest of Citewise relies on. Any violation aborts so the fuzzer keeps the input.
#include "articleio.h"
#include "diagnostic.h"
#include "renumber.h"
#include "textedit.h"

#include <QHash>

#include <cstdlib>

using namespace Citewise;

namespace {

void require(bool condition, const char *what)
{
    if (!condition) {
        fprintf(stderr, "invariant violated: %s\n", what);
        abort();
    }
}

// URL each marker number points at, in reading order ("" when dangling).
QList<QString> markerTargets(const Article &a)
{
    QHash<qint64, QString> urls;
    for (const Reference &r : a.references)
        urls.insert(r.number, r.url);
    QList<QString> out;
    for (const Citation &c : a.citations) {
        for (int n : c.expandedNumbers())
            out.append(urls.value(n));
    }
    return out;
}

void checkSpans(const Article &a)
{
    const qsizetype size = a.text.size();
    const auto inside = [&](TextSpan s) { return s.start >= 0 && s.length >= 0 && s.end() <= size; };
    for (const Citation &c : a.citations) {
        require(inside(c.span), "citation span inside text");
        require(a.text.at(c.span.start) == QLatin1Char('['), "citation starts at [");
    }
    for (const Reference &r : a.references)
        require(inside(r.span) && inside(r.urlSpan) && inside(r.numberSpan), "reference spans inside text");
    for (const Paragraph &p : a.paragraphs)
        require(inside(p.span), "paragraph span inside text");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const Article article = readArticle(bytes);
    require(writeArticle(article) == bytes, "round trip is byte-identical");
    checkSpans(article);

    const QList<Diagnostic> diagnostics = analyseArticle(article);
    for (const Diagnostic &d : diagnostics)
        require(d.line >= 1 && d.column >= 1 && !d.code.isEmpty(), "diagnostic has a position and a code");

    const RenumberResult result = renumberCitations(article);
    if (result.refused() || result.edits.isEmpty())
        return 0;
    qsizetype previousEnd = 0;
    for (const TextEdit &e : result.edits) {
        require(e.start >= previousEnd && e.start + e.length <= article.text.size(),
            "edits sorted and inside the text");
        previousEnd = e.start + e.length;
    }
    const Article renumbered = parseArticle(applyEdits(article.text, result.edits));
    checkSpans(renumbered);
    require(markerTargets(renumbered) == markerTargets(article), "every marker keeps its target");
    require(renumberCitations(renumbered).edits.isEmpty(), "renumbering is idempotent");
    return 0;
}
