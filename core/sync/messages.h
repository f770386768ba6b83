#pragma once

#include "protocol.h"
#include "sessionsnapshot.h"
#include "storage/records.h"

#include <QByteArray>
#include <QList>

#include <optional>
#include <variant>

// Every message of the protocol as a type of its own, with its JSON mapping in messages.cpp.
// Field names and rules are those of docs/protocol.md; the schema table in protocol.cpp
// checks them before a message is built from JSON.
namespace dp::protocol {

/// The kind of client that says hello; counted on the hub, never identifies anyone.
enum class ClientKind { App, Web };

/// Device -> hub, first message: the room code and, for a session the device already holds,
/// the session and this device's id in it.
struct Hello
{
    static constexpr const char* Type = "hello";
    QString roomCode;
    ClientKind client = ClientKind::App;
    QString sessionId; ///< empty: not sent
    QString deviceId; ///< empty: not sent; only together with sessionId
    bool operator==(const Hello&) const = default;
};

/// Device -> hub: a person on this device (random pseudonym, optional group).
struct ParticipantMessage
{
    static constexpr const char* Type = "participant";
    QString sessionId;
    QString pseudonym;
    QString groupId; ///< empty: no group
    bool operator==(const ParticipantMessage&) const = default;
};

/// Device -> hub: a batch of answers. Only the answer's key, value and sequence travel; the
/// device id is the connection's and the hub keeps its own time.
struct Answers
{
    static constexpr const char* Type = "answers";
    qint64 batch = 0;
    QList<Rating> answers;
    bool operator==(const Answers&) const = default;
};

/// Device -> hub heartbeat with the number of answers still waiting on the device.
struct Ping
{
    static constexpr const char* Type = "ping";
    std::optional<int> pending;
    bool operator==(const Ping&) const = default;
};

/// Device -> hub, only after restore_request: a session this device holds, with the seal the
/// hub gave it and how many answers the device holds for it.
struct OfferSession
{
    static constexpr const char* Type = "offer_session";
    SessionSnapshot snapshot;
    QString seal;
    qint64 answers = 0;
    bool operator==(const OfferSession&) const = default;
};

/// Hub -> device: the room code was right; the device's id in the hub's session.
struct Welcome
{
    static constexpr const char* Type = "welcome";
    QString sessionId;
    QString deviceId;
    qint64 highWater = 0;
    int heartbeatMs = 5000;
    bool operator==(const Welcome&) const = default;
};

/// Hub -> device: the live workshop and the hub's seal of its session.
struct State
{
    static constexpr const char* Type = "state";
    SessionSnapshot snapshot;
    QString seal;
    bool operator==(const State&) const = default;
};

/// Hub -> device: these sequences are committed on the hub.
struct Ack
{
    static constexpr const char* Type = "ack";
    std::optional<qint64> batch;
    QList<qint64> sequences;
    qint64 highWater = 0;
    bool operator==(const Ack&) const = default;
};

/// Hub -> device: one answer was refused; the connection stays open.
struct Reject
{
    static constexpr const char* Type = "reject";
    qint64 sequence = 0;
    ErrorCode code = ErrorCode::BadField;
    QString message;
    bool operator==(const Reject&) const = default;
};

/// Hub -> device: something went wrong; `fatal` closes the connection.
struct Error
{
    static constexpr const char* Type = "error";
    ErrorCode code = ErrorCode::BadField;
    QString message;
    bool fatal = false;
    std::optional<qint64> retryAfterMs; ///< set for throttled and too_many_connections
    bool operator==(const Error&) const = default;
};

/// Hub -> device: answer to ping.
struct Pong
{
    static constexpr const char* Type = "pong";
    bool operator==(const Pong&) const = default;
};

/// Hub -> device, only in restore mode: offer the sessions you hold.
struct RestoreRequest
{
    static constexpr const char* Type = "restore_request";
    bool operator==(const RestoreRequest&) const = default;
};

using ToHub = std::variant<Hello, ParticipantMessage, Answers, Ping, OfferSession>;
using ToDevice = std::variant<Welcome, State, Ack, Reject, Error, Pong, RestoreRequest>;

/// A decoded message or the error code (and readable reason) to refuse the frame with.
template <typename Message> struct Decoded
{
    std::optional<Message> message;
    ErrorCode error = ErrorCode::None;
    QString errorText;
    bool ok() const { return message.has_value(); }
};

/// Parses one text frame: size limit, JSON, schema of its type, then the typed message
/// (a session in it must hold a valid catalog).
Decoded<ToHub> decodeToHub(const QByteArray& frame);
Decoded<ToDevice> decodeToDevice(const QByteArray& frame);

/// The compact JSON text of a message, with "v" and "type".
QByteArray encode(const ToHub& message);
QByteArray encode(const ToDevice& message);

QString clientKindName(ClientKind kind);

} // namespace dp::protocol
