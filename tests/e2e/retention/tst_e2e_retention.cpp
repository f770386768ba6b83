// Starts the real app on a data folder whose moderator database holds an old and a recent
// workshop and a retention period, and checks what is left afterwards, down to the file's bytes.
#include "moderation/workshoplibrary.h"
#include "storage/database.h"
#include "storage/datalocation.h"
#include "storage/sessionstore.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace dp;

class TestRetentionAtStart : public QObject
{
    Q_OBJECT

private:
    static QString moderatorFolder(const QTemporaryDir& data)
    {
        return QDir(data.path()).filePath(QStringLiteral("moderator"));
    }

    // Prepares two workshops the way the workshops page does; returns their ids (old, recent).
    static QStringList prepareWorkshops(const QString& folder, int retentionDays)
    {
        QDir().mkpath(folder);
        Database database;
        QString error;
        if (!database.open(databasePath(folder), &error))
            qFatal("cannot open the moderator database: %s", qPrintable(error));
        WorkshopLibrary library(database);
        const auto create = [&](const QString& title, const QDate& date) {
            return library.createWorkshop({ { QStringLiteral("title"), title },
                { QStringLiteral("date"), date.toString(Qt::ISODate) },
                { QStringLiteral("catalogId"), QStringLiteral("qualitaetsrahmen") } });
        };
        const QString old = create(QStringLiteral("Werkstatt Altenheim-Nord"),
            QDate::currentDate().addDays(-(retentionDays + 40)));
        const QString recent
            = create(QStringLiteral("Werkstatt Gegenwart"), QDate::currentDate().addDays(-3));
        if (old.isEmpty() || recent.isEmpty())
            qFatal("cannot prepare workshops: %s", qPrintable(library.errorText()));
        library.setRetentionDays(retentionDays);
        return { old, recent };
    }

    static void startAppOnce(const QString& dataDir)
    {
        QProcess app;
        app.start(QStringLiteral(DP_APP),
            { QStringLiteral("--data-dir"), dataDir, QStringLiteral("--self-test") });
        QVERIFY2(app.waitForFinished(60000), "the app did not finish its self-test");
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QVERIFY2(app.exitCode() == 0, app.readAllStandardError().constData());
    }

    static QByteArray databaseBytes(const QString& folder)
    {
        QByteArray bytes;
        for (const QString& suffix : { QString(), QStringLiteral("-wal") }) {
            QFile file(databasePath(folder) + suffix);
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        return bytes;
    }

private slots:
    void oldWorkshopsAreGoneAfterAStart()
    {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        const QString folder = moderatorFolder(data);
        const QStringList ids = prepareWorkshops(folder, 30);
        QVERIFY(databaseBytes(folder).contains("Altenheim-Nord"));

        startAppOnce(data.path());

        Database database;
        QString error;
        QVERIFY2(database.open(databasePath(folder), &error), qPrintable(error));
        SessionStore sessions(database);
        QVERIFY(!sessions.session(ids.at(0)).has_value());
        QVERIFY(sessions.session(ids.at(1)).has_value());
        database.close();
        const QByteArray bytes = databaseBytes(folder);
        QVERIFY(!bytes.contains("Altenheim-Nord"));
        QVERIFY(bytes.contains("Werkstatt Gegenwart"));
    }

    void withoutARetentionPeriodNothingIsDeleted()
    {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        const QString folder = moderatorFolder(data);
        const QStringList ids = prepareWorkshops(folder, 0);

        startAppOnce(data.path());

        Database database;
        QString error;
        QVERIFY2(database.open(databasePath(folder), &error), qPrintable(error));
        SessionStore sessions(database);
        QVERIFY(sessions.session(ids.at(0)).has_value());
        QVERIFY(sessions.session(ids.at(1)).has_value());
    }
};

QTEST_GUILESS_MAIN(TestRetentionAtStart)

#include "tst_e2e_retention.moc"
