#pragma once

#include "catalog/scale.h"

#include <QAbstractListModel>

namespace dp {

/// The answer buttons of one statement: every scale point, then "cannot judge" when allowed.
class ScaleOptionModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int pointCount READ pointCount NOTIFY scaleChanged)
    Q_PROPERTY(QString kind READ kind NOTIFY scaleChanged)
    Q_PROPERTY(QString leftPole READ leftPole NOTIFY scaleChanged)
    Q_PROPERTY(QString rightPole READ rightPole NOTIFY scaleChanged)
    Q_PROPERTY(bool allowsCannotJudge READ allowsCannotJudge NOTIFY scaleChanged)
    Q_PROPERTY(QString cannotJudgeLabel READ cannotJudgeLabel NOTIFY scaleChanged)
    Q_PROPERTY(int selectedValue READ selectedValue NOTIFY selectedValueChanged)

public:
    enum Role {
        ValueRole = Qt::UserRole + 1,
        LabelRole,
        PictogramRole,
        CannotJudgeRole,
        SelectedRole,
    };
    Q_ENUM(Role)

    /// No selection; stored answers are 1..points or CannotJudgeAnswer (0).
    static constexpr int NoSelection = -1;

    explicit ScaleOptionModel(QObject* parent = nullptr);

    void setScale(const Scale& scale, const QString& language);
    void setLanguage(const QString& language);
    void clear();
    void setSelectedValue(int value);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int pointCount() const { return m_hasScale ? m_scale.points : 0; }
    QString kind() const;
    QString leftPole() const;
    QString rightPole() const;
    bool allowsCannotJudge() const { return m_hasScale && m_scale.allowCannotJudge; }
    QString cannotJudgeLabel() const;
    int selectedValue() const { return m_selected; }
    /// The label the UI shows for a stored answer, e.g. in the overview.
    QString labelFor(int value) const;

    /// The value of the row, e.g. for tests; -1 when out of range.
    Q_INVOKABLE int valueAt(int row) const;

signals:
    void countChanged();
    void scaleChanged();
    void selectedValueChanged();

private:
    int rowForValue(int value) const;

    Scale m_scale;
    bool m_hasScale = false;
    QString m_language;
    int m_selected = NoSelection;
};

} // namespace dp
