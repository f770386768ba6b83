#include "jsonfields.h"

#include "catalogmessages.h"

#include <QJsonValue>
#include <QRegularExpression>

#include <cmath>

namespace dp::catalogjson {

QString at(const QString& path, const QString& message)
{
    return path.isEmpty() ? message : path + QStringLiteral(": ") + message;
}

QString child(const QString& path, const QString& segment)
{
    return path.isEmpty() ? segment : path + u'.' + segment;
}

QString indexed(const QString& path, const QString& key, int index)
{
    return child(path, key + u'[' + QString::number(index) + u']');
}

bool readString(const QJsonObject& object, const QString& key, const QString& path, bool required,
    QString* out, QString* error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            *error = at(path, CatalogMessages::tr("\"%1\" is missing").arg(key));
        return !required;
    }
    if (!value.isString()) {
        *error = at(path, CatalogMessages::tr("\"%1\" must be a string").arg(key));
        return false;
    }
    const QString text = value.toString().trimmed();
    if (text.isEmpty() && required) {
        *error = at(path, CatalogMessages::tr("\"%1\" is empty").arg(key));
        return false;
    }
    *out = text;
    return true;
}

bool isValidId(const QString& id)
{
    // Ids travel in sync messages and database keys, so keep them plain and short.
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return pattern.match(id).hasMatch();
}

bool isValidLanguage(const QString& language)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"));
    return pattern.match(language).hasMatch();
}

bool readId(const QJsonObject& object, const QString& key, const QString& path, bool required,
    QString* out, QString* error)
{
    QString id;
    if (!readString(object, key, path, required, &id, error))
        return false;
    if (!id.isEmpty() && !isValidId(id)) {
        *error = at(path,
            CatalogMessages::tr("\"%1\" \"%2\" is not a valid id (use letters, digits, '.', '_' "
                                "or '-', at most 64 characters)")
                .arg(key, id));
        return false;
    }
    *out = id;
    return true;
}

bool readBool(const QJsonObject& object, const QString& key, const QString& path, bool fallback,
    bool* out, QString* error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        *out = fallback;
        return true;
    }
    if (!value.isBool()) {
        *error = at(path, CatalogMessages::tr("\"%1\" must be true or false").arg(key));
        return false;
    }
    *out = value.toBool();
    return true;
}

bool readInt(const QJsonObject& object, const QString& key, const QString& path, bool required,
    int* out, QString* error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            *error = at(path, CatalogMessages::tr("\"%1\" is missing").arg(key));
        return !required;
    }
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || std::trunc(number) != number || std::abs(number) > 1e9) {
        *error = at(path, CatalogMessages::tr("\"%1\" must be a whole number").arg(key));
        return false;
    }
    *out = static_cast<int>(number);
    return true;
}

bool readText(const QJsonObject& object, const QString& key, const QString& path, bool required,
    LocalizedText* out, QString* error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            *error = at(path, CatalogMessages::tr("\"%1\" is missing").arg(key));
        return !required;
    }
    QString textError;
    const LocalizedText text = LocalizedText::fromJson(value, &textError);
    if (!textError.isEmpty()) {
        *error = at(child(path, key), textError);
        return false;
    }
    if (required && text.isEmpty()) {
        *error = at(path, CatalogMessages::tr("\"%1\" is empty").arg(key));
        return false;
    }
    *out = text;
    return true;
}

} // namespace dp::catalogjson
