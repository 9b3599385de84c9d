// Which hosts and addresses the link checker treats as public.
#include "addressclassifier.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Citewise::AddressClassifier;

class tst_AddressClassifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifyHost_data();
    void classifyHost();
    void localHostName_data();
    void localHostName();
};

void tst_AddressClassifier::classifyHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<AddressClassifier::Verdict>("verdict");
    using V = AddressClassifier::Verdict;

    QTest::addRow("public-ipv4") << u"93.184.216.34"_s << V::Public;
    QTest::addRow("public-dns") << u"8.8.8.8"_s << V::Public;
    QTest::addRow("loopback") << u"127.0.0.1"_s << V::NonPublic;
    QTest::addRow("loopback-other") << u"127.12.0.9"_s << V::NonPublic;
    QTest::addRow("this-network") << u"0.0.0.0"_s << V::NonPublic;
    QTest::addRow("this-network-other") << u"0.1.2.3"_s << V::NonPublic;
    QTest::addRow("private-10") << u"10.20.30.40"_s << V::NonPublic;
    QTest::addRow("private-172-low") << u"172.16.0.1"_s << V::NonPublic;
    QTest::addRow("private-172-high") << u"172.31.255.254"_s << V::NonPublic;
    QTest::addRow("public-172-15") << u"172.15.255.255"_s << V::Public;
    QTest::addRow("public-172-32") << u"172.32.0.1"_s << V::Public;
    QTest::addRow("private-192-168") << u"192.168.1.1"_s << V::NonPublic;
    QTest::addRow("link-local") << u"169.254.169.254"_s << V::NonPublic;
    QTest::addRow("cgnat-low") << u"100.64.0.1"_s << V::NonPublic;
    QTest::addRow("cgnat-high") << u"100.127.255.254"_s << V::NonPublic;
    QTest::addRow("public-100-128") << u"100.128.0.1"_s << V::Public;
    QTest::addRow("multicast") << u"224.0.0.251"_s << V::NonPublic;
    QTest::addRow("broadcast") << u"255.255.255.255"_s << V::NonPublic;
    QTest::addRow("documentation") << u"192.0.2.10"_s << V::NonPublic;

    QTest::addRow("ipv6-public") << u"2606:2800:220:1:248:1893:25c8:1946"_s << V::Public;
    QTest::addRow("ipv6-loopback") << u"::1"_s << V::NonPublic;
    QTest::addRow("ipv6-loopback-brackets") << u"[::1]"_s << V::NonPublic;
    QTest::addRow("ipv6-unspecified") << u"::"_s << V::NonPublic;
    QTest::addRow("ipv6-unique-local-fc") << u"fc00::1"_s << V::NonPublic;
    QTest::addRow("ipv6-unique-local-fd") << u"fd12:3456:789a::1"_s << V::NonPublic;
    QTest::addRow("ipv6-link-local") << u"fe80::1"_s << V::NonPublic;
    QTest::addRow("ipv6-link-local-high") << u"febf::1"_s << V::NonPublic;
    QTest::addRow("ipv6-multicast") << u"ff02::1"_s << V::NonPublic;
    QTest::addRow("ipv6-mapped-loopback") << u"::ffff:127.0.0.1"_s << V::NonPublic;
    QTest::addRow("ipv6-mapped-private") << u"::ffff:192.168.0.1"_s << V::NonPublic;
    QTest::addRow("ipv6-mapped-public") << u"::ffff:8.8.8.8"_s << V::Public;
    QTest::addRow("ipv6-nat64-private") << u"64:ff9b::10.0.0.1"_s << V::NonPublic;
    QTest::addRow("ipv6-6to4-loopback") << u"2002:7f00:1::"_s << V::NonPublic;

    QTest::addRow("localhost") << u"localhost"_s << V::NonPublic;
    QTest::addRow("localhost-upper") << u"LocalHost"_s << V::NonPublic;
    QTest::addRow("localhost-dot") << u"localhost."_s << V::NonPublic;
    QTest::addRow("sub-localhost") << u"app.localhost"_s << V::NonPublic;
    QTest::addRow("empty") << QString() << V::NonPublic;
    QTest::addRow("name") << u"example.org"_s << V::NeedsLookup;
    QTest::addRow("name-containing-localhost") << u"localhost.example.org"_s << V::NeedsLookup;
    QTest::addRow("name-ending-localhost-word") << u"notlocalhost"_s << V::NeedsLookup;
}

void tst_AddressClassifier::classifyHost()
{
    QFETCH(QString, host);
    QFETCH(AddressClassifier::Verdict, verdict);
    QCOMPARE(AddressClassifier::classifyHost(host), verdict);
}

void tst_AddressClassifier::localHostName_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("local");
    QTest::addRow("localhost") << u"localhost"_s << true;
    QTest::addRow("ip6-localhost") << u"ip6-localhost"_s << true;
    QTest::addRow("nested") << u"a.b.localhost"_s << true;
    QTest::addRow("other") << u"example.com"_s << false;
}

void tst_AddressClassifier::localHostName()
{
    QFETCH(QString, host);
    QFETCH(bool, local);
    QCOMPARE(AddressClassifier::isLocalHostName(host), local);
}

QTEST_GUILESS_MAIN(tst_AddressClassifier)
#include "tst_addressclassifier.moc"
