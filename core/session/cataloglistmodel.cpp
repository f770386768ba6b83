#include "cataloglistmodel.h"

#include "catalog/builtincatalogs.h"

#include <QDebug>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QUrl>

#include <algorithm>

namespace dp {

CatalogListModel::CatalogListModel(const QString& fileFolder, QObject* parent)
    : QAbstractListModel(parent)
    , m_fileFolder(fileFolder)
{
    refresh();
}

void CatalogListModel::setLanguage(const QString& language)
{
    if (m_language == language)
        return;
    m_language = language;
    if (!m_entries.isEmpty())
        emit dataChanged(
            index(0), index(rowCount() - 1), { TitleRole, DescriptionRole, OtherLanguagesRole });
}

CatalogListModel::Entry CatalogListModel::readFile(const QString& path, bool builtin)
{
    Entry entry;
    entry.builtin = builtin;
    entry.path = path;
    const Catalog::ParseResult result = Catalog::fromFile(path);
    if (result.ok())
        entry.catalog = result.catalog;
    else
        entry.error = result.error;
    return entry;
}

void CatalogListModel::refresh()
{
    const int oldCount = rowCount();
    QList<Entry> entries;
    for (const QString& path : builtinCatalogPaths())
        entries.append(readFile(path, true));
    if (!m_fileFolder.isEmpty()) {
        const QDir folder(m_fileFolder);
        const QStringList names
            = folder.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
        for (const QString& name : names)
            entries.append(readFile(folder.filePath(name), false));
    }
    // Files added by hand this run stay listed across a refresh.
    for (const Entry& entry : std::as_const(m_entries)) {
        const bool listed = std::any_of(entries.cbegin(), entries.cend(),
            [&](const Entry& other) { return other.path == entry.path; });
        if (!listed && !entry.builtin && QFileInfo::exists(entry.path))
            entries.append(readFile(entry.path, false));
    }
    beginResetModel();
    m_entries = entries;
    endResetModel();
    if (oldCount != rowCount())
        emit countChanged();
}

int CatalogListModel::addFile(const QString& pathOrUrl)
{
    const QUrl url(pathOrUrl);
    const QString path = url.isLocalFile() ? url.toLocalFile() : pathOrUrl;
    if (path.trimmed().isEmpty()) {
        setErrorMessage(tr("Please enter the path of a catalog file."));
        return -1;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).path == absolute && m_entries.at(row).error.isEmpty()) {
            setErrorMessage({});
            return row;
        }
    }
    Entry entry = readFile(absolute, false);
    if (!entry.error.isEmpty()) {
        setErrorMessage(tr("The catalog file %1 cannot be used: %2")
                            .arg(QFileInfo(path).fileName(), entry.error));
        qWarning().noquote() << "Dialogpunkte:" << m_errorMessage;
        return -1;
    }
    setErrorMessage({});
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_entries.append(entry);
    endInsertRows();
    emit countChanged();
    return row;
}

int CatalogListModel::firstValidRow() const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).error.isEmpty())
            return row;
    }
    return -1;
}

std::optional<Catalog> CatalogListModel::catalogAt(int row, QString* error) const
{
    if (row < 0 || row >= m_entries.size()) {
        if (error)
            *error = tr("Please choose a catalog.");
        return std::nullopt;
    }
    const Entry& entry = m_entries.at(row);
    if (!entry.error.isEmpty()) {
        if (error)
            *error = tr("The catalog %1 cannot be used: %2")
                         .arg(QFileInfo(entry.path).fileName(), entry.error);
        return std::nullopt;
    }
    return entry.catalog;
}

int CatalogListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant CatalogListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& entry = m_entries.at(index.row());
    const bool valid = entry.error.isEmpty();
    switch (role) {
    case CatalogIdRole:
        return entry.catalog.id;
    case Qt::DisplayRole:
    case TitleRole:
        return valid ? entry.catalog.title.text(m_language) : QFileInfo(entry.path).fileName();
    case DescriptionRole:
        return entry.catalog.description.text(m_language);
    case BuiltinRole:
        return entry.builtin;
    case PathRole:
        return entry.path;
    case DimensionCountRole:
        return int(entry.catalog.dimensions.size());
    case StatementCountRole:
        return entry.catalog.statementCount();
    case ValidRole:
        return valid;
    case ErrorRole:
        return entry.error;
    case OtherLanguagesRole:
        return valid ? otherLanguagesOf(entry.catalog) : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> CatalogListModel::roleNames() const
{
    return {
        { CatalogIdRole, "catalogId" },
        { TitleRole, "title" },
        { DescriptionRole, "description" },
        { BuiltinRole, "builtin" },
        { PathRole, "path" },
        { DimensionCountRole, "dimensionCount" },
        { StatementCountRole, "statementCount" },
        { ValidRole, "valid" },
        { ErrorRole, "error" },
        { OtherLanguagesRole, "otherLanguages" },
    };
}

QString CatalogListModel::otherLanguagesOf(const Catalog& catalog) const
{
    // Someone reading Turkish should see that a catalog's statements will come in German or
    // English, before starting it.
    if (catalog.languages.isEmpty() || catalog.languages.contains(m_language))
        return {};
    QStringList names;
    for (const QString& code : catalog.languages) {
        QString name = QLocale(code).nativeLanguageName();
        if (code == QLatin1String("en"))
            name = QStringLiteral("English"); // not "American English"
        if (!name.isEmpty())
            name[0] = name.at(0).toUpper();
        names.append(name.isEmpty() ? code : name);
    }
    return names.join(QStringLiteral(", "));
}

void CatalogListModel::setErrorMessage(const QString& message)
{
    if (m_errorMessage == message)
        return;
    m_errorMessage = message;
    emit errorMessageChanged();
}

} // namespace dp
