#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

class QJsonValue;

namespace dp::protocol {

/// Wire protocol version; see docs/protocol.md. Every message carries it as "v".
inline constexpr int Version = 2;
/// Frames from devices are small (answers in batches); anything larger is an attack or a bug.
inline constexpr qint64 MaxClientMessageBytes = 256 * 1024;
/// Hub messages carry the catalog snapshot, so devices accept more.
inline constexpr qint64 MaxHubMessageBytes = 8 * 1024 * 1024;
inline constexpr int MaxAnswersPerBatch = 500;
inline constexpr int MaxIdLength = 64;
inline constexpr int MaxRound = 99;
/// Sequences and batch numbers stay exact in a JSON double (and in JavaScript).
inline constexpr qint64 MaxSequence = qint64(1) << 53;
inline constexpr int MaxText = 200;

/// Who a message is for; each side accepts only the other side's message types.
enum class Direction { ToHub, ToDevice };

/// Error codes sent in "error" and "reject" messages (stable strings, see docs/protocol.md).
enum class ErrorCode {
    None,
    TooLarge,
    BadJson,
    BadVersion,
    UnknownType,
    BadField,
    NotAuthenticated,
    WrongRoomCode,
    Throttled,
    HandshakeTimeout,
    TooManyConnections,
    WrongSession,
    UnknownStatement,
    UnknownGroup,
    AnswerOutOfRange,
    RoundOutOfRange,
    ForeignPseudonym,
    StorageFailed,
    Replaced,
    ShuttingDown,
};

QString errorCodeName(ErrorCode code);
/// The code with this wire name, or nothing for a name this version does not know.
std::optional<ErrorCode> errorCodeFromName(const QString& name);

/// A JSON number that is an exact integer within [min, max], checked on the double before any
/// conversion (so 1e100, -1e300 or 2.5 never reach an integer cast); nothing otherwise.
std::optional<qint64> exactInteger(const QJsonValue& value, qint64 min, qint64 max);

/// Outcome of checking a decoded object against the schema of its message type.
struct SchemaCheck
{
    ErrorCode error = ErrorCode::None;
    QString errorText;
    QString type; ///< the message type when the check passed
    bool ok() const { return error == ErrorCode::None; }
};

/// Checks the envelope ("v", "type") and every field of `object` against the table of its
/// type for `direction`: kinds, lengths, ranges, allowed values; unknown fields are refused.
SchemaCheck checkSchema(const QJsonObject& object, Direction direction);

} // namespace dp::protocol
