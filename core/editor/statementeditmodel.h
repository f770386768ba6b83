#pragma once

#include "catalog/catalog.h"

#include <QAbstractListModel>

namespace dp {

/// The statements of one dimension of the catalog being edited (none while no dimension is chosen).
class StatementEditModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TextRole, ///< in the editor's display language
        ScaleIdRole, ///< empty: the catalog's default scale
        MissingLanguagesRole, ///< catalog languages lacking in the text or help
        TranslationMissingRole,
    };

    /// `catalog` is owned by the editor and outlives the model.
    explicit StatementEditModel(Catalog* catalog, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int dimensionIndex() const { return m_dimension; }
    /// Shows the statements of dimension `dimension` (-1: none).
    void setDimensionIndex(int dimension);
    void setLanguage(const QString& language);
    void insert(int row, const Statement& statement);
    void remove(int row);
    void move(int row, int to);
    void refresh(int row);
    void refreshAll();

signals:
    void countChanged();

private:
    QList<Statement>* statements() const;

    Catalog* m_catalog;
    int m_dimension = -1;
    QString m_language = QStringLiteral("de");
};

} // namespace dp
