#pragma once

#include "moderation/moderatorsession.h"
#include "session/defaultgroups.h"
#include "storage/database.h"
#include "storage/datalocation.h"

#include <QHostAddress>
#include <QObject>

namespace dp::test {

/// Feeds a hosted workshop with made-up answers as if tablets had sent them: answer i goes to
/// statement i mod S from person i div S, so every person rates each statement once.
class SampleFeed : public QObject
{
    Q_OBJECT

public:
    explicit SampleFeed(ModeratorSession& moderator, QObject* parent = nullptr)
        : QObject(parent)
        , m_moderator(moderator)
    {
    }

    /// Adds `count` answers to the current round; every 7th is "cannot judge".
    Q_INVOKABLE void feed(int count)
    {
        const QStringList statements = m_moderator.statementIds();
        const QList<Group> groups = defaultGroups();
        QList<Rating> ratings;
        for (int i = 0; i < count; ++i, ++m_next) {
            const int person = m_next / int(statements.size());
            const QString pseudonym = QStringLiteral("person-%1").arg(person);
            if (m_next % statements.size() == 0) {
                Participant participant;
                participant.sessionId = m_moderator.host()->sessionId();
                participant.pseudonym = pseudonym;
                participant.groupId = groups.value(person % qMax(1, int(groups.size()))).id;
                m_moderator.applyParticipant(participant);
            }
            Rating rating;
            rating.sessionId = m_moderator.host()->sessionId();
            rating.round = m_moderator.round();
            rating.statementId = statements.value(m_next % statements.size());
            rating.pseudonym = pseudonym;
            const int points = m_moderator.points(rating.statementId);
            rating.answer = m_next % 7 == 3 ? 0 : 1 + (m_next * 5 + person) % points;
            rating.deviceId = QStringLiteral("device-%1").arg(person);
            rating.sequence = ++m_sequence; // tablets never reuse a sequence
            ratings.append(rating);
        }
        m_moderator.applyRatings(ratings);
    }

    /// Starts counting from the first statement again (for a new round).
    Q_INVOKABLE void restart() { m_next = 0; }

private:
    ModeratorSession& m_moderator;
    int m_next = 0;
    qint64 m_sequence = 0;
};

/// Hosts the built-in framework catalog on loopback in German with results shown from the
/// start, and feeds it `answers` sample answers; false with the moderator's error otherwise.
inline bool hostGermanSampleWorkshop(ModeratorSession& moderator, int answers)
{
    moderator.setLanguage(QStringLiteral("de"));
    if (!moderator.hostNewWorkshop(QStringLiteral("qualitaetsrahmen"),
            QStringLiteral("Qualitätsdialog Frühe Hilfen"), QHostAddress::LocalHost, 0,
            QStringLiteral("127.0.0.1")))
        return false;
    moderator.setHideUntilRevealed(false);
    SampleFeed(moderator).feed(answers);
    return true;
}

/// Opens the moderator's one database in `folder`, as the app does; false on failure.
inline bool openModeratorDatabase(Database& database, const QString& folder)
{
    QString error;
    if (database.open(databasePath(folder), &error))
        return true;
    qWarning("cannot open the moderator's database: %s", qPrintable(error));
    return false;
}

} // namespace dp::test
