#pragma once

#include <QString>

namespace dp {

/// Fixed words of the exports (sheet names, group names) in German or English.
struct ExportLabels
{
    QString answersSheet;
    QString figuresSheet;
    QString allGroups;
    QString noGroup;
    QString otherGroups;
    QString figuresFileSuffix;

    /// German for "de", English for every other language (the catalogs' common fallback).
    static ExportLabels forLanguage(const QString& language);
};

} // namespace dp
