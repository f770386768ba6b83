// A workshop in a temporary database, shared by the export and report tests.
#pragma once

#include "catalog/builtincatalogs.h"
#include "storage/database.h"
#include "storage/ratingstore.h"
#include "storage/sessionstore.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace dp::testing {

/// A session of the built-in quality framework with four groups of 6, 5, 2 and 3 people, so
/// that with k = 5 the two small groups are hidden and only shown merged as "other".
struct ExportFixture
{
    QTemporaryDir dir;
    Database database;
    std::unique_ptr<SessionStore> sessions;
    std::unique_ptr<RatingStore> ratings;
    SessionRecord session;
    QList<Participant> people; ///< a0..a5, b0..b4, c0..c1, d0..d2 in this order
    qint64 sequence = 0;

    static QString title() { return QStringLiteral("Werkstatt \"Netzwerk\", Nord; 2024\nTag 1"); }

    /// `fileName` inside dir: "moderator/dialogpunkte.sqlite" lays it out as the app's data.
    bool setUp(const QString& fileName = QStringLiteral("t.sqlite"))
    {
        QString error;
        if (!dir.isValid() || !QDir(dir.path()).mkpath(QFileInfo(fileName).path())
            || !database.open(dir.filePath(fileName), &error)) {
            qWarning() << "cannot open database" << error;
            return false;
        }
        sessions = std::make_unique<SessionStore>(database);
        ratings = std::make_unique<RatingStore>(database);
        const auto catalog = loadBuiltin(QStringLiteral("qualitaetsrahmen"));
        if (!catalog.ok()) {
            qWarning() << catalog.error;
            return false;
        }
        const QList<Group> groups { { QStringLiteral("a"),
                                        LocalizedText(QStringLiteral("Stadt A")) },
            { QStringLiteral("b"), LocalizedText(QStringLiteral("Kreis B")) },
            { QStringLiteral("c"), LocalizedText(QStringLiteral("Gemeinde C")) },
            { QStringLiteral("d"), LocalizedText(QStringLiteral("Gemeinde D")) } };
        const auto created = sessions->createSession(title(), QDate(2024, 3, 12), catalog.catalog,
            groups, SessionRecord::Role::Moderator, &error);
        if (!created) {
            qWarning() << error;
            return false;
        }
        session = *created;
        const QList<QPair<QString, int>> sizes { { QStringLiteral("a"), 6 },
            { QStringLiteral("b"), 5 }, { QStringLiteral("c"), 2 }, { QStringLiteral("d"), 3 } };
        for (const auto& [group, size] : sizes) {
            for (int i = 0; i < size; ++i) {
                const auto p = sessions->createParticipant(session.id, group, &error);
                if (!p) {
                    qWarning() << error;
                    return false;
                }
                people.append(*p);
            }
        }
        return true;
    }

    QList<Participant> inGroup(const QString& groupId) const
    {
        QList<Participant> result;
        for (const Participant& p : people) {
            if (p.groupId == groupId)
                result.append(p);
        }
        return result;
    }

    /// Stores an answer as if it had arrived from the participant's tablet.
    bool rate(const Participant& who, int round, const QString& statementId, int answer)
    {
        Rating rating;
        rating.sessionId = session.id;
        rating.round = round;
        rating.statementId = statementId;
        rating.pseudonym = who.pseudonym;
        rating.answer = answer;
        rating.deviceId = QStringLiteral("device-") + who.pseudonym;
        rating.sequence = ++sequence;
        rating.updatedAt = QDateTime::currentDateTimeUtc();
        QString error;
        if (ratings->applyRemote(rating, &error) == RatingStore::ApplyResult::Rejected) {
            qWarning() << error;
            return false;
        }
        return true;
    }

    /// Round 1 of "grundidee-1": a -> 5, b -> 2, c -> 4, d -> cannot judge (16 answers).
    bool rateGrundidee1()
    {
        const QList<QPair<QString, int>> answers { { QStringLiteral("a"), 5 },
            { QStringLiteral("b"), 2 }, { QStringLiteral("c"), 4 }, { QStringLiteral("d"), 0 } };
        for (const auto& [group, answer] : answers) {
            for (const Participant& p : inGroup(group)) {
                if (!rate(p, 1, QStringLiteral("grundidee-1"), answer))
                    return false;
            }
        }
        return true;
    }
};

/// Output of a command, or a null array when the tool is missing or fails.
inline QByteArray runTool(const QString& program, const QStringList& arguments)
{
    if (QStandardPaths::findExecutable(program).isEmpty())
        return {};
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        qWarning() << program << arguments << process.readAllStandardError();
        return {};
    }
    QByteArray out = process.readAllStandardOutput();
    if (out.isNull())
        out = QByteArray(""); // ran fine, printed nothing
    return out;
}

} // namespace dp::testing
