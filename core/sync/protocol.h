#pragma once

#include "storage/records.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace dp::protocol {

/// Wire protocol version; see docs/protocol.md. Every message carries it as "v".
inline constexpr int Version = 1;
/// Frames from attendees are small (answers in batches); anything larger is an attack or a bug.
inline constexpr qint64 MaxClientMessageBytes = 256 * 1024;
/// Hub messages carry the catalog snapshot, so attendees accept more.
inline constexpr qint64 MaxHubMessageBytes = 8 * 1024 * 1024;
inline constexpr int MaxAnswersPerBatch = 500;
inline constexpr int MaxIdLength = 64;
inline constexpr int MaxRound = 99;

/// Who sent a message; each side accepts only the other side's message types.
enum class Direction { ToHub, ToAttendee };

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
    AnswerOutOfRange,
    RoundOutOfRange,
    ForeignPseudonym,
    StorageFailed,
    Replaced,
    ShuttingDown,
};

QString errorCodeName(ErrorCode code);
ErrorCode errorCodeFromName(const QString& name);

/// A validated message: its type and the whole JSON object (including "v" and "type").
struct Message
{
    QString type;
    QJsonObject body;
};

/// Outcome of parse(): either a schema-valid message or an error code with a readable reason.
struct ParseResult
{
    Message message;
    ErrorCode error = ErrorCode::None;
    QString errorText;
    bool ok() const { return error == ErrorCode::None; }
};

/// Parses one text frame and validates it against the schema of its type for `direction`.
ParseResult parse(const QByteArray& frame, Direction direction);

/// Validates a decoded object (used by parse() and by tests of single answers).
ParseResult validate(const QJsonObject& object, Direction direction);

/// Serializes a message: adds "v" and "type" to `fields`.
QByteArray serialize(const QString& type, QJsonObject fields = {});

QByteArray errorMessage(ErrorCode code, const QString& text, bool fatal);

QJsonObject answerToJson(const Rating& rating);
/// Reads a schema-validated answer object; the device id comes from the connection, not the data.
Rating answerFromJson(const QJsonObject& object, const QString& deviceId);

} // namespace dp::protocol
