#include "catalogeditor.h"

#include <QCoreApplication>
#include <QEvent>

namespace dp {

namespace {

QString exact(const LocalizedText& text, const QString& language)
{
    return text.has(language) ? text.text(language) : QString();
}

} // namespace

CatalogEditor::CatalogEditor(QObject* parent)
    : QObject(parent)
{
    connect(&m_scale, &ScaleEditor::edited, this, &CatalogEditor::edited);
    // The validation message is translated when it is made; LanguageChange reaches only the
    // application object, so watch it there.
    if (QCoreApplication* app = QCoreApplication::instance())
        app->installEventFilter(this);
    newCatalog();
}

bool CatalogEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance())
        revalidate();
    return QObject::eventFilter(watched, event);
}

void CatalogEditor::setLanguage(const QString& language)
{
    if (language == m_language)
        return;
    m_language = language;
    m_dimensions.setLanguage(language);
    m_statements.setLanguage(language);
    emit languageChanged();
}

QStringList CatalogEditor::scaleIds() const
{
    QStringList ids;
    for (const Scale& s : m_catalog.scales)
        ids.append(s.id);
    return ids;
}

void CatalogEditor::setCatalogId(const QString& id)
{
    if (id != m_catalog.id) {
        m_catalog.id = id.trimmed();
        edited();
    }
}

void CatalogEditor::setVersion(const QString& version)
{
    if (version != m_catalog.version) {
        m_catalog.version = version.trimmed();
        edited();
    }
}

void CatalogEditor::setCurrentDimension(int row)
{
    if (row < -1 || row >= m_catalog.dimensions.size() || row == currentDimension())
        return;
    m_statements.setDimensionIndex(row);
    m_currentStatement = -1;
    emit currentChanged();
}

void CatalogEditor::setCurrentStatement(int row)
{
    if (row < -1 || row >= m_statements.rowCount() || row == m_currentStatement)
        return;
    m_currentStatement = row;
    if (statementAt(row))
        m_scale.setScaleIndex(int(scaleIds().indexOf(statementScale(row))));
    emit currentChanged();
}

QString CatalogEditor::catalogTitle(const QString& language) const
{
    return exact(m_catalog.title, language);
}

void CatalogEditor::setCatalogTitle(const QString& language, const QString& text)
{
    m_catalog.title.set(language, text);
    edited();
}

QString CatalogEditor::uniqueId(const QString& stem) const
{
    // Dimension and statement ids share one namespace here so a new id never collides.
    for (int n = 1;; ++n) {
        const QString id = QStringLiteral("%1-%2").arg(stem).arg(n);
        if (!m_catalog.dimension(id) && !m_catalog.statement(id))
            return id;
    }
}

int CatalogEditor::addDimension()
{
    Dimension dimension;
    dimension.id = uniqueId(QStringLiteral("dimension"));
    const int row = int(m_catalog.dimensions.size());
    m_dimensions.insert(row, dimension);
    setCurrentDimension(row);
    edited();
    return row;
}

bool CatalogEditor::removeDimension(int row)
{
    if (row < 0 || row >= m_catalog.dimensions.size())
        return false;
    const int current = currentDimension();
    m_statements.setDimensionIndex(-1);
    m_dimensions.remove(row);
    const int next = current == row ? std::min(row, int(m_catalog.dimensions.size()) - 1)
                                    : (current > row ? current - 1 : current);
    m_statements.setDimensionIndex(next);
    m_currentStatement = -1;
    emit currentChanged();
    edited();
    return true;
}

bool CatalogEditor::moveDimension(int row, int delta)
{
    const int to = row + delta;
    if (row < 0 || row >= m_catalog.dimensions.size() || to < 0 || to >= m_catalog.dimensions.size()
        || delta == 0)
        return false;
    const QString currentId
        = currentDimension() >= 0 ? m_catalog.dimensions.at(currentDimension()).id : QString();
    m_dimensions.move(row, to);
    // The statement list follows its dimension, not its old row.
    for (int i = 0; i < m_catalog.dimensions.size(); ++i) {
        if (m_catalog.dimensions.at(i).id == currentId && i != currentDimension()) {
            const int statement = m_currentStatement;
            m_statements.setDimensionIndex(i);
            m_currentStatement = statement;
            emit currentChanged();
        }
    }
    edited();
    return true;
}

