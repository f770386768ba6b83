#pragma once

#include <QHostAddress>
#include <QString>

namespace dp {

/// The key under which the hub counts and throttles a peer: its IPv4 address (also when it
/// arrives mapped into IPv6), or the /64 network of an IPv6 address, since one IPv6 host
/// usually owns a whole /64 and could otherwise pose as millions of peers.
QString peerKey(const QHostAddress& address);

} // namespace dp
