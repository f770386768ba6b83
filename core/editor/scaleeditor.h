#pragma once

#include "catalog/catalog.h"

#include <QObject>

namespace dp {

/// Edits one scale of the catalog being edited: kind, points, labels, poles, pictograms.
/// Accepts states the parser refuses (one point, a missing pole, ...) so the editor can explain.
class ScaleEditor : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool valid READ isValid NOTIFY changed)
    Q_PROPERTY(QString scaleId READ scaleId NOTIFY changed)
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY changed)
    Q_PROPERTY(int points READ points WRITE setPoints NOTIFY changed)
    Q_PROPERTY(bool midpoint READ midpoint WRITE setMidpoint NOTIFY changed)
    Q_PROPERTY(bool allowCannotJudge READ allowCannotJudge WRITE setAllowCannotJudge NOTIFY changed)
    Q_PROPERTY(bool hasLabels READ hasLabels NOTIFY changed)
    Q_PROPERTY(QStringList pictograms READ pictograms NOTIFY changed)

public:
    /// `catalog` is owned by the editor and outlives this object.
    explicit ScaleEditor(Catalog* catalog, QObject* parent = nullptr);

    /// Which scale is edited (-1: none).
    void setScaleIndex(int index);
    int scaleIndex() const { return m_index; }

    bool isValid() const;
    QString scaleId() const;
    QString kind() const;
    void setKind(const QString& kind);
    int points() const;
    /// Keeps labels and pictograms one per point; 1..MaxPoints so the parser can name the problem.
    void setPoints(int points);
    bool midpoint() const;
    void setMidpoint(bool midpoint);
    bool allowCannotJudge() const;
    void setAllowCannotJudge(bool allow);
    bool hasLabels() const;
    QStringList pictograms() const;

    /// Label of point `point` (0-based) in `language`, without fallback; empty when missing.
    Q_INVOKABLE QString label(int point, const QString& language) const;
    Q_INVOKABLE void setLabel(int point, const QString& language, const QString& text);
    /// Drops all labels: the scale shows numbers.
    Q_INVOKABLE void clearLabels();
    Q_INVOKABLE QString pole(bool left, const QString& language) const;
    Q_INVOKABLE void setPole(bool left, const QString& language, const QString& text);
    Q_INVOKABLE void setPictogram(int point, const QString& name);
    Q_INVOKABLE QStringList knownPictograms() const { return Scale::knownPictograms(); }

signals:
    void changed();
    /// The scale itself changed (not just which scale is shown).
    void edited();

private:
    Scale* scale() const;
    void fillPictograms(Scale* s) const;
    void touch();

    Catalog* m_catalog;
    int m_index = -1;
};

} // namespace dp
