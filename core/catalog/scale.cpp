#include "scale.h"

#include "catalogmessages.h"
#include "jsonfields.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace dp {

using namespace catalogjson;

bool Scale::accepts(int answer) const
{
    if (answer == CannotJudgeAnswer)
        return allowCannotJudge;
    return answer >= 1 && answer <= points;
}

QString Scale::labelFor(int value, const QString& language) const
{
    if (value == CannotJudgeAnswer) {
        const LocalizedText& label
            = cannotJudgeLabel.isEmpty() ? defaultCannotJudgeLabel() : cannotJudgeLabel;
        return label.text(language);
    }
    if (value < 1 || value > points)
        return QString();
    if (value <= labels.size()) {
        const QString label = labels.at(value - 1).text(language);
        if (!label.isEmpty())
            return label;
    }
    return QString::number(value);
}

int Scale::midpointValue() const
{
    return hasMidpoint && points % 2 == 1 ? (points + 1) / 2 : 0;
}

LocalizedText Scale::defaultCannotJudgeLabel()
{
    return LocalizedText { { QStringLiteral("de"), QStringLiteral("kann ich nicht einschätzen") },
        { QStringLiteral("en"), QStringLiteral("can't judge") } };
}

QString Scale::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Ordinal:
        return QStringLiteral("ordinal");
    case Kind::Bipolar:
        return QStringLiteral("bipolar");
    case Kind::Pictogram:
        return QStringLiteral("pictogram");
    }
    return QString();
}

QStringList Scale::knownPictograms()
{
    return { QStringLiteral("very-sad"), QStringLiteral("sad"), QStringLiteral("slightly-sad"),
        QStringLiteral("neutral"), QStringLiteral("slightly-happy"), QStringLiteral("happy"),
        QStringLiteral("very-happy") };
}

Scale Scale::fromJson(const QJsonObject& object, QString* error)
{
    return fromJson(object, error, QString());
}

static bool readLabels(const QJsonObject& object, const QString& path, Scale* scale, QString* error)
{
    const QJsonValue value = object.value(QStringLiteral("labels"));
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray()) {
        *error = at(path, CatalogMessages::tr("\"labels\" must be an array"));
        return false;
    }
    const QJsonArray array = value.toArray();
    // An empty list means "show numbers"; otherwise every point needs its label.
    if (!array.isEmpty() && array.size() != scale->points) {
        *error = at(path,
            CatalogMessages::tr("\"labels\" has %1 entries but the scale has %2 points")
                .arg(array.size())
                .arg(scale->points));
        return false;
    }
    for (int i = 0; i < array.size(); ++i) {
        QString textError;
        const LocalizedText label = LocalizedText::fromJson(array.at(i), &textError);
        const QString labelPath = indexed(path, QStringLiteral("labels"), i);
        if (!textError.isEmpty()) {
            *error = at(labelPath, textError);
            return false;
        }
        if (label.isEmpty()) {
            *error = at(labelPath, CatalogMessages::tr("label is empty"));
            return false;
        }
        scale->labels.append(label);
    }
    return true;
}

static bool readPictograms(
    const QJsonObject& object, const QString& path, Scale* scale, QString* error)
{
    const QJsonValue value = object.value(QStringLiteral("pictograms"));
    if (value.isUndefined() || value.isNull() || (value.isArray() && value.toArray().isEmpty())) {
        if (scale->kind == Scale::Kind::Pictogram) {
            *error = at(path, CatalogMessages::tr("a pictogram scale needs \"pictograms\""));
            return false;
        }
        return true;
    }
    if (!value.isArray()) {
        *error = at(path, CatalogMessages::tr("\"pictograms\" must be an array of names"));
        return false;
    }
    const QJsonArray array = value.toArray();
    if (array.size() != scale->points) {
        *error = at(path,
            CatalogMessages::tr("\"pictograms\" has %1 entries but the scale has %2 points")
                .arg(array.size())
                .arg(scale->points));
        return false;
    }
    static const QRegularExpression namePattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    QSet<QString> seen;
    for (int i = 0; i < array.size(); ++i) {
        const QString name = array.at(i).toString();
        const QString namePath = indexed(path, QStringLiteral("pictograms"), i);
        if (!array.at(i).isString() || !namePattern.match(name).hasMatch()) {
            *error = at(namePath,
                CatalogMessages::tr("pictogram names are lower-case words joined by '-', e.g. "
                                    "\"very-happy\""));
            return false;
        }
        if (seen.contains(name)) {
            *error = at(namePath, CatalogMessages::tr("pictogram \"%1\" is used twice").arg(name));
            return false;
        }
        seen.insert(name);
        scale->pictograms.append(name);
    }
    return true;
}

