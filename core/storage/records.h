#pragma once

#include "catalog/catalog.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace dp {

/// A group for breakdowns, e.g. a municipality or a role such as "Koordination".
struct Group
{
    QString id;
    LocalizedText name;

    bool operator==(const Group& other) const = default;
};

/// One workshop: its immutable catalog snapshot, groups and current round.
struct SessionRecord
{
    enum class Role { Local, Attendee, Moderator };

    QString id; ///< random UUID, created once
    QString title;
    QDate date;
    Catalog catalog; ///< snapshot taken when the session was created; never changes afterwards
    QList<Group> groups;
    int currentRound = 1;
    Role role = Role::Local;
    QDateTime createdAt;

    bool operator==(const SessionRecord& other) const = default;
};

/// An answer as stored: keyed by (session, round, statement, pseudonym).
struct Rating
{
    QString sessionId;
    int round = 1;
    QString statementId;
    QString pseudonym; ///< random per session and participant; never linked to a person
    int answer = 0; ///< 1..points, or CannotJudgeAnswer
    QString deviceId; ///< random per device installation
    qint64 sequence = 0; ///< per-device, strictly increasing
    QDateTime updatedAt;

    bool operator==(const Rating& other) const = default;
};

/// A participant of a session (one person on a tablet, or one respondent in shared-device mode).
struct Participant
{
    QString sessionId;
    QString pseudonym;
    QString groupId; ///< empty when the person chose no group
    QDateTime createdAt;

    bool operator==(const Participant& other) const = default;
};

} // namespace dp
