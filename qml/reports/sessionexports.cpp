#include "sessionexports.h"

#include "export/exportdata.h"
#include "export/exporter.h"
#include "report.h"
#include "storage/sessionstore.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <filesystem>

namespace dp {

namespace {

const QStringList Formats { QStringLiteral("pdf"), QStringLiteral("xlsx"),
    QStringLiteral("csv-semicolon"), QStringLiteral("csv"), QStringLiteral("json"),
    QStringLiteral("png") };

std::filesystem::path fsPath(const QString& path)
{
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}

// A file name that survives every file system and still says what it is.
QString safeFileName(const QString& text)
{
    static const QRegularExpression unsafe(
        QStringLiteral("[^\\w\\-]+"), QRegularExpression::UseUnicodePropertiesOption);
    QString name = text;
    name.replace(unsafe, QStringLiteral("-"));
    while (name.startsWith(QLatin1Char('-')) || name.startsWith(QLatin1Char('_')))
        name.remove(0, 1);
    name.truncate(60);
    while (name.endsWith(QLatin1Char('-')))
        name.chop(1);
    return name;
}

} // namespace

SessionExports::SessionExports(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_baseFolder(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
{
}

SessionExports::~SessionExports()
{
    // The worker writes into a staging folder owned by this object: let it finish first.
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
    return Formats;
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
    if (format.startsWith(QLatin1String("csv")))
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
        = data ? beginStaging(QFileInfo(folder).absoluteFilePath(), &error) : std::nullopt;
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
    QThread* worker = QThread::create([data = *data, target = staging->dir->path(), outcome] {
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
        const bool ok = outcome->ok && commitStaging(staging, &error);
        if (!ok)
            abandonStaging(staging);
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
    const QString base = baseName(sessionId);
    const QDir folder(m_baseFolder);
    if (format == QLatin1String("png"))
        return folder.filePath(base
            + (language == QLatin1String("en") ? QStringLiteral("_plots")
                                               : QStringLiteral("_Grafiken")));
    const QString extension
        = format.startsWith(QLatin1String("csv")) ? QStringLiteral("csv") : format;
    return folder.filePath(base + QLatin1Char('.') + extension);
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
        .filePath(baseName(sessionId) + QLatin1Char('_') + safeFileName(statementId)
            + QStringLiteral(".png"));
}

bool SessionExports::checkRequest(const QString& sessionId, const QString& format,
    const QString& path, const QString& language, QString* error) const
{
    if (!Formats.contains(format)) {
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
    const QFileInfo target(path);
    // The session's own k and the moderator's notes, exactly as the command-line export.
    const ReportOptions options = reportOptionsFor(m_database, sessionId, language);

    if (format == QLatin1String("png")) {
        const bool ok = writeStaged(
            target.absoluteFilePath(),
            [&](const QString& staging, QString* why) {
                QStringList files;
                if (!writePlotImages(m_database, sessionId, staging, options, &files, why))
                    return false;
                if (files.isEmpty()) {
                    *why = tr("No statement has answers yet, so there are no plots to save.");
                    return false;
                }
                return true;
            },
            error);
        return ok;
    }
    return writeStaged(
        target.absolutePath(),
        [&](const QString& staging, QString* why) {
            const QString staged = QDir(staging).filePath(target.fileName());
            if (format == QLatin1String("pdf"))
                return writePdfReport(m_database, sessionId, staged, options, why);
            ExportOptions exportOptions;
            exportOptions.language = language;
            exportOptions.minimumGroupSize = options.minimumGroupSize;
            exportOptions.format = format == QLatin1String("xlsx") ? ExportOptions::Format::Xlsx
                : format == QLatin1String("json")                  ? ExportOptions::Format::Json
                                                                   : ExportOptions::Format::Csv;
            if (format == QLatin1String("csv-semicolon"))
                exportOptions.separator = QLatin1Char(';');
            const ExportResult result
                = Exporter(m_database).exportSession(sessionId, staged, exportOptions);
            *why = result.error;
            return result.ok;
        },
        error);
}

std::optional<SessionExports::Staging> SessionExports::beginStaging(
    const QString& targetFolder, QString* error)
{
    Staging staging;
    staging.target = targetFolder;
    // Remember which folders we create, so a failure can take them away again (only if empty).
    for (QDir dir(targetFolder); !dir.exists(); dir.setPath(QFileInfo(dir.path()).path()))
        staging.createdFolders << dir.path();
    if (!QDir().mkpath(targetFolder)) {
        *error = tr("Cannot create the folder \"%1\".").arg(QDir::toNativeSeparators(targetFolder));
        abandonStaging(staging);
        return std::nullopt;
    }
    staging.dir = std::make_shared<QTemporaryDir>(
        QDir(targetFolder).filePath(QStringLiteral(".dialogpunkte-export-XXXXXX")));
    if (!staging.dir->isValid()) {
        *error = tr("Cannot write into the folder \"%1\".")
                     .arg(QDir::toNativeSeparators(targetFolder));
        abandonStaging(staging);
        return std::nullopt;
    }
    return staging;
}

bool SessionExports::commitStaging(const Staging& staging, QString* error)
{
    const QDir staged(staging.dir->path());
    // Renames within one folder replace older files atomically, file by file.
    for (const QString& name : staged.entryList(QDir::Files, QDir::Name)) {
        const QString final = QDir(staging.target).filePath(name);
        std::error_code failure;
        std::filesystem::rename(fsPath(staged.filePath(name)), fsPath(final), failure);
        if (failure) {
            *error = tr("Cannot save \"%1\": %2")
                         .arg(QDir::toNativeSeparators(final),
                             QString::fromStdString(failure.message()));
            return false;
        }
        m_lastFiles << final;
    }
    staging.dir->remove(); // now, not when the last copy of `staging` goes
    return true;
}

void SessionExports::abandonStaging(const Staging& staging)
{
    if (staging.dir)
        staging.dir->remove();
    for (const QString& folder : staging.createdFolders)
        QDir().rmdir(folder);
}

bool SessionExports::writeStaged(const QString& targetFolder, const Writer& write, QString* error)
{
    const auto staging = beginStaging(targetFolder, error);
    if (!staging)
        return false;
    if (!write(staging->dir->path(), error) || !commitStaging(*staging, error)) {
        abandonStaging(*staging);
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

QString SessionExports::baseName(const QString& sessionId) const
{
    const auto session = SessionStore(m_database).session(sessionId);
    if (!session)
        return QStringLiteral("Dialogpunkte");
    const QString title = safeFileName(session->title);
    const QString date = session->date.isValid() ? session->date.toString(Qt::ISODate) : QString();
    QStringList parts;
    if (!title.isEmpty())
        parts << title;
    if (!date.isEmpty())
        parts << date;
    return parts.isEmpty() ? QStringLiteral("Dialogpunkte") : parts.join(QLatin1Char('_'));
}

} // namespace dp
