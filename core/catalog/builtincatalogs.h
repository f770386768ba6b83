#pragma once

#include "catalog.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dp {

/// What a picker needs to list a catalog shipped inside the app, without keeping it loaded.
struct BuiltinCatalogInfo
{
    QString id; ///< the catalog's "id", e.g. "qualitaetsrahmen"
    QString resourcePath; ///< ":/catalogs/<id>.json"
    LocalizedText title;
    LocalizedText description;
    QStringList languages;
    int dimensionCount = 0;
    int statementCount = 0;
};

/// Resource paths of all catalogs compiled into the core, in display order.
QStringList builtinCatalogPaths();
/// The built-in catalogs with their localized titles; a catalog that fails to parse is left out.
QList<BuiltinCatalogInfo> builtinCatalogs();
/// Loads a built-in catalog by its id; an unknown id gives a clear error.
Catalog::ParseResult loadBuiltin(const QString& id);

} // namespace dp
