#pragma once

#include <QByteArray>
#include <QList>

#include <utility>

namespace dp::http {

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

/// The headers every response of the hub carries: nothing of the page may load from elsewhere
/// or be framed, nothing is sniffed, no address leaks in a Referer.
const HeaderList& securityHeaders();

/// A complete short response the transport writes itself before any HTTP server sees the
/// connection (a malformed request head, a refused WebSocket handshake): status line, the
/// security headers, `extraHeaders`, a plain-text body, and "Connection: close".
QByteArray plainResponse(int status, const QByteArray& reason, const QByteArray& body,
    const HeaderList& extraHeaders = {});

} // namespace dp::http
