#include "exportcommand.h"

#include "arguments.h"
#include "csvwriter.h"

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

int runExport(const QStringList& args)
{
    QTextStream err(stderr);
    Arguments options;
    QString error;
    if (!options.parse(args, { "data-dir", "session", "format", "out" }, {}, &error)
        || !options.require({ "data-dir", "session", "format", "out" }, &error)) {
        err << "export: " << error << Qt::endl;
        return 2;
    }
    const QString format = options.value("format");
    if (format != QLatin1String("csv") && format != QLatin1String("json")) {
        err << "export: --format must be csv or json" << Qt::endl;
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
    QHash<QString, QString> groupOf;
    for (const Participant& participant : sessions.participants(session->id))
        groupOf.insert(participant.pseudonym, participant.groupId);
    QHash<QString, int> statementOrder;
    const auto statements = session->catalog.allStatements();
    for (int i = 0; i < statements.size(); ++i)
        statementOrder.insert(statements.at(i).id, i);
    QList<Rating> ratings = RatingStore(database).ratings(session->id);
    // A stable order (round, catalog order, pseudonym) makes exports comparable with diff.
    std::sort(ratings.begin(), ratings.end(), [&](const Rating& a, const Rating& b) {
        return std::tuple(a.round, statementOrder.value(a.statementId), a.pseudonym)
            < std::tuple(b.round, statementOrder.value(b.statementId), b.pseudonym);
    });

    QByteArray data;
    if (format == QLatin1String("csv")) {
        data = csv::row(csv::ExportColumns);
        for (const Rating& r : ratings)
            data += csv::row({ r.sessionId, QString::number(r.round), r.statementId, r.pseudonym,
                groupOf.value(r.pseudonym), QString::number(r.answer),
                QString::number(r.sequence) });
    } else {
        QJsonArray rows;
        for (const Rating& r : ratings)
            rows.append(QJsonObject { { "session", r.sessionId }, { "round", r.round },
                { "statement", r.statementId }, { "pseudonym", r.pseudonym },
                { "group", groupOf.value(r.pseudonym) }, { "answer", r.answer },
                { "sequence", r.sequence } });
        data = QJsonDocument(QJsonObject { { "session", session->id }, { "title", session->title },
                                 { "rows", rows } })
                   .toJson(QJsonDocument::Indented);
    }
    // Write to a temporary file and rename, so a failed export never leaves half a file.
    QSaveFile out(options.value("out"));
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit()) {
        err << "export: cannot write " << options.value("out") << ": " << out.errorString()
            << Qt::endl;
        return 1;
    }
    err << "export: " << ratings.size() << " answers of session " << session->id << Qt::endl;
    return 0;
}

} // namespace dp::cli
