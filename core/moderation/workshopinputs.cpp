#include "workshopinputs.h"

#include "catalog/builtincatalogs.h"
#include "session/defaultgroups.h"

#include <QCoreApplication>
#include <QSet>

namespace dp::workshopinputs {

QDate parseDate(const QString& text)
{
    const QString trimmed = text.trimmed();
    for (const QString& format : { QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd.MM.yyyy"),
             QStringLiteral("d.M.yyyy") }) {
        const QDate date = QDate::fromString(trimmed, format);
        if (date.isValid())
            return date;
    }
    return {};
}

Catalog::ParseResult loadCatalog(const QString& catalogId, const QString& catalogPath)
{
    if (!catalogPath.trimmed().isEmpty())
        return Catalog::fromFile(catalogPath.trimmed());
    return loadBuiltin(catalogId);
}

std::optional<QList<Group>> groupsFromNames(
    const QStringList& names, const QString& language, QString* error)
{
    const QList<Group> defaults = defaultGroups();
    QList<Group> groups;
    QSet<QString> seen;
    QSet<QString> ids;
    for (const QString& raw : names) {
        const QString name = raw.simplified();
        if (name.isEmpty())
            continue;
        if (seen.contains(name.toLower())) {
            *error = QCoreApplication::translate(
                "dp::WorkshopLibrary", "The group “%1” is listed twice.")
                         .arg(name);
            return std::nullopt;
        }
        seen.insert(name.toLower());
        Group group;
        for (const Group& known : defaults) {
            if (known.name.text(language) == name && !ids.contains(known.id))
                group = known;
        }
        if (group.id.isEmpty()) {
            int number = int(groups.size()) + 1;
            while (ids.contains(QStringLiteral("group-%1").arg(number)))
                ++number;
            group.id = QStringLiteral("group-%1").arg(number);
            group.name = LocalizedText { { language, name } };
        }
        ids.insert(group.id);
        groups.append(group);
    }
    return groups;
}

QStringList defaultGroupNames(const QString& language)
{
    QStringList names;
    for (const Group& group : defaultGroups())
        names.append(group.name.text(language));
    return names;
}

} // namespace dp::workshopinputs
