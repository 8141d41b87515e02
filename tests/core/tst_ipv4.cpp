// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/ipv4.h"

#include <QtTest>

#include <algorithm>
#include <vector>

using namespace avsnet::core;

namespace {

Ipv4Prefix prefix(const char *text)
{
    const auto parsed = Ipv4Prefix::parse(text);
    if (!parsed)
        qFatal("test prefix %s does not parse", text);
    return *parsed;
}

Ipv4Address address(const char *text)
{
    const auto parsed = Ipv4Address::parse(text);
    if (!parsed)
        qFatal("test address %s does not parse", text);
    return *parsed;
}

} // namespace

class TestIpv4 : public QObject
{
    Q_OBJECT

private slots:
    void parseAddress_data();
    void parseAddress();
    void parsePrefix_data();
    void parsePrefix();
    void containsAddress();
    void containsPrefix();
    void overlaps();
    void hostBits();
    void isPublic_data();
    void isPublic();
    void ordering();
};

void TestIpv4::parseAddress_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<quint32>("value");

    QTest::newRow("zero") << "0.0.0.0" << true << 0u;
    QTest::newRow("private") << "10.1.2.3" << true << 0x0a010203u;
    QTest::newRow("broadcast") << "255.255.255.255" << true << 0xffffffffu;
    QTest::newRow("empty") << "" << false << 0u;
    QTest::newRow("three octets") << "10.1.2" << false << 0u;
    QTest::newRow("five octets") << "10.1.2.3.4" << false << 0u;
    QTest::newRow("octet too large") << "10.1.2.256" << false << 0u;
    QTest::newRow("leading zero") << "10.01.2.3" << false << 0u;
    QTest::newRow("sign") << "10.+1.2.3" << false << 0u;
    QTest::newRow("negative") << "10.-1.2.3" << false << 0u;
    QTest::newRow("space") << " 10.1.2.3" << false << 0u;
    QTest::newRow("trailing space") << "10.1.2.3 " << false << 0u;
    QTest::newRow("trailing dot") << "10.1.2.3." << false << 0u;
    QTest::newRow("empty octet") << "10..2.3" << false << 0u;
    QTest::newRow("letters") << "a.b.c.d" << false << 0u;
    QTest::newRow("hex") << "0x0a.1.2.3" << false << 0u;
    QTest::newRow("four digits") << "1000.1.2.3" << false << 0u;
    QTest::newRow("with length") << "10.1.2.3/24" << false << 0u;
}

void TestIpv4::parseAddress()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(quint32, value);
    const auto parsed = Ipv4Address::parse(text.toStdString());
    QCOMPARE(parsed.has_value(), valid);
    if (valid) {
        QCOMPARE(parsed->value(), value);
        QCOMPARE(QString::fromStdString(parsed->toString()), text);
    }
}

void TestIpv4::parsePrefix_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("length");

    QTest::newRow("default route") << "0.0.0.0/0" << true << 0;
    QTest::newRow("slash 16") << "10.1.0.0/16" << true << 16;
    QTest::newRow("host route") << "10.1.2.3/32" << true << 32;
    QTest::newRow("host bits set") << "10.1.0.1/16" << true << 16;
    QTest::newRow("no length") << "10.1.0.0" << false << 0;
    QTest::newRow("empty length") << "10.1.0.0/" << false << 0;
    QTest::newRow("length 33") << "10.1.0.0/33" << false << 0;
    QTest::newRow("length leading zero") << "10.1.0.0/08" << false << 0;
    QTest::newRow("length 00") << "10.1.0.0/00" << false << 0;
    QTest::newRow("negative length") << "10.1.0.0/-1" << false << 0;
    QTest::newRow("two slashes") << "10.1.0.0/16/2" << false << 0;
    QTest::newRow("bad address") << "10.1.0/16" << false << 0;
    QTest::newRow("space") << "10.1.0.0/ 16" << false << 0;
    QTest::newRow("empty") << "" << false << 0;
    QTest::newRow("slash only") << "/" << false << 0;
}

void TestIpv4::parsePrefix()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(int, length);
    const auto parsed = Ipv4Prefix::parse(text.toStdString());
    QCOMPARE(parsed.has_value(), valid);
    if (valid) {
        QCOMPARE(parsed->length(), length);
        QCOMPARE(QString::fromStdString(parsed->toString()), text); // host bits kept as written
    }
}

void TestIpv4::containsAddress()
{
    QVERIFY(prefix("10.1.0.0/16").contains(address("10.1.0.0")));
    QVERIFY(prefix("10.1.0.0/16").contains(address("10.1.255.255")));
    QVERIFY(!prefix("10.1.0.0/16").contains(address("10.2.0.0")));
    QVERIFY(!prefix("10.1.0.0/16").contains(address("10.0.255.255")));
    QVERIFY(prefix("0.0.0.0/0").contains(address("8.8.8.8")));
    QVERIFY(prefix("10.1.2.3/32").contains(address("10.1.2.3")));
    QVERIFY(!prefix("10.1.2.3/32").contains(address("10.1.2.4")));
    // A prefix with host bits set contains its network's addresses.
    QVERIFY(prefix("10.1.0.1/16").contains(address("10.1.7.7")));
}

