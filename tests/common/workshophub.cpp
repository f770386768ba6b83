#include "workshophub.h"

#include "catalog/builtincatalogs.h"

namespace dp::test {

WorkshopHub::WorkshopHub(const QString& path, quint16 port, const QList<Group>& groups)
{
    QString error;
    if (!database.open(path, &error))
        qFatal("%s", qPrintable(error));
    host = std::make_unique<SessionHost>(database);
    host->setRoomCode(RoomCode);
    const auto catalog = loadBuiltin(QStringLiteral("qualitaetsrahmen"));
    if (!catalog.ok()
        || !host->openSession(QStringLiteral("Werkstatt Nord"), catalog.catalog, groups, &error)
        || !host->listen(QHostAddress::LocalHost, port, &error))
        qFatal("hub: %s", qPrintable(error));
}

QList<Group> municipalities()
{
    return { { QStringLiteral("dortmund"), LocalizedText(QStringLiteral("Dortmund")) },
        { QStringLiteral("hagen"), LocalizedText(QStringLiteral("Hagen")) },
        { QStringLiteral("unna"), LocalizedText(QStringLiteral("Unna")) } };
}

} // namespace dp::test
