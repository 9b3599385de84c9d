// The keys entries' addresses are compared by (see addresskeys.h).
#include "addresskeys.h"

namespace Citewise {

qsizetype httpSchemeLength(QStringView key)
{
    if (key.size() < 8 || key.at(0) != u'h' || key.at(1) != u't' || key.at(2) != u't' || key.at(3) != u'p')
        return 0;
    if (key.at(4) == u's')
        return key.at(5) == u':' && key.at(6) == u'/' && key.at(7) == u'/' ? 8 : 0;
    return key.at(4) == u':' && key.at(5) == u'/' && key.at(6) == u'/' ? 7 : 0;
}

bool withoutTrackingParameters(QStringView key, QString *out)
{
    const qsizetype question = key.indexOf(u'?');
    if (question < 0)
        return false;
    qsizetype queryEnd = key.indexOf(u'#', question);
    if (queryEnd < 0)
        queryEnd = key.size();
    const QStringView query = key.sliced(question + 1, queryEnd - question - 1);
    const auto tracks = [](QStringView parameter) {
        const auto named = [parameter](QStringView name) {
            return parameter.size() >= name.size() && parameter.first(name.size()) == name
                && (parameter.size() == name.size() || parameter.at(name.size()) == u'=');
        };
        return (parameter.size() > 4 && parameter.first(4) == u"utm_") || named(u"fbclid") || named(u"gclid");
    };
    // (Most queries hold none: looked for at each parameter's start only.)
    bool any = tracks(query);
    for (qsizetype i = 0; !any && i < query.size(); ++i)
        any = query.at(i) == u'&' && tracks(query.sliced(i + 1));
    if (!any)
        return false;
    QString kept;
    for (const QStringView parameter : query.tokenize(u'&')) {
        if (tracks(parameter))
            continue;
        if (!kept.isEmpty())
            kept += u'&';
        kept += parameter;
    }
    *out = key.first(question).toString();
    if (!kept.isEmpty())
        *out += u'?' + kept;
    *out += key.sliced(queryEnd);
    return true;
}

} // namespace Citewise
