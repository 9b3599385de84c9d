#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Citewise {

namespace {

// Replaces an earlier translator of the same kind, so switching languages does not stack them (and
// switching to a language without a translation goes back to the English source texts).
bool install(QTranslator *&slot, const QLocale &locale, const QString &name, const QString &directory)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
        slot = nullptr;
    }
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(locale, name, u"_"_s, directory)) {
        delete translator;
        return false;
    }
    slot = translator;
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace

bool installTranslations(const QLocale &locale)
{
    static QTranslator *qtTranslator = nullptr;
    static QTranslator *appTranslator = nullptr;
    install(qtTranslator, locale, u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (install(appTranslator, locale, u"citewise"_s, u":/i18n"_s))
        return true;
    // Without a translation the texts are English: they still need English's singular and plural.
    install(appTranslator, QLocale(QLocale::English), u"citewise"_s, u":/i18n"_s);
    return false;
}

} // namespace Citewise
