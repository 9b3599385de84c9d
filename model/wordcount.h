// Counting the words of an article's text, as the status bar shows them.
#pragma once

#include <QStringView>

namespace Citewise {

// Words are runs of letters, digits and marks; an apostrophe or a hyphen inside a word ("Kim's",
// "three-way") does not split it. Chinese and Japanese are written without spaces between words: each
// of their characters counts as a word, as word processors count them. ASCII text is counted sixteen
// characters at a time.
int countWords(QStringView text);

} // namespace Citewise
