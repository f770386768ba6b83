#pragma once

#include <QString>

namespace dp {

/// Where and how to join a workshop: what the QR code / link `dialogpunkte://host:port/?room=CODE`
/// carries. IPv6 hosts are written in brackets, a link-local zone as %25 (e.g. [fe80::1%25wlan0]).
struct JoinTarget
{
    QString host;
    quint16 port = 0;
    QString roomCode;

    bool operator==(const JoinTarget& other) const = default;

    static constexpr char Scheme[] = "dialogpunkte";
    /// Parses a join link; returns false with a readable `error` for anything else.
    static bool parse(const QString& url, JoinTarget* target, QString* error);
    QString toUrl() const;
};

} // namespace dp
