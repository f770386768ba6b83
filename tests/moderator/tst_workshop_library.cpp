// The moderator's workshop library over one real database: preparing workshops with a subset of
// dimensions, own groups and k, series, the next workshop of a series, archiving, deleting for
// good (checked in the file's bytes), the retention period, and hosting prepared workshops so
// that a workshop hosted again continues where it stopped.
#include "moderation/moderatorsession.h"
#include "moderation/workshoplibrary.h"
#include "storage/database.h"
#include "storage/notesstore.h"
#include "storage/sessionstore.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QHostAddress>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dp;

namespace {

QByteArray fileBytes(const QString& path)
{
    QByteArray bytes;
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        QFile file(path + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

QVariantMap spec(const QString& title, const QString& date = QStringLiteral("12.03.2026"))
{
    return { { QStringLiteral("title"), title }, { QStringLiteral("date"), date },
        { QStringLiteral("catalogId"), QStringLiteral("qualitaetsrahmen") },
        { QStringLiteral("groups"), QStringList { QStringLiteral("Fachkraft") } },
        { QStringLiteral("k"), 5 } };
}

} // namespace

class TestWorkshopLibrary : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<WorkshopLibrary> m_library;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    int m_counter = 0;

    QString path() const { return m_database->path(); }
    int rowOf(const QString& id) const { return m_library->workshops()->indexOf(id); }
    QVariant role(const QString& id, int role) const
    {
        WorkshopListModel* model = m_library->workshops();
        return model->data(model->index(rowOf(id)), role);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_database = std::make_unique<Database>();
        QString error;
        QVERIFY2(m_database->open(
                     m_dir.filePath(QStringLiteral("db-%1.sqlite").arg(++m_counter)), &error),
            qPrintable(error));
        m_library = std::make_unique<WorkshopLibrary>(*m_database);
        m_library->setLanguage(QStringLiteral("de"));
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_library->workshops(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_library.reset();
        m_database.reset();
    }

    void createWithDimensionSubsetGroupsAndSeries()
    {
        const QVariantList dimensions
            = m_library->catalogDimensions(QStringLiteral("qualitaetsrahmen"), QString());
        QVERIFY(dimensions.size() >= 3);
        const QString first = dimensions.at(0).toMap().value(QStringLiteral("id")).toString();
        const QString third = dimensions.at(2).toMap().value(QStringLiteral("id")).toString();
        QVariantMap s = spec(QStringLiteral("Cluster 4, Werkstatt 1"));
        s.insert(QStringLiteral("dimensionIds"), QStringList { first, third });
        s.insert(QStringLiteral("groups"),
            QStringList { QStringLiteral("Gemeinde A"), QStringLiteral(" Gemeinde  B "),
                QStringLiteral("Fachkraft"), QString() });
        s.insert(QStringLiteral("k"), 4);
        s.insert(QStringLiteral("newSeriesTitle"), QStringLiteral("Cluster 4"));
        QSignalSpy count(m_library->workshops(), &WorkshopListModel::countChanged);
        const QString id = m_library->createWorkshop(s);
        QVERIFY2(!id.isEmpty(), qPrintable(m_library->errorText()));
        QCOMPARE(count.count(), 1);
        QCOMPARE(m_library->workshops()->rowCount(), 1);
        QCOMPARE(role(id, WorkshopListModel::TitleRole).toString(),
            QStringLiteral("Cluster 4, Werkstatt 1"));
        QCOMPARE(role(id, WorkshopListModel::DateRole).toString(), QStringLiteral("2026-03-12"));
        QCOMPARE(role(id, WorkshopListModel::DimensionCountRole).toInt(), 2);
        QCOMPARE(role(id, WorkshopListModel::DimensionTitlesRole).toStringList(),
            (QStringList { dimensions.at(0).toMap().value(QStringLiteral("title")).toString(),
                dimensions.at(2).toMap().value(QStringLiteral("title")).toString() }));
        QCOMPARE(role(id, WorkshopListModel::GroupNamesRole).toStringList(),
            (QStringList { QStringLiteral("Gemeinde A"), QStringLiteral("Gemeinde B"),
                QStringLiteral("Fachkraft") }));
        QCOMPARE(role(id, WorkshopListModel::AnonymityThresholdRole).toInt(), 4);
        QCOMPARE(
            role(id, WorkshopListModel::SeriesTitleRole).toString(), QStringLiteral("Cluster 4"));
        QCOMPARE(role(id, WorkshopListModel::SeriesPositionRole).toInt(), 1);
        QCOMPARE(role(id, WorkshopListModel::StartedRole).toBool(), false);
        QCOMPARE(m_library->series().size(), 1);
        // A default group's name keeps its id (and its English name) for comparisons.
        const auto session = SessionStore(*m_database).session(id);
        QVERIFY(session);
        QCOMPARE(session->groups.at(2).id, QStringLiteral("professional"));
        QCOMPARE(
            session->groups.at(2).name.text(QStringLiteral("en")), QStringLiteral("Professional"));
        QVERIFY(session->groups.at(0).id != session->groups.at(1).id);
    }

    void badInputIsRefusedAndStoresNothing_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no title") << "title" << QVariant(QStringLiteral("  ")) << "title";
        QTest::newRow("bad date") << "date" << QVariant(QStringLiteral("31.02.2026"))
                                  << "DD.MM.YYYY";
        QTest::newRow("k below 3") << "k" << QVariant(2) << "at least 3";
        QTest::newRow("no dimension") << "dimensionIds" << QVariant(QStringList()) << "dimension";
        QTest::newRow("unknown dimension")
            << "dimensionIds" << QVariant(QStringList { QStringLiteral("nope") }) << "nope";
        QTest::newRow("group twice")
            << "groups" << QVariant(QStringList { QStringLiteral("A"), QStringLiteral("a") })
            << "twice";
        QTest::newRow("missing catalog file")
            << "catalogPath" << QVariant(QStringLiteral("/no/such/catalog.json")) << "catalog";
        QTest::newRow("unknown series") << "seriesId" << QVariant(QStringLiteral("x")) << "series";
        QTest::newRow("blank series title") << "newSeriesTitle" << QVariant(QString()) << "series";
    }

    void badInputIsRefusedAndStoresNothing()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, value);
        QFETCH(QString, expected);
        const QString kept = m_library->createWorkshop(spec(QStringLiteral("Kept")));
        QVERIFY(!kept.isEmpty());
        QVariantMap s = spec(QStringLiteral("Refused"));
        s.insert(key, value);
        QCOMPARE(m_library->createWorkshop(s), QString());
        QVERIFY2(m_library->errorText().contains(expected, Qt::CaseInsensitive),
            qPrintable(m_library->errorText()));
        QCOMPARE(SessionStore(*m_database).sessions().size(), 1);
        QCOMPARE(m_library->workshops()->rowCount(), 1);
        QVERIFY(m_library->series().isEmpty());
        // The next good action clears the message.
        QVERIFY(!m_library->createWorkshop(spec(QStringLiteral("Second"))).isEmpty());
        QCOMPARE(m_library->errorText(), QString());
    }

    void duplicateAsNextWorkshopOfTheSeries()
    {
        QVariantMap s = spec(QStringLiteral("Werkstatt 1"));
        s.insert(QStringLiteral("k"), 6);
        const QString first = m_library->createWorkshop(s);
        QVERIFY(!first.isEmpty());
        const QString second = m_library->duplicateAsNext(
            first, QStringLiteral("2026-09-01"), QStringLiteral("Werkstatt 2"));
        QVERIFY2(!second.isEmpty(), qPrintable(m_library->errorText()));
        QCOMPARE(m_library->workshops()->rowCount(), 2);
        QCOMPARE(rowOf(second), 0); // newest first
        QCOMPARE(role(second, WorkshopListModel::SeriesPositionRole).toInt(), 2);
        QCOMPARE(role(first, WorkshopListModel::SeriesPositionRole).toInt(), 1);
        QCOMPARE(role(second, WorkshopListModel::SeriesIdRole),
            role(first, WorkshopListModel::SeriesIdRole));
        QCOMPARE(role(second, WorkshopListModel::AnonymityThresholdRole).toInt(), 6);
        QCOMPARE(
            role(second, WorkshopListModel::DateTextRole).toString(), QStringLiteral("01.09.2026"));
        QCOMPARE(m_library->series().size(), 1);
        QCOMPARE(
            m_library->series().at(0).toMap().value(QStringLiteral("workshopCount")).toInt(), 2);
        QCOMPARE(m_library->duplicateAsNext(first, QStringLiteral("morgen"), QString()), QString());
        QVERIFY(m_library->errorText().contains(QStringLiteral("DD.MM.YYYY")));
        QCOMPARE(m_library->duplicateAsNext(
                     QStringLiteral("gone"), QStringLiteral("01.10.2026"), QString()),
            QString());
        QCOMPARE(m_library->workshops()->rowCount(), 2);
    }

    void archiveAndRestore()
    {
        const QString a = m_library->createWorkshop(spec(QStringLiteral("A")));
        const QString b = m_library->createWorkshop(spec(QStringLiteral("B")));
        QVERIFY(m_library->setArchived(a, true));
        QCOMPARE(m_library->workshops()->rowCount(), 1);
        QCOMPARE(rowOf(b), 0);
        m_library->setShowArchived(true);
        QCOMPARE(m_library->workshops()->rowCount(), 1);
        QCOMPARE(rowOf(a), 0);
        QVERIFY(role(a, WorkshopListModel::ArchivedRole).toBool());
        QVERIFY(m_library->setArchived(a, false));
        QCOMPARE(m_library->workshops()->rowCount(), 0);
        m_library->setShowArchived(false);
        QCOMPARE(m_library->workshops()->rowCount(), 2);
        QVERIFY(!m_library->setArchived(QStringLiteral("gone"), true));
        QVERIFY(!m_library->errorText().isEmpty());
    }

    void deleteRemovesEveryByteOfTheWorkshop()
    {
        const QString marker = QStringLiteral("Geheimer-Workshop-7731");
        const QString kept = QStringLiteral("Bleibender-Workshop-4410");
        const QString gone = m_library->createWorkshop(spec(marker));
        const QString stays = m_library->createWorkshop(spec(kept));
        QString error;
        QVERIFY(NotesStore(*m_database)
                    .setNote(gone,
                        SessionStore(*m_database).session(gone)->catalog.allStatements().at(0).id,
                        QStringLiteral("Notiz-9981"), &error));
        {
            ModeratorSession moderator(*m_database);
            QVERIFY2(moderator.hostSession(gone, QHostAddress::LocalHost, 0),
                qPrintable(moderator.errorText()));
            m_library->setHostedSessionId(moderator.hostedSessionId());
            QVERIFY(!m_library->deleteWorkshop(gone)); // not while it is hosted
            QVERIFY(m_library->errorText().contains(QStringLiteral("hosted")));
            QVERIFY(!m_library->setArchived(gone, true));
            moderator.stopHosting();
            m_library->setHostedSessionId(QString());
        }
        QVERIFY(fileBytes(path()).contains(marker.toUtf8()));
        QVERIFY(m_library->deleteWorkshop(gone));
        QCOMPARE(m_library->workshops()->rowCount(), 1);
        QCOMPARE(rowOf(stays), 0);
        const QByteArray after = fileBytes(path());
        QVERIFY(!after.contains(marker.toUtf8()));
        QVERIFY(!after.contains("Notiz-9981"));
        QVERIFY(!after.contains(gone.toUtf8())); // nor its id in a remembered hub state
        QVERIFY(after.contains(kept.toUtf8()));
        QVERIFY(!m_library->deleteWorkshop(gone));
        QVERIFY(m_library->errorText().contains(QStringLiteral("no longer exists")));
    }

    void retentionPeriodIsStoredAndApplied()
    {
        QCOMPARE(m_library->retentionDays(), 0);
        QCOMPARE(m_library->retentionDeletedCount(), -1);
        const QString old = m_library->createWorkshop(
            spec(QStringLiteral("Alt-Workshop-5521"), QStringLiteral("01.01.2024")));
        const QString recent
            = m_library->createWorkshop(spec(QStringLiteral("Neu"), QStringLiteral("01.06.2026")));
        QCOMPARE(m_library->applyRetentionAt(QDate(2026, 7, 1)), 0); // off: nothing goes
        QCOMPARE(m_library->workshops()->rowCount(), 2);
        {
            // Hosted once, so the moderator's database remembers its hub state under its id.
            ModeratorSession moderator(*m_database);
            QVERIFY2(moderator.hostSession(old, QHostAddress::LocalHost, 0),
                qPrintable(moderator.errorText()));
            moderator.stopHosting();
        }
        QVERIFY(fileBytes(path()).contains(old.toUtf8()));

        QSignalSpy changed(m_library.get(), &WorkshopLibrary::retentionDaysChanged);
        m_library->setRetentionDays(-3);
        QVERIFY(m_library->errorText().contains(QStringLiteral("between")));
        m_library->setRetentionDays(WorkshopLibrary::MaxRetentionDays + 1);
        QCOMPARE(m_library->retentionDays(), 0);
        m_library->setRetentionDays(365);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_library->errorText(), QString());
        // Kept in the moderator's database: a new start reads it.
        WorkshopLibrary again(*m_database);
        QCOMPARE(again.retentionDays(), 365);

        QSignalSpy applied(m_library.get(), &WorkshopLibrary::retentionApplied);
        QCOMPARE(m_library->applyRetentionAt(QDate(2026, 7, 1)), 1);
        QCOMPARE(applied.count(), 1);
        QCOMPARE(m_library->retentionDeletedCount(), 1);
        QCOMPARE(m_library->workshops()->rowCount(), 1);
        QCOMPARE(rowOf(recent), 0);
        QVERIFY(!SessionStore(*m_database).session(old));
        QVERIFY(!fileBytes(path()).contains("Alt-Workshop-5521"));
        QVERIFY(!fileBytes(path()).contains(old.toUtf8())); // nor its remembered hub state
        m_library->setRetentionDays(0);
        QCOMPARE(m_library->applyRetentionAt(QDate(2040, 1, 1)), 0);
        QCOMPARE(m_library->workshops()->rowCount(), 1);
    }

    void hostedWorkshopContinuesWhereItStopped()
    {
        QVariantMap s = spec(QStringLiteral("Erste"));
        s.insert(QStringLiteral("k"), 7);
        const QString first = m_library->createWorkshop(s);
        const QString second = m_library->createWorkshop(spec(QStringLiteral("Zweite")));
        ModeratorSession moderator(*m_database);
        QVERIFY2(moderator.hostSession(first, QHostAddress::LocalHost, 0),
            qPrintable(moderator.errorText()));
        QCOMPARE(moderator.hostedSessionId(), first);
        QCOMPARE(moderator.minimumGroupSize(), 7); // the workshop's own k
        const QStringList statements = moderator.statementIds();
        QCOMPARE(moderator.openStatements(), statements); // first time: everything open
        moderator.setOpen(statements.at(1), false);
        moderator.nextRound();
        QCOMPARE(moderator.round(), 2);

        QVERIFY(moderator.hostSession(second, QHostAddress::LocalHost, 0));
        QCOMPARE(moderator.hostedSessionId(), second);
        QCOMPARE(moderator.round(), 1);
        moderator.stopHosting();
        m_library->refresh();
        QVERIFY(role(first, WorkshopListModel::StartedRole).toBool());
        QVERIFY(role(second, WorkshopListModel::StartedRole).toBool());

        QVERIFY(moderator.hostSession(first, QHostAddress::LocalHost, 0));
        QCOMPARE(moderator.round(), 2);
        QVERIFY(!moderator.openStatements().contains(statements.at(1)));
        QVERIFY(!moderator.hostSession(QStringLiteral("gone"), QHostAddress::LocalHost, 0));
        QVERIFY(moderator.errorText().contains(QStringLiteral("no longer exists")));
        QVERIFY(!moderator.isHosting());
    }
};

QTEST_GUILESS_MAIN(TestWorkshopLibrary)

#include "tst_workshop_library.moc"
