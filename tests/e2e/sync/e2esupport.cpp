#include "e2esupport.h"

#include <QFile>
#include <QTcpServer>
#include <QThread>

namespace dp::e2e {

namespace {

QList<QStringList> parseCsv(const QByteArray& data)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    const QString text = QString::fromUtf8(data);
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text.at(i + 1) == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            record << field;
            field.clear();
        } else if (c == '\r') {
            continue;
        } else if (c == '\n') {
            record << field;
            records << record;
            record.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty())
        records << (record << field);
    return records;
}

} // namespace

QList<Row> readCsv(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(path);
        return {};
    }
    const QList<QStringList> records = parseCsv(file.readAll());
    // The export has no per-device column; the simulator's log adds each answer's sequence.
    const QStringList exportHeader { "session", "round", "statement", "pseudonym", "group",
        "answer" };
    const QStringList logHeader = exportHeader + QStringList { "sequence" };
    if (records.isEmpty() || (records.first() != exportHeader && records.first() != logHeader)) {
        *error = QStringLiteral("%1: unexpected header").arg(path);
        return {};
    }
    const qsizetype fields = records.first().size();
    QList<Row> rows;
    for (qsizetype i = 1; i < records.size(); ++i) {
        const QStringList& r = records.at(i);
        if (r.size() != fields) {
            *error = QStringLiteral("%1: record %2 has %3 fields").arg(path).arg(i).arg(r.size());
            return {};
        }
        rows.append(
            Row { r[0], r[1], r[2], r[3], r[4], r[5].toInt(), fields > 6 ? r[6].toLongLong() : 0 });
    }
    return rows;
}

QString keyOf(const Row& row)
{
    return row.round + '|' + row.statement + '|' + row.pseudonym;
}

QHash<QString, Row> lastPerKey(const QList<Row>& rows)
{
    QHash<QString, Row> last;
    for (const Row& row : rows) {
        auto it = last.find(keyOf(row));
        if (it == last.end() || it->sequence < row.sequence)
            last.insert(keyOf(row), row);
    }
    return last;
}

QString compareExportWithLog(const QList<Row>& exported, const QList<Row>& logged)
{
    QHash<QString, Row> exportByKey;
    for (const Row& row : exported) {
        if (exportByKey.contains(keyOf(row)))
            return QStringLiteral("duplicate key in export: %1").arg(keyOf(row));
        exportByKey.insert(keyOf(row), row);
    }
    const QHash<QString, Row> expected = lastPerKey(logged);
    if (expected.size() != exportByKey.size())
        return QStringLiteral("log has %1 keys, export %2 rows")
            .arg(expected.size())
            .arg(exportByKey.size());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const auto found = exportByKey.constFind(it.key());
        if (found == exportByKey.cend())
            return QStringLiteral("missing in export: %1").arg(it.key());
        if (found->answer != it->answer || found->group != it->group
            || found->session != it->session)
            return QStringLiteral("differs for %1: export %2 log %3 (sequence %4)")
                .arg(it.key())
                .arg(found->answer)
                .arg(it->answer)
                .arg(it->sequence);
    }
    return {};
}

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

bool startHub(QProcess& process, const QString& dataDir, quint16 port, QString* error,
    const QStringList& extra)
{
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QStringLiteral(DP_CLI),
        QStringList { "hub", "--data-dir", dataDir, "--catalog", "qualitaetsrahmen", "--port",
            QString::number(port), "--room-code", "K7Q2", "--bind", "127.0.0.1", "--no-discovery" }
            + extra);
    if (!process.waitForStarted(5000)) {
        *error = QStringLiteral("hub did not start: %1").arg(process.errorString());
        return false;
    }
    QByteArray output;
    for (int i = 0; i < 100 && !output.contains("listening"); ++i) {
        process.waitForReadyRead(100);
        output += process.readAllStandardOutput();
        if (process.state() != QProcess::Running)
            break;
    }
    if (!output.contains("listening")) {
        *error = QStringLiteral("hub is not listening: %1").arg(QString::fromUtf8(output));
        return false;
    }
    return true;
}

bool stopHub(QProcess& process, QString* error)
{
    process.terminate();
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished(5000);
        *error = QStringLiteral("hub did not stop on SIGTERM");
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("hub exited with %1").arg(process.exitCode());
        return false;
    }
    return true;
}

QStringList simulateArgs(
    quint16 port, const QString& dataDir, int devices, int seed, const QString& log, int paceMs)
{
    return { "simulate", "--hub", QStringLiteral("127.0.0.1:%1").arg(port), "--room-code", "K7Q2",
        "--devices", QString::number(devices), "--seed", QString::number(seed), "--data-dir",
        dataDir, "--log", log, "--pace-ms", QString::number(paceMs), "--timeout-s", "300" };
}

bool exportCsv(const QString& hubDataDir, const QString& out, QList<Row>* rows, QString* error)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start(QStringLiteral(DP_CLI),
        { "export", "--data-dir", hubDataDir, "--session", "latest", "--format", "csv-raw", "--out",
            out });
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        *error = QStringLiteral("export failed with %1").arg(process.exitCode());
        return false;
    }
    *rows = readCsv(out, error);
    return error->isEmpty();
}

} // namespace dp::e2e
