#include "reporttexts.h"

namespace dp {

ReportTexts ReportTexts::forLanguage(const QString& language)
{
    if (language == QLatin1String("de")) {
        return { QStringLiteral("Ergebnisbericht"), QStringLiteral("Datum"),
            QStringLiteral("Katalog"), QStringLiteral("Runde"), QStringLiteral("Teilnehmende"),
            QStringLiteral("Antworten"), QStringLiteral("Gezeigte Gruppen"),
            QStringLiteral("keine (zu kleine Gruppen werden nicht einzeln gezeigt)"),
            QStringLiteral("Gruppen mit weniger als %1 Antworten werden nicht einzeln gezeigt, "
                           "sondern zusammengefasst."),
            QStringLiteral("Median"), QStringLiteral("Quartile"), QStringLiteral("Konsens"),
            QStringLiteral("kann ich nicht einschätzen"), QStringLiteral("noch keine Antworten"),
            QStringLiteral("Vergleich Runde %1 → Runde %2"), QStringLiteral("Median"),
            QStringLiteral("Konsens"), QStringLiteral("Notizen der Moderation"),
            QStringLiteral("Seite %1"), QStringLiteral("alle"), QStringLiteral("(Fortsetzung)") };
    }
    return { QStringLiteral("Results report"), QStringLiteral("Date"), QStringLiteral("Catalog"),
        QStringLiteral("Round"), QStringLiteral("participants"), QStringLiteral("answers"),
        QStringLiteral("Groups shown"),
        QStringLiteral("none (groups that are too small are not shown on their own)"),
        QStringLiteral("Groups with fewer than %1 answers are not shown on their own but merged."),
        QStringLiteral("median"), QStringLiteral("quartiles"), QStringLiteral("consensus"),
        QStringLiteral("can't judge"), QStringLiteral("no answers yet"),
        QStringLiteral("Round %1 → round %2"), QStringLiteral("median"),
        QStringLiteral("consensus"), QStringLiteral("Moderator's notes"), QStringLiteral("Page %1"),
        QStringLiteral("all"), QStringLiteral("(continued)") };
}

} // namespace dp
