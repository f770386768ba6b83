#include "statementinfo.h"

namespace dp {

QList<StatementInfo> statementInfos(const Catalog& catalog)
{
    QHash<QString, const Scale*> scales;
    for (const Scale& scale : catalog.scales)
        scales.insert(scale.id, &scale);
    QList<StatementInfo> result;
    for (const Dimension& dimension : catalog.dimensions) {
        for (const Statement& statement : dimension.statements) {
            StatementInfo info;
            info.id = statement.id;
            info.dimensionId = dimension.id;
            info.text = statement.text;
            const QString scaleId
                = statement.scaleId.isEmpty() ? catalog.defaultScaleId : statement.scaleId;
            if (const Scale* scale = scales.value(scaleId)) {
                info.points = scale->points;
                info.kind = scale->kind;
            }
            result.append(info);
        }
    }
    return result;
}

} // namespace dp
