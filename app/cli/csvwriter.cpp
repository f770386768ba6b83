#include "csvwriter.h"

namespace dp::cli::csv {

QByteArray row(const QStringList& fields, char separator)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += separator;
        QString field = fields.at(i);
        if (field.contains(QLatin1Char(separator)) || field.contains(QLatin1Char('"'))
            || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))) {
            field.replace(QLatin1String("\""), QLatin1String("\"\""));
            field = QLatin1Char('"') + field + QLatin1Char('"');
        }
        line += field.toUtf8();
    }
    line += "\r\n";
    return line;
}

} // namespace dp::cli::csv
