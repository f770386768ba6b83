#include "statementeditmodel.h"

#include "edittext.h"

namespace dp {

StatementEditModel::StatementEditModel(Catalog* catalog, QObject* parent)
    : QAbstractListModel(parent)
    , m_catalog(catalog)
{
}

QList<Statement>* StatementEditModel::statements() const
{
    if (m_dimension < 0 || m_dimension >= m_catalog->dimensions.size())
        return nullptr;
    return &m_catalog->dimensions[m_dimension].statements;
}

int StatementEditModel::rowCount(const QModelIndex& parent) const
{
    const QList<Statement>* list = statements();
    return parent.isValid() || !list ? 0 : int(list->size());
}

QVariant StatementEditModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Statement& statement = statements()->at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return statement.text.text(m_language);
    case IdRole:
        return statement.id;
    case ScaleIdRole:
        return statement.scaleId;
    case MissingLanguagesRole:
        return edittext::missingLanguages(
            { &statement.text, &statement.help }, m_catalog->languages);
    case TranslationMissingRole:
        return !edittext::missingLanguages(
            { &statement.text, &statement.help }, m_catalog->languages)
                    .isEmpty();
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> StatementEditModel::roleNames() const
{
    return { { IdRole, "statementId" }, { TextRole, "text" }, { ScaleIdRole, "scaleId" },
        { MissingLanguagesRole, "missingLanguages" },
        { TranslationMissingRole, "translationMissing" } };
}

void StatementEditModel::setDimensionIndex(int dimension)
{
    beginResetModel();
    m_dimension = dimension;
    endResetModel();
    emit countChanged();
}

void StatementEditModel::setLanguage(const QString& language)
{
    m_language = language;
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1), { TextRole, Qt::DisplayRole });
}

void StatementEditModel::insert(int row, const Statement& statement)
{
    beginInsertRows(QModelIndex(), row, row);
    statements()->insert(row, statement);
    endInsertRows();
    emit countChanged();
}

void StatementEditModel::remove(int row)
{
    beginRemoveRows(QModelIndex(), row, row);
    statements()->removeAt(row);
    endRemoveRows();
    emit countChanged();
}

void StatementEditModel::move(int row, int to)
{
    beginMoveRows(QModelIndex(), row, row, QModelIndex(), to > row ? to + 1 : to);
    statements()->move(row, to);
    endMoveRows();
}

void StatementEditModel::refresh(int row)
{
    emit dataChanged(index(row), index(row));
}

void StatementEditModel::refreshAll()
{
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1));
}

} // namespace dp
