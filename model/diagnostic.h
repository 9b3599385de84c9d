// Problems found in an article, each with a stable code that scripts can rely on.
#pragma once

#include "article.h"

#include <QList>
#include <QString>

namespace Citewise {

struct Diagnostic
{
    enum class Severity { Error, Warning, Info };
    Severity severity = Severity::Warning;
    QString code; // stable, e.g. "dangling-citation"
    int line = 0; // 1-based
    int column = 0; // 1-based
    TextSpan span; // what to underline in the text
    QString message; // translated, human readable
    int referenceIndex = -1; // index into Article::references when the problem is about one

    friend bool operator==(const Diagnostic &, const Diagnostic &) = default;
};

QString severityName(Diagnostic::Severity severity); // "error", "warning", "info"

// All diagnostics of the article, sorted by position. Codes and severities:
//   error:   dangling-citation, duplicate-reference-number, malformed-reference (entry without a URL,
//            stray line in the references section), invalid-url (unreadable or without host),
//            number-out-of-range, missing-references-section, invalid-encoding
//   warning: unused-reference, duplicate-url, invalid-url (readable but not http/https),
//            citation-order (once, at the first out-of-order first use), malformed-citation,
//            unclosed-code-block, citation-link-mismatch (a marker linked to another page than its
//            entry's), and the others docs/FORMAT.md lists
QList<Diagnostic> analyseArticle(const Article &article);

// The order analyseArticle() reports in: by line, then position, then severity.
bool reportedBefore(const Diagnostic &a, const Diagnostic &b);
void sortDiagnostics(QList<Diagnostic> &diagnostics); // stable

// Normalises a URL for duplicate detection: lower-case scheme and host, no trailing slash, no default port.
QString normalizedUrlKey(const QString &url);

} // namespace Citewise

// Two strings and plain values: lists of findings grow and take insertions by moving memory.
Q_DECLARE_TYPEINFO(Citewise::Diagnostic, Q_RELOCATABLE_TYPE);
