#pragma once

#include "catalog/catalog.h"

#include <QStringList>
#include <QVariantList>

namespace dp::catalogtexts {

// What the moderator's views show of a hosted catalog snapshot, in one language. Kept apart
// from ModeratorSession so the session only decides what the room sees, not how texts are found.

QString statementText(const Catalog& catalog, const QString& statementId, const QString& language);
QString dimensionTitle(const Catalog& catalog, const QString& dimensionId, const QString& language);
QString dimensionOf(const Catalog& catalog, const QString& statementId);
/// Points of the statement's scale; 6 (the framework's scale) for an unknown statement.
int points(const Catalog& catalog, const QString& statementId);
QStringList scaleLabels(
    const Catalog& catalog, const QString& statementId, const QString& language);
QString cannotJudgeLabel(
    const Catalog& catalog, const QString& statementId, const QString& language);
QStringList statementsOf(const Catalog& catalog, const QString& dimensionId);
/// [{id, title, statements}] in catalog order.
QVariantList dimensions(const Catalog& catalog, const QString& language);

} // namespace dp::catalogtexts
