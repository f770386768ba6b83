#include "webworld.h"

#include <QDir>
#include <QTcpSocket>

namespace dp::test {

bool WebWorld::start(FakeHub* hub, QString* error)
{
    if (!m_server.listen()) {
        *error = QStringLiteral("the test server cannot listen on 127.0.0.1");
        return false;
    }
    if (hub)
        m_server.setWebSocketHandler([hub](QTcpSocket* socket) { hub->adopt(socket); });
    return true;
}

std::unique_ptr<BrowserPage> WebWorld::openJoinLink(Browser& browser, QString* error) const
{
    return openPage(browser, url(QStringLiteral("/?room=") + FakeHub::RoomCode), 390, 844, error);
}

std::unique_ptr<BrowserPage> openPage(Browser& browser, const QUrl& url, int width, int height,
    QString* error, const QString& languages)
{
    auto page = browser.newPage(error);
    if (page
        && (!page->setViewport(width, height) || !page->setLanguages(languages)
            || !page->navigate(url))) {
        *error = page->lastError();
        page.reset();
    }
    return page;
}

QString screenshotFolder()
{
    QString folder = qEnvironmentVariable("DP_SCREENSHOT_DIR");
    if (folder.isEmpty())
        folder = QDir::temp().filePath(QStringLiteral("dialogpunkte-web-shots"));
    QDir().mkpath(folder);
    return folder;
}

bool saveScreenshot(BrowserPage& page, const QString& name)
{
    const QString path = QDir(screenshotFolder()).filePath(name);
    if (!page.evaluate(QStringLiteral("window.scrollTo(0, 0)")) || !page.saveScreenshot(path))
        return false;
    qInfo().noquote() << "screenshot:" << path;
    return true;
}

QString outboxCountScript()
{
    // Read straight from IndexedDB, not through the page's code: what is really stored.
    return QStringLiteral(
        "new Promise((resolve, reject) => { const open = indexedDB.open('dialogpunkte');"
        " open.onerror = () => reject(open.error);"
        " open.onsuccess = () => { const db = open.result;"
        " const count = db.transaction('outbox').objectStore('outbox').count();"
        " count.onsuccess = () => { db.close(); resolve(count.result); };"
        " count.onerror = () => reject(count.error); }; })");
}

} // namespace dp::test
