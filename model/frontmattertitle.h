// The title a front matter block gives: its "title" field read as YAML or TOML reads it (see
// docs/FORMAT.md, "Front matter").
#pragma once

#include "article.h"

#include <QString>

#include <optional>

namespace Citewise {

struct FrontMatterTitle
{
    QString text; // quotes, escapes and comments undone; its lines joined by spaces, as a title is one line
    TextSpan span; // the value as written (inside its quotes), in the article's text
};

// The title that line `line` of `a` gives, the field lines of its front matter ending at line `last`:
// nothing when the line is no title field. `toml` for TOML front matter ("title = …"), else YAML
// ("title: …"). A value may go on over the lines under it: a block ("title: >-", "title: |"), a quoted
// string not yet closed, or the more indented lines that continue a plain one.
std::optional<FrontMatterTitle> readFrontMatterTitle(const Article &a, int line, int last, bool toml);

} // namespace Citewise
