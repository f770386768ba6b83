// Comparing the workshops of a series on hand-made answers with known medians and quartiles.
#include "stats/seriescomparison.h"
#include "storage/database.h"
#include "storage/ratingstore.h"
#include "storage/seriesstore.h"
#include "storage/sessionlifecycle.h"
#include "storage/sessionstore.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dp;

namespace {

// n1 (6 points) and n2 (4 points) in every workshop; p1 only in the first, q1 only in the last.
Catalog catalog(const QString& extraDimension, const QString& extraStatement)
{
    const QString json = QStringLiteral(R"({
      "format": "dialogpunkte-catalog", "formatVersion": 1, "id": "series-test", "version": "1",
      "title": "Serie", "languages": ["de"], "defaultScale": "agree6",
      "scales": [ { "id": "agree6", "kind": "ordinal", "points": 6, "allowCannotJudge": true },
                  { "id": "strict4", "kind": "ordinal", "points": 4, "allowCannotJudge": false } ],
      "dimensions": [
        { "id": "netzwerk", "title": "Netzwerk", "statements": [
          { "id": "n1", "text": "Rollen sind geklärt." },
          { "id": "n2", "text": "Absprachen sind verbindlich.", "scale": "strict4" } ] },
        { "id": "%1", "title": "Extra", "statements": [ { "id": "%2", "text": "Extra" } ] } ] })")
                             .arg(extraDimension, extraStatement);
    const auto parsed = Catalog::fromJson(json.toUtf8());
    if (!parsed.ok())
        qFatal("series catalog: %s", qPrintable(parsed.error));
    return parsed.catalog;
}

SessionRecord session(const QString& id, const Catalog& catalog)
{
    SessionRecord record;
    record.id = id;
    record.title = id;
    record.date = QDate(2024, 1, 1);
    record.catalog = catalog;
    return record;
}

// Answers of distinct, made-up pseudonyms (one per answer) in one round.
void answer(
    SeriesWorkshop& workshop, int round, const QString& statementId, const QList<int>& answers)
{
    static qint64 sequence = 0;
    for (int i = 0; i < answers.size(); ++i) {
        Rating rating;
        rating.sessionId = workshop.session.id;
        rating.round = round;
        rating.statementId = statementId;
        rating.pseudonym = QStringLiteral("p%1").arg(i);
        rating.answer = answers.at(i);
        rating.deviceId = QStringLiteral("device");
        rating.sequence = ++sequence;
        rating.updatedAt = QDateTime(QDate(2024, 1, 1), QTime(9, 0), Qt::UTC);
        workshop.ratings.append(rating);
    }
}

QList<SeriesWorkshop> fixture()
{
    SeriesWorkshop first { session(QStringLiteral("w1"), catalog("planung", "p1")), {} };
    answer(first, 1, QStringLiteral("n1"), { 1, 2, 2, 3, 5, 0 }); // 0: cannot judge
    answer(first, 2, QStringLiteral("n1"), { 2, 3, 3, 4, 6 });
    answer(first, 1, QStringLiteral("n2"), { 3, 3, 3 });
    answer(first, 1, QStringLiteral("p1"), { 4, 4 });

    SeriesWorkshop second { session(QStringLiteral("w2"), catalog("planung", "p1")), {} };
    answer(second, 1, QStringLiteral("n1"), { 4, 4, 5, 5, 6 });
    answer(second, 1, QStringLiteral("n2"), { 1, 2 });

    SeriesWorkshop third { session(QStringLiteral("w3"), catalog("qualifizierung", "q1")), {} };
    answer(third, 1, QStringLiteral("n1"), { 5, 5, 6, 6, 6, 0, 0 });
    answer(third, 1, QStringLiteral("n2"), { 1, 4 });
    return { first, second, third };
}

} // namespace

