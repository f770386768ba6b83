#include "defaultgroups.h"

namespace dp {

QList<Group> defaultGroups()
{
    // Strategic vs. practice level and the parents' view are what the dialogue compares, so the
    // defaults follow the participant groups of the quality dialogues. They are named in every
    // language of the participant's pages, so a Turkish or Arabic start page shows no English.
    return {
        { QStringLiteral("coordination"),
            LocalizedText { { QStringLiteral("de"), QStringLiteral("Netzwerkkoordination") },
                { QStringLiteral("en"), QStringLiteral("Network coordination") },
                { QStringLiteral("tr"), QStringLiteral("Ağ koordinasyonu") },
                { QStringLiteral("ar"), QStringLiteral("تنسيق الشبكة") },
                { QStringLiteral("ru"), QStringLiteral("Координация сети") },
                { QStringLiteral("uk"), QStringLiteral("Координація мережі") } } },
        { QStringLiteral("professional"),
            LocalizedText { { QStringLiteral("de"), QStringLiteral("Fachkraft") },
                { QStringLiteral("en"), QStringLiteral("Professional") },
                { QStringLiteral("tr"), QStringLiteral("Uzman") },
                { QStringLiteral("ar"), QStringLiteral("أخصائي") },
                { QStringLiteral("ru"), QStringLiteral("Специалист") },
                { QStringLiteral("uk"), QStringLiteral("Фахівець") } } },
        { QStringLiteral("management"),
            LocalizedText { { QStringLiteral("de"), QStringLiteral("Leitung / Planung") },
                { QStringLiteral("en"), QStringLiteral("Management / planning") },
                { QStringLiteral("tr"), QStringLiteral("Yönetim / planlama") },
                { QStringLiteral("ar"), QStringLiteral("الإدارة / التخطيط") },
                { QStringLiteral("ru"), QStringLiteral("Руководство / планирование") },
                { QStringLiteral("uk"), QStringLiteral("Керівництво / планування") } } },
        { QStringLiteral("volunteer"),
            LocalizedText { { QStringLiteral("de"), QStringLiteral("Ehrenamt") },
                { QStringLiteral("en"), QStringLiteral("Volunteer") },
                { QStringLiteral("tr"), QStringLiteral("Gönüllü") },
                { QStringLiteral("ar"), QStringLiteral("متطوع") },
                { QStringLiteral("ru"), QStringLiteral("Волонтёр") },
                { QStringLiteral("uk"), QStringLiteral("Волонтер") } } },
        { QStringLiteral("parent"),
            LocalizedText { { QStringLiteral("de"), QStringLiteral("Eltern") },
                { QStringLiteral("en"), QStringLiteral("Parent") },
                { QStringLiteral("tr"), QStringLiteral("Ebeveyn") },
                { QStringLiteral("ar"), QStringLiteral("أحد الوالدين") },
                { QStringLiteral("ru"), QStringLiteral("Родитель") },
                { QStringLiteral("uk"), QStringLiteral("Батьки") } } },
    };
}

} // namespace dp
