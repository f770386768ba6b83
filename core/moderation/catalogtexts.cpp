#include "catalogtexts.h"

namespace dp::catalogtexts {

namespace {
const Scale* scaleOf(const Catalog& catalog, const QString& statementId)
{
    const Statement* s = catalog.statement(statementId);
    return s ? catalog.scaleFor(*s) : nullptr;
}
} // namespace

QString statementText(const Catalog& catalog, const QString& statementId, const QString& language)
{
    const Statement* s = catalog.statement(statementId);
    return s ? s->text.text(language) : QString();
}

QString dimensionTitle(const Catalog& catalog, const QString& dimensionId, const QString& language)
{
    const Dimension* d = catalog.dimension(dimensionId);
    return d ? d->title.text(language) : QString();
}

QString dimensionOf(const Catalog& catalog, const QString& statementId)
{
    const Statement* s = catalog.statement(statementId);
    return s ? s->dimensionId : QString();
}

int points(const Catalog& catalog, const QString& statementId)
{
    const Scale* scale = scaleOf(catalog, statementId);
    return scale ? scale->points : 6;
}

QStringList scaleLabels(const Catalog& catalog, const QString& statementId, const QString& language)
{
    QStringList labels;
    if (const Scale* scale = scaleOf(catalog, statementId)) {
        for (int value = 1; value <= scale->points; ++value)
            labels.append(scale->labelFor(value, language));
    }
    return labels;
}

QString cannotJudgeLabel(
    const Catalog& catalog, const QString& statementId, const QString& language)
{
    const Scale* scale = scaleOf(catalog, statementId);
    return scale ? scale->labelFor(0, language) : Scale::defaultCannotJudgeLabel().text(language);
}

QStringList statementsOf(const Catalog& catalog, const QString& dimensionId)
{
    QStringList ids;
    if (const Dimension* dimension = catalog.dimension(dimensionId)) {
        for (const Statement& s : dimension->statements)
            ids.append(s.id);
    }
    return ids;
}

QVariantList dimensions(const Catalog& catalog, const QString& language)
{
    QVariantList list;
    for (const Dimension& dimension : catalog.dimensions) {
        list.append(QVariantMap { { QStringLiteral("id"), dimension.id },
            { QStringLiteral("title"), dimension.title.text(language) },
            { QStringLiteral("statements"), statementsOf(catalog, dimension.id) } });
    }
    return list;
}

} // namespace dp::catalogtexts
