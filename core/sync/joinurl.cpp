#include "joinurl.h"

#include <QHostAddress>
#include <QUrl>
#include <QUrlQuery>

namespace dp {

bool JoinTarget::parse(const QString& text, JoinTarget* target, QString* error)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid()) {
        *error = QStringLiteral("not a valid %1:// link: %2")
                     .arg(QLatin1String(Scheme), url.errorString());
        return false;
    }
    if (url.scheme() != QLatin1String(Scheme)) {
        *error = QStringLiteral("the link must start with %1://").arg(QLatin1String(Scheme));
        return false;
    }
    if (url.host().isEmpty()) {
        *error = QStringLiteral("the link names no host");
        return false;
    }
    if (url.port() <= 0) {
        *error = QStringLiteral("the link names no port");
        return false;
    }
    const QString room = QUrlQuery(url).queryItemValue(QStringLiteral("room"), QUrl::FullyDecoded);
    if (room.isEmpty() || room.size() > 32) {
        *error = QStringLiteral("the link carries no room code");
        return false;
    }
    target->host = url.host(QUrl::FullyDecoded);
    target->port = quint16(url.port());
    target->roomCode = room;
    return true;
}

QString JoinTarget::toUrl() const
{
    QUrl url;
    url.setScheme(QLatin1String(Scheme));
    url.setHost(host);
    url.setPort(port);
    url.setPath(QStringLiteral("/"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("room"), roomCode);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

} // namespace dp
