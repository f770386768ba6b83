#pragma once

#include "browserpage.h"
#include "e2esupport.h"

#include <QList>

namespace dp::test {

/// The answers a test gave in a browser, kept as rows like the simulator's log (the newest of
/// a statement last), so a hub's export can be compared with what the person really did.
class BrowserAnswers
{
public:
    /// Answers `value` on the statement the page shows (as attendeesteps' answer()) and
    /// records the page's session, round, statement, pseudonym and group with it.
    bool answer(BrowserPage& page, int value);
    const QList<e2e::Row>& rows() const { return m_rows; }

private:
    QList<e2e::Row> m_rows;
};

/// Waits until the page's IndexedDB outbox is empty: the hub acknowledged every answer.
bool waitUntilAllArrived(BrowserPage& page, int timeoutMs = 30000);
/// The text of the rating screen's "saved on this device" / "arrived" line.
QString saveState(BrowserPage& page);

} // namespace dp::test
