#include "answerlog.h"

#include "export/rawrows.h"

namespace dp::cli {

bool AnswerLog::open(const QString& path, QString* error)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QStringLiteral("cannot write log %1: %2").arg(path, m_file.errorString());
        return false;
    }
    // The raw export's columns plus each answer's sequence, which tells its last answer per key.
    m_file.write(rawCsvRecord(RawAnswerColumns + QStringList { QStringLiteral("sequence") }));
    m_file.flush();
    return true;
}

void AnswerLog::append(const Rating& rating, const QString& groupId)
{
    if (!m_file.isOpen())
        return;
    m_file.write(rawCsvRecord(
        { rating.sessionId, QString::number(rating.round), rating.statementId, rating.pseudonym,
            groupId, QString::number(rating.answer), QString::number(rating.sequence) }));
    m_file.flush();
}

} // namespace dp::cli
