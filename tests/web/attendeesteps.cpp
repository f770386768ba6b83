#include "attendeesteps.h"

namespace dp::test {

bool startRating(BrowserPage& page, const QString& groupId)
{
    const QString group
        = QStringLiteral("#group_") + (groupId.isEmpty() ? QStringLiteral("none") : groupId);
    return page.waitFor(QStringLiteral("document.getElementById('startButton')"))
        && page.click(group)
        && page.waitFor(
            QStringLiteral("document.querySelector('%1').getAttribute('aria-pressed') === 'true'")
                .arg(group))
        && page.click(QStringLiteral("#startButton"))
        && page.waitFor(QStringLiteral("document.getElementById('ratingScreen')"));
}

bool answer(BrowserPage& page, int value)
{
    const QString button = QStringLiteral("#answer_%1").arg(value);
    return page.click(button)
        && page.waitFor(
            QStringLiteral("document.querySelector('%1').getAttribute('aria-pressed') === 'true'"
                           " && document.getElementById('saveState').textContent.length > 0")
                .arg(button));
}

bool nextStatement(BrowserPage& page)
{
    const auto before
        = page.evaluate(QStringLiteral("document.getElementById('statementText').textContent"));
    return before && page.click(QStringLiteral("#nextButton"))
        && page.waitFor(
            QStringLiteral("document.getElementById('statementText').textContent !== %1")
                .arg(QStringLiteral("decodeURIComponent('%1')")
                         .arg(QString::fromLatin1(QUrl::toPercentEncoding(before->toString())))));
}

bool openStatement(BrowserPage& page, int index)
{
    return page.click(QStringLiteral("#overviewButton"))
        && page.waitFor(QStringLiteral("document.getElementById('overviewScreen')"))
        && page.click(QStringLiteral("#row_%1").arg(index))
        && page.waitFor(QStringLiteral("document.getElementById('ratingScreen')"));
}

bool chooseLanguage(BrowserPage& page, const QString& language)
{
    return page.evaluate(
               QStringLiteral("(() => { const s = document.getElementById('language');"
                              " s.value = '%1'; s.dispatchEvent(new Event('change')); })()")
                   .arg(language))
        && page.waitFor(QStringLiteral("document.documentElement.lang === '%1'").arg(language));
}

} // namespace dp::test
