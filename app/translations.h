// Installs the translations of Citewise and of Qt's own dialogs for the user's language.
#pragma once

#include <QLocale>

namespace Citewise {

// Loads ":/i18n/citewise_<lang>.qm" (embedded) and Qt's qtbase_<lang>.qm for `locale` and installs them
// on the running application. Returns true when Citewise's own translation was found; without one, the
// English texts are shown with their singular and plural forms (citewise_en).
bool installTranslations(const QLocale &locale = QLocale::system());

} // namespace Citewise
