// A series of three stored workshops with hand-picked answers, shared by the reports tests.
#pragma once

#include "storage/database.h"
#include "storage/ratingstore.h"
#include "storage/seriesstore.h"
#include "storage/sessionlifecycle.h"
#include "storage/sessionstore.h"
#include "testcatalog.h"

#include <QTemporaryDir>
#include <QTest>

namespace dp::testing {

/// Three workshops of "Cluster Nord" on the test catalog (n1 6 points, n2 4 points, p1), k = 3:
///
///   n1: W1 1 2 2 3 5 ?      W2 4 4 5 5 6       W3 5 5 6 6 6 ? ?   (? = cannot judge)
///   n2: W1 3 3 (below k)    W2 1 2 3           W3 1 4 4 4
///   p1: W1 4 4 4            W2 -               W3 -
struct SeriesFixture
{
    QTemporaryDir dir;
    Database database;
    QString seriesId;
    QStringList sessionIds;
    qint64 sequence = 0;
    /// What the three workshops are held on; change before createWorkshops() for another series.
    Catalog catalog = dp::test::testCatalog();
    QStringList dimensionIds;

    bool setUp()
    {
        return createWorkshops() && answer(0, QStringLiteral("n1"), { 1, 2, 2, 3, 5, 0 })
            && answer(0, QStringLiteral("n2"), { 3, 3 })
            && answer(0, QStringLiteral("p1"), { 4, 4, 4 })
            && answer(1, QStringLiteral("n1"), { 4, 4, 5, 5, 6 })
            && answer(1, QStringLiteral("n2"), { 1, 2, 3 })
            && answer(2, QStringLiteral("n1"), { 5, 5, 6, 6, 6, 0, 0 })
            && answer(2, QStringLiteral("n2"), { 1, 4, 4, 4 });
    }

    /// The series "Cluster Nord" and its three workshops on `catalog`, without answers.
    bool createWorkshops()
    {
        QString error;
        if (!dir.isValid() || !database.open(dir.filePath(QStringLiteral("series.sqlite")), &error))
            return fail(error);
        SeriesStore series(database);
        const auto created = series.createSeries(QStringLiteral("Cluster Nord"), &error);
        if (!created)
            return fail(error);
        seriesId = created->id;
        const QList<QDate> dates { QDate(2024, 3, 12), QDate(2024, 9, 10), QDate(2025, 3, 11) };
        for (int i = 0; i < dates.size(); ++i) {
            const auto session = SessionLifecycle(database).createSession(
                QStringLiteral("Werkstatt %1").arg(i + 1), dates.at(i), catalog, dimensionIds,
                { { QStringLiteral("g"), LocalizedText(QStringLiteral("Alle")) } },
                SessionRecord::Role::Moderator, 3, &error);
            if (!session || !series.assignSession(session->id, seriesId, &error))
                return fail(error);
            sessionIds << session->id;
        }
        return true;
    }

    /// Answers of new participants of workshop `workshop` (0-based) in round 1.
    bool answer(int workshop, const QString& statementId, const QList<int>& answers)
    {
        SessionStore sessions(database);
        RatingStore ratings(database);
        QString error;
        for (int value : answers) {
            const auto who
                = sessions.createParticipant(sessionIds.at(workshop), QStringLiteral("g"), &error);
            if (!who)
                return fail(error);
            Rating rating;
            rating.sessionId = sessionIds.at(workshop);
            rating.round = 1;
            rating.statementId = statementId;
            rating.pseudonym = who->pseudonym;
            rating.answer = value;
            rating.deviceId = QStringLiteral("device-") + who->pseudonym;
            rating.sequence = ++sequence;
            rating.updatedAt = QDateTime::currentDateTimeUtc();
            if (ratings.applyRemote(rating, &error) == RatingStore::ApplyResult::Rejected)
                return fail(error);
        }
        return true;
    }

    static bool fail(const QString& error)
    {
        qWarning() << "series fixture:" << error;
        return false;
    }
};

} // namespace dp::testing
