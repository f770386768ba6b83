#pragma once

#include <QJsonObject>
#include <QString>

namespace dp::test {

/// Checks a message a device sent against protocol version 2 (docs/protocol.md): the envelope,
/// exactly the allowed fields, their types and ranges. Returns what is wrong, empty when
/// nothing is. The fake hub counts every finding as a defect of the client.
QString checkClientMessage(const QJsonObject& message);

/// The same for one entry of an "answers" message.
QString checkAnswer(const QJsonObject& answer);

/// True for a JSON number that is an integer within [low, high].
bool isInteger(const QJsonValue& value, qint64 low, qint64 high);

} // namespace dp::test
