#include "scaleoptionmodel.h"

namespace dp {

ScaleOptionModel::ScaleOptionModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void ScaleOptionModel::setScale(const Scale& scale, const QString& language)
{
    const int oldCount = rowCount();
    beginResetModel();
    m_scale = scale;
    m_hasScale = true;
    m_language = language;
    m_selected = NoSelection;
    endResetModel();
    emit scaleChanged();
    emit selectedValueChanged();
    if (oldCount != rowCount())
        emit countChanged();
}

void ScaleOptionModel::setLanguage(const QString& language)
{
    if (m_language == language)
        return;
    m_language = language;
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1), { LabelRole });
    emit scaleChanged();
}

void ScaleOptionModel::clear()
{
    const int oldCount = rowCount();
    beginResetModel();
    m_scale = {};
    m_hasScale = false;
    m_selected = NoSelection;
    endResetModel();
    emit scaleChanged();
    emit selectedValueChanged();
    if (oldCount != 0)
        emit countChanged();
}

void ScaleOptionModel::setSelectedValue(int value)
{
    if (m_selected == value)
        return;
    const int oldRow = rowForValue(m_selected);
    m_selected = value;
    const int newRow = rowForValue(m_selected);
    if (oldRow >= 0)
        emit dataChanged(index(oldRow), index(oldRow), { SelectedRole });
    if (newRow >= 0)
        emit dataChanged(index(newRow), index(newRow), { SelectedRole });
    emit selectedValueChanged();
}

int ScaleOptionModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_hasScale)
        return 0;
    return m_scale.points + (m_scale.allowCannotJudge ? 1 : 0);
}

int ScaleOptionModel::valueAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return -1;
    return row < m_scale.points ? row + 1 : CannotJudgeAnswer;
}

int ScaleOptionModel::rowForValue(int value) const
{
    if (!m_hasScale)
        return -1;
    if (value >= 1 && value <= m_scale.points)
        return value - 1;
    if (value == CannotJudgeAnswer && m_scale.allowCannotJudge)
        return m_scale.points;
    return -1;
}

QVariant ScaleOptionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int value = valueAt(index.row());
    switch (role) {
    case ValueRole:
        return value;
    case Qt::DisplayRole:
    case LabelRole:
        return labelFor(value);
    case PictogramRole:
        if (value != CannotJudgeAnswer && m_scale.kind == Scale::Kind::Pictogram
            && value - 1 < m_scale.pictograms.size())
            return m_scale.pictograms.at(value - 1);
        return QString();
    case CannotJudgeRole:
        return value == CannotJudgeAnswer;
    case SelectedRole:
        return value == m_selected;
    default:
        return {};
    }
}

QHash<int, QByteArray> ScaleOptionModel::roleNames() const
{
    return {
        { ValueRole, "value" },
        { LabelRole, "label" },
        { PictogramRole, "pictogram" },
        { CannotJudgeRole, "isCannotJudge" },
        { SelectedRole, "selected" },
    };
}

QString ScaleOptionModel::kind() const
{
    if (!m_hasScale)
        return {};
    return Scale::kindName(m_scale.kind);
}

QString ScaleOptionModel::leftPole() const
{
    return m_hasScale ? m_scale.leftPole.text(m_language) : QString();
}

QString ScaleOptionModel::rightPole() const
{
    return m_hasScale ? m_scale.rightPole.text(m_language) : QString();
}

QString ScaleOptionModel::cannotJudgeLabel() const
{
    return m_hasScale && m_scale.allowCannotJudge ? labelFor(CannotJudgeAnswer) : QString();
}

QString ScaleOptionModel::labelFor(int value) const
{
    if (!m_hasScale || !m_scale.accepts(value))
        return {};
    return m_scale.labelFor(value, m_language);
}

} // namespace dp
