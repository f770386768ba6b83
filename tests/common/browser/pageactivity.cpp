#include "pageactivity.h"

#include "devtoolsconnection.h"

#include <QJsonArray>

namespace dp::test {

PageActivity::PageActivity(
    DevToolsConnection& connection, const QString& sessionId, QObject* parent)
    : QObject(parent)
    , m_sessionId(sessionId)
{
    connect(&connection, &DevToolsConnection::event, this, &PageActivity::handle);
}

void PageActivity::clear()
{
    m_consoleErrors.clear();
    m_cspViolations.clear();
    m_requestedUrls.clear();
    m_urlOfRequest.clear();
    m_receivedBytes.clear();
}

static QString consoleText(const QJsonObject& params)
{
    QStringList parts;
    for (const QJsonValue& argument : params.value(QLatin1String("args")).toArray()) {
        const QJsonObject object = argument.toObject();
        const QJsonValue value = object.value(QLatin1String("value"));
        parts.append(value.isString() ? value.toString()
                                      : object.value(QLatin1String("description")).toString());
    }
    return parts.join(QLatin1Char(' '));
}

void PageActivity::handle(
    const QString& sessionId, const QString& method, const QJsonObject& params)
{
    if (sessionId != m_sessionId)
        return;
    if (method == QLatin1String("Page.loadEventFired")) {
        ++m_loadEvents;
    } else if (method == QLatin1String("Runtime.consoleAPICalled")) {
        const QString type = params.value(QLatin1String("type")).toString();
        if (type == QLatin1String("error") || type == QLatin1String("assert"))
            m_consoleErrors.append(QStringLiteral("console: ") + consoleText(params));
    } else if (method == QLatin1String("Runtime.exceptionThrown")) {
        const QJsonObject details = params.value(QLatin1String("exceptionDetails")).toObject();
        const QString description = details.value(QLatin1String("exception"))
                                        .toObject()
                                        .value(QLatin1String("description"))
                                        .toString();
        m_consoleErrors.append(QStringLiteral("exception: ")
            + (description.isEmpty() ? details.value(QLatin1String("text")).toString()
                                     : description));
    } else if (method == QLatin1String("Log.entryAdded")) {
        const QJsonObject entry = params.value(QLatin1String("entry")).toObject();
        const QString text = entry.value(QLatin1String("text")).toString();
        if (text.contains(QLatin1String("Content Security Policy")))
            m_cspViolations.append(text);
        if (entry.value(QLatin1String("level")).toString() == QLatin1String("error"))
            m_consoleErrors.append(QStringLiteral("log: %1 (%2)")
                                       .arg(text, entry.value(QLatin1String("url")).toString()));
    } else if (method == QLatin1String("Audits.issueAdded")) {
        const QJsonObject issue = params.value(QLatin1String("issue")).toObject();
        if (issue.value(QLatin1String("code")).toString()
            == QLatin1String("ContentSecurityPolicyIssue")) {
            const QJsonObject details
                = issue.value(QLatin1String("details"))
                      .toObject()
                      .value(QLatin1String("contentSecurityPolicyIssueDetails"))
                      .toObject();
            m_cspViolations.append(
                QStringLiteral("%1 blocked %2")
                    .arg(details.value(QLatin1String("violatedDirective")).toString(),
                        details.value(QLatin1String("blockedURL")).toString()));
        }
    } else if (method == QLatin1String("Network.requestWillBeSent")) {
        const QString url = params.value(QLatin1String("request"))
                                .toObject()
                                .value(QLatin1String("url"))
                                .toString();
        m_requestedUrls.append(url);
        m_urlOfRequest.insert(params.value(QLatin1String("requestId")).toString(), url);
    } else if (method == QLatin1String("Network.webSocketCreated")) {
        m_requestedUrls.append(params.value(QLatin1String("url")).toString());
    } else if (method == QLatin1String("Network.loadingFinished")) {
        const QString url
            = m_urlOfRequest.value(params.value(QLatin1String("requestId")).toString());
        if (!url.isEmpty())
            m_receivedBytes.insert(url,
                m_receivedBytes.value(url)
                    + qint64(params.value(QLatin1String("encodedDataLength")).toDouble()));
    }
}

} // namespace dp::test
