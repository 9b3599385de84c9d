// Looking a host name up for the link checker, on a thread nothing waits for.
#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace Citewise {

// Looks a host name up on a thread of its own, which nothing waits for: given up, it ends on its own
// when the resolver returns. Qt's lookups (QHostInfo) run on a pool that the application waits for
// when it ends, so a name server that never answered kept `citewise --check-links` running for as long
// as the system's resolver went on asking it, the results printed long before.
class HostLookup : public QObject
{
    Q_OBJECT

public:
    enum class Outcome { Found, NotFound, Failed };

    struct Result
    {
        Outcome outcome = Outcome::Failed;
        QList<QHostAddress> addresses; // in the resolver's order of preference
        QString error; // why there are none
    };

    // How a name (in ASCII, IDNs as "xn--" labels) is looked up. Called on the lookup's own thread, so
    // it may block; it must not reach into objects it does not own.
    using Resolver = std::function<Result(const QByteArray &host)>;
    // The system's resolver: getaddrinfo(), with its hosts file, name servers and their timeouts.
    static Result systemResolve(const QByteArray &host);

    // Starts looking `host` up. done() comes from the event loop, unless the lookup is deleted first.
    explicit HostLookup(const QString &host, const Resolver &resolver, QObject *parent = nullptr);
    // Gives the lookup up: nothing is reported of it any more.
    ~HostLookup() override;

Q_SIGNALS:
    void done(const Citewise::HostLookup::Result &result);

private:
    void report(const Result &result);

    struct Shared;
    std::shared_ptr<Shared> m_shared;
};

} // namespace Citewise
