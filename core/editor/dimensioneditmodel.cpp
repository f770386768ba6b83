#include "dimensioneditmodel.h"

#include "edittext.h"

namespace dp {

DimensionEditModel::DimensionEditModel(Catalog* catalog, QObject* parent)
    : QAbstractListModel(parent)
    , m_catalog(catalog)
{
}

int DimensionEditModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_catalog->dimensions.size());
}

QVariant DimensionEditModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Dimension& dimension = m_catalog->dimensions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return dimension.title.text(m_language);
    case IdRole:
        return dimension.id;
    case StatementCountRole:
        return int(dimension.statements.size());
    case MissingLanguagesRole:
        return edittext::missingLanguages(
            { &dimension.title, &dimension.description }, m_catalog->languages);
    case TranslationMissingRole:
        return !edittext::missingLanguages(
            { &dimension.title, &dimension.description }, m_catalog->languages)
                    .isEmpty();
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> DimensionEditModel::roleNames() const
{
    return { { IdRole, "dimensionId" }, { TitleRole, "title" },
        { StatementCountRole, "statementCount" }, { MissingLanguagesRole, "missingLanguages" },
        { TranslationMissingRole, "translationMissing" } };
}

void DimensionEditModel::setLanguage(const QString& language)
{
    m_language = language;
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1), { TitleRole, Qt::DisplayRole });
}

void DimensionEditModel::resetAll()
{
    beginResetModel();
    endResetModel();
    emit countChanged();
}

void DimensionEditModel::insert(int row, const Dimension& dimension)
{
    beginInsertRows(QModelIndex(), row, row);
    m_catalog->dimensions.insert(row, dimension);
    endInsertRows();
    emit countChanged();
}

void DimensionEditModel::remove(int row)
{
    beginRemoveRows(QModelIndex(), row, row);
    m_catalog->dimensions.removeAt(row);
    endRemoveRows();
    emit countChanged();
}

void DimensionEditModel::move(int row, int to)
{
    // Qt's destination is the row *before which* the item lands, counted before the move.
    beginMoveRows(QModelIndex(), row, row, QModelIndex(), to > row ? to + 1 : to);
    m_catalog->dimensions.move(row, to);
    endMoveRows();
}

void DimensionEditModel::refresh(int row)
{
    emit dataChanged(index(row), index(row));
}

} // namespace dp
