#pragma once

#include "workshoplistmodel.h"

#include <QVariantList>

namespace dp {

class Database;

namespace workshoprows {

// Reading the moderator's workshops and series for the lists, in one language.

/// Active (or archived) workshops, newest first, with their figures and series.
QList<WorkshopRow> load(Database& database, bool archived, const QString& language);
/// [{id, title, workshopCount}] of every series, oldest first.
QVariantList series(Database& database);

} // namespace workshoprows
} // namespace dp
