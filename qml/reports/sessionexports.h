#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QThread>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace dp {

class Database;

/// Exports a session from inside the app (PDF report, XLSX, CSV, JSON, projector PNGs) with the
/// session's own anonymity threshold and notes, and tells the moderator what was saved where.
///
/// Every export is staged in a hidden folder next to its target and moved into place only when
/// all its files are complete, so a failure leaves no half-written file and keeps older ones.
/// The database is read on the GUI thread (its connection belongs to it). Files are written
/// there too, as a full workshop's PDF or spreadsheet takes a fraction of a second, except the
/// PNG images: painting and encoding one per statement takes seconds, so startExport() does
/// that on a worker thread from figures read beforehand.
class SessionExports : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("SessionExports is created by the composition root")
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(bool succeeded READ succeeded NOTIFY resultChanged)
    Q_PROPERTY(QString lastResult READ lastResult NOTIFY resultChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY resultChanged)
    Q_PROPERTY(QStringList lastFiles READ lastFiles NOTIFY resultChanged)
    /// Where suggested paths point; the documents folder unless set (tests, other devices).
    Q_PROPERTY(QString baseFolder READ baseFolder WRITE setBaseFolder NOTIFY baseFolderChanged)

public:
    explicit SessionExports(Database& database, QObject* parent = nullptr);
    ~SessionExports() override;

    bool busy() const { return m_busy; }
    bool succeeded() const { return m_succeeded; }
    QString lastResult() const { return m_lastResult; }
    QString errorText() const { return m_errorText; }
    QStringList lastFiles() const { return m_lastFiles; }
    QString baseFolder() const { return m_baseFolder; }
    void setBaseFolder(const QString& folder);

    /// The formats the app offers, from the list it shares with the command line
    /// (export/exportformats.h): "pdf", "xlsx", "csv", "csv-comma", "json", "png".
    Q_INVOKABLE static QStringList formats();
    /// `format` as above; `path` is a file, or a folder for "png"; `language` "de" or "en".
    Q_INVOKABLE bool exportSession(const QString& sessionId, const QString& format,
        const QString& path, const QString& language);
    /// The same after the UI had a chance to show `busy`; emits finished().
    Q_INVOKABLE void startExport(const QString& sessionId, const QString& format,
        const QString& path, const QString& language);
    /// A file (or folder) in baseFolder named after the session's title and date.
    Q_INVOKABLE QString suggestedPath(
        const QString& sessionId, const QString& format, const QString& language) const;
    /// The same name in `folder` (baseFolder when empty).
    Q_INVOKABLE QString pathInFolder(const QString& folder, const QString& sessionId,
        const QString& format, const QString& language) const;
    /// The suggested name for `format` in the folder of `currentPath`: switching the format or
    /// the language keeps the folder the moderator chose.
    Q_INVOKABLE QString pathForFormat(const QString& currentPath, const QString& sessionId,
        const QString& format, const QString& language) const;

    /// One statement's plot as a 1920×1080 PNG; round 0: its last round with answers.
    Q_INVOKABLE bool savePlotImage(const QString& sessionId, const QString& statementId, int round,
        const QString& path, const QString& language);
    Q_INVOKABLE QString suggestedPlotPath(
        const QString& sessionId, const QString& statementId) const;

signals:
    void busyChanged();
    void resultChanged();
    void baseFolderChanged();
    void finished(bool ok);

private:
    using Writer = std::function<bool(const QString& stagingFolder, QString* error)>;

    /// Runs `write` into a staging folder inside `targetFolder`, then moves what it wrote there.
    bool writeStaged(const QString& targetFolder, const Writer& write, QString* error);
    bool checkRequest(const QString& sessionId, const QString& format, const QString& path,
        const QString& language, QString* error) const;
    bool writeFormat(const QString& sessionId, const QString& format, const QString& path,
        const QString& language, QString* error);
    void startImages(const QString& sessionId, const QString& folder, const QString& language);
    QString successMessage(const QString& format, const QString& path) const;
    bool finish(bool ok, const QString& message, const QString& error);
    void done(bool ok);

    Database& m_database;
    bool m_busy = false;
    bool m_succeeded = false;
    QString m_lastResult;
    QString m_errorText;
    QStringList m_lastFiles;
    QString m_baseFolder;
    QPointer<QThread> m_worker;
};

} // namespace dp
