// Finding the address among the words of a reference list's entry (see docs/FORMAT.md, "Entries"):
// the first word that reads as one, a Markdown or HTML link's target, or an identifier written after a
// space ("doi: 10.…"), without the punctuation and markup around it.
#pragma once

#include "article.h"
#include "referenceentry.h"

#include <QStringView>

#include <optional>

namespace Citewise {

// The closer of the bracket or quote `token` opens with, when an address may stand in it.
inline std::optional<QChar> closerOfOpening(QStringView token)
{
    return token.size() < 2 ? std::nullopt : addressCloser(token.front());
}

// Trims punctuation that ends a sentence rather than the address, and unbalanced closing brackets.
TextSpan trimUrlToken(QStringView text, TextSpan span);

// Where the identifier ends that follows `token` ("doi:" or "arXiv:", ending at `tokenEnd` in `words`)
// after a space, when it is one: "doi: 10.1109/MSP.2020.2975749", "arXiv: 2006.16236". -1 otherwise.
qsizetype spacedIdentifierEnd(QStringView words, QStringView token, qsizetype tokenEnd);

// The address an entry's words hold.
struct EntryAddress
{
    TextSpan url; // in the text; empty when the words hold none
    bool anchor = false; // the address is an HTML link's, <a href="…">text</a>
    bool markdownLink = false; // the address is the target of "[text](address)"
    bool spacedIdentifier = false; // "doi: 10.…", written as the identifier "doi:10.…"
    qsizetype linkClose = -1; // with markdownLink, where the "](" before the address stands
};

// The first address among the words `rest` of `text` (an entry's line past its number): a word that
// reads as one, or holds one after a mark ("Reuters:https://…"), a Markdown link's target, an HTML
// link's "href=", an address in angle brackets spaces and all, or an identifier after a space. A host
// named in the words ("See the www.example.org homepage: https://…") gives way to an address written
// whole after it.
EntryAddress findEntryAddress(QStringView text, TextSpan rest);

} // namespace Citewise
