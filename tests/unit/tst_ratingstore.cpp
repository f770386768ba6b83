// Saving answers, the outbox and applying ratings from other devices.
#include "storage/database.h"
#include "storage/ratingstore.h"
#include "storage/sessionstore.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace dp;

namespace {

// Inline so the test shows what it rates: "agree6" allows "cannot judge", "strict4" does not.
const QByteArray CatalogJson = R"({
  "format": "dialogpunkte-catalog", "formatVersion": 1, "id": "rating-test", "title": "Test",
  "defaultScale": "agree6",
  "scales": [
    { "id": "agree6", "kind": "ordinal", "points": 6, "allowCannotJudge": true },
    { "id": "strict4", "kind": "ordinal", "points": 4, "allowCannotJudge": false }
  ],
  "dimensions": [ { "id": "netzwerk", "title": "Netzwerk", "statements": [
    { "id": "n1", "text": "Die Rollen im Netzwerk sind geklärt." },
    { "id": "n2", "text": "Absprachen sind verbindlich.", "scale": "strict4" },
    { "id": "n3", "text": "Neue Partner werden eingebunden." }
  ] } ]
})";

/// One device: its database, stores, a session and a participant.
struct Device
{
    Database database;
    std::unique_ptr<SessionStore> sessions;
    std::unique_ptr<RatingStore> ratings;
    QString sessionId;
    QString pseudonym;

    bool open(const QString& path)
    {
        QString error;
        if (!database.open(path, &error)) {
            qWarning() << error;
            return false;
        }
        sessions = std::make_unique<SessionStore>(database);
        ratings = std::make_unique<RatingStore>(database);
        return true;
    }

    bool createSession()
    {
        QString error;
        const auto parsed = Catalog::fromJson(CatalogJson);
        if (!parsed.ok()) {
            qWarning() << parsed.error;
            return false;
        }
        const auto session = sessions->createSession(QStringLiteral("Werkstatt"),
            QDate(2024, 3, 12), parsed.catalog, {}, SessionRecord::Role::Local, &error);
        const auto participant
            = session ? sessions->createParticipant(session->id, QString(), &error) : std::nullopt;
        if (!participant) {
            qWarning() << error;
            return false;
        }
        sessionId = session->id;
        pseudonym = participant->pseudonym;
        return true;
    }

    QList<qint64> pendingSequences() const
    {
        QList<qint64> result;
        for (const Rating& rating : ratings->pendingOutbox(sessionId))
            result << rating.sequence;
        return result;
    }
};

Rating remote(const Device& device, const QString& statement, int answer, qint64 sequence,
    const QString& deviceId = QStringLiteral("tablet-b"))
{
    return Rating { device.sessionId, 1, statement, device.pseudonym, answer, deviceId, sequence,
        QDateTime(QDate(2024, 3, 12), QTime(10, 0), Qt::UTC).addSecs(sequence) };
}

} // namespace

class TestRatingStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Device> m_device;

    QString freshPath(const QString& suffix = QString()) const
    {
        // Data rows run init() each, so the tag keeps their databases apart.
        const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(' ', '-');
        return m_dir.filePath(
            QStringLiteral("%1-%2%3.sqlite")
                .arg(QString::fromLatin1(QTest::currentTestFunction()), tag, suffix));
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_device = std::make_unique<Device>();
        QVERIFY(m_device->open(freshPath()));
        QVERIFY(m_device->createSession());
    }

    void cleanup() { m_device.reset(); }

    void savesValidAnswer()
    {
        Device& d = *m_device;
        QString error;
        const auto saved
            = d.ratings->saveAnswer(d.sessionId, 1, QStringLiteral("n1"), d.pseudonym, 5, &error);
        QVERIFY2(saved, qPrintable(error));
        QCOMPARE(saved->answer, 5);
        QCOMPARE(saved->sequence, 1);
        QCOMPARE(saved->deviceId, d.ratings->deviceId(d.sessionId));
        QVERIFY(!QUuid::fromString(saved->deviceId).isNull());
        QCOMPARE(*d.ratings->rating(d.sessionId, 1, QStringLiteral("n1"), d.pseudonym), *saved);
        QCOMPARE(d.ratings->ratingsOf(d.sessionId, d.pseudonym, 1), QList<Rating> { *saved });
        QVERIFY(d.ratings->ratingsOf(d.sessionId, d.pseudonym, 2).isEmpty());
        QCOMPARE(d.ratings->pendingOutbox(d.sessionId), QList<Rating> { *saved });
        QVERIFY(!d.ratings->isAcknowledged(d.sessionId, 1, QStringLiteral("n1"), d.pseudonym));
    }

    void invalidAnswersChangeNothing_data()
    {
        QTest::addColumn<QString>("session");
        QTest::addColumn<int>("round");
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("pseudonym");
        QTest::addColumn<int>("answer");
        QTest::addColumn<QString>("expected");
        const QString ok = QStringLiteral("ok");
        QTest::newRow("above scale") << ok << 1 << "n1" << ok << 7 << "not on the scale";
        QTest::newRow("negative") << ok << 1 << "n1" << ok << -1 << "not on the scale";
        QTest::newRow("above strict4") << ok << 1 << "n2" << ok << 5 << "not on the scale";
        QTest::newRow("cannot judge on strict4")
            << ok << 1 << "n2" << ok << 0 << "not on the scale";
        QTest::newRow("unknown statement")
            << ok << 1 << "x9" << ok << 3 << "not part of the catalog";
        QTest::newRow("round 0") << ok << 0 << "n1" << ok << 3 << "Rounds start at 1";
        QTest::newRow("unknown session") << "nope" << 1 << "n1" << ok << 3 << "Unknown session";
        QTest::newRow("stranger") << ok << 1 << "n1"
                                  << "stranger" << 3 << "not a participant";
    }

    void invalidAnswersChangeNothing()
    {
        QFETCH(QString, session);
        QFETCH(int, round);
        QFETCH(QString, statement);
        QFETCH(QString, pseudonym);
        QFETCH(int, answer);
        QFETCH(QString, expected);
        Device& d = *m_device;
        QString error;
        QVERIFY(
            d.ratings->saveAnswer(d.sessionId, 1, QStringLiteral("n1"), d.pseudonym, 4, &error));
        const QList<Rating> before = d.ratings->ratings(d.sessionId);

        const auto saved = d.ratings->saveAnswer(
            session == QLatin1String("ok") ? d.sessionId : session, round, statement,
            pseudonym == QLatin1String("ok") ? d.pseudonym : pseudonym, answer, &error);
        QVERIFY(!saved);
        QVERIFY2(error.contains(expected), qPrintable(error));
        QCOMPARE(d.ratings->ratings(d.sessionId), before);
        QCOMPARE(d.pendingSequences(), QList<qint64> { 1 });
        // No sequence number was used up by the refused answer.
        QCOMPARE(d.ratings->saveAnswer(d.sessionId, 1, QStringLiteral("n3"), d.pseudonym, 2, &error)
                     ->sequence,
            2);
    }

    void cannotJudgeWhereTheScaleAllowsIt()
    {
        Device& d = *m_device;
        QString error;
        const auto saved = d.ratings->saveAnswer(
            d.sessionId, 1, QStringLiteral("n1"), d.pseudonym, CannotJudgeAnswer, &error);
        QVERIFY2(saved, qPrintable(error));
        QCOMPARE(d.ratings->rating(d.sessionId, 1, QStringLiteral("n1"), d.pseudonym)->answer,
            CannotJudgeAnswer);
        QVERIFY(
            d.ratings->saveAnswer(d.sessionId, 1, QStringLiteral("n2"), d.pseudonym, 4, &error));
        QVERIFY(
            d.ratings->saveAnswer(d.sessionId, 1, QStringLiteral("n2"), d.pseudonym, 1, &error));
    }

    void changedAnswerReplacesAndAdvances()
    {
        Device& d = *m_device;
        QString error;
        const auto first
            = d.ratings->saveAnswer(d.sessionId, 1, QStringLiteral("n1"), d.pseudonym, 2, &error);
        const auto second
            = d.ratings->saveAnswer(d.sessionId, 1, QStringLiteral("n1"), d.pseudonym, 6, &error);
        QVERIFY(first && second);
        QVERIFY(second->sequence > first->sequence);
        QCOMPARE(d.ratings->ratingCount(d.sessionId), 1);
        QCOMPARE(d.ratings->rating(d.sessionId, 1, QStringLiteral("n1"), d.pseudonym)->answer, 6);
        QCOMPARE(d.pendingSequences(), QList<qint64> { second->sequence });

        // A later round is a separate rating of the same statement.
        QVERIFY(
            d.ratings->saveAnswer(d.sessionId, 2, QStringLiteral("n1"), d.pseudonym, 3, &error));
        QCOMPARE(d.ratings->ratingCount(d.sessionId), 2);
        QCOMPARE(d.ratings->rating(d.sessionId, 1, QStringLiteral("n1"), d.pseudonym)->answer, 6);
    }

    void acknowledgeEmptiesTheOutbox()
    {
        Device& d = *m_device;
        QString error;
        for (const char* statement : { "n1", "n2", "n3" })
            QVERIFY(d.ratings->saveAnswer(
                d.sessionId, 1, QString::fromLatin1(statement), d.pseudonym, 3, &error));
        QCOMPARE(d.pendingSequences(), QList<qint64>({ 1, 2, 3 }));
        QCOMPARE(d.ratings->pendingCount(d.sessionId), 3);
        QCOMPARE(d.ratings->pendingOutbox(d.sessionId, 2).size(), 2);

        QVERIFY2(d.ratings->acknowledge(d.sessionId, { 1, 3, 999 }, &error), qPrintable(error));
        QCOMPARE(d.pendingSequences(), QList<qint64> { 2 });
        QVERIFY(d.ratings->isAcknowledged(d.sessionId, 1, QStringLiteral("n1"), d.pseudonym));
        QVERIFY(!d.ratings->isAcknowledged(d.sessionId, 1, QStringLiteral("n2"), d.pseudonym));
        QVERIFY(!d.ratings->isAcknowledged(d.sessionId, 2, QStringLiteral("n1"), d.pseudonym));

        // n2 changes while its old version is in flight: the late ack must not drop the new one.
        const auto changed
            = d.ratings->saveAnswer(d.sessionId, 1, QStringLiteral("n2"), d.pseudonym, 4, &error);
        QVERIFY(changed);
        QVERIFY(d.ratings->acknowledge(d.sessionId, { 2 }, &error));
        QCOMPARE(d.pendingSequences(), QList<qint64> { changed->sequence });
        QVERIFY(d.ratings->acknowledge(d.sessionId, { changed->sequence }, &error));
        QCOMPARE(d.ratings->pendingCount(d.sessionId), 0);
        QCOMPARE(d.ratings->ratingCount(d.sessionId), 3); // acknowledging never removes ratings
    }

    void sequenceAndDeviceSurviveReopening()
    {
        QString error;
        const QString path = m_device->database.path();
        QVERIFY(m_device->ratings->saveAnswer(
            m_device->sessionId, 1, QStringLiteral("n1"), m_device->pseudonym, 1, &error));
        QVERIFY(m_device->ratings->saveAnswer(
            m_device->sessionId, 1, QStringLiteral("n1"), m_device->pseudonym, 2, &error));
        const QString deviceId = m_device->ratings->deviceId(m_device->sessionId);
        const QString sessionId = m_device->sessionId;
        const QString pseudonym = m_device->pseudonym;
        m_device = std::make_unique<Device>();
        QVERIFY(m_device->open(path));

        QCOMPARE(m_device->ratings->deviceId(sessionId), deviceId);
        const auto saved = m_device->ratings->saveAnswer(
            sessionId, 1, QStringLiteral("n3"), pseudonym, 3, &error);
        QVERIFY2(saved, qPrintable(error));
        QCOMPARE(saved->sequence, 3);
    }

    void twoConnectionsShareOneCounter()
    {
        Device& d = *m_device;
        Database second;
        QString error;
        QVERIFY2(second.open(d.database.path(), &error), qPrintable(error));
        RatingStore otherStore(second);
        QList<qint64> sequences;
        for (int i = 0; i < 10; ++i) {
            RatingStore& store = i % 2 ? otherStore : *d.ratings;
            const auto saved = store.saveAnswer(
                d.sessionId, i + 1, QStringLiteral("n1"), d.pseudonym, 1 + i % 6, &error);
            QVERIFY2(saved, qPrintable(error));
            sequences << saved->sequence;
        }
        QCOMPARE(sequences, QList<qint64>({ 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }));
    }

    void closedDatabaseGivesErrorsNotCrashes()
    {
        Device& d = *m_device;
        d.database.close();
        QString error;
        QVERIFY(
            !d.ratings->saveAnswer(d.sessionId, 1, QStringLiteral("n1"), d.pseudonym, 3, &error));
        QVERIFY2(error.contains(QStringLiteral("not open")), qPrintable(error));
        QVERIFY(!d.ratings->acknowledge(d.sessionId, { 1 }, &error));
        QCOMPARE(d.ratings->pendingCount(d.sessionId), 0);
        QVERIFY(d.ratings->ratings(d.sessionId).isEmpty());
    }

    void applyRemoteKeepsTheNewest()
    {
        Device& d = *m_device;
        QString error;
        using R = RatingStore::ApplyResult;
        QCOMPARE(
            d.ratings->applyRemote(remote(d, QStringLiteral("n1"), 3, 10), &error), R::Inserted);
        QCOMPARE(
            d.ratings->applyRemote(remote(d, QStringLiteral("n1"), 5, 12), &error), R::Updated);
        QCOMPARE(
            d.ratings->applyRemote(remote(d, QStringLiteral("n1"), 1, 11), &error), R::Ignored);
        QCOMPARE(
            d.ratings->applyRemote(remote(d, QStringLiteral("n1"), 5, 12), &error), R::Ignored);
        QCOMPARE(*d.ratings->rating(d.sessionId, 1, QStringLiteral("n1"), d.pseudonym),
            remote(d, QStringLiteral("n1"), 5, 12));
        // Remote ratings are not ours to send.
        QCOMPARE(d.ratings->pendingCount(d.sessionId), 0);
    }

    void applyRemoteRejectsInvalid()
    {
        Device& d = *m_device;
        QString error;
        using R = RatingStore::ApplyResult;
        QCOMPARE(
            d.ratings->applyRemote(remote(d, QStringLiteral("n1"), 9, 1), &error), R::Rejected);
        QVERIFY2(error.contains(QStringLiteral("not on the scale")), qPrintable(error));
        QCOMPARE(
            d.ratings->applyRemote(remote(d, QStringLiteral("n2"), 0, 2), &error), R::Rejected);
        QCOMPARE(
            d.ratings->applyRemote(remote(d, QStringLiteral("zz"), 1, 3), &error), R::Rejected);
        Rating stranger = remote(d, QStringLiteral("n1"), 2, 4);
        stranger.pseudonym = QStringLiteral("stranger");
        QCOMPARE(d.ratings->applyRemote(stranger, &error), R::Rejected);
        QCOMPARE(
            d.ratings->applyRemote(remote(d, QStringLiteral("n1"), 2, 0), &error), R::Rejected);
        QCOMPARE(d.ratings->applyRemote(remote(d, QStringLiteral("n1"), 2, 5, QString()), &error),
            R::Rejected);
        QCOMPARE(d.ratings->ratingCount(d.sessionId), 0);
    }

    void newerRemoteSupersedesLocalPending()
    {
        Device& d = *m_device;
        QString error;
        const auto local
            = d.ratings->saveAnswer(d.sessionId, 1, QStringLiteral("n1"), d.pseudonym, 2, &error);
        QVERIFY(local);
        QCOMPARE(
            d.ratings->applyRemote(remote(d, QStringLiteral("n1"), 6, local->sequence + 5), &error),
            RatingStore::ApplyResult::Updated);
        QCOMPARE(d.ratings->pendingCount(d.sessionId), 0);
        QCOMPARE(d.ratings->rating(d.sessionId, 1, QStringLiteral("n1"), d.pseudonym)->answer, 6);
    }

    void deliveryOrderDoesNotMatter()
    {
        // Replays, duplicates and reordering: every order must end in the same stored ratings.
        const Device& d = *m_device;
        const QList<Rating> messages = { remote(d, QStringLiteral("n1"), 4, 7),
            remote(d, QStringLiteral("n1"), 2, 5), remote(d, QStringLiteral("n3"), 6, 4),
            remote(d, QStringLiteral("n3"), 5, 4, QStringLiteral("tablet-c")),
            remote(d, QStringLiteral("n1"), 4, 7) };
        QList<int> order(messages.size());
        std::iota(order.begin(), order.end(), 0);
        QList<Rating> expected;
        int permutations = 0;
        do {
            QString error;
            for (int index : order)
                QVERIFY(m_device->ratings->applyRemote(messages.at(index), &error)
                    != RatingStore::ApplyResult::Rejected);
            const QList<Rating> result = m_device->ratings->ratings(m_device->sessionId);
            if (expected.isEmpty())
                expected = result;
            QCOMPARE(result, expected);
            QSqlQuery clear(m_device->database.connection());
            QVERIFY(clear.exec(QStringLiteral("DELETE FROM ratings")));
            ++permutations;
        } while (std::next_permutation(order.begin(), order.end()));
        QCOMPARE(permutations, 120);
        QCOMPARE(expected.size(), 2);
        QCOMPARE(expected.at(0).answer, 4); // n1: sequence 7 is the newest
        QCOMPARE(expected.at(1).deviceId, QStringLiteral("tablet-c")); // n3: tie broken by device
    }
};

QTEST_GUILESS_MAIN(TestRatingStore)
#include "tst_ratingstore.moc"
