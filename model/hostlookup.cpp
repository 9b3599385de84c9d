#include "hostlookup.h"

#include <QUrl>

#include <mutex>
#include <system_error>
#include <thread>

#include <cerrno>
#include <cstring>
#include <netdb.h>
#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace Citewise {

// What the lookup's thread and the lookup share: the thread reports to the lookup only while it is
// still there.
struct HostLookup::Shared
{
    std::mutex mutex;
    HostLookup *owner = nullptr;
};

HostLookup::Result HostLookup::systemResolve(const QByteArray &host)
{
    // As Qt asks: addresses of a family the machine has no address of are left out.
    addrinfo hints {};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_ADDRCONFIG;
    addrinfo *list = nullptr;
    int status = getaddrinfo(host.constData(), nullptr, &hints, &list);
    if (status == EAI_BADFLAGS) {
        hints.ai_flags = 0;
        status = getaddrinfo(host.constData(), nullptr, &hints, &list);
    }
    Result result;
    if (status != 0) {
        const bool notFound = status == EAI_NONAME || status == EAI_FAIL || status == EAI_NODATA;
        result.outcome = notFound ? Outcome::NotFound : Outcome::Failed;
        result.error
            = QString::fromLocal8Bit(status == EAI_SYSTEM ? std::strerror(errno) : gai_strerror(status));
        return result;
    }
    for (const addrinfo *entry = list; entry; entry = entry->ai_next) {
        const QHostAddress address(entry->ai_addr);
        if (!address.isNull() && !result.addresses.contains(address))
            result.addresses.append(address);
    }
    freeaddrinfo(list);
    result.outcome = result.addresses.isEmpty() ? Outcome::NotFound : Outcome::Found;
    if (result.addresses.isEmpty())
        result.error = u"the name has no address"_s;
    return result;
}

HostLookup::HostLookup(const QString &host, const Resolver &resolver, QObject *parent)
    : QObject(parent), m_shared(std::make_shared<Shared>())
{
    m_shared->owner = this;
    const QByteArray ace = QUrl::toAce(host);
    try {
        std::thread([shared = m_shared, resolver, ace] {
            const Result result = resolver(ace);
            const std::lock_guard lock(shared->mutex);
            if (HostLookup *owner = shared->owner)
                QMetaObject::invokeMethod(
                    owner, [owner, result] { owner->report(result); }, Qt::QueuedConnection);
        }).detach();
    } catch (const std::system_error &error) {
        // No thread to be had: the system's limit is reached, and the lookup fails.
        Result result;
        result.error = u"cannot look the name up: %1"_s.arg(QString::fromLocal8Bit(error.what()));
        QMetaObject::invokeMethod(
            this, [this, result] { report(result); }, Qt::QueuedConnection);
    }
}

HostLookup::~HostLookup()
{
    // Once this returns, the thread reports to no one, and what it has reported goes with the lookup.
    const std::lock_guard lock(m_shared->mutex);
    m_shared->owner = nullptr;
}

void HostLookup::report(const Result &result)
{
    Q_EMIT done(result);
}

} // namespace Citewise