void TestIpv4::containsPrefix()
{
    QVERIFY(prefix("10.0.0.0/8").contains(prefix("10.1.0.0/16")));
    QVERIFY(prefix("10.1.0.0/16").contains(prefix("10.1.0.0/16")));
    QVERIFY(!prefix("10.1.0.0/16").contains(prefix("10.0.0.0/8")));
    QVERIFY(!prefix("10.1.0.0/16").contains(prefix("10.2.0.0/24")));
    QVERIFY(prefix("0.0.0.0/0").contains(prefix("192.168.1.0/24")));
    QVERIFY(prefix("10.1.2.0/24").contains(prefix("10.1.2.128/25")));
}

void TestIpv4::overlaps()
{
    QVERIFY(prefix("10.0.0.0/8").overlaps(prefix("10.1.0.0/16")));
    QVERIFY(prefix("10.1.0.0/16").overlaps(prefix("10.0.0.0/8")));
    QVERIFY(prefix("10.1.0.0/16").overlaps(prefix("10.1.0.0/16")));
    QVERIFY(!prefix("10.1.0.0/16").overlaps(prefix("10.2.0.0/16")));
    QVERIFY(!prefix("10.1.2.0/25").overlaps(prefix("10.1.2.128/25")));
    QVERIFY(prefix("0.0.0.0/0").overlaps(prefix("1.2.3.4/32")));
}

void TestIpv4::hostBits()
{
    QVERIFY(!prefix("10.1.0.0/16").hasHostBits());
    QVERIFY(prefix("10.1.0.1/16").hasHostBits());
    QVERIFY(!prefix("10.1.2.3/32").hasHostBits());
    QVERIFY(prefix("0.0.0.1/0").hasHostBits());
    QCOMPARE(prefix("10.1.2.3/16").network(), prefix("10.1.0.0/16"));
    QCOMPARE(prefix("10.1.2.3/16").first(), address("10.1.0.0").value());
    QCOMPARE(prefix("10.1.2.3/16").last(), address("10.1.255.255").value());
    QCOMPARE(Ipv4Prefix::maskFor(0), 0u);
    QCOMPARE(Ipv4Prefix::maskFor(32), 0xffffffffu);
    QCOMPARE(Ipv4Prefix::maskFor(24), 0xffffff00u);
}

void TestIpv4::isPublic_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("isPublic");

    QTest::newRow("google dns") << "8.8.8.8" << true;
    QTest::newRow("rfc1918 10") << "10.0.0.1" << false;
    QTest::newRow("rfc1918 172.16") << "172.16.0.1" << false;
    QTest::newRow("rfc1918 172.31") << "172.31.255.255" << false;
    QTest::newRow("just above 172.16/12") << "172.32.0.1" << true;
    QTest::newRow("just below 172.16/12") << "172.15.255.255" << true;
    QTest::newRow("rfc1918 192.168") << "192.168.1.1" << false;
    QTest::newRow("shared address space") << "100.64.0.1" << false;
    QTest::newRow("above shared space") << "100.128.0.1" << true;
    QTest::newRow("loopback") << "127.0.0.1" << false;
    QTest::newRow("link local") << "169.254.1.1" << false;
    QTest::newRow("this network") << "0.1.2.3" << false;
    QTest::newRow("multicast") << "224.0.0.1" << false;
    QTest::newRow("reserved") << "240.0.0.1" << false;
    QTest::newRow("azure public") << "20.1.2.3" << true;
}

void TestIpv4::isPublic()
{
    QFETCH(QString, text);
    QFETCH(bool, isPublic);
    QCOMPARE(address(text.toLatin1().constData()).isPublic(), isPublic);
}

void TestIpv4::ordering()
{
    QVERIFY(address("10.0.0.1") < address("10.0.0.2"));
    QVERIFY(address("9.255.255.255") < address("10.0.0.0"));
    QVERIFY(prefix("10.0.0.0/8") < prefix("10.0.0.0/16")); // shorter first at the same address
    QVERIFY(prefix("10.0.0.0/16") < prefix("10.1.0.0/16"));
    QCOMPARE(prefix("10.1.0.0/16"), prefix("10.1.0.0/16"));
    QVERIFY(prefix("10.1.0.0/16") != prefix("10.1.0.1/16")); // host bits make a different value

    std::vector<Ipv4Prefix> sorted
        = {prefix("10.1.1.0/24"), prefix("0.0.0.0/0"), prefix("10.1.0.0/16"), prefix("10.0.0.0/8"),
           prefix("10.1.0.0/24")};
    std::sort(sorted.begin(), sorted.end());
    const std::vector<Ipv4Prefix> expected
        = {prefix("0.0.0.0/0"), prefix("10.0.0.0/8"), prefix("10.1.0.0/16"), prefix("10.1.0.0/24"),
           prefix("10.1.1.0/24")};
    QVERIFY(sorted == expected);
}

QTEST_APPLESS_MAIN(TestIpv4)
#include "tst_ipv4.moc"
