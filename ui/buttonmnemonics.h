// Keyboard mnemonics for message boxes' standard buttons: without a desktop's theme, Qt writes "Save",
// "Discard" and "Cancel" with none, and Alt+D does nothing.
#pragma once

class QMessageBox;

namespace Citewise {

// Gives each button of `box` that has no mnemonic one: the first letter of its text that no other button
// of the box uses.
void giveButtonsMnemonics(QMessageBox &box);

} // namespace Citewise
