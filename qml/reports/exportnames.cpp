#include "exportnames.h"

#include "storage/sessionstore.h"

#include <QRegularExpression>
#include <QStringList>

namespace dp {

QString safeFileName(const QString& text)
{
    static const QRegularExpression unsafe(
        QStringLiteral("[^\\w\\-]+"), QRegularExpression::UseUnicodePropertiesOption);
    QString name = text;
    name.replace(unsafe, QStringLiteral("-"));
    while (name.startsWith(QLatin1Char('-')) || name.startsWith(QLatin1Char('_')))
        name.remove(0, 1);
    name.truncate(60);
    while (name.endsWith(QLatin1Char('-')))
        name.chop(1);
    return name;
}

QString exportBaseName(Database& database, const QString& sessionId)
{
    const auto session = SessionStore(database).session(sessionId);
    QStringList parts;
    if (session) {
        const QString title = safeFileName(session->title);
        if (!title.isEmpty())
            parts << title;
        if (session->date.isValid())
            parts << session->date.toString(Qt::ISODate);
    }
    return parts.isEmpty() ? QStringLiteral("Dialogpunkte") : parts.join(QLatin1Char('_'));
}

} // namespace dp