QString CatalogEditor::dimensionTitle(int row, const QString& language) const
{
    if (row < 0 || row >= m_catalog.dimensions.size())
        return QString();
    return exact(m_catalog.dimensions.at(row).title, language);
}

void CatalogEditor::setDimensionTitle(int row, const QString& language, const QString& text)
{
    if (row < 0 || row >= m_catalog.dimensions.size())
        return;
    m_catalog.dimensions[row].title.set(language, text);
    m_dimensions.refresh(row);
    edited();
}

QString CatalogEditor::dimensionDescription(int row, const QString& language) const
{
    if (row < 0 || row >= m_catalog.dimensions.size())
        return QString();
    return exact(m_catalog.dimensions.at(row).description, language);
}

void CatalogEditor::setDimensionDescription(int row, const QString& language, const QString& text)
{
    if (row < 0 || row >= m_catalog.dimensions.size())
        return;
    m_catalog.dimensions[row].description.set(language, text);
    m_dimensions.refresh(row);
    edited();
}

Statement* CatalogEditor::statementAt(int row)
{
    const int dimension = currentDimension();
    if (dimension < 0 || row < 0 || row >= m_catalog.dimensions.at(dimension).statements.size())
        return nullptr;
    return &m_catalog.dimensions[dimension].statements[row];
}

const Statement* CatalogEditor::statementAt(int row) const
{
    return const_cast<CatalogEditor*>(this)->statementAt(row);
}

int CatalogEditor::addStatement()
{
    const int dimension = currentDimension();
    if (dimension < 0)
        return -1;
    Statement statement;
    statement.id = uniqueId(QStringLiteral("statement"));
    statement.dimensionId = m_catalog.dimensions.at(dimension).id;
    const int row = m_statements.rowCount();
    m_statements.insert(row, statement);
    m_dimensions.refresh(dimension);
    setCurrentStatement(row);
    edited();
    return row;
}

bool CatalogEditor::removeStatement(int row)
{
    if (!statementAt(row))
        return false;
    m_statements.remove(row);
    m_dimensions.refresh(currentDimension());
    if (m_currentStatement >= m_statements.rowCount() || m_currentStatement > row)
        m_currentStatement = std::min(m_currentStatement - 1, m_statements.rowCount() - 1);
    else if (m_currentStatement == row)
        m_currentStatement = std::min(row, m_statements.rowCount() - 1);
    emit currentChanged();
    edited();
    return true;
}

bool CatalogEditor::moveStatement(int row, int delta)
{
    const int to = row + delta;
    if (!statementAt(row) || !statementAt(to) || delta == 0)
        return false;
    m_statements.move(row, to);
    if (m_currentStatement == row) {
        m_currentStatement = to;
        emit currentChanged();
    }
    edited();
    return true;
}

QString CatalogEditor::statementHelp(int row, const QString& language) const
{
    const Statement* statement = statementAt(row);
    return statement ? exact(statement->help, language) : QString();
}

void CatalogEditor::setStatementHelp(int row, const QString& language, const QString& text)
{
    if (Statement* statement = statementAt(row)) {
        statement->help.set(language, text);
        m_statements.refresh(row);
        edited();
    }
}

QString CatalogEditor::statementText(int row, const QString& language) const
{
    const Statement* statement = statementAt(row);
    return statement ? exact(statement->text, language) : QString();
}

void CatalogEditor::setStatementText(int row, const QString& language, const QString& text)
{
    if (Statement* statement = statementAt(row)) {
        statement->text.set(language, text);
        m_statements.refresh(row);
        edited();
    }
}

} // namespace dp
