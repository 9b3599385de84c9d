// Memory hints for large buffers (prefault.h): 2 MB pages are asked for over memory nothing has touched
// yet, never over memory in use, and neither hint changes what the memory holds.
#include "prefault.h"

#include <QFile>
#include <QTest>

#include <algorithm>
#include <limits>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

using namespace Citewise;

class TestPrefault : public QObject
{
    Q_OBJECT
private slots:
    void hugePagesOnlyForUntouchedMemory();
    void largeBuffersInWholeHugePages();
    void largeBufferHugePagesFromItsStart_data();
    void largeBufferHugePagesFromItsStart();
    void hintsKeepContents();
};

namespace {

#ifdef Q_OS_LINUX
constexpr qsizetype kMapSize = 8 * 1024 * 1024;

// The VmFlags of the mapping that holds `address`, from /proc/self/smaps ("rd wr mr mw me ac hg").
QByteArray vmFlagsAt(const void *address)
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly))
        return {};
    const auto at = quintptr(address);
    bool inside = false;
    // (Files in /proc have no size: read them to their end rather than asking where it is.)
    const QList<QByteArray> lines = smaps.readAll().split('\n');
    for (const QByteArray &untrimmed : lines) {
        const QByteArray line = untrimmed.trimmed();
        const qsizetype dash = line.indexOf('-');
        const qsizetype space = line.indexOf(' ');
        // A mapping's first line starts "from-to perms ..."; its fields start "Name:".
        if (dash > 0 && space > dash && !line.first(space).endsWith(':')) {
            bool ok1 = false;
            bool ok2 = false;
            const quintptr from = line.first(dash).toULongLong(&ok1, 16);
            const quintptr to = line.sliced(dash + 1, space - dash - 1).toULongLong(&ok2, 16);
            inside = ok1 && ok2 && at >= from && at < to;
        } else if (inside && line.startsWith("VmFlags:")) {
            return line.sliced(8).trimmed();
        }
    }
    return {};
}

bool asksForHugePages(const void *address)
{
    return vmFlagsAt(address).split(' ').contains("hg");
}

char *mapAnonymous()
{
    void *p = mmap(nullptr, kMapSize, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    return p == MAP_FAILED ? nullptr : static_cast<char *>(p);
}
#endif

} // namespace

