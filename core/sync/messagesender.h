#pragma once

#include "messages.h"

#include <QString>

namespace dp::protocol {

/// The one way to put a protocol message on a connection, for the hub and the device alike:
/// `socket` is anything with sendTextMessage(QString) (a QWebSocket or the hub's connection).
template <typename Socket, typename Message>
void sendMessage(Socket& socket, const Message& message)
{
    socket.sendTextMessage(QString::fromUtf8(encode(message)));
}

} // namespace dp::protocol