class TestSeriesComparison : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void onlySharedStatementsInCatalogOrder()
    {
        const SeriesComparison comparison = compareSeries(fixture());
        QCOMPARE(comparison.sessionIds, QStringList({ "w1", "w2", "w3" }));
        QCOMPARE(comparison.statements.size(), 2);
        QCOMPARE(comparison.statements.at(0).statementId, QStringLiteral("n1"));
        QCOMPARE(comparison.statements.at(1).statementId, QStringLiteral("n2"));
        QCOMPARE(comparison.statements.at(0).dimensionId, QStringLiteral("netzwerk"));
        QCOMPARE(comparison.statements.at(0).workshops.size(), 3);
    }

    void lastRoundOfEachWorkshopByDefault()
    {
        const SeriesComparison comparison = compareSeries(fixture());
        QCOMPARE(comparison.rounds, QList<int>({ 2, 1, 1 }));
        const StatementAcrossSeries& n1 = comparison.statements.at(0);
        // w1 round 2: 2 3 3 4 6 -> median 3, quartiles 3 and 4
        QCOMPARE(n1.workshops.at(0).round, 2);
        QCOMPARE(n1.workshops.at(0).distribution.counts(), QList<int>({ 0, 0, 1, 2, 1, 0, 1 }));
        QCOMPARE(n1.workshops.at(0).summary.median, 3.0);
        QCOMPARE(n1.workshops.at(0).summary.lowerQuartile, 3.0);
        QCOMPARE(n1.workshops.at(0).summary.upperQuartile, 4.0);
        // w2: 4 4 5 5 6 -> median 5
        QCOMPARE(n1.workshops.at(1).summary.median, 5.0);
        // w3: 5 5 6 6 6 and two who could not judge -> median 6, share 2/7
        QCOMPARE(n1.workshops.at(2).summary.median, 6.0);
        QCOMPARE(n1.workshops.at(2).summary.total, 7);
        QCOMPARE(n1.workshops.at(2).summary.cannotJudge, 2);
        QVERIFY(qFuzzyCompare(n1.workshops.at(2).summary.cannotJudgeShare, 2.0 / 7.0));

        QVERIFY(n1.firstToLast.comparable);
        QCOMPARE(n1.firstToLast.medianShift, 3.0);
        QVERIFY(qFuzzyCompare(n1.firstToLast.cannotJudgeShareShift, 2.0 / 7.0));
    }

    void chosenRoundEverywhere()
    {
        const SeriesComparison comparison = compareSeries(fixture(), 1);
        QCOMPARE(comparison.rounds, QList<int>({ 1, 1, 1 }));
        const StatementAcrossSeries& n1 = comparison.statements.at(0);
        // w1 round 1: 1 2 2 3 5 (+1 cannot judge) -> median 2, quartiles 2 and 3
        QCOMPARE(n1.workshops.at(0).summary.median, 2.0);
        QCOMPARE(n1.workshops.at(0).summary.lowerQuartile, 2.0);
        QCOMPARE(n1.workshops.at(0).summary.upperQuartile, 3.0);
        QCOMPARE(n1.workshops.at(0).summary.answered, 5);
        QVERIFY(qFuzzyCompare(n1.workshops.at(0).summary.cannotJudgeShare, 1.0 / 6.0));
        QCOMPARE(n1.firstToLast.medianShift, 4.0);
    }

    void consensusMovesFromAgreementToSplit()
    {
        const StatementAcrossSeries n2 = compareSeries(fixture()).statements.at(1);
        // Workshop 1 re-rated only n1 in round 2, so n2's latest picture there is round 1.
        QCOMPARE(n2.workshops.at(0).round, 1);
        QCOMPARE(n2.workshops.at(2).round, 1);
        // Workshop 1 agreed (3 3 3), workshop 3 split to both ends (1 4).
        QCOMPARE(n2.workshops.at(0).summary.consensus, 1.0);
        QVERIFY(qAbs(n2.workshops.at(2).summary.consensus) < 1e-9);
        QVERIFY(qAbs(n2.firstToLast.consensusShift + 1.0) < 1e-9);
        QCOMPARE(n2.workshops.at(0).distribution.points(), 4);
        QCOMPARE(n2.firstToLast.medianShift, -0.5); // 3 -> 2.5
    }

    void workshopWithoutAnswersIsNotComparable()
    {
        QList<SeriesWorkshop> workshops = fixture();
        workshops.append(SeriesWorkshop { session(QStringLiteral("w4"), catalog("x", "x1")), {} });
        const SeriesComparison comparison = compareSeries(workshops);
        QCOMPARE(comparison.rounds.last(), 0);
        const StatementAcrossSeries& n1 = comparison.statements.at(0);
        QCOMPARE(n1.workshops.last().summary.total, 0);
        QVERIFY(!n1.workshops.last().summary.hasValues);
        QVERIFY(!n1.firstToLast.comparable);
        QVERIFY(compareSeries({}).statements.isEmpty());
    }

    void storedSeriesIsReadInWorkshopOrder()
    {
        QTemporaryDir dir;
        Database database;
        QString error;
        QVERIFY2(database.open(dir.filePath(QStringLiteral("series.sqlite")), &error),
            qPrintable(error));
        SessionStore sessions(database);
        SessionLifecycle lifecycle(database);
        SeriesStore series(database);
        RatingStore ratings(database);
        const auto first = lifecycle.createSession(QStringLiteral("Werkstatt 1"), QDate(2024, 3, 1),
            catalog("planung", "p1"), { QStringLiteral("netzwerk") }, {},
            SessionRecord::Role::Moderator, 5, &error);
        QVERIFY2(first, qPrintable(error));
        const auto cluster = series.createSeries(QStringLiteral("Cluster"), &error);
        QVERIFY(series.assignSession(first->id, cluster->id, &error));
        const auto second
            = lifecycle.duplicateAsNextWorkshop(first->id, QDate(2025, 3, 1), QString(), &error);
        QVERIFY2(second, qPrintable(error));

        const QList<QPair<QString, QList<int>>> answers
            = { { first->id, { 2, 2, 3 } }, { second->id, { 4, 5, 5, 6 } } };
        for (const auto& [sessionId, values] : answers) {
            for (int value : values) {
                const auto person = sessions.createParticipant(sessionId, QString(), &error);
                QVERIFY2(person, qPrintable(error));
                QVERIFY2(ratings.saveAnswer(
                             sessionId, 1, QStringLiteral("n1"), person->pseudonym, value, &error),
                    qPrintable(error));
            }
        }
        const SeriesComparison comparison = compareSeries(series, ratings, cluster->id);
        QCOMPARE(comparison.sessionIds, QStringList({ first->id, second->id }));
        QCOMPARE(comparison.statements.size(), 2); // only the chosen dimension's statements
        const StatementAcrossSeries& n1 = comparison.statements.at(0);
        QCOMPARE(n1.workshops.at(0).summary.median, 2.0);
        QCOMPARE(n1.workshops.at(1).summary.median, 5.0);
        QCOMPARE(n1.firstToLast.medianShift, 3.0);
    }
};

QTEST_GUILESS_MAIN(TestSeriesComparison)
#include "tst_seriescomparison.moc"
