#include "numberformatter.h"

#include "stats/numberformat.h"

namespace dp {

NumberFormatter::NumberFormatter(QQmlEngine* engine, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
{
}

NumberFormatter* NumberFormatter::create(QQmlEngine* engine, QJSEngine*)
{
    return new NumberFormatter(engine);
}

QString NumberFormatter::fixed(double value, int decimals, const QString& language) const
{
    return numbers::fixed(value, decimals, locale(language));
}

QString NumberFormatter::compact(double value, int maxDecimals, const QString& language) const
{
    return numbers::compact(value, maxDecimals, locale(language));
}

QLocale NumberFormatter::locale(const QString& language) const
{
    if (!language.isEmpty())
        return numbers::localeFor(language);
    const QString ui = m_engine ? m_engine->uiLanguage() : QString();
    return ui.isEmpty() ? QLocale() : numbers::localeFor(ui);
}

} // namespace dp
