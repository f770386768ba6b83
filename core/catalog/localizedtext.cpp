#include "localizedtext.h"

#include "catalogmessages.h"
#include "jsonfields.h"

#include <QJsonObject>

#include <algorithm>

namespace dp {

static const QString German = QStringLiteral("de");
static const QString English = QStringLiteral("en");

LocalizedText::LocalizedText(const QString& german)
{
    set(German, german);
}

LocalizedText::LocalizedText(std::initializer_list<std::pair<QString, QString>> texts)
{
    for (const auto& [language, text] : texts)
        set(language, text);
}

LocalizedText LocalizedText::fromJson(const QJsonValue& value, QString* error)
{
    LocalizedText result;
    QString problem;
    if (value.isString()) {
        result.set(German, value.toString());
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!catalogjson::isValidLanguage(it.key())) {
                problem = CatalogMessages::tr(
                    "\"%1\" is not a language code (expected e.g. \"de\", \"en\", \"tr\")")
                              .arg(it.key());
                break;
            }
            if (!it.value().isString()) {
                problem = CatalogMessages::tr("\"%1\" must be a string").arg(it.key());
                break;
            }
            result.set(it.key(), it.value().toString());
        }
    } else {
        problem = CatalogMessages::tr("must be a string or an object of languages, e.g. "
                                      "{\"de\": \"...\", \"en\": \"...\"}");
    }
    if (error)
        *error = problem;
    return problem.isEmpty() ? result : LocalizedText();
}

QJsonValue LocalizedText::toJson() const
{
    // A German-only text stays a plain string, the shorthand authors write by hand.
    if (m_texts.size() == 1 && m_texts.contains(German))
        return m_texts.value(German);
    QJsonObject object;
    for (auto it = m_texts.begin(); it != m_texts.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QString LocalizedText::text(const QString& language) const
{
    if (const auto it = m_texts.constFind(language); it != m_texts.cend())
        return *it;
    // "de-AT" falls back to "de" before the general fallbacks.
    const qsizetype dash = language.indexOf(u'-');
    if (dash > 0) {
        if (const auto it = m_texts.constFind(language.left(dash)); it != m_texts.cend())
            return *it;
    }
    if (const auto it = m_texts.constFind(English); it != m_texts.cend())
        return *it;
    if (const auto it = m_texts.constFind(German); it != m_texts.cend())
        return *it;
    const QStringList present = languages();
    return present.isEmpty() ? QString() : m_texts.value(present.first());
}

bool LocalizedText::has(const QString& language) const
{
    return m_texts.contains(language);
}

bool LocalizedText::isEmpty() const
{
    return m_texts.isEmpty();
}

QStringList LocalizedText::languages() const
{
    QStringList result = m_texts.keys();
    std::sort(result.begin(), result.end()); // QHash order is random; callers need a stable one
    return result;
}

void LocalizedText::set(const QString& language, const QString& text)
{
    // Blank texts are treated as absent so that fallbacks apply and equality stays meaningful.
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        m_texts.remove(language);
    else
        m_texts.insert(language, trimmed);
}

} // namespace dp
