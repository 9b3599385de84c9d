// Line terminators across an edit: lines the user did not touch keep the ones the file gave them.
#pragma once

#include <QString>
#include <QStringView>

namespace Citewise {

// `current` is `saved` edited, both as an editor holds text: each line break one '\n' (or a lone '\r'
// kept as such). `original` is the text `saved` was read from, with the file's own terminators ("\r\n",
// "\n" or "\r"), one for each break of `saved`. Returns `current` with the terminators written out: the
// breaks before and after what the edit changed keep their original terminators, the breaks inside it
// take `newline`. When `saved` does not match `original` break for break, every '\n' takes `newline`.
QString withOriginalLineEnds(
    QStringView original, QStringView saved, QStringView current, QStringView newline);

} // namespace Citewise
