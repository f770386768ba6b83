#include "defaultgroups.h"

namespace dp {

QList<Group> defaultGroups()
{
    // Strategic vs. practice level and the parents' view are what the dialogue compares, so the
    // defaults follow the participant groups of the quality dialogues.
    return {
        { QStringLiteral("coordination"),
            LocalizedText { { QStringLiteral("de"), QStringLiteral("Netzwerkkoordination") },
                { QStringLiteral("en"), QStringLiteral("Network coordination") } } },
        { QStringLiteral("professional"),
            LocalizedText { { QStringLiteral("de"), QStringLiteral("Fachkraft") },
                { QStringLiteral("en"), QStringLiteral("Professional") } } },
        { QStringLiteral("management"),
            LocalizedText { { QStringLiteral("de"), QStringLiteral("Leitung / Planung") },
                { QStringLiteral("en"), QStringLiteral("Management / planning") } } },
        { QStringLiteral("volunteer"),
            LocalizedText { { QStringLiteral("de"), QStringLiteral("Ehrenamt") },
                { QStringLiteral("en"), QStringLiteral("Volunteer") } } },
        { QStringLiteral("parent"),
            LocalizedText { { QStringLiteral("de"), QStringLiteral("Eltern") },
                { QStringLiteral("en"), QStringLiteral("Parent") } } },
    };
}

} // namespace dp
