#include "joiningqueue.h"

#include <algorithm>

namespace dp {

JoiningQueue::JoiningQueue(int maxPerAddress, int maxTotal)
    : m_maxPerAddress(std::max(1, maxPerAddress))
    , m_maxTotal(std::max(1, maxTotal))
{
}

QList<quint64> JoiningQueue::add(quint64 id, const QString& address)
{
    m_addresses.emplace(id, address);
    std::set<quint64>& ofAddress = m_byAddress[address];
    ofAddress.insert(id);
    QList<quint64> dropped;
    while (int(ofAddress.size()) > m_maxPerAddress) {
        const quint64 oldest = *ofAddress.begin();
        ofAddress.erase(ofAddress.begin());
        m_addresses.erase(oldest);
        dropped.append(oldest);
    }
    while (int(m_addresses.size()) > m_maxTotal) {
        const quint64 oldest = m_addresses.begin()->first;
        remove(oldest);
        dropped.append(oldest);
    }
    return dropped;
}

void JoiningQueue::remove(quint64 id)
{
    const auto it = m_addresses.find(id);
    if (it == m_addresses.end())
        return;
    const auto ofAddress = m_byAddress.find(it->second);
    if (ofAddress != m_byAddress.end()) {
        ofAddress->erase(id);
        if (ofAddress->empty())
            m_byAddress.erase(ofAddress);
    }
    m_addresses.erase(it);
}

std::optional<quint64> JoiningQueue::oldest() const
{
    if (m_addresses.empty())
        return std::nullopt;
    return m_addresses.begin()->first;
}

int JoiningQueue::count(const QString& address) const
{
    const auto it = m_byAddress.constFind(address);
    return it == m_byAddress.cend() ? 0 : int(it->size());
}

} // namespace dp
