// The article as JSON, the shape printed by `citewise --json`.
#pragma once

#include "article.h"
#include "diagnostic.h"

#include <QJsonObject>

namespace Citewise {

QJsonObject articleToJson(const Article &article, const QList<Diagnostic> &diagnostics);

} // namespace Citewise
