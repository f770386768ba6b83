#include "browserpage.h"

#include "devtoolsconnection.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace dp::test {

BrowserPage::BrowserPage(DevToolsConnection& connection, const QString& targetId,
    const QString& sessionId, QObject* parent)
    : QObject(parent)
    , m_connection(connection)
    , m_targetId(targetId)
    , m_sessionId(sessionId)
    , m_activity(connection, sessionId)
{
}

std::optional<QJsonObject> BrowserPage::call(
    const QString& method, const QJsonObject& params, int timeoutMs)
{
    auto result = m_connection.call(method, params, m_sessionId, timeoutMs);
    if (!result)
        m_lastError = m_connection.lastError();
    return result;
}

bool BrowserPage::enable()
{
    for (const char* domain : { "Page", "Runtime", "Network", "Log", "Audits" }) {
        if (!call(QString::fromLatin1(domain) + QStringLiteral(".enable")))
            return false;
    }
    return true;
}

bool BrowserPage::waitForLoad(int loadsBefore, int timeoutMs)
{
    if (QTest::qWaitFor([&] { return m_activity.loadEvents() > loadsBefore; }, timeoutMs))
        return true;
    m_lastError = QStringLiteral("the page did not finish loading within %1 ms").arg(timeoutMs);
    return false;
}

bool BrowserPage::navigate(const QUrl& url, int timeoutMs)
{
    const int loads = m_activity.loadEvents();
    const auto result
        = call(QStringLiteral("Page.navigate"), { { QStringLiteral("url"), url.toString() } });
    if (!result)
        return false;
    const QString failure = result->value(QLatin1String("errorText")).toString();
    if (!failure.isEmpty()) {
        m_lastError = QStringLiteral("navigating to %1 failed: %2").arg(url.toString(), failure);
        return false;
    }
    return waitForLoad(loads, timeoutMs);
}

bool BrowserPage::reload(int timeoutMs)
{
    const int loads = m_activity.loadEvents();
    return call(QStringLiteral("Page.reload")) && waitForLoad(loads, timeoutMs);
}

std::optional<QJsonValue> BrowserPage::evaluate(const QString& expression, int timeoutMs)
{
    const auto result = call(QStringLiteral("Runtime.evaluate"),
        { { QStringLiteral("expression"), expression }, { QStringLiteral("awaitPromise"), true },
            { QStringLiteral("returnByValue"), true } },
        timeoutMs);
    if (!result)
        return std::nullopt;
    if (result->contains(QLatin1String("exceptionDetails"))) {
        const QJsonObject details = result->value(QLatin1String("exceptionDetails")).toObject();
        const QString description = details.value(QLatin1String("exception"))
                                        .toObject()
                                        .value(QLatin1String("description"))
                                        .toString();
        m_lastError
            = QStringLiteral("%1 threw: %2")
                  .arg(expression.left(120),
                      description.isEmpty() ? details.value(QLatin1String("text")).toString()
                                            : description);
        return std::nullopt;
    }
    return result->value(QLatin1String("result")).toObject().value(QLatin1String("value"));
}

bool BrowserPage::waitFor(const QString& condition, int timeoutMs)
{
    const QString expression = QStringLiteral("Boolean(%1)").arg(condition);
    const bool met = QTest::qWaitFor(
        [&] {
            const auto value = evaluate(expression);
            return value && value->toBool();
        },
        timeoutMs);
    if (!met)
        m_lastError = QStringLiteral("not true within %1 ms: %2").arg(timeoutMs).arg(condition);
    return met;
}

