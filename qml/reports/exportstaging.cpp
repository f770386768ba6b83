#include "exportstaging.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <filesystem>

namespace dp {

namespace {

std::filesystem::path fsPath(const QString& path)
{
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}

} // namespace

std::optional<ExportStaging> ExportStaging::begin(const QString& targetFolder, QString* error)
{
    ExportStaging staging;
    staging.m_target = targetFolder;
    for (QDir dir(targetFolder); !dir.exists(); dir.setPath(QFileInfo(dir.path()).path()))
        staging.m_createdFolders << dir.path();
    if (!QDir().mkpath(targetFolder)) {
        *error = tr("Cannot create the folder \"%1\".").arg(QDir::toNativeSeparators(targetFolder));
        staging.abandon();
        return std::nullopt;
    }
    // Inside the target folder, so the final renames stay on one file system.
    staging.m_dir = std::make_shared<QTemporaryDir>(
        QDir(targetFolder).filePath(QStringLiteral(".dialogpunkte-export-XXXXXX")));
    if (!staging.m_dir->isValid()) {
        *error = tr("Cannot write into the folder \"%1\".")
                     .arg(QDir::toNativeSeparators(targetFolder));
        staging.abandon();
        return std::nullopt;
    }
    return staging;
}

QString ExportStaging::path() const
{
    return m_dir ? m_dir->path() : QString();
}

bool ExportStaging::commit(QStringList* files, QString* error) const
{
    const QDir staged(path());
    // std::filesystem::rename replaces an older file atomically (QFile::rename would refuse).
    for (const QString& name : staged.entryList(QDir::Files, QDir::Name)) {
        const QString final = QDir(m_target).filePath(name);
        std::error_code failure;
        std::filesystem::rename(fsPath(staged.filePath(name)), fsPath(final), failure);
        if (failure) {
            *error = tr("Cannot save \"%1\": %2")
                         .arg(QDir::toNativeSeparators(final),
                             QString::fromStdString(failure.message()));
            return false;
        }
        files->append(final);
    }
    m_dir->remove(); // now, not when the last copy of this staging goes
    return true;
}

void ExportStaging::abandon() const
{
    if (m_dir)
        m_dir->remove();
    for (const QString& folder : m_createdFolders)
        QDir().rmdir(folder);
}

} // namespace dp
