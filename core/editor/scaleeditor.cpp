#include "scaleeditor.h"

namespace dp {

namespace {

QString exact(const LocalizedText& text, const QString& language)
{
    return text.has(language) ? text.text(language) : QString();
}

} // namespace

ScaleEditor::ScaleEditor(Catalog* catalog, QObject* parent)
    : QObject(parent)
    , m_catalog(catalog)
{
}

Scale* ScaleEditor::scale() const
{
    if (m_index < 0 || m_index >= m_catalog->scales.size())
        return nullptr;
    return &m_catalog->scales[m_index];
}

void ScaleEditor::touch()
{
    emit changed();
    emit edited();
}

void ScaleEditor::setScaleIndex(int index)
{
    m_index = index;
    emit changed();
}

bool ScaleEditor::isValid() const
{
    return scale() != nullptr;
}

QString ScaleEditor::scaleId() const
{
    return scale() ? scale()->id : QString();
}

QString ScaleEditor::kind() const
{
    return scale() ? Scale::kindName(scale()->kind) : QString();
}

void ScaleEditor::fillPictograms(Scale* s) const
{
    // Pictogram scales need one distinct name per point; offer the known faces in order.
    const QStringList known = Scale::knownPictograms();
    s->pictograms = s->pictograms.mid(0, s->points);
    for (const QString& name : known) {
        if (s->pictograms.size() >= s->points)
            break;
        if (!s->pictograms.contains(name))
            s->pictograms.append(name);
    }
}

void ScaleEditor::setKind(const QString& kind)
{
    Scale* s = scale();
    if (!s || kind == Scale::kindName(s->kind))
        return;
    if (kind == QLatin1String("ordinal"))
        s->kind = Scale::Kind::Ordinal;
    else if (kind == QLatin1String("bipolar"))
        s->kind = Scale::Kind::Bipolar;
    else if (kind == QLatin1String("pictogram"))
        s->kind = Scale::Kind::Pictogram;
    else
        return;
    if (s->kind == Scale::Kind::Pictogram)
        fillPictograms(s);
    else
        s->pictograms.clear();
    if (s->kind != Scale::Kind::Bipolar) {
        s->leftPole = LocalizedText();
        s->rightPole = LocalizedText();
    }
    touch();
}

int ScaleEditor::points() const
{
    return scale() ? scale()->points : 0;
}

void ScaleEditor::setPoints(int points)
{
    Scale* s = scale();
    points = std::clamp(points, 1, int(Scale::MaxPoints));
    if (!s || points == s->points)
        return;
    s->points = points;
    if (!s->labels.isEmpty())
        s->labels.resize(points);
    if (s->kind == Scale::Kind::Pictogram)
        fillPictograms(s);
    touch();
}

bool ScaleEditor::midpoint() const
{
    return scale() && scale()->hasMidpoint;
}

void ScaleEditor::setMidpoint(bool midpoint)
{
    if (Scale* s = scale(); s && s->hasMidpoint != midpoint) {
        s->hasMidpoint = midpoint;
        touch();
    }
}

bool ScaleEditor::allowCannotJudge() const
{
    return scale() && scale()->allowCannotJudge;
}

void ScaleEditor::setAllowCannotJudge(bool allow)
{
    if (Scale* s = scale(); s && s->allowCannotJudge != allow) {
        s->allowCannotJudge = allow;
        touch();
    }
}

bool ScaleEditor::hasLabels() const
{
    return scale() && !scale()->labels.isEmpty();
}

QStringList ScaleEditor::pictograms() const
{
    return scale() ? scale()->pictograms : QStringList();
}

QString ScaleEditor::label(int point, const QString& language) const
{
    const Scale* s = scale();
    if (!s || point < 0 || point >= s->labels.size())
        return QString();
    return exact(s->labels.at(point), language);
}

void ScaleEditor::setLabel(int point, const QString& language, const QString& text)
{
    Scale* s = scale();
    if (!s || point < 0 || point >= s->points)
        return;
    if (s->labels.isEmpty())
        s->labels.resize(s->points);
    s->labels[point].set(language, text);
    touch();
}

void ScaleEditor::clearLabels()
{
    if (Scale* s = scale(); s && !s->labels.isEmpty()) {
        s->labels.clear();
        touch();
    }
}

QString ScaleEditor::pole(bool left, const QString& language) const
{
    const Scale* s = scale();
    return s ? exact(left ? s->leftPole : s->rightPole, language) : QString();
}

void ScaleEditor::setPole(bool left, const QString& language, const QString& text)
{
    if (Scale* s = scale()) {
        (left ? s->leftPole : s->rightPole).set(language, text);
        touch();
    }
}

void ScaleEditor::setPictogram(int point, const QString& name)
{
    Scale* s = scale();
    if (!s || point < 0 || point >= s->points)
        return;
    if (s->pictograms.size() < s->points)
        s->pictograms.resize(s->points);
    s->pictograms[point] = name;
    touch();
}

} // namespace dp
