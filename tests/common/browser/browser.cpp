#include "browser.h"

namespace dp::test {

QString Browser::unavailableReason()
{
    return ChromiumProcess::executable().isEmpty()
        ? QStringLiteral("chromium is not installed; bash .ci/install-deps installs it")
        : QString();
}

Browser::~Browser()
{
    // Closed from inside, the browser finishes writing its profile before the folder goes.
    if (m_connection.isOpen())
        m_connection.call(QStringLiteral("Browser.close"), {}, {}, 5000);
}

bool Browser::start(QString* error)
{
    return m_process.start(error) && m_connection.open(m_process.browserEndpoint(), error);
}

std::unique_ptr<BrowserPage> Browser::newPage(QString* error, bool ownStorage)
{
    QJsonObject target { { QStringLiteral("url"), QStringLiteral("about:blank") } };
    if (ownStorage) {
        const auto context = m_connection.call(QStringLiteral("Target.createBrowserContext"));
        if (!context) {
            *error = m_connection.lastError();
            return nullptr;
        }
        target.insert(
            QStringLiteral("browserContextId"), context->value(QLatin1String("browserContextId")));
    }
    const auto created = m_connection.call(QStringLiteral("Target.createTarget"), target);
    if (!created) {
        *error = m_connection.lastError();
        return nullptr;
    }
    const QString targetId = created->value(QLatin1String("targetId")).toString();
    const auto attached = m_connection.call(QStringLiteral("Target.attachToTarget"),
        { { QStringLiteral("targetId"), targetId }, { QStringLiteral("flatten"), true } });
    if (!attached) {
        *error = m_connection.lastError();
        return nullptr;
    }
    auto page = std::make_unique<BrowserPage>(
        m_connection, targetId, attached->value(QLatin1String("sessionId")).toString());
    if (!page->enable()) {
        *error = page->lastError();
        return nullptr;
    }
    return page;
}

} // namespace dp::test
