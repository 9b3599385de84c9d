// Finding one diagnostic among an analysis' findings, for the tests of the analysis.
#pragma once

#include "diagnostic.h"

#include <QList>
#include <QString>

namespace Citewise::Test {

// The finding with `code` at `line` and `column`, or null.
inline const Diagnostic *find(const QList<Diagnostic> &diagnostics, const QString &code, int line, int column)
{
    for (const Diagnostic &d : diagnostics) {
        if (d.code == code && d.line == line && d.column == column)
            return &d;
    }
    return nullptr;
}

} // namespace Citewise::Test
