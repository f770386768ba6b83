#pragma once

#include "catalog/catalog.h"

#include <QHash>
#include <QList>
#include <QString>

namespace dp {

/// What the statistics need to know about a statement: its dimension, scale width and kind.
struct StatementInfo
{
    QString id;
    QString dimensionId;
    int points = 6;
    Scale::Kind kind = Scale::Kind::Ordinal;
    LocalizedText text;

    bool operator==(const StatementInfo& other) const = default;
};

/// Statements of a catalog in catalog order, read from the catalog's fields only.
QList<StatementInfo> statementInfos(const Catalog& catalog);

} // namespace dp
