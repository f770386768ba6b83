#pragma once

#include <QString>

namespace dp {

/// Words of the PDF report and the plot images in German or English.
struct ReportTexts
{
    QString reportTitle;
    QString date;
    QString catalog;
    QString round;
    QString participants;
    QString answers;
    QString groupsShown;
    QString noGroupsShown;
    QString suppressionNote; ///< %1 = minimum group size
    QString median;
    QString quartiles;
    QString consensus;
    QString cannotJudgeShare;
    QString noAnswers;
    QString roundComparison; ///< %1, %2 = rounds
    QString medianShift;
    QString consensusShift;
    QString notes;
    QString page; ///< %1 = page number
    QString all;
    QString continued; ///< after a statement repeated on the next page

    /// German for "de", English otherwise.
    static ReportTexts forLanguage(const QString& language);
};

} // namespace dp
