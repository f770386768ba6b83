#pragma once

#include "catalog/catalog.h"

#include <QAbstractListModel>

namespace dp {

/// The dimensions of the catalog being edited, as a list; CatalogEditor changes them through it.
class DimensionEditModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole, ///< in the editor's display language
        StatementCountRole,
        MissingLanguagesRole, ///< catalog languages lacking in the title or description
        TranslationMissingRole,
    };

    /// `catalog` is owned by the editor and outlives the model.
    explicit DimensionEditModel(Catalog* catalog, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setLanguage(const QString& language);
    void resetAll();
    void insert(int row, const Dimension& dimension);
    void remove(int row);
    /// Moves `row` to `to`; both must be valid rows and differ.
    void move(int row, int to);
    void refresh(int row);

signals:
    void countChanged();

private:
    Catalog* m_catalog;
    QString m_language = QStringLiteral("de");
};

} // namespace dp
