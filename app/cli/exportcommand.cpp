#include "exportcommand.h"

#include "arguments.h"

#include "export/exportservice.h"
#include "report.h"
#include "storage/database.h"
#include "storage/datalocation.h"
#include "storage/sessionstore.h"

#include <QDir>
#include <QTextStream>

namespace dp::cli {

bool exportNeedsGui(const QStringList& args)
{
    const qsizetype at = args.indexOf(QStringLiteral("--format"));
    if (at < 0 || at + 1 >= args.size())
        return false;
    const auto format = exportFormatNamed(args.at(at + 1));
    return format && format->painted;
}

QString exportUsage()
{
    return QStringLiteral(
        "  dialogpunkte-cli export [--data-dir DIR] --session latest|ID --format FORMAT\n"
        "                       --out PATH [--language de|en]\n"
        "                       DIR: the app's data folder (default %1),\n"
        "                       a hub's --data-dir, or a folder with %2\n"
        "                       FORMAT: %3\n"
        "                       (as the app's export: csv is for German Excel with ';',\n"
        "                       csv-comma uses ','; csv-raw and json-raw are the raw answer\n"
        "                       rows; png writes one image per statement into the folder PATH)\n")
        .arg(QDir::toNativeSeparators(appDataDirectory()), QLatin1String(DatabaseFileName),
            exportFormatNames().join(QLatin1Char('|')));
}

int runExport(const QStringList& args)
{
    QTextStream err(stderr);
    Arguments options;
    QString error;
    if (!options.parse(
            args, { "data-dir", "session", "format", "out", "language", "separator" }, {}, &error)
        || !options.require({ "session", "format", "out" }, &error)) {
        err << "export: " << error << Qt::endl;
        return 2;
    }
    if (options.has("separator")) {
        err << "export: --separator is gone; use --format csv (';' for German Excel) or "
               "--format csv-comma"
            << Qt::endl;
        return 2;
    }
    const auto format = exportFormatNamed(options.value("format"));
    if (!format) {
        err << "export: unknown format \"" << options.value("format") << "\"; use "
            << exportFormatNames().join('|') << Qt::endl;
        return 2;
    }
    const QString language = options.value("language", QStringLiteral("de"));
    if (language != QLatin1String("de") && language != QLatin1String("en")) {
        err << "export: --language must be de or en" << Qt::endl;
        return 2;
    }
    const QString dataDir = options.value("data-dir", appDataDirectory());
    const QString path = workshopDatabasePath(dataDir);
    if (path.isEmpty()) {
        err << "export: no database in " << QDir::toNativeSeparators(dataDir) << " (nor in its "
            << "moderator folder)" << Qt::endl;
        return 1;
    }
    Database database;
    if (!database.open(path, &error)) {
        err << "export: " << error << Qt::endl;
        return 1;
    }
    const QString wanted = options.value("session");
    SessionStore sessions(database);
    const auto session
        = wanted == QLatin1String("latest") ? sessions.latestSession() : sessions.session(wanted);
    if (!session) {
        err << "export: no session \"" << wanted << "\" in " << QDir::toNativeSeparators(path)
            << Qt::endl;
        return 1;
    }
    const ReportPainter painter;
    const ExportResult result
        = ExportService(database, &painter)
              .exportSession(session->id, format->format, options.value("out"), language);
    if (!result.ok) {
        err << "export: " << result.error << Qt::endl;
        return 1;
    }
    err << "export: wrote " << result.files.size()
        << (result.files.size() == 1 ? " file" : " files") << " for session " << session->id
        << Qt::endl;
    return 0;
}

} // namespace dp::cli
