#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <optional>

class QTemporaryDir;

namespace dp {

/// A hidden folder inside an export's target folder where its files are written first:
/// commit() moves them into place, abandon() removes them and the folders made to hold them.
/// So a failed export leaves no half-written file and keeps the older ones. Copies share the
/// folder, so a staging can travel with a worker thread's result.
class ExportStaging
{
    Q_DECLARE_TR_FUNCTIONS(dp::ExportStaging)

public:
    /// Creates `targetFolder` if needed and the staging folder inside it.
    static std::optional<ExportStaging> begin(const QString& targetFolder, QString* error);

    QString path() const;
    /// Moves every staged file into the target folder (replacing older ones file by file);
    /// `files` receives their final paths. The staging folder is gone afterwards.
    bool commit(QStringList* files, QString* error) const;
    void abandon() const;

private:
    QString m_target;
    QStringList m_createdFolders; ///< deepest first; removed on abandon() if still empty
    std::shared_ptr<QTemporaryDir> m_dir;
};

} // namespace dp