Scale Scale::fromJson(const QJsonObject& object, QString* error, const QString& path)
{
    Scale scale;
    QString problem;
    auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return Scale();
    };

    QString kind;
    if (!readId(object, QStringLiteral("id"), path, true, &scale.id, &problem)
        || !readString(object, QStringLiteral("kind"), path, true, &kind, &problem))
        return fail(problem);
    if (kind == QLatin1String("ordinal"))
        scale.kind = Kind::Ordinal;
    else if (kind == QLatin1String("bipolar"))
        scale.kind = Kind::Bipolar;
    else if (kind == QLatin1String("pictogram"))
        scale.kind = Kind::Pictogram;
    else
        return fail(at(path,
            CatalogMessages::tr("unknown \"kind\" \"%1\" (expected \"ordinal\", \"bipolar\" or "
                                "\"pictogram\")")
                .arg(kind)));

    if (!readInt(object, QStringLiteral("points"), path, true, &scale.points, &problem))
        return fail(problem);
    const int minPoints = scale.kind == Kind::Pictogram ? MinPictogramPoints : MinPoints;
    if (scale.points < minPoints || scale.points > MaxPoints)
        return fail(at(path,
            CatalogMessages::tr("\"points\" must be between %1 and %2 for %3 scales (got %4)")
                .arg(minPoints)
                .arg(MaxPoints)
                .arg(kind)
                .arg(scale.points)));

    if (!readBool(object, QStringLiteral("midpoint"), path, false, &scale.hasMidpoint, &problem))
        return fail(problem);
    if (scale.hasMidpoint && scale.points % 2 == 0)
        return fail(at(path,
            CatalogMessages::tr("\"midpoint\" needs an odd number of points (got %1)")
                .arg(scale.points)));

    if (!readLabels(object, path, &scale, &problem))
        return fail(problem);

    const bool bipolar = scale.kind == Kind::Bipolar;
    const std::pair<QString, LocalizedText*> poles[]
        = { { QStringLiteral("leftPole"), &scale.leftPole },
              { QStringLiteral("rightPole"), &scale.rightPole } };
    for (const auto& [key, pole] : poles) {
        const QJsonValue value = object.value(key);
        // One sentence rather than readText()'s "is missing" plus an appended reason.
        if (bipolar && (value.isUndefined() || value.isNull()))
            return fail(at(path,
                CatalogMessages::tr("\"%1\" is missing (a bipolar scale needs both poles)")
                    .arg(key)));
        if (!readText(object, key, path, bipolar, pole, &problem))
            return fail(problem);
    }

    if (!readPictograms(object, path, &scale, &problem))
        return fail(problem);

    if (!readBool(object, QStringLiteral("allowCannotJudge"), path, true, &scale.allowCannotJudge,
            &problem)
        || !readText(object, QStringLiteral("cannotJudgeLabel"), path, false,
            &scale.cannotJudgeLabel, &problem))
        return fail(problem);

    if (error)
        error->clear();
    return scale;
}

QJsonObject Scale::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("id"), id);
    object.insert(QStringLiteral("kind"), kindName(kind));
    object.insert(QStringLiteral("points"), points);
    object.insert(QStringLiteral("midpoint"), hasMidpoint);
    if (!labels.isEmpty()) {
        QJsonArray array;
        for (const LocalizedText& label : labels)
            array.append(label.toJson());
        object.insert(QStringLiteral("labels"), array);
    }
    if (!leftPole.isEmpty())
        object.insert(QStringLiteral("leftPole"), leftPole.toJson());
    if (!rightPole.isEmpty())
        object.insert(QStringLiteral("rightPole"), rightPole.toJson());
    if (!pictograms.isEmpty())
        object.insert(QStringLiteral("pictograms"), QJsonArray::fromStringList(pictograms));
    object.insert(QStringLiteral("allowCannotJudge"), allowCannotJudge);
    if (!cannotJudgeLabel.isEmpty())
        object.insert(QStringLiteral("cannotJudgeLabel"), cannotJudgeLabel.toJson());
    return object;
}

} // namespace dp
