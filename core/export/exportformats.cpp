#include "exportformats.h"

namespace dp {

const QList<ExportFormatInfo>& exportFormats()
{
    static const QList<ExportFormatInfo> formats {
        { ExportFormat::Pdf, QStringLiteral("pdf"), QStringLiteral("pdf"), true, true },
        { ExportFormat::Xlsx, QStringLiteral("xlsx"), QStringLiteral("xlsx"), false, true },
        { ExportFormat::Csv, QStringLiteral("csv"), QStringLiteral("csv"), false, true },
        { ExportFormat::CsvComma, QStringLiteral("csv-comma"), QStringLiteral("csv"), false, true },
        { ExportFormat::Json, QStringLiteral("json"), QStringLiteral("json"), false, true },
        { ExportFormat::Png, QStringLiteral("png"), QString(), true, true },
        { ExportFormat::CsvRaw, QStringLiteral("csv-raw"), QStringLiteral("csv"), false, false },
        { ExportFormat::JsonRaw, QStringLiteral("json-raw"), QStringLiteral("json"), false, false },
    };
    return formats;
}

QStringList exportFormatNames(bool inAppOnly)
{
    QStringList names;
    for (const ExportFormatInfo& info : exportFormats()) {
        if (!inAppOnly || info.offeredInApp)
            names.append(info.name);
    }
    return names;
}

std::optional<ExportFormatInfo> exportFormatNamed(const QString& name)
{
    for (const ExportFormatInfo& info : exportFormats()) {
        if (info.name == name)
            return info;
    }
    return std::nullopt;
}

ExportFormatInfo exportFormatInfo(ExportFormat format)
{
    for (const ExportFormatInfo& info : exportFormats()) {
        if (info.format == format)
            return info;
    }
    Q_UNREACHABLE();
}

} // namespace dp
