#include "suppression.h"

#include <algorithm>

namespace dp {

GroupSuppression::Result GroupSuppression::apply(
    const QHash<QString, int>& answersPerGroup, const QSet<QString>& forceHidden) const
{
    Result result;
    QList<QPair<int, QString>> shownBySize; // (answers, id), smallest first
    int hiddenNonEmpty = 0;
    for (auto it = answersPerGroup.cbegin(); it != answersPerGroup.cend(); ++it) {
        if (it.value() >= m_threshold && !forceHidden.contains(it.key())) {
            shownBySize.append({ it.value(), it.key() });
        } else {
            result.hidden.append(it.key());
            if (it.value() > 0) {
                ++hiddenNonEmpty;
                result.hiddenAnswers += it.value();
            }
        }
    }
    std::sort(shownBySize.begin(), shownBySize.end());

    // total - sum(shown) = sum(hidden). That sum must not be one group's answers (exactly one
    // hidden group), nor so few answers that a member of a hidden group could subtract their
    // own answer and learn another person's.
    qsizetype next = 0;
    while (hiddenNonEmpty > 0 && (hiddenNonEmpty == 1 || result.hiddenAnswers < m_threshold)
        && next < shownBySize.size()) {
        const auto& [answers, id] = shownBySize.at(next++);
        result.hidden.append(id);
        result.complementary.append(id);
        ++hiddenNonEmpty;
        result.hiddenAnswers += answers;
    }
    for (qsizetype i = next; i < shownBySize.size(); ++i)
        result.shown.append(shownBySize.at(i).second);
    result.shown.sort();
    result.hidden.sort();
    result.complementary.sort();
    return result;
}

} // namespace dp
