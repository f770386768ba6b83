#include "sessionexports.h"

#include "exportnames.h"
#include "exportstaging.h"

#include "export/exportdata.h"
#include "export/exportservice.h"
#include "report.h"
#include "storage/sessionstore.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>

namespace dp {

SessionExports::SessionExports(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_baseFolder(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
{
}

SessionExports::~SessionExports()
{
    // The worker may still be writing images this object would commit: let it finish first.
    if (m_worker)
        m_worker->wait();
}

void SessionExports::setBaseFolder(const QString& folder)
{
    if (folder == m_baseFolder)
        return;
    m_baseFolder = folder;
    emit baseFolderChanged();
}

QStringList SessionExports::formats()
{
    return exportFormatNames(true);
}

bool SessionExports::exportSession(
    const QString& sessionId, const QString& format, const QString& path, const QString& language)
{
    m_lastFiles.clear();
    QString error;
    if (!writeFormat(sessionId, format, path, language, &error))
        return finish(false, {}, error);
    return finish(true, successMessage(format, path), {});
}

QString SessionExports::successMessage(const QString& format, const QString& path) const
{
    const QString first = QDir::toNativeSeparators(m_lastFiles.value(0));
    if (format == QLatin1String("png"))
        return tr("Saved %n plot(s) to %1", "", static_cast<int>(m_lastFiles.size()))
            .arg(QDir::toNativeSeparators(path));
    if (format.startsWith(QLatin1String("csv"))) // answers first, then figures
        return tr("Saved the answers to %1 and the figures to %2")
            .arg(first, QDir::toNativeSeparators(m_lastFiles.value(1)));
    if (format == QLatin1String("pdf"))
        return tr("Saved the report to %1").arg(first);
    return tr("Saved %1").arg(first);
}

void SessionExports::startExport(
    const QString& sessionId, const QString& format, const QString& path, const QString& language)
{
    if (m_busy) {
        finish(false, {}, tr("Another export is still running."));
        emit finished(false);
        return;
    }
    m_busy = true;
    emit busyChanged();
    if (format == QLatin1String("png")) {
        startImages(sessionId, path, language);
        return;
    }
    // A short pause lets the scene graph draw the busy state before the work blocks the thread.
    QTimer::singleShot(50, this, [this, sessionId, format, path, language] {
        done(exportSession(sessionId, format, path, language));
    });
}

void SessionExports::startImages(
    const QString& sessionId, const QString& folder, const QString& language)
{
    m_lastFiles.clear();
    QString error;
    if (!checkRequest(sessionId, QStringLiteral("png"), folder, language, &error)) {
        done(finish(false, {}, error));
        return;
    }
    const ReportOptions options = reportOptionsFor(m_database, sessionId, language);
    const auto data
        = loadExportData(m_database, sessionId, language, options.minimumGroupSize, &error);
    const auto staging
        = data ? ExportStaging::begin(QFileInfo(folder).absoluteFilePath(), &error) : std::nullopt;
    if (!staging) {
        done(finish(false, {}, error));
        return;
    }
    struct Outcome
    {
        bool ok = false;
        QString error;
    };
    auto outcome = std::make_shared<Outcome>();
    QThread* worker = QThread::create([data = *data, target = staging->path(), outcome] {
        QStringList files;
        outcome->ok = writePlotImages(data, target, &files, &outcome->error);
        if (outcome->ok && files.isEmpty()) {
            outcome->ok = false;
            outcome->error = tr("No statement has answers yet, so there are no plots to save.");
        }
    });
    worker->setParent(this);
    connect(worker, &QThread::finished, this, [this, worker, staging = *staging, outcome, folder] {
        worker->deleteLater();
        QString error = outcome->error;
        const bool ok = outcome->ok && staging.commit(&m_lastFiles, &error);
        if (!ok)
            staging.abandon();
        done(ok ? finish(true, successMessage(QStringLiteral("png"), folder), {})
                : finish(false, {}, error));
    });
    m_worker = worker;
    worker->start();
}

void SessionExports::done(bool ok)
{
    m_busy = false;
    emit busyChanged();
    emit finished(ok);
}

QString SessionExports::suggestedPath(
    const QString& sessionId, const QString& format, const QString& language) const
{
    return pathInFolder(m_baseFolder, sessionId, format, language);
}

QString SessionExports::pathInFolder(const QString& folder, const QString& sessionId,
    const QString& format, const QString& language) const
{
    const QString base = exportBaseName(m_database, sessionId);
    const QDir dir(folder.isEmpty() ? m_baseFolder : folder);
    const auto info = exportFormatNamed(format);
    if (!info || info->extension.isEmpty()) // png: a folder of images
        return dir.filePath(base
            + (language == QLatin1String("en") ? QStringLiteral("_plots")
                                               : QStringLiteral("_Grafiken")));
    return dir.filePath(base + QLatin1Char('.') + info->extension);
}

QString SessionExports::pathForFormat(const QString& currentPath, const QString& sessionId,
    const QString& format, const QString& language) const
{
    // The folder the moderator chose stays; only the name follows the format.
    const QString trimmed = currentPath.trimmed();
    const QString folder = trimmed.isEmpty() ? m_baseFolder : QFileInfo(trimmed).path();
    return pathInFolder(folder, sessionId, format, language);
}

bool SessionExports::savePlotImage(const QString& sessionId, const QString& statementId, int round,
    const QString& path, const QString& language)
{
    m_lastFiles.clear();
    QString error;
    const QFileInfo target(path);
    if (path.trimmed().isEmpty() || target.fileName().isEmpty())
        return finish(false, {}, tr("Please choose where to save the plot."));
    const ReportOptions options = reportOptionsFor(m_database, sessionId, language);
    const bool ok = writeStaged(
        target.absolutePath(),
        [&](const QString& staging, QString* why) {
            return writePlotImage(m_database, sessionId, statementId, round,
                QDir(staging).filePath(target.fileName()), options, why);
        },
        &error);
    if (!ok)
        return finish(false, {}, error);
    return finish(
        true, tr("Saved the plot to %1").arg(QDir::toNativeSeparators(m_lastFiles.value(0))), {});
}

QString SessionExports::suggestedPlotPath(
    const QString& sessionId, const QString& statementId) const
{
    return QDir(m_baseFolder)
        .filePath(exportBaseName(m_database, sessionId) + QLatin1Char('_')
            + safeFileName(statementId) + QStringLiteral(".png"));
}

bool SessionExports::checkRequest(const QString& sessionId, const QString& format,
    const QString& path, const QString& language, QString* error) const
{
    if (!exportFormatNames(true).contains(format)) {
        *error = tr("Unknown export format \"%1\".").arg(format);
        return false;
    }
    if (language != QLatin1String("de") && language != QLatin1String("en")) {
        *error = tr("Unknown language \"%1\".").arg(language);
        return false;
    }
    if (path.trimmed().isEmpty() || QFileInfo(path).fileName().isEmpty()) {
        *error = tr("Please choose where to save the export.");
        return false;
    }
    if (!SessionStore(m_database).session(sessionId)) {
        *error = tr("This workshop is not stored on this device.");
        return false;
    }
    return true;
}

bool SessionExports::writeFormat(const QString& sessionId, const QString& format,
    const QString& path, const QString& language, QString* error)
{
    if (!checkRequest(sessionId, format, path, language, error))
        return false;
    const ExportFormat chosen = exportFormatNamed(format)->format;
    const QFileInfo target(path);
    const ReportPainter painter;
    const ExportService service(m_database, &painter);
    // PNG stages the whole folder, every other format the file(s) beside the target.
    const bool folder = chosen == ExportFormat::Png;
    QStringList written;
    const bool ok = writeStaged(
        folder ? target.absoluteFilePath() : target.absolutePath(),
        [&](const QString& staging, QString* why) {
            const QString staged = folder ? staging : QDir(staging).filePath(target.fileName());
            const ExportResult result = service.exportSession(sessionId, chosen, staged, language);
            *why = result.error;
            if (result.ok && folder && result.files.isEmpty()) {
                *why = tr("No statement has answers yet, so there are no plots to save.");
                return false;
            }
            for (const QString& file : result.files)
                written.append(QFileInfo(file).fileName());
            return result.ok;
        },
        error);
    if (ok && !folder) {
        // The service's order (answers before figures), not the folder's alphabetical one.
        m_lastFiles.clear();
        for (const QString& name : written)
            m_lastFiles.append(QDir(target.absolutePath()).filePath(name));
    }
    return ok;
}

bool SessionExports::writeStaged(const QString& targetFolder, const Writer& write, QString* error)
{
    const auto staging = ExportStaging::begin(targetFolder, error);
    if (!staging)
        return false;
    if (!write(staging->path(), error) || !staging->commit(&m_lastFiles, error)) {
        staging->abandon();
        return false;
    }
    return true;
}

bool SessionExports::finish(bool ok, const QString& message, const QString& error)
{
    m_succeeded = ok;
    m_lastResult = ok ? message : tr("Nothing was saved. %1").arg(error);
    m_errorText = ok ? QString() : error;
    if (!ok)
        m_lastFiles.clear();
    emit resultChanged();
    return ok;
}

} // namespace dp
