#include "addressclassifier.h"

#include <QPair>

using namespace Qt::StringLiterals;

namespace Citewise {

namespace {

using Subnet = QPair<QHostAddress, int>;

const QList<Subnet> &nonPublicIPv4()
{
    static const QList<Subnet> subnets = {
        QHostAddress::parseSubnet(u"0.0.0.0/8"_s), // "this network"
        QHostAddress::parseSubnet(u"10.0.0.0/8"_s), // private
        QHostAddress::parseSubnet(u"100.64.0.0/10"_s), // carrier-grade NAT
        QHostAddress::parseSubnet(u"127.0.0.0/8"_s), // loopback
        QHostAddress::parseSubnet(u"169.254.0.0/16"_s), // link-local
        QHostAddress::parseSubnet(u"172.16.0.0/12"_s), // private
        QHostAddress::parseSubnet(u"192.0.0.0/24"_s), // protocol assignments
        QHostAddress::parseSubnet(u"192.0.2.0/24"_s), // documentation
        QHostAddress::parseSubnet(u"192.168.0.0/16"_s), // private
        QHostAddress::parseSubnet(u"198.18.0.0/15"_s), // benchmarking
        QHostAddress::parseSubnet(u"198.51.100.0/24"_s), // documentation
        QHostAddress::parseSubnet(u"203.0.113.0/24"_s), // documentation
        QHostAddress::parseSubnet(u"224.0.0.0/4"_s), // multicast
        QHostAddress::parseSubnet(u"240.0.0.0/4"_s), // reserved, includes broadcast
    };
    return subnets;
}

const QList<Subnet> &nonPublicIPv6()
{
    static const QList<Subnet> subnets = {
        QHostAddress::parseSubnet(u"::/96"_s), // unspecified, loopback, deprecated IPv4-compatible
        QHostAddress::parseSubnet(u"100::/64"_s), // discard-only
        QHostAddress::parseSubnet(u"2001:db8::/32"_s), // documentation
        QHostAddress::parseSubnet(u"fc00::/7"_s), // unique local
        QHostAddress::parseSubnet(u"fe80::/10"_s), // link-local
        QHostAddress::parseSubnet(u"fec0::/10"_s), // deprecated site-local
        QHostAddress::parseSubnet(u"ff00::/8"_s), // multicast
    };
    return subnets;
}

bool inAny(const QHostAddress &address, const QList<Subnet> &subnets)
{
    for (const Subnet &subnet : subnets) {
        if (address.isInSubnet(subnet))
            return true;
    }
    return false;
}

bool isPublicIPv4(quint32 ip4)
{
    return !inAny(QHostAddress(ip4), nonPublicIPv4());
}

} // namespace

bool AddressClassifier::isPublic(const QHostAddress &address)
{
    if (address.isNull())
        return false;
    if (address.protocol() == QAbstractSocket::IPv4Protocol)
        return isPublicIPv4(address.toIPv4Address());
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return false;

    // IPv4-mapped (::ffff:a.b.c.d) reaches the IPv4 address through a dual-stack socket.
    bool mapped = false;
    const quint32 ip4 = address.toIPv4Address(&mapped);
    if (mapped)
        return isPublicIPv4(ip4);
    if (inAny(address, nonPublicIPv6()))
        return false;

    // Translation prefixes carry an IPv4 address that a gateway would connect to.
    const Q_IPV6ADDR bytes = address.toIPv6Address();
    auto embedded = [&bytes](int at) {
        return quint32(bytes[at]) << 24 | quint32(bytes[at + 1]) << 16 | quint32(bytes[at + 2]) << 8
            | quint32(bytes[at + 3]);
    };
    if (address.isInSubnet(QHostAddress::parseSubnet(u"64:ff9b::/96"_s)))
        return isPublicIPv4(embedded(12));
    if (address.isInSubnet(QHostAddress::parseSubnet(u"2002::/16"_s)))
        return isPublicIPv4(embedded(2));
    return true;
}

bool AddressClassifier::isLocalHostName(QStringView host)
{
    QString name = host.toString().toLower();
    while (name.endsWith(u'.'))
        name.chop(1);
    return name == "localhost"_L1 || name.endsWith(".localhost"_L1) || name == "localhost.localdomain"_L1
        || name == "ip6-localhost"_L1 || name == "ip6-loopback"_L1;
}

AddressClassifier::Verdict AddressClassifier::classifyHost(const QString &host)
{
    QString name = host.trimmed();
    if (name.startsWith(u'[') && name.endsWith(u']'))
        name = name.mid(1, name.size() - 2);
    if (name.isEmpty() || isLocalHostName(name))
        return Verdict::NonPublic;
    QHostAddress address;
    if (address.setAddress(name))
        return isPublic(address) ? Verdict::Public : Verdict::NonPublic;
    return Verdict::NeedsLookup;
}

} // namespace Citewise
