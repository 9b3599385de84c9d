#include "linkcheckloader.h"

#include "linkcheckentry.h"
#include "moduleloader.h"

#include <QCoreApplication>

namespace Citewise {

std::unique_ptr<LinkCheckBackend> loadLinkCheckBackend(
    LinkCheckBackend::Listener *listener, QString *reason, const QString &moduleDirectory)
{
    QString why;
    const auto create = reinterpret_cast<CitewiseCreateLinkCheckBackend>(resolveModuleEntry(
        CITEWISE_LINKCHECK_MODULE, linkCheckBackendEntryName, nullptr, &why, moduleDirectory));
    if (!create) {
        *reason = QCoreApplication::translate("Citewise::LinkCheckController", "the link-check module is %1")
                      .arg(why);
        return nullptr;
    }
    return std::unique_ptr<LinkCheckBackend>(create(listener));
}

} // namespace Citewise
