#include "catalogfilter.h"

#include <QSet>

namespace dp {

Catalog filteredCatalog(const Catalog& catalog, const QStringList& dimensionIds)
{
    const QSet<QString> wanted(dimensionIds.cbegin(), dimensionIds.cend());
    Catalog filtered = catalog;
    filtered.dimensions.clear();
    for (const Dimension& dimension : catalog.dimensions) {
        if (wanted.contains(dimension.id))
            filtered.dimensions.append(dimension);
    }
    // Scales stay complete: they are few, and a later workshop of the same series may use a
    // dimension whose statements need them.
    return filtered;
}

} // namespace dp
