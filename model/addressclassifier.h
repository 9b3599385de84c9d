// Decides whether a host or an address belongs to the public internet, so that a link in an article
// cannot make Citewise probe services on the reader's machine or local network.
#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringView>

namespace Citewise {

// Classifies hosts and addresses as public or non-public (loopback, private, link-local, ...).
class AddressClassifier
{
public:
    enum class Verdict {
        Public, // an IP literal on the public internet
        NonPublic, // an IP literal or a name that never leaves the machine or local network
        NeedsLookup, // a host name: its resolved addresses decide
    };

    // False for loopback, private (RFC 1918), CGNAT, link-local, unspecified, multicast, reserved and
    // documentation ranges, IPv6 unique-local/link-local, and IPv6 forms embedding such an IPv4 address.
    static bool isPublic(const QHostAddress &address);

    // "localhost", "*.localhost" and the usual loopback aliases, case-insensitive, trailing dot allowed.
    static bool isLocalHostName(QStringView host);

    // host as QUrl::host() returns it (IPv6 without brackets).
    static Verdict classifyHost(const QString &host);
};

} // namespace Citewise
