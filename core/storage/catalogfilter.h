#pragma once

#include "catalog/catalog.h"

#include <QStringList>

namespace dp {

/// The catalog with only the dimensions in `dimensionIds`, in the catalog's own order.
///
/// A cluster works on "Netzwerk" plus one or two chosen dimensions; the session's snapshot is
/// taken from this filtered catalog, so attendees never see the other dimensions. Unknown ids
/// are ignored here; SessionLifecycle::createSession() refuses them with a message.
Catalog filteredCatalog(const Catalog& catalog, const QStringList& dimensionIds);

} // namespace dp
