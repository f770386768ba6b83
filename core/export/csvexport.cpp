#include "csvexport.h"

#include "exportfile.h"
#include "exporttables.h"

namespace dp {

namespace {

QString cellText(const QVariant& value, const CsvOptions& options)
{
    if (!value.isValid())
        return {};
    if (value.typeId() == QMetaType::Double) {
        // Three decimals are enough for quartiles (x.25 steps), shares and consensus.
        QString text = QString::number(value.toDouble(), 'f', 3);
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
        if (options.decimalComma)
            text.replace(QLatin1Char('.'), QLatin1Char(','));
        return text;
    }
    return value.toString();
}

void appendLine(QString& out, const QStringList& fields, QChar separator)
{
    for (int i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out.append(separator);
        out.append(csvField(fields.at(i), separator));
    }
    out.append(QLatin1String("\r\n"));
}

} // namespace

QString csvField(const QString& value, QChar separator)
{
    const bool needsQuotes = value.contains(separator) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\r')) || value.contains(QLatin1Char('\n'));
    if (!needsQuotes)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray toCsv(const ExportTable& table, const CsvOptions& options)
{
    QString text;
    appendLine(text, table.headers, options.separator);
    for (const QVariantList& row : table.rows) {
        QStringList fields;
        for (const QVariant& value : row)
            fields.append(cellText(value, options));
        appendLine(text, fields, options.separator);
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

bool writeCsv(
    const ExportTable& table, const QString& path, const CsvOptions& options, QString* error)
{
    return writeFileAtomically(path, toCsv(table, options), error);
}

} // namespace dp
