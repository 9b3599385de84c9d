// Decides whether a URL taken from an article may be opened without asking, and how to show it
// so that look-alike hosts and hidden characters cannot disguise where it leads.
#pragma once

#include <QString>
#include <QStringView>
#include <QUrl>

namespace Citewise {

struct UrlAssessment
{
    // Why a URL needs confirmation; None means it can be opened directly.
    enum class Concern {
        None,
        Unparsable, // not a URL at all, or an http(s) URL without a host
        NonWebScheme, // javascript:, file:, mailto:, custom schemes, ...
        HiddenCharacters, // control, format or bidi characters in the text
        UserInfo, // "https://trusted.example@other.example/"
        InternationalHost, // the host uses non-ASCII letters (look-alike risk)
    };

    Concern concern = Concern::Unparsable;
    QUrl url; // the parsed URL; invalid when Unparsable
    QString scheme; // lower case, empty when there is none
    QString displayHost; // the host in ASCII (punycode), empty when there is none
    QString displayUrl; // the full text with hidden characters shown as <U+XXXX>

    bool opensDirectly() const { return concern == Concern::None; }
};

// `text` with "http://" before it when it is written, as people write addresses, from "www." on
// ("www.example.org/a"), "https://" when it is written from its host on (isBareDomainAddress():
// "reuters.com/world/a"); a DOI or an arXiv identifier as the address that resolves it ("doi:10.1000/x"
// as "https://doi.org/10.1000/x", "arXiv:2006.16236" as "https://arxiv.org/abs/2006.16236"); otherwise
// `text`.
QString withAssumedScheme(const QString &text);

// Whether `text` is an address written from its host on, without a scheme or "www.", as assistants and
// hand-made lists write sources: a host of two labels or more in one of the top-level domains sources
// are cited at, maybe with a path ("reuters.com/world/europe/a", "apnews.com", "bit.ly/x", "bbc.co.uk"),
// so that "Node.js/Express", "README.md" or "main.rs" is none.
bool isBareDomainAddress(QStringView text);

// Classifies `text` (surrounding whitespace is ignored). Only http and https URLs with a plain ASCII
// host, no user info and no hidden characters open directly.
UrlAssessment assessUrl(const QString &text);

// True for characters that do not show up as themselves: C0/C1 controls, format characters (bidi
// embeddings, overrides and isolates, marks, zero-width characters), line/paragraph separators and
// lone surrogates.
bool isHiddenCharacter(char32_t ucs4);

// `text` with every hidden character replaced by "<U+XXXX>" (at least four hex digits, upper case).
QString escapeHiddenCharacters(QStringView text);

// The host of `url` in its ASCII form ("xn--pple-43d.com" for a Cyrillic "аpple.com"; "[::1]" for an IP
// version 6 address).
QString asciiHost(const QUrl &url);

} // namespace Citewise
