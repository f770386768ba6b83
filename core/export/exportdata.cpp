#include "exportdata.h"

#include "exportlabels.h"

#include "stats/aggregation.h"
#include "stats/breakdown.h"
#include "storage/database.h"
#include "storage/ratingstore.h"
#include "storage/sessionstore.h"

#include <QSet>

#include <algorithm>

namespace dp {

namespace {

QString groupName(const SessionRecord& session, const QString& groupId, const QString& language,
    const ExportLabels& labels)
{
    if (groupId.isEmpty())
        return labels.noGroup;
    for (const Group& group : session.groups) {
        if (group.id == groupId)
            return group.name.text(language);
    }
    return groupId; // a group the session no longer lists: its id is all we know
}

int groupIndex(const SessionRecord& session, const QString& groupId)
{
    for (int i = 0; i < session.groups.size(); ++i) {
        if (session.groups.at(i).id == groupId)
            return i;
    }
    return -1;
}

SeriesFigures series(SeriesFigures::Kind kind, const QString& groupId, const QString& name,
    int index, const Distribution& distribution, Scale::Kind scaleKind)
{
    return { kind, groupId, name, index, distribution, summarize(distribution, scaleKind) };
}

} // namespace

const ExportedStatement* ExportData::figuresFor(const QString& statementId, int round) const
{
    for (const ExportedStatement& f : figures) {
        if (f.info.id == statementId && f.round == round)
            return &f;
    }
    return nullptr;
}

std::optional<ExportData> loadExportData(Database& database, const QString& sessionId,
    const QString& language, int minimumGroupSize, QString* error)
{
    if (!database.isOpen()) {
        if (error)
            *error = QStringLiteral("The database is not open.");
        return std::nullopt;
    }
    SessionStore sessions(database);
    const std::optional<SessionRecord> session = sessions.session(sessionId);
    if (!session) {
        if (error)
            *error = QStringLiteral("Unknown session \"%1\".").arg(sessionId);
        return std::nullopt;
    }
    const ExportLabels labels = ExportLabels::forLanguage(language);
    ExportData data;
    data.session = *session;
    data.language = language;
    const GroupSuppression suppression(minimumGroupSize);
    data.minimumGroupSize = suppression.threshold();

    Aggregation aggregation(sessionId);
    aggregation.setStatements(statementInfos(session->catalog));
    QHash<QString, QString> groupOf;
    for (const Participant& participant : sessions.participants(sessionId)) {
        groupOf.insert(participant.pseudonym, participant.groupId);
        aggregation.setParticipantGroup(participant.pseudonym, participant.groupId);
    }

    RatingStore ratingStore(database);
    QList<Rating> ratings = ratingStore.ratings(sessionId);
    QHash<QString, int> catalogIndex;
    const QList<Statement> statements = session->catalog.allStatements();
    for (int i = 0; i < statements.size(); ++i)
        catalogIndex.insert(statements.at(i).id, i);
    std::stable_sort(ratings.begin(), ratings.end(), [&](const Rating& a, const Rating& b) {
        const int ia = catalogIndex.value(a.statementId, -1);
        const int ib = catalogIndex.value(b.statementId, -1);
        return std::tie(ia, a.round, a.pseudonym) < std::tie(ib, b.round, b.pseudonym);
    });

    QHash<int, QSet<QString>> participantsPerRound;
    for (const Rating& rating : ratings) {
        const Statement* statement = session->catalog.statement(rating.statementId);
        const Scale* scale = statement ? session->catalog.scaleFor(*statement) : nullptr;
        if (!statement || !scale || !scale->accepts(rating.answer))
            continue; // cannot be placed on any statement's scale; the stats ignore it too
        aggregation.apply(rating);
        const Dimension* dimension = session->catalog.dimension(statement->dimensionId);
        AnswerRow row;
        row.round = rating.round;
        row.dimensionId = statement->dimensionId;
        row.dimensionTitle = dimension ? dimension->title.text(language) : QString();
        row.statementId = statement->id;
        row.statementText = statement->text.text(language);
        row.pseudonym = rating.pseudonym;
        row.groupId = groupOf.value(rating.pseudonym);
        row.groupName = groupName(*session, row.groupId, language, labels);
        row.answer = rating.answer;
        row.cannotJudge = rating.answer == CannotJudgeAnswer;
        row.answerLabel = scale->labelFor(rating.answer, language);
        data.answers.append(row);
        participantsPerRound[rating.round].insert(rating.pseudonym);
        ++data.answersPerRound[rating.round];
    }
    for (auto it = participantsPerRound.cbegin(); it != participantsPerRound.cend(); ++it)
        data.participantsPerRound.insert(it.key(), static_cast<int>(it.value().size()));

    data.rounds = aggregation.rounds();
    std::sort(data.rounds.begin(), data.rounds.end());
    if (data.rounds.isEmpty())
        data.rounds = { 1 };

    QStringList groupOrder;
    for (const Group& group : session->groups)
        groupOrder.append(group.id);

    for (const Statement& statement : statements) {
        const StatementInfo* info = aggregation.statement(statement.id);
        const Scale* scale = session->catalog.scaleFor(statement);
        const Dimension* dimension = session->catalog.dimension(statement.dimensionId);
        if (!info || !scale)
            continue;
        for (int round : std::as_const(data.rounds)) {
            ExportedStatement f;
            f.info = *info;
            f.text = statement.text.text(language);
            f.dimensionTitle = dimension ? dimension->title.text(language) : QString();
            for (int point = 1; point <= scale->points; ++point)
                f.pointLabels.append(scale->labelFor(point, language));
            f.cannotJudgeLabel = scale->labelFor(CannotJudgeAnswer, language);
            f.allowCannotJudge = scale->allowCannotJudge;
            f.round = round;
            const GroupBreakdown split
                = statementBreakdown(aggregation, statement.id, round, suppression, groupOrder);
            f.total = series(SeriesFigures::Kind::Total, QString(), labels.allGroups, -1,
                split.total, info->kind);
            for (const auto& [id, distribution] : split.shown) {
                f.groups.append(series(SeriesFigures::Kind::Group, id,
                    groupName(*session, id, language, labels), groupIndex(*session, id),
                    distribution, info->kind));
            }
            if (split.hidden.total() > 0) {
                f.groups.append(series(SeriesFigures::Kind::Other, QString(), labels.otherGroups,
                    -1, split.hidden, info->kind));
            }
            data.figures.append(f);
        }
    }
    return data;
}

} // namespace dp
