#include "exportlabels.h"

namespace dp {

ExportLabels ExportLabels::forLanguage(const QString& language)
{
    if (language == QLatin1String("de")) {
        return { QStringLiteral("Antworten"), QStringLiteral("Kennzahlen"), QStringLiteral("alle"),
            QStringLiteral("ohne Gruppe"), QStringLiteral("weitere Gruppen (zusammengefasst)"),
            QStringLiteral("-kennzahlen") };
    }
    return { QStringLiteral("Answers"), QStringLiteral("Figures"), QStringLiteral("all"),
        QStringLiteral("no group"), QStringLiteral("other groups (merged)"),
        QStringLiteral("-figures") };
}

} // namespace dp
