#pragma once

#include <QLocale>
#include <QString>

namespace dp {

/// How every figure is written, on screen, in the PDF and on the PNG images alike: by the
/// locale of the language it is shown in ("Median 3,5" in German, "median 3.5" in English).
namespace numbers {

/// The locale of a language code ("de", "en", "tr", …); English for an empty or unknown code.
QLocale localeFor(const QString& language);

/// `value` with exactly `decimals` decimals: consensus "0,49".
QString fixed(double value, int decimals, const QLocale& locale);
/// `value` with at most `maxDecimals` decimals and no trailing zeros: medians "4", "3,5",
/// quartiles "2,25".
QString compact(double value, int maxDecimals, const QLocale& locale);
/// fixed() with a sign for a positive value, for shifts between rounds: "+0,5", "-0,12", "0,0".
QString signedFixed(double value, int decimals, const QLocale& locale);

} // namespace numbers

} // namespace dp
