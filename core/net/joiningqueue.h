#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <map>
#include <optional>
#include <set>

namespace dp {

/// The connections that are still joining (not yet said hello), per address and in all, in the
/// order they arrived. When a cap is passed it names the connection to drop: always the oldest,
/// of the same address when that address passed its own cap. Legitimate devices say hello within
/// milliseconds, so the oldest joining connection is the one most likely idle; a flood from one
/// address pushes out only its own connections.
class JoiningQueue
{
public:
    JoiningQueue(int maxPerAddress, int maxTotal);

    /// Adds connection `id` (ids grow with arrival) from `address`; returns the ids to drop,
    /// oldest first, which are no longer counted.
    QList<quint64> add(quint64 id, const QString& address);
    /// Forgets `id` (it said hello, failed or closed); unknown ids are ignored.
    void remove(quint64 id);
    bool contains(quint64 id) const { return m_addresses.count(id) > 0; }
    std::optional<quint64> oldest() const;
    int size() const { return int(m_addresses.size()); }
    int count(const QString& address) const;

private:
    int m_maxPerAddress;
    int m_maxTotal;
    std::map<quint64, QString> m_addresses;
    QHash<QString, std::set<quint64>> m_byAddress;
};

} // namespace dp
