// The keys entries' addresses are compared by to find duplicates (see Analyser::checkReferences()):
// what leaves an address the same page, and the table of keys seen.
#pragma once

#include <QHashFunctions>
#include <QList>
#include <QString>
#include <QStringView>
#include <QtMath>

namespace Citewise {

// The length of `key`'s "https://" or "http://", 0 for any other scheme. (Keys are lower case there.)
qsizetype httpSchemeLength(QStringView key);

// `key` without the parameters of its query that say where a link was shared, not what it points to:
// "utm_source=…" and Google Analytics' other "utm_" parameters, Facebook's "fbclid", Google's "gclid".
// False when it holds none.
bool withoutTrackingParameters(QStringView key, QString *out);

// The addresses' keys seen so far, each with the first entry that had it: an open-addressing table
// over views of the keys, which stay in the entries' addresses or, when built, in the table. Thousands
// of entries are looked up without a node, a copy or a reference count each.
class SeenKeys
{
public:
    explicit SeenKeys(qsizetype count)
        : m_mask(qsizetype(qNextPowerOfTwo(quint64(2 * count + 1))) - 1), m_slots(m_mask + 1, -1)
    {
        m_keys.reserve(count);
    }

    // The entry that had `key` first; else -1, after noting `entry` with it (and keeping `built`, which
    // holds `key` when `key` is not in the entry's address).
    int firstOrAdd(QStringView key, QString &&built, int entry)
    {
        for (qsizetype slot = qHash(key, m_seed) & m_mask;; slot = (slot + 1) & m_mask) {
            const int seen = m_slots.at(slot);
            if (seen < 0) {
                m_slots[slot] = int(m_keys.size());
                m_keys.append({key, entry});
                if (!built.isEmpty())
                    m_built.append(std::move(built)); // (its characters stay where `key` sees them)
                return -1;
            }
            if (m_keys.at(seen).key == key)
                return m_keys.at(seen).entry;
        }
    }

private:
    struct Seen
    {
        QStringView key;
        int entry = 0;
    };
    // (Qt hashes strings with its fastest function only under a seed other than 0.)
    const size_t m_seed = QHashSeed::globalSeed();
    qsizetype m_mask;
    QList<int> m_slots; // index into m_keys, -1 where none
    QList<Seen> m_keys;
    QList<QString> m_built;
};

} // namespace Citewise
