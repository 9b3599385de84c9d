// libFuzzer harness for the engine: parse, analyse and renumber arbitrary bytes, checking the
// invariants the rest of Citewise relies on. Any violation aborts so the fuzzer keeps the input.
#include "articleanalysis.h"
#include "articleio.h"
#include "articleupdate.h"
#include "diagnostic.h"
#include "markerwriting.h"
#include "renumber.h"
#include "textedit.h"

#include <QHash>

#include <algorithm>
#include <cstdlib>

using namespace Citewise;
using namespace Qt::StringLiterals;

namespace {

void require(bool condition, const char *what)
{
    if (!condition) {
        fprintf(stderr, "invariant violated: %s\n", what);
        abort();
    }
}

// URL each marker number points at, in reading order ("" when dangling).
// The addresses each marker cites, as a sorted list per marker (a range renumbered may cite its sources
// in another order).
QList<QList<QString>> markerTargets(const Article &a)
{
    QHash<qint64, QString> urls;
    for (const Reference &r : a.references)
        urls.insert(r.number, r.url);
    QList<QList<QString>> out;
    for (const Citation &c : a.citations) {
        QList<QString> cited;
        for (int n : c.expandedNumbers())
            cited.append(urls.value(n));
        std::sort(cited.begin(), cited.end());
        out.append(cited);
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

// Edits the article in a few places chosen from the input itself and checks that updating it edit by
// edit gives what parsing and analysing the edited text from scratch gives.
void checkIncrementalUpdates(const Article &original, const QByteArray &bytes)
{
    if (original.hasInvalidEncoding || original.text.isEmpty())
        return;
    Article article = original;
    ArticleAnalysis analysis;
    analysis.analyse(article);
    const QString pool = QString::fromUtf8(bytes.left(64)) + u"\n[1] x [2-3]\n"_s;
    quint32 seed = quint32(bytes.size());
    for (char c : bytes.left(16))
        seed = seed * 31 + quint8(c);
    for (int step = 0; step < 4; ++step) {
        seed = seed * 1103515245u + 12345u;
        qsizetype position = qsizetype(seed % quint32(article.text.size() + 1));
        // Never between the halves of a CRLF or of a surrogate pair: the editor does not split them.
        while (position > 0 && position < article.text.size()
            && ((article.text.at(position) == u'\n' && article.text.at(position - 1) == u'\r')
                || article.text.at(position).isLowSurrogate()))
            --position;
        seed = seed * 1103515245u + 12345u;
        const qsizetype removed = std::min<qsizetype>((seed >> 8) % 8, article.text.size() - position);
        const qsizetype from = (seed >> 12) % quint32(pool.size());
        QString inserted = pool.mid(from, (seed >> 20) % 6);
        if (!inserted.isEmpty() && inserted.back().isHighSurrogate())
            inserted.chop(1);
        if (!inserted.isEmpty() && inserted.front().isLowSurrogate())
            inserted.remove(0, 1);
        const ArticleChange change = updateArticle(article, position, removed, inserted);
        analysis.update(article, change);
        Article expected = parseArticle(article.text.toString());
        expected.hasBom = article.hasBom;
        expected.encoding = article.encoding;
        require(article == expected, "incremental update equals a full parse");
        require(
            analysis.diagnostics() == analyseArticle(expected), "incremental analysis equals a fresh one");
    }
}

// Citations written as markers (footnotes, superscripts, …): the edits stay inside the text, the list
// reads as it did with the footnotes written as entries, and each marker written is read as one.
void checkMarkersWritten(const Article &article)
{
    const MarkerWriting writing = writeAsMarkers(article);
    if (writing.edits.isEmpty())
        return;
    qsizetype previousEnd = 0;
    for (const TextEdit &e : writing.edits) {
        require(e.start >= previousEnd && e.start + e.length <= article.text.size(),
            "marker edits sorted and inside the text");
        previousEnd = e.start + e.length;
    }
    const Article written = parseArticle(applyEdits(article.text.view(), writing.edits));
    checkSpans(written);
    require(written.references.size() == article.references.size() + writing.entries + writing.numbered,
        "writing markers adds the footnotes, and the entries it numbers, to the reference list");
    auto it = written.references.cbegin();
    for (const Reference &ref : article.references) {
        it = std::find_if(
            it, written.references.cend(), [&ref](const Reference &r) { return r.url == ref.url; });
        require(it != written.references.cend(), "writing markers keeps the entries there were");
        ++it;
    }
    require(written.citations.size() == article.citations.size() + writing.markers,
        "every marker written is read");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const Article article = readArticle(bytes);
    require(writeArticle(article) == bytes, "round trip is byte-identical");
    checkSpans(article);
    // readArticle() decodes and indexes in one pass: the same article as decoding, then parsing.
    Article parsed = parseArticle(decodeText(bytes).text);
    parsed.hasBom = article.hasBom;
    parsed.encoding = article.encoding;
    parsed.hasInvalidEncoding = article.hasInvalidEncoding;
    parsed.invalidEncodingLines = article.invalidEncodingLines;
    require(parsed == article, "reading in one pass parses as decoding first does");

    checkIncrementalUpdates(article, bytes);

    const QList<Diagnostic> diagnostics = analyseArticle(article);
    for (const Diagnostic &d : diagnostics)
        require(d.line >= 1 && d.column >= 1 && !d.code.isEmpty(), "diagnostic has a position and a code");

    checkMarkersWritten(article);

    const RenumberResult result = renumberCitations(article);
    if (result.refused() || result.edits.isEmpty())
        return 0;
    qsizetype previousEnd = 0;
    for (const TextEdit &e : result.edits) {
        require(e.start >= previousEnd && e.start + e.length <= article.text.size(),
            "edits sorted and inside the text");
        previousEnd = e.start + e.length;
    }
    QByteArray streamed;
    encodeEditedText(article.text.view(), result.edits, article.hasBom, article.encoding,
        [&](QByteArrayView slice) { streamed += slice; });
    require(streamed
            == encodeText(applyEdits(article.text.view(), result.edits), article.hasBom, article.encoding),
        "streamed renumbering writes the same bytes");
    const Article renumbered = parseArticle(applyEdits(article.text.view(), result.edits));
    checkSpans(renumbered);
    require(markerTargets(renumbered) == markerTargets(article), "every marker keeps its target");
    require(renumberCitations(renumbered).edits.isEmpty(), "renumbering is idempotent");
    return 0;
}
