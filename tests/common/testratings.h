#pragma once

#include "storage/records.h"

namespace dp::test {

/// An answer of `pseudonym` to `statement` in session "s", as the hub stores it.
inline Rating rating(const QString& statement, const QString& pseudonym, int value, int round = 1)
{
    Rating r;
    r.sessionId = QStringLiteral("s");
    r.round = round;
    r.statementId = statement;
    r.pseudonym = pseudonym;
    r.answer = value;
    return r;
}

} // namespace dp::test
