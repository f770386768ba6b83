#pragma once

#include "storage/records.h"

#include <QFile>

namespace dp::cli {

/// Appends every answer a simulated tablet made to a CSV file, flushed line by line so the log
/// survives a killed simulator. The columns of
/// `export --format csv-raw` plus the sequence, so the two can be compared.
class AnswerLog
{
public:
    bool open(const QString& path, QString* error);
    bool isOpen() const { return m_file.isOpen(); }
    void append(const Rating& rating, const QString& groupId);

private:
    QFile m_file;
};

} // namespace dp::cli
