// Saves ratings through the AnswerService the rating screen uses until killed, reporting each
// one on stdout only after save() returned, just as the screen shows "saved" only after the
// commit.
//
// Usage: dp_rating_writer DATABASE [MAX_SAVES]
// Output: "ready <session> <pseudonym>", then "saved <sequence> <round> <statement> <answer>".
#include "session/answerservice.h"
#include "storage/database.h"
#include "storage/sessionstore.h"

#include <QCoreApplication>

#include <cstdio>

using namespace dp;

namespace {

const QByteArray CatalogJson = R"({
  "format": "dialogpunkte-catalog", "formatVersion": 1, "id": "kill-test", "title": "Kill test",
  "defaultScale": "agree6",
  "scales": [ { "id": "agree6", "kind": "ordinal", "points": 6, "allowCannotJudge": true } ],
  "dimensions": [ { "id": "netzwerk", "title": "Netzwerk", "statements": [
    { "id": "s1", "text": "Eins" }, { "id": "s2", "text": "Zwei" }, { "id": "s3", "text": "Drei" },
    { "id": "s4", "text": "Vier" }, { "id": "s5", "text": "Fünf" }, { "id": "s6", "text": "Sechs" },
    { "id": "s7", "text": "Sieben" }
  ] } ]
})";

int failWith(const QString& message)
{
    std::fprintf(stderr, "dp_rating_writer: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2)
        return failWith(QStringLiteral("usage: dp_rating_writer DATABASE [MAX_SAVES]"));
    const int maxSaves = args.size() > 2 ? args.at(2).toInt() : 1000000;

    Database database;
    QString error;
    if (!database.open(args.at(1), &error))
        return failWith(error);
    SessionStore sessions(database);
    AnswerService answers(database);

    const auto parsed = Catalog::fromJson(CatalogJson);
    if (!parsed.ok())
        return failWith(parsed.error);
    const auto session = sessions.createSession(QStringLiteral("Kill test"), QDate::currentDate(),
        parsed.catalog, {}, SessionRecord::Role::Local, &error);
    const auto participant
        = session ? sessions.createParticipant(session->id, QString(), &error) : std::nullopt;
    if (!participant)
        return failWith(error);
    std::printf("ready %s %s\n", qPrintable(session->id), qPrintable(participant->pseudonym));
    std::fflush(stdout);

    // Every save is a new key (round x statement), so every reported sequence stays visible.
    const QList<Statement> statements = parsed.catalog.allStatements();
    for (int i = 0; i < maxSaves; ++i) {
        const int round = 1 + i / int(statements.size());
        const QString& statementId = statements.at(i % statements.size()).id;
        const int answer = i % 7; // 0 ("cannot judge") .. 6
        const auto saved
            = answers.save(session->id, round, statementId, participant->pseudonym, answer, &error);
        if (!saved)
            return failWith(error);
        std::printf("saved %lld %d %s %d\n", static_cast<long long>(saved->sequence), round,
            qPrintable(statementId), answer);
        std::fflush(stdout);
    }
    return 0;
}
