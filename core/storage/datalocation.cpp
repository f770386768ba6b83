#include "datalocation.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace dp {

QString resolveDataDirectory(const QString& overrideDir, QString* error)
{
    QString directory = overrideDir.trimmed();
    if (directory.isEmpty())
        directory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (directory.isEmpty()) {
        if (error)
            *error = QStringLiteral("This system offers no folder for app data; "
                                    "start with --data-dir DIR.");
        return {};
    }
    directory = QDir::cleanPath(QDir(directory).absolutePath());
    const QFileInfo info(directory);
    if (info.exists() && !info.isDir()) {
        if (error)
            *error = QStringLiteral("%1 exists but is not a folder.").arg(directory);
        return {};
    }
    if (!QDir().mkpath(directory)) {
        if (error)
            *error = QStringLiteral("Cannot create the data folder %1.").arg(directory);
        return {};
    }
    if (!QFileInfo(directory).isWritable()) {
        if (error)
            *error = QStringLiteral("The data folder %1 is not writable.").arg(directory);
        return {};
    }
    return directory;
}

QString databasePath(const QString& directory)
{
    return QDir(directory).filePath(QLatin1String(DatabaseFileName));
}

QString appDataDirectory()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        return {};
    return QDir(base).filePath(
        QLatin1String(AppOrganizationName) + QLatin1Char('/') + QLatin1String(AppName));
}

QString moderatorDirectory(const QString& dataDirectory)
{
    return QDir(dataDirectory).filePath(QStringLiteral("moderator"));
}

QString workshopDatabasePath(const QString& directory)
{
    // The app's data folder also holds the attendee's own database, so its moderator
    // database comes first.
    for (const QString& candidate :
        { databasePath(moderatorDirectory(directory)), databasePath(directory) }) {
        if (QFileInfo(candidate).isFile())
            return candidate;
    }
    return {};
}

} // namespace dp
