#pragma once

#include "browser.h"
#include "fakehub.h"
#include "webtestserver.h"

#include <QString>

#include <memory>

namespace dp::test {

/// The bench for the web client's tests: its files served on 127.0.0.1 and a fake hub on the
/// same port, the page's own origin.
class WebWorld
{
public:
    /// Starts the server and attaches `hub` (may be null: then /ws is refused).
    bool start(FakeHub* hub, QString* error);
    QUrl url(const QString& pathAndQuery) const { return m_server.url(pathAndQuery); }
    /// A phone (390×844) opening the join link the moderator's QR code shows.
    std::unique_ptr<BrowserPage> openJoinLink(Browser& browser, QString* error) const;
    WebTestServer& server() { return m_server; }

private:
    WebTestServer m_server;
};

/// A new page (its own storage) at the given size in a browser that prefers `languages`,
/// loaded from `url`; null with `error`.
std::unique_ptr<BrowserPage> openPage(Browser& browser, const QUrl& url, int width, int height,
    QString* error, const QString& languages = QStringLiteral("de-DE,de"));

/// Where screenshots go: $DP_SCREENSHOT_DIR, else a folder in the temporary directory.
QString screenshotFolder();
/// Scrolls the page to its top and saves a screenshot as `name` in screenshotFolder().
bool saveScreenshot(BrowserPage& page, const QString& name);

/// JavaScript that resolves to how many answers wait in the page's IndexedDB outbox.
QString outboxCountScript();

} // namespace dp::test
