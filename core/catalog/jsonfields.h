#pragma once

#include "localizedtext.h"

#include <QJsonObject>
#include <QString>

// Internal helpers for reading catalog JSON with error messages that name the offending place.
namespace dp::catalogjson {

/// "path: message", or just the message at the document root.
QString at(const QString& path, const QString& message);
/// Joins a path and a child segment: "dimensions[2]" + "title" -> "dimensions[2].title".
QString child(const QString& path, const QString& segment);
QString indexed(const QString& path, const QString& key, int index);

/// Reads a non-empty string. Returns false and sets `error` when the field is malformed, or
/// missing while `required`.
bool readString(const QJsonObject& object, const QString& key, const QString& path, bool required,
    QString* out, QString* error);
/// Reads an identifier (letters, digits, '.', '_', '-'; at most 64 characters).
bool readId(const QJsonObject& object, const QString& key, const QString& path, bool required,
    QString* out, QString* error);
bool readBool(const QJsonObject& object, const QString& key, const QString& path, bool fallback,
    bool* out, QString* error);
bool readInt(const QJsonObject& object, const QString& key, const QString& path, bool required,
    int* out, QString* error);
/// Reads a multilingual text; a required text must not be empty.
bool readText(const QJsonObject& object, const QString& key, const QString& path, bool required,
    LocalizedText* out, QString* error);

bool isValidId(const QString& id);
bool isValidLanguage(const QString& language);

} // namespace dp::catalogjson
