#pragma once

#include "catalog/catalog.h"

#include <QAbstractListModel>

#include <optional>

namespace dp {

/// The catalogs a session can be started from: the built-in ones, then catalog files.
///
/// Files come from a folder in the data directory and from addFile(); a file that does not
/// parse stays in the list, disabled, with the reason, so the moderator sees what is wrong.
class CatalogListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    enum Role {
        CatalogIdRole = Qt::UserRole + 1,
        TitleRole,
        DescriptionRole,
        BuiltinRole,
        PathRole,
        DimensionCountRole,
        StatementCountRole,
        ValidRole,
        ErrorRole,
        /// Empty when the catalog is written in the current language; otherwise the languages
        /// it is written in, each named in itself ("Deutsch, English").
        OtherLanguagesRole,
    };
    Q_ENUM(Role)

    /// `fileFolder` is scanned for *.json catalogs; it may be empty or missing.
    explicit CatalogListModel(const QString& fileFolder, QObject* parent = nullptr);

    void setLanguage(const QString& language);
    QString errorMessage() const { return m_errorMessage; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Re-reads the built-in catalogs and the file folder.
    Q_INVOKABLE void refresh();
    /// Adds a catalog file (a path or a file:// URL). Returns its row, or -1 with errorMessage.
    Q_INVOKABLE int addFile(const QString& pathOrUrl);
    /// First row that can be started, or -1.
    Q_INVOKABLE int firstValidRow() const;

    /// The full catalog of a row; nothing with `error` when the row is invalid or unreadable.
    std::optional<Catalog> catalogAt(int row, QString* error) const;

signals:
    void countChanged();
    void errorMessageChanged();

private:
    struct Entry
    {
        bool builtin = false;
        QString path;
        Catalog catalog; ///< parsed once; catalogs are small
        QString error;
    };

    static Entry readFile(const QString& path, bool builtin);
    QString otherLanguagesOf(const Catalog& catalog) const;
    void setErrorMessage(const QString& message);

    QString m_fileFolder;
    QString m_language = QStringLiteral("de");
    QList<Entry> m_entries;
    QString m_errorMessage;
};

} // namespace dp
