#include "focusnavigator.h"

#include <algorithm>

namespace dp {

void FocusNavigator::setStatementIds(const QStringList& statementIds)
{
    m_statementIds = statementIds;
    m_index = 0;
}

bool FocusNavigator::setIndex(int index)
{
    index = std::clamp(index, 0, std::max(0, int(m_statementIds.size()) - 1));
    if (index == m_index)
        return false;
    m_index = index;
    return true;
}

bool FocusNavigator::focus(const QString& statementId)
{
    const qsizetype index = m_statementIds.indexOf(statementId);
    return index >= 0 && setIndex(int(index));
}

} // namespace dp
