#pragma once

#include <QHash>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace dp {

/// A piece of catalog text in several languages, with a predictable fallback.
class LocalizedText
{
public:
    LocalizedText() = default;
    explicit LocalizedText(const QString& german);
    LocalizedText(std::initializer_list<std::pair<QString, QString>> texts);

    /// Accepts a plain string (taken as German) or an object {"de": "...", "en": "..."}.
    static LocalizedText fromJson(const QJsonValue& value, QString* error);
    QJsonValue toJson() const;

    /// The text in `language`, else English, else German, else any language present.
    QString text(const QString& language) const;
    bool has(const QString& language) const;
    bool isEmpty() const;
    QStringList languages() const;
    void set(const QString& language, const QString& text);

    bool operator==(const LocalizedText& other) const = default;

private:
    QHash<QString, QString> m_texts;
};

} // namespace dp
