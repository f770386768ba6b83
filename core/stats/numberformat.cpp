#include "numberformat.h"

#include <cmath>

namespace dp::numbers {

QLocale localeFor(const QString& language)
{
    if (language.isEmpty())
        return QLocale(QLocale::English);
    const QLocale locale(language);
    return locale.language() == QLocale::C ? QLocale(QLocale::English) : locale;
}

QString fixed(double value, int decimals, const QLocale& locale)
{
    QLocale plain = locale;
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    // -0.001 rounded to "-0,00" would read as a shift that is not there.
    const double scale = std::pow(10.0, decimals);
    if (std::round(value * scale) == 0.0)
        value = 0.0;
    return plain.toString(value, 'f', decimals);
}

QString compact(double value, int maxDecimals, const QLocale& locale)
{
    QString text = fixed(value, maxDecimals, locale);
    const QString point = locale.decimalPoint();
    if (maxDecimals > 0 && text.contains(point)) {
        while (text.endsWith(locale.zeroDigit()))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

QString signedFixed(double value, int decimals, const QLocale& locale)
{
    const QString text = fixed(value, decimals, locale);
    return value > 0 && text != fixed(0.0, decimals, locale) ? locale.positiveSign() + text : text;
}

} // namespace dp::numbers
