#include "catalogeditor.h"

// Which scales exist and which statement uses which; the scale's own fields live in ScaleEditor.
namespace dp {

QString CatalogEditor::statementScale(int row) const
{
    const Statement* statement = statementAt(row);
    if (!statement)
        return QString();
    return statement->scaleId.isEmpty() ? m_catalog.defaultScaleId : statement->scaleId;
}

bool CatalogEditor::setStatementScale(int row, const QString& scaleId)
{
    Statement* statement = statementAt(row);
    if (!statement || !m_catalog.scale(scaleId))
        return false;
    statement->scaleId = scaleId == m_catalog.defaultScaleId ? QString() : scaleId;
    m_statements.refresh(row);
    m_scale.setScaleIndex(int(scaleIds().indexOf(scaleId)));
    edited();
    return true;
}

QString CatalogEditor::addScale(const QString& kind)
{
    Scale scale;
    for (int n = 1; scale.id.isEmpty() || m_catalog.scale(scale.id); ++n)
        scale.id = QStringLiteral("%1-%2").arg(kind).arg(n);
    m_catalog.scales.append(scale);
    m_scale.setScaleIndex(int(m_catalog.scales.size()) - 1);
    m_scale.setKind(kind);
    edited();
    return scale.id;
}

bool CatalogEditor::editScale(const QString& scaleId)
{
    const int index = int(scaleIds().indexOf(scaleId));
    if (index < 0)
        return false;
    m_scale.setScaleIndex(index);
    return true;
}

bool CatalogEditor::removeScale(const QString& scaleId)
{
    const int index = int(scaleIds().indexOf(scaleId));
    if (index < 0)
        return false;
    if (scaleId == m_catalog.defaultScaleId) {
        setLastError(
            tr("The scale \"%1\" is the default scale and cannot be deleted.").arg(scaleId));
        return false;
    }
    for (const Dimension& dimension : std::as_const(m_catalog.dimensions)) {
        for (const Statement& statement : dimension.statements) {
            if (statement.scaleId == scaleId) {
                setLastError(
                    tr("The scale \"%1\" is used by statement \"%2\" and cannot be deleted.")
                        .arg(scaleId, statement.id));
                return false;
            }
        }
    }
    m_catalog.scales.removeAt(index);
    m_scale.setScaleIndex(int(scaleIds().indexOf(m_catalog.defaultScaleId)));
    setLastError(QString());
    edited();
    return true;
}

QStringList CatalogEditor::statementsUsingScale(const QString& scaleId) const
{
    QStringList names;
    for (const Dimension& dimension : m_catalog.dimensions) {
        for (const Statement& statement : dimension.statements) {
            if (statement.scaleId == scaleId) {
                const QString text = statement.text.text(m_language);
                names.append(text.isEmpty() ? statement.id : text);
            }
        }
    }
    return names;
}

void CatalogEditor::setDefaultScaleId(const QString& scaleId)
{
    if (scaleId == m_catalog.defaultScaleId || !m_catalog.scale(scaleId))
        return;
    // Statements that followed the old default keep that scale explicitly: changing the default
    // must not silently change what they ask.
    const QString old = m_catalog.defaultScaleId;
    for (Dimension& dimension : m_catalog.dimensions) {
        for (Statement& statement : dimension.statements) {
            if (statement.scaleId.isEmpty())
                statement.scaleId = old;
            else if (statement.scaleId == scaleId)
                statement.scaleId.clear();
        }
    }
    m_catalog.defaultScaleId = scaleId;
    m_statements.refreshAll();
    edited();
}

} // namespace dp
