#include "exportcommand.h"

#include "arguments.h"
#include "csvwriter.h"

#include "export/exporter.h"
#include "report.h"
#include "storage/database.h"
#include "storage/datalocation.h"
#include "storage/ratingstore.h"
#include "storage/sessionstore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

namespace dp::cli {

namespace {

const QStringList Formats { QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("json"),
    QStringLiteral("pdf"), QStringLiteral("png") };

// The raw rows (one per current answer, the simulator log's columns), kept for csv and json so
// an export can be compared with the simulated tablets' logs.
int writeRawRows(Database& database, const SessionRecord& session, const QString& format,
    char separator, const QString& outPath, QTextStream& err)
{
    SessionStore sessions(database);
    QHash<QString, QString> groupOf;
    for (const Participant& participant : sessions.participants(session.id))
        groupOf.insert(participant.pseudonym, participant.groupId);
    QHash<QString, int> statementOrder;
    const auto statements = session.catalog.allStatements();
    for (int i = 0; i < statements.size(); ++i)
        statementOrder.insert(statements.at(i).id, i);
    QList<Rating> ratings = RatingStore(database).ratings(session.id);
    // A stable order (round, catalog order, pseudonym) makes exports comparable with diff.
    std::sort(ratings.begin(), ratings.end(), [&](const Rating& a, const Rating& b) {
        return std::tuple(a.round, statementOrder.value(a.statementId), a.pseudonym)
            < std::tuple(b.round, statementOrder.value(b.statementId), b.pseudonym);
    });

    QByteArray data;
    if (format == QLatin1String("csv")) {
        data = csv::row(csv::ExportColumns, separator);
        for (const Rating& r : ratings)
            data += csv::row({ r.sessionId, QString::number(r.round), r.statementId, r.pseudonym,
                                 groupOf.value(r.pseudonym), QString::number(r.answer) },
                separator);
    } else {
        QJsonArray rows;
        for (const Rating& r : ratings)
            rows.append(QJsonObject { { "session", r.sessionId }, { "round", r.round },
                { "statement", r.statementId }, { "pseudonym", r.pseudonym },
                { "group", groupOf.value(r.pseudonym) }, { "answer", r.answer } });
        data = QJsonDocument(
            QJsonObject { { "session", session.id }, { "title", session.title }, { "rows", rows } })
                   .toJson(QJsonDocument::Indented);
    }
    // Write to a temporary file and rename, so a failed export never leaves half a file.
    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit()) {
        err << "export: cannot write " << outPath << ": " << out.errorString() << Qt::endl;
        return 1;
    }
    err << "export: " << ratings.size() << " answers of session " << session.id << Qt::endl;
    return 0;
}

} // namespace

bool exportNeedsGui(const QStringList& args)
{
    const qsizetype at = args.indexOf(QStringLiteral("--format"));
    if (at < 0 || at + 1 >= args.size())
        return false;
    const QString format = args.at(at + 1);
    return format == QLatin1String("pdf") || format == QLatin1String("png");
}

int runExport(const QStringList& args)
{
    QTextStream err(stderr);
    Arguments options;
    QString error;
    if (!options.parse(
            args, { "data-dir", "session", "format", "out", "language", "separator" }, {}, &error)
        || !options.require({ "data-dir", "session", "format", "out" }, &error)) {
        err << "export: " << error << Qt::endl;
        return 2;
    }
    const QString format = options.value("format");
    if (!Formats.contains(format)) {
        err << "export: unknown format \"" << format << "\"; use " << Formats.join('|') << Qt::endl;
        return 2;
    }
    const QString language = options.value("language", QStringLiteral("de"));
    if (language != QLatin1String("de") && language != QLatin1String("en")) {
        err << "export: --language must be de or en" << Qt::endl;
        return 2;
    }
    const QString separator = options.value("separator", QStringLiteral(","));
    if (separator != QLatin1String(",") && separator != QLatin1String(";")) {
        err << "export: --separator must be ',' or ';'" << Qt::endl;
        return 2;
    }
    const QString path = databasePath(options.value("data-dir"));
    if (!QFileInfo::exists(path)) {
        err << "export: no database in " << options.value("data-dir") << Qt::endl;
        return 1;
    }
    Database database;
    if (!database.open(path, &error)) {
        err << "export: " << error << Qt::endl;
        return 1;
    }
    SessionStore sessions(database);
    const QString wanted = options.value("session");
    const auto session
        = wanted == QLatin1String("latest") ? sessions.latestSession() : sessions.session(wanted);
    if (!session) {
        err << "export: no session \"" << wanted << "\" in this database" << Qt::endl;
        return 1;
    }
    const QString out = options.value("out");
    if (format == QLatin1String("csv") || format == QLatin1String("json"))
        return writeRawRows(database, *session, format, separator.at(0).toLatin1(), out, err);

    // The session's own k and the moderator's notes, exactly as the app's exports use them.
    const ReportOptions report = reportOptionsFor(database, session->id, language);
    QStringList files;
    bool ok = false;
    if (format == QLatin1String("xlsx")) {
        ExportOptions exportOptions;
        exportOptions.format = ExportOptions::Format::Xlsx;
        exportOptions.language = language;
        exportOptions.minimumGroupSize = report.minimumGroupSize;
        const ExportResult result
            = Exporter(database).exportSession(session->id, out, exportOptions);
        ok = result.ok;
        error = result.error;
        files = result.files;
    } else if (format == QLatin1String("pdf")) {
        ok = writePdfReport(database, session->id, out, report, &error);
        files = { out };
    } else {
        ok = writePlotImages(database, session->id, out, report, &files, &error);
    }
    if (!ok) {
        err << "export: " << error << Qt::endl;
        return 1;
    }
    err << "export: wrote " << files.size() << (files.size() == 1 ? " file" : " files")
        << " for session " << session->id << Qt::endl;
    return 0;
}

} // namespace dp::cli
