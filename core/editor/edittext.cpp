#include "edittext.h"

namespace dp::edittext {

QStringList missingLanguages(const LocalizedText& text, const QStringList& languages)
{
    return missingLanguages({ &text }, languages);
}

QStringList missingLanguages(
    std::initializer_list<const LocalizedText*> texts, const QStringList& languages)
{
    QStringList missing;
    for (const QString& language : languages) {
        for (const LocalizedText* text : texts) {
            if (!text->isEmpty() && !text->has(language)) {
                missing.append(language);
                break;
            }
        }
    }
    return missing;
}

} // namespace dp::edittext