bool BrowserPage::click(const QString& selector)
{
    const QString quoted
        = QString::fromUtf8(QJsonDocument(QJsonArray { selector }).toJson(QJsonDocument::Compact))
              .mid(1)
              .chopped(1);
    // The centre must hit the element itself (or its content): a covered button cannot be tapped.
    const auto box = evaluate(
        QStringLiteral("(() => { const e = document.querySelector(%1); if (!e) return 'missing';"
                       " if (e.disabled) return 'disabled';"
                       " e.scrollIntoView({block: 'center', inline: 'center'});"
                       " const r = e.getBoundingClientRect(); const x = r.left + r.width / 2, y = "
                       "r.top + r.height / 2;"
                       " if (r.width === 0 || r.height === 0) return 'invisible';"
                       " const hit = document.elementFromPoint(x, y);"
                       " if (!hit || (hit !== e && !e.contains(hit))) return 'covered';"
                       " return {x, y}; })()")
            .arg(quoted));
    if (!box)
        return false;
    if (box->isString()) {
        m_lastError = QStringLiteral("cannot tap %1: %2").arg(selector, box->toString());
        return false;
    }
    const QJsonObject point = box->toObject();
    for (const char* type : { "mousePressed", "mouseReleased" }) {
        if (!call(QStringLiteral("Input.dispatchMouseEvent"),
                { { QStringLiteral("type"), QString::fromLatin1(type) },
                    { QStringLiteral("x"), point.value(QLatin1String("x")) },
                    { QStringLiteral("y"), point.value(QLatin1String("y")) },
                    { QStringLiteral("button"), QStringLiteral("left") },
                    { QStringLiteral("clickCount"), 1 } }))
            return false;
    }
    return true;
}

bool BrowserPage::typeText(const QString& text)
{
    return bool(call(QStringLiteral("Input.insertText"), { { QStringLiteral("text"), text } }));
}

bool BrowserPage::pressKey(const QString& key)
{
    // Enter needs its text and key code, or the browser does not submit the form.
    const bool enter = key == QLatin1String("Enter");
    const bool tab = key == QLatin1String("Tab");
    QJsonObject params { { QStringLiteral("key"), key }, { QStringLiteral("code"), key },
        { QStringLiteral("windowsVirtualKeyCode"), enter ? 13 : (tab ? 9 : 0) } };
    params.insert(QStringLiteral("type"), QStringLiteral("keyDown"));
    if (enter)
        params.insert(QStringLiteral("text"), QStringLiteral("\r"));
    if (!call(QStringLiteral("Input.dispatchKeyEvent"), params))
        return false;
    params.insert(QStringLiteral("type"), QStringLiteral("keyUp"));
    params.remove(QStringLiteral("text"));
    return bool(call(QStringLiteral("Input.dispatchKeyEvent"), params));
}

bool BrowserPage::setViewport(int width, int height, double deviceScaleFactor, bool mobile)
{
    return bool(call(QStringLiteral("Emulation.setDeviceMetricsOverride"),
        { { QStringLiteral("width"), width }, { QStringLiteral("height"), height },
            { QStringLiteral("deviceScaleFactor"), deviceScaleFactor },
            { QStringLiteral("mobile"), mobile } }));
}

bool BrowserPage::setLanguages(const QString& acceptLanguage)
{
    const auto agent = evaluate(QStringLiteral("navigator.userAgent"));
    return agent
        && call(QStringLiteral("Emulation.setUserAgentOverride"),
            { { QStringLiteral("userAgent"), agent->toString() },
                { QStringLiteral("acceptLanguage"), acceptLanguage } });
}

bool BrowserPage::setCpuThrottling(double rate)
{
    return bool(call(
        QStringLiteral("Emulation.setCPUThrottlingRate"), { { QStringLiteral("rate"), rate } }));
}

bool BrowserPage::setOffline(bool offline)
{
    return bool(call(QStringLiteral("Network.emulateNetworkConditions"),
        { { QStringLiteral("offline"), offline }, { QStringLiteral("latency"), 0 },
            { QStringLiteral("downloadThroughput"), -1 },
            { QStringLiteral("uploadThroughput"), -1 } }));
}

std::optional<QByteArray> BrowserPage::screenshot()
{
    const auto result = call(QStringLiteral("Page.captureScreenshot"),
        { { QStringLiteral("format"), QStringLiteral("png") } }, 30000);
    if (!result)
        return std::nullopt;
    return QByteArray::fromBase64(result->value(QLatin1String("data")).toString().toLatin1());
}

bool BrowserPage::saveScreenshot(const QString& path)
{
    const auto png = screenshot();
    if (!png)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*png) != png->size()) {
        m_lastError = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace dp::test
