#pragma once

#include "catalog/catalog.h"
#include "storage/records.h"

#include <QDate>
#include <QStringList>

#include <optional>

namespace dp::workshopinputs {

// What the moderator types into the new-workshop form, turned into what the storage needs.
// Errors are English source texts; WorkshopLibrary translates them.

/// A date as "yyyy-MM-dd" or as Germans write it, "dd.MM.yyyy" (also "d.M.yyyy").
QDate parseDate(const QString& text);

/// A built-in catalog by id or, when `catalogPath` is given, an imported catalog JSON file.
Catalog::ParseResult loadCatalog(const QString& catalogId, const QString& catalogPath);

/// Groups from their names: a name of a default group keeps its id and its translations, other
/// names get ids of their own. Blank names are dropped; a name given twice is refused.
std::optional<QList<Group>> groupsFromNames(
    const QStringList& names, const QString& language, QString* error);

/// The names of the default groups in `language`, for the form to start with.
QStringList defaultGroupNames(const QString& language);

} // namespace dp::workshopinputs
