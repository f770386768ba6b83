#include "catalogeditor.h"

#include "catalog/builtincatalogs.h"

#include <QFileInfo>
#include <QSaveFile>

// Loading, creating, validating and writing the edited catalog; editing lives in catalogeditor.cpp.
namespace dp {

void CatalogEditor::setCatalog(const Catalog& catalog)
{
    m_catalog = catalog;
    m_dimensions.resetAll();
    m_statements.setDimensionIndex(m_catalog.dimensions.isEmpty() ? -1 : 0);
    m_currentStatement = -1;
    m_scale.setScaleIndex(m_catalog.scales.isEmpty() ? -1 : 0);
    if (!m_catalog.languages.isEmpty() && !m_catalog.languages.contains(m_language))
        setLanguage(m_catalog.languages.first());
    m_dirty = false;
    m_fresh = false;
    revalidate();
    emit currentChanged();
}

void CatalogEditor::newCatalog()
{
    const QString de = QStringLiteral("de");
    const QString en = QStringLiteral("en");
    Catalog catalog;
    catalog.id = QStringLiteral("neuer-katalog");
    catalog.version = QStringLiteral("1");
    catalog.title = LocalizedText { { de, QStringLiteral("Neuer Katalog") },
        { en, QStringLiteral("New catalog") } };
    catalog.languages = { de, en };
    Scale agreement;
    agreement.id = QStringLiteral("zustimmung");
    catalog.scales = { agreement };
    catalog.defaultScaleId = agreement.id;
    setCatalog(catalog);
    m_fresh = true;
    emit changed();
    setLastError(QString());
}

QStringList CatalogEditor::builtinIds() const
{
    QStringList ids;
    for (const BuiltinCatalogInfo& info : builtinCatalogs())
        ids.append(info.id);
    return ids;
}

bool CatalogEditor::loadBuiltin(const QString& id)
{
    const Catalog::ParseResult result = dp::loadBuiltin(id);
    setLastError(result.error);
    if (result.ok())
        setCatalog(result.catalog);
    return result.ok();
}

bool CatalogEditor::importFile(const QString& path)
{
    const Catalog::ParseResult result = Catalog::fromFile(path);
    setLastError(result.error);
    if (result.ok())
        setCatalog(result.catalog);
    return result.ok();
}

bool CatalogEditor::exportFile(const QString& path)
{
    revalidate();
    if (!isValid()) {
        setLastError(tr("The catalog is not valid and was not saved: %1").arg(m_validationMessage));
        return false;
    }
    const QString name = QFileInfo(path).fileName();
    // QSaveFile writes beside the target and renames on commit: a failed write leaves the old file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_catalog.toJson()) < 0 || !file.commit()) {
        setLastError(tr("Cannot write the catalog file \"%1\": %2").arg(name, file.errorString()));
        return false;
    }
    m_dirty = false;
    setLastError(QString());
    emit changed();
    return true;
}

void CatalogEditor::revalidate()
{
    m_validationMessage = Catalog::fromJson(m_catalog.toJson()).error;
    m_missing = m_catalog.missingTranslations();
    emit changed();
}

void CatalogEditor::edited()
{
    m_dirty = true;
    m_fresh = false;
    revalidate();
}

void CatalogEditor::setLastError(const QString& error)
{
    if (m_lastError != error) {
        m_lastError = error;
        emit lastErrorChanged();
    }
}

} // namespace dp
