#include "builtincatalogs.h"

#include "catalogmessages.h"

#include <QFileInfo>

namespace dp {

QStringList builtinCatalogPaths()
{
    // Kept explicit (not a directory listing) so the picker order is deliberate.
    return { QStringLiteral(":/catalogs/qualitaetsrahmen.json"),
        QStringLiteral(":/catalogs/elternfeedback.json") };
}

QList<BuiltinCatalogInfo> builtinCatalogs()
{
    QList<BuiltinCatalogInfo> result;
    for (const QString& path : builtinCatalogPaths()) {
        const Catalog::ParseResult parsed = Catalog::fromFile(path);
        if (!parsed.ok()) {
            qWarning(
                "Built-in catalog %s is broken: %s", qPrintable(path), qPrintable(parsed.error));
            continue;
        }
        const Catalog& catalog = parsed.catalog;
        result.append({ catalog.id, path, catalog.title, catalog.description, catalog.languages,
            static_cast<int>(catalog.dimensions.size()), catalog.statementCount() });
    }
    return result;
}

Catalog::ParseResult loadBuiltin(const QString& id)
{
    for (const QString& path : builtinCatalogPaths()) {
        if (QFileInfo(path).completeBaseName() == id)
            return Catalog::fromFile(path);
    }
    Catalog::ParseResult result;
    result.error = CatalogMessages::tr("there is no built-in catalog \"%1\"").arg(id);
    return result;
}

} // namespace dp