void TestPrefault::hugePagesOnlyForUntouchedMemory()
{
#ifndef Q_OS_LINUX
    QSKIP("2 MB pages are asked for on Linux only");
#else
    if (!QFile::exists(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled")))
        QSKIP("This kernel has no transparent huge pages");
    char *fresh = mapAnonymous();
    char *used = mapAnonymous();
    QVERIFY(fresh && used);
    used[kMapSize / 2] = 1; // one page in use, its ends untouched
    // The 2 MB-aligned middle of each mapping.
    const auto middle = [](char *p) {
        return reinterpret_cast<char *>((quintptr(p) + kMapSize / 2) & ~quintptr(2 * 1024 * 1024 - 1));
    };
    adviseHugePages(fresh, kMapSize);
    adviseHugePages(used, kMapSize);
    if (vmFlagsAt(fresh).isEmpty())
        QSKIP("/proc/self/smaps has no VmFlags here");
    QVERIFY(asksForHugePages(middle(fresh)));
    QVERIFY(!asksForHugePages(middle(used)));
    munmap(fresh, kMapSize);
    munmap(used, kMapSize);
#endif
}

void TestPrefault::largeBuffersInWholeHugePages()
{
    constexpr qsizetype kHuge = 2 * 1024 * 1024;
    // Small buffers are left as asked.
    for (qsizetype bytes : {qsizetype(0), qsizetype(1), qsizetype(4096), kHuge / 2 - 1})
        QCOMPARE(largeBufferCapacity(bytes), bytes);
#ifdef Q_OS_LINUX
    // Large ones take a little under whole 2 MB pages: never less than asked, less than one page more.
    for (qsizetype bytes :
        {kHuge / 2, kHuge - 257, kHuge - 256, kHuge - 255, kHuge, 3 * kHuge + 5, qsizetype(10486026) * 2}) {
        const qsizetype capacity = largeBufferCapacity(bytes);
        QVERIFY2(capacity >= bytes, qPrintable(QString::number(bytes)));
        QVERIFY2(capacity - bytes < kHuge, qPrintable(QString::number(bytes)));
        QCOMPARE((capacity + 256) % kHuge, 0);
    }
#endif
    QCOMPARE(
        largeBufferCapacity(std::numeric_limits<qsizetype>::max()), std::numeric_limits<qsizetype>::max());
}

void TestPrefault::largeBufferHugePagesFromItsStart_data()
{
    QTest::addColumn<qsizetype>("bytes");
    QTest::addColumn<bool>("lastPageHuge");
    // Larger than the allocator ever serves from its heap (32 MB): mapped afresh, at a 2 MB boundary.
    constexpr qsizetype kMB = 1024 * 1024;
    QTest::addRow("a few bytes into the last 2 MB page") << 40 * kMB + 12345 << false;
    QTest::addRow("most of the last 2 MB page") << 41 * kMB + kMB / 2 << true;
}

void TestPrefault::largeBufferHugePagesFromItsStart()
{
#ifndef Q_OS_LINUX
    QSKIP("2 MB pages are asked for on Linux only");
#else
    QFETCH(qsizetype, bytes);
    QFETCH(bool, lastPageHuge);
    if (!QFile::exists(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled")))
        QSKIP("This kernel has no transparent huge pages");
    constexpr quintptr kHuge = 2 * 1024 * 1024;
    QByteArray buffer;
    buffer.reserve(largeBufferCapacity(bytes));
    if (quintptr(buffer.data()) % kHuge > 4096)
        QSKIP("The allocator did not map this buffer at a 2 MB boundary");
    adviseHugePages(buffer.data(), bytes, buffer.capacity());
    if (vmFlagsAt(buffer.data()).isEmpty())
        QSKIP("/proc/self/smaps has no VmFlags here");
    // The first 2 MB page, where the headers are, and the whole ones after it.
    QVERIFY(asksForHugePages(buffer.data()));
    const char *lastPage = reinterpret_cast<const char *>((quintptr(buffer.data()) + bytes) & ~(kHuge - 1));
    QVERIFY(asksForHugePages(lastPage - 1));
    // The last only when the buffer's bytes fill at least half of it.
    QCOMPARE(asksForHugePages(lastPage), lastPageHuge);
    buffer.resize(bytes);
    std::fill(buffer.begin(), buffer.end(), 'y');
    QVERIFY(std::all_of(buffer.cbegin(), buffer.cend(), [](char c) { return c == 'y'; }));
#endif
}

void TestPrefault::hintsKeepContents()
{
    // Reused memory (the hints leave it alone) and odd sizes and places: the bytes stay as they were.
    QByteArray buffer(3 * 1024 * 1024 + 123, 'x');
    for (qsizetype i = 0; i < buffer.size(); i += 4099)
        buffer[i] = char('a' + i % 26);
    const QByteArray before = buffer;
    for (qsizetype offset : {0, 1, 4095, 4096, 70001}) {
        adviseHugePages(buffer.data() + offset, buffer.size() - offset);
        prefaultForWriting(buffer.data() + offset, buffer.size() - offset);
    }
    adviseHugePages(buffer.data(), 0);
    prefaultForWriting(buffer.data(), 1);
    QCOMPARE(buffer, before);
#ifdef Q_OS_LINUX
    char *fresh = mapAnonymous();
    QVERIFY(fresh);
    adviseHugePages(fresh, kMapSize);
    prefaultForWriting(fresh, kMapSize);
    QVERIFY(std::all_of(fresh, fresh + kMapSize, [](char c) { return c == 0; }));
    munmap(fresh, kMapSize);
#endif
}

QTEST_GUILESS_MAIN(TestPrefault)
#include "tst_prefault.moc"
