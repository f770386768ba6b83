#include "browseranswers.h"

#include "attendeesteps.h"
#include "webworld.h"

#include <QJsonObject>
#include <QTest>

namespace dp::test {

bool BrowserAnswers::answer(BrowserPage& page, int value)
{
    const auto onScreen = page.evaluate(QStringLiteral(
        "(() => { const flow = DP.app.flow, rating = flow.rating;"
        " return { session: flow.record.id, round: rating.round, statement: rating.current().id,"
        " pseudonym: rating.person.pseudonym, group: rating.person.groupId }; })()"));
    if (!onScreen || !dp::test::answer(page, value))
        return false;
    const QJsonObject given = onScreen->toObject();
    m_rows.append(e2e::Row { given.value(QLatin1String("session")).toString(),
        QString::number(given.value(QLatin1String("round")).toInt()),
        given.value(QLatin1String("statement")).toString(),
        given.value(QLatin1String("pseudonym")).toString(),
        given.value(QLatin1String("group")).toString(), value, m_rows.size() + 1 });
    return true;
}

bool waitUntilAllArrived(BrowserPage& page, int timeoutMs)
{
    // waitFor() takes a condition, not a promise: the count is polled here.
    return QTest::qWaitFor(
        [&] {
            const auto count = page.evaluate(outboxCountScript());
            return count && count->toInt(-1) == 0;
        },
        timeoutMs);
}

QString saveState(BrowserPage& page)
{
    const auto text
        = page.evaluate(QStringLiteral("document.getElementById('saveState').textContent"));
    return text ? text->toString() : QString();
}

} // namespace dp::test
