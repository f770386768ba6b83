#pragma once

#include "pageactivity.h"

#include <QByteArray>
#include <QJsonValue>
#include <QObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace dp::test {

class DevToolsConnection;

/// One browser tab driven by a test: navigate, run JavaScript (promises awaited), click like a
/// finger, type, set the viewport, throttle the CPU, go offline, take screenshots. What the
/// page did is in activity().
class BrowserPage : public QObject
{
    Q_OBJECT

public:
    BrowserPage(DevToolsConnection& connection, const QString& targetId, const QString& sessionId,
        QObject* parent = nullptr);

    /// Turns on the DevTools domains whose events activity() records.
    bool enable();
    QString lastError() const { return m_lastError; }
    PageActivity& activity() { return m_activity; }
    QString targetId() const { return m_targetId; }

    /// Loads `url` and waits for its load event.
    bool navigate(const QUrl& url, int timeoutMs = 20000);
    bool reload(int timeoutMs = 20000);
    /// The value of a JavaScript expression; a promise is awaited. Nothing when it threw.
    std::optional<QJsonValue> evaluate(const QString& expression, int timeoutMs = 15000);
    /// Waits until the JavaScript `condition` is true.
    bool waitFor(const QString& condition, int timeoutMs = 10000);
    /// Taps the element's centre with the mouse, as a person would: it must be visible and
    /// not covered by another element.
    bool click(const QString& selector);
    /// Types into the focused element.
    bool typeText(const QString& text);
    /// Presses and releases a key such as "Enter" or "Tab".
    bool pressKey(const QString& key);
    bool setViewport(int width, int height, double deviceScaleFactor = 1.0, bool mobile = true);
    /// The languages the browser says it prefers (navigator.languages), e.g. "de-DE,de".
    bool setLanguages(const QString& acceptLanguage);
    bool setCpuThrottling(double rate);
    /// Cuts (or restores) the page's network, as when the Wi-Fi is lost.
    bool setOffline(bool offline);
    std::optional<QByteArray> screenshot();
    bool saveScreenshot(const QString& path);

private:
    std::optional<QJsonObject> call(
        const QString& method, const QJsonObject& params = {}, int timeoutMs = 15000);
    bool waitForLoad(int loadsBefore, int timeoutMs);

    DevToolsConnection& m_connection;
    QString m_targetId;
    QString m_sessionId;
    PageActivity m_activity;
    QString m_lastError;
};

} // namespace dp::test
