#pragma once

#include <QHash>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace dp::e2e {

/// One answer row as written by `export` and by the simulator's log.
struct Row
{
    QString session;
    QString round;
    QString statement;
    QString pseudonym;
    QString group;
    int answer = 0;
    qint64 sequence = 0;
};

/// Reads an RFC 4180 CSV file with the export columns; header checked, rows returned.
QList<Row> readCsv(const QString& path, QString* error);
/// The last answer per (round, statement, pseudonym) of a log: the highest sequence wins.
QHash<QString, Row> lastPerKey(const QList<Row>& rows);
QString keyOf(const Row& row);
/// Compares export rows with the log's last answers; empty when equal, else the first mismatch.
QString compareExportWithLog(const QList<Row>& exported, const QList<Row>& logged);

/// A free TCP port on 127.0.0.1 (bound once and released).
quint16 freePort();

/// Starts `dialogpunkte-cli hub` on 127.0.0.1:port and waits until it listens.
bool startHub(QProcess& process, const QString& dataDir, quint16 port, QString* error,
    const QStringList& extra = {});
/// SIGTERM, then waits for a clean exit (exit code 0).
bool stopHub(QProcess& process, QString* error);
QStringList simulateArgs(
    quint16 port, const QString& dataDir, int devices, int seed, const QString& log, int paceMs);
/// Runs `export` to CSV and reads it back.
bool exportCsv(const QString& hubDataDir, const QString& out, QList<Row>* rows, QString* error);

} // namespace dp::e2e
