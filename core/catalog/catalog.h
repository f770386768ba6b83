#pragma once

#include "localizedtext.h"
#include "scale.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace dp {

struct Statement
{
    QString id; ///< unique within the catalog
    QString dimensionId;
    LocalizedText text;
    LocalizedText help; ///< optional
    QString scaleId; ///< empty: the catalog's default scale

    bool operator==(const Statement& other) const = default;
};

struct Dimension
{
    QString id;
    LocalizedText title;
    LocalizedText description;
    QList<Statement> statements;

    bool operator==(const Dimension& other) const = default;
};

/// A versioned set of dimensions, statements and scales; see docs/catalog-format.md.
class Catalog
{
public:
    static constexpr int FormatVersion = 1;
    static constexpr const char* FormatMarker = "dialogpunkte-catalog";
    /// Catalogs are small; anything larger is a wrong file and is refused before reading it.
    static constexpr qint64 MaxFileSize = 5 * 1024 * 1024;

    struct ParseResult;

    /// Parses and validates a catalog document. Never throws; errors name the offending field.
    static ParseResult fromJson(const QByteArray& json);
    static ParseResult fromFile(const QString& path);
    QByteArray toJson() const;
    QJsonObject toJsonObject() const;

    QString id;
    QString version; ///< the catalog's own edition, e.g. "2024-1"
    LocalizedText title;
    LocalizedText description;
    QStringList languages; ///< languages the catalog claims to provide, first is primary
    QString defaultScaleId;
    QList<Scale> scales;
    QList<Dimension> dimensions;

    const Scale* scale(const QString& scaleId) const;
    const Scale* scaleFor(const Statement& statement) const;
    const Statement* statement(const QString& statementId) const;
    const Dimension* dimension(const QString& dimensionId) const;
    /// All statements in dimension order.
    QList<Statement> allStatements() const;
    int statementCount() const;
    /// Paths of text fields lacking one of `languages`, e.g. "dimensions[0].statements[1].text
    /// (en)".
    QStringList missingTranslations() const;

    bool operator==(const Catalog& other) const = default;
};

struct Catalog::ParseResult
{
    Catalog catalog;
    QString error; ///< empty on success; a human-readable reason otherwise
    bool ok() const { return error.isEmpty(); }
};

} // namespace dp
