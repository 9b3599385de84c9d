#include "articlegenerator.h"

#include "articleio.h"

#include <QRandomGenerator>
#include <QString>

using namespace Qt::StringLiterals;

namespace Citewise::Bench {

namespace {

constexpr const char *kWords[] = {
    "the",
    "port",
    "authority",
    "said",
    "on",
    "Tuesday",
    "that",
    "shipping",
    "volumes",
    "rose",
    "sharply",
    "after",
    "the",
    "channel",
    "reopened",
    "analysts",
    "expect",
    "further",
    "growth",
    "in",
    "the",
    "coming",
    "quarter",
    "while",
    "officials",
    "cautioned",
    "against",
    "reading",
    "too",
    "much",
    "into",
    "a",
    "single",
    "month",
    "of",
    "data",
    "according",
    "to",
    "figures",
    "published",
    "by",
    "regional",
    "government",
    "and",
    "independent",
    "researchers",
    "who",
    "reviewed",
    "the",
    "records",
    "over",
    "several",
    "years",
    "of",
    "observation",
    "including",
    "inspections",
    "dredging",
    "reports",
    "budget",
    "documents",
    "interviews",
};

class Writer
{
public:
    explicit Writer(quint32 seed) : m_rng(seed) { }

    int bounded(int n) { return int(m_rng.bounded(quint32(n))); }

    void sentence(QByteArray &out)
    {
        const int words = 8 + bounded(14);
        for (int i = 0; i < words; ++i) {
            QByteArray w = kWords[bounded(int(std::size(kWords)))];
            if (i == 0)
                w[0] = char(QChar::toUpper(w[0]));
            out += w;
            out += i + 1 < words ? " " : "";
        }
    }

    // A marker citing references 1..refs, now and then a number past them (dangling).
    void marker(QByteArray &out, int refs)
    {
        const auto number = [&] { return bounded(50) == 0 ? refs + 1 + bounded(5) : 1 + bounded(refs); };
        switch (bounded(10)) {
        case 0: // cluster
            out += '[' + QByteArray::number(number()) + "][" + QByteArray::number(number()) + ']';
            break;
        case 1: // list
            out += '[' + QByteArray::number(number()) + ", " + QByteArray::number(number()) + ']';
            break;
        case 2: { // range
            const int first = 1 + bounded(std::max(1, refs - 3));
            out += '[' + QByteArray::number(first) + '-' + QByteArray::number(first + 2) + ']';
            break;
        }
        default:
            out += '[' + QByteArray::number(number()) + ']';
        }
    }

private:
    QRandomGenerator m_rng;
};

} // namespace

QByteArray generateArticle(const GeneratorOptions &options)
{
    Writer w(options.seed);
    // About one reference per 2 KB of text, at least five.
    const int refs = int(std::max<qsizetype>(5, options.targetBytes / 2048));
    QByteArray refsBlock = "References:\n";
    for (int n = 1; n <= refs; ++n) {
        refsBlock += '[' + QByteArray::number(n) + "] https://source" + QByteArray::number(n % 97)
            + ".example.org/articles/" + QByteArray::number(n * 7919 % 100003);
        if (n % 3 == 0)
            refsBlock += " Report number " + QByteArray::number(n);
        refsBlock += '\n';
    }
    const QByteArray comments = "Comments\nReviewer (2026-03-04 10:15): Spot-checked the first ten sources.\n"
                                "Editor: Numbers need renumbering before publication.\n";

    QByteArray out;
    out.reserve(options.targetBytes + 1024);
    out += "Harbour traffic report, synthetic edition\n";
    out += "Rotterdam, March 4, 2026 \xE2\x80\x94 ";
    const qsizetype bodyTarget
        = std::max<qsizetype>(200, options.targetBytes - refsBlock.size() - comments.size());
    bool first = true;
    while (out.size() < bodyTarget) {
        if (!first)
            out += '\n';
        first = false;
        const int sentences = 3 + w.bounded(4);
        for (int s = 0; s < sentences; ++s) {
            w.sentence(out);
            if (w.bounded(4) == 0) {
                out += ' ';
                w.marker(out, refs);
            }
            out += s + 1 < sentences ? ". " : ".";
        }
    }
    out += '\n';
    out += refsBlock;
    out += comments;
    return out;
}

QByteArray toMarkdownFootnotes(const QByteArray &bytes)
{
    const Article a = readArticle(bytes);
    QString text;
    text.reserve(a.text.size() + a.text.size() / 8);
    text += u"# "_s + a.title + u"\n\n"_s;
    for (const Paragraph &p : a.paragraphs) {
        if (p.afterReferences)
            continue;
        const QStringView para = a.view(p.span);
        qsizetype pos = 0;
        // Citations are in reading order; copy the paragraph replacing each marker by footnote references.
        auto it = std::lower_bound(a.citations.cbegin(), a.citations.cend(), p.span.start,
            [](const Citation &c, qsizetype start) { return c.span.start < start; });
        for (; it != a.citations.cend() && it->span.start < p.span.end(); ++it) {
            text += para.mid(pos, it->span.start - p.span.start - pos);
            for (int n : it->expandedNumbers())
                text += u"[^"_s + QString::number(n) + u']';
            pos = it->span.end() - p.span.start;
        }
        text += para.mid(pos);
        text += u"\n\n"_s;
    }
    for (const Reference &r : a.references)
        text += u"[^"_s + QString::number(r.number) + u"]: "_s + r.url + u"\n"_s;
    return text.toUtf8();
}

} // namespace Citewise::Bench
