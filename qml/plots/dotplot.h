#pragma once

#include "dotlayers.h"
#include "stats/dotlayout.h"

#include <QColor>
#include <QElapsedTimer>
#include <QQuickItem>
#include <QTimer>

namespace dp {

/// A live dot plot on the scene graph: one dot per answer, stacked in the column of its
/// scale point, "cannot judge" apart on the right, median and quartiles under the axis.
///
/// Data: `counts` is a list of series (usually groups), each [cannotJudge, n1, ..., nPoints];
/// `seriesStyles` gives each series its group's style index (-1 = neutral "other").
class DotPlot : public QQuickItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int points READ points WRITE setPoints NOTIFY pointsChanged)
    Q_PROPERTY(QVariantList counts READ counts WRITE setCounts NOTIFY countsChanged)
    Q_PROPERTY(QVariantList seriesStyles READ seriesStyles WRITE setSeriesStyles NOTIFY
            seriesStylesChanged)
    Q_PROPERTY(bool showCannotJudge READ showCannotJudge WRITE setShowCannotJudge NOTIFY
            showCannotJudgeChanged)
    Q_PROPERTY(bool showMarkers READ showMarkers WRITE setShowMarkers NOTIFY showMarkersChanged)
    Q_PROPERTY(bool animated READ animated WRITE setAnimated NOTIFY animatedChanged)
    Q_PROPERTY(QColor axisColor READ axisColor WRITE setAxisColor NOTIFY axisColorChanged)
    Q_PROPERTY(int dotCount READ dotCount NOTIFY dotCountChanged)
    Q_PROPERTY(bool animating READ animating NOTIFY animatingChanged)
    Q_PROPERTY(QVariantList columnCenters READ columnCenters NOTIFY layoutChanged)
    Q_PROPERTY(qreal columnWidth READ columnWidth NOTIFY layoutChanged)
    Q_PROPERTY(qreal axisY READ axisY NOTIFY layoutChanged)
    Q_PROPERTY(qreal dotSize READ dotSize NOTIFY layoutChanged)
    Q_PROPERTY(bool hasValues READ hasValues NOTIFY countsChanged)
    Q_PROPERTY(qreal median READ median NOTIFY countsChanged)
    Q_PROPERTY(qreal lowerQuartile READ lowerQuartile NOTIFY countsChanged)
    Q_PROPERTY(qreal upperQuartile READ upperQuartile NOTIFY countsChanged)

public:
    explicit DotPlot(QQuickItem* parent = nullptr);

    int points() const { return m_points; }
    void setPoints(int points);
    QVariantList counts() const { return m_countsProperty; }
    void setCounts(const QVariantList& counts);
    /// C++ form of `counts`: one list per series, [cannotJudge, n1, ..., nPoints].
    void setDistribution(const QList<QList<int>>& series);
    QVariantList seriesStyles() const { return m_seriesStyles; }
    void setSeriesStyles(const QVariantList& styles);
    bool showCannotJudge() const { return m_showCannotJudge; }
    void setShowCannotJudge(bool show);
    bool showMarkers() const { return m_showMarkers; }
    void setShowMarkers(bool show);
    bool animated() const { return m_animated; }
    void setAnimated(bool animated);
    QColor axisColor() const { return m_axisColor; }
    void setAxisColor(const QColor& color);

    int dotCount() const;
    bool animating() const { return m_animationTimer.isActive(); }
    QVariantList columnCenters() const;
    qreal columnWidth() const { return m_layout.columnWidth(); }
    /// y of the axis line, for placing labels (QQuickItem already has a "baseline").
    qreal axisY() const { return m_layout.baseline(); }
    qreal dotSize() const { return m_layout.dotSize(); }
    bool hasValues() const { return m_hasValues; }
    qreal median() const { return m_median; }
    qreal lowerQuartile() const { return m_lowerQuartile; }
    qreal upperQuartile() const { return m_upperQuartile; }

    /// How often the settled dots were drawn from scratch (new answers are only added).
    int layerRebuilds() const { return m_layers.rebuilds(); }
    /// How often the settled dots were handed to the renderer anew (for tests).
    int settledUpdates() const { return m_layers.settledUpdates(); }
    /// Dots dropping in during the last frame (for tests).
    int droppingDots() const { return m_layers.droppingDots(); }

    static constexpr int AnimationMs = 250;

signals:
    void pointsChanged();
    void countsChanged();
    void seriesStylesChanged();
    void showCannotJudgeChanged();
    void showMarkersChanged();
    void animatedChanged();
    void axisColorChanged();
    void dotCountChanged();
    void animatingChanged();
    void layoutChanged();

protected:
    QSGNode* updatePaintNode(QSGNode* oldNode, UpdatePaintNodeData* data) override;
    void geometryChange(const QRectF& newGeometry, const QRectF& oldGeometry) override;

private:
    void applyCounts(const QList<QList<int>>& series);
    void relayout();
    void updateSummary();
    void onAnimationTick();
    int styleOf(int series) const;
    /// The axis, the separator before "cannot judge", the quartile bar and the median mark.
    QList<ColoredRect> markerRects() const;

    int m_points = 6;
    QVariantList m_countsProperty;
    QList<QList<int>> m_series;
    QVariantList m_seriesStyles;
    QList<QList<PlotDot>> m_columns; ///< index 0 = cannot judge, 1..points = scale points
    bool m_showCannotJudge = true;
    bool m_showMarkers = true;
    bool m_animated = true;
    QColor m_axisColor = QColor(0x11, 0x11, 0x11);
    DotLayout m_layout;
    DotLayers m_layers;
    bool m_hasValues = false;
    qreal m_median = 0;
    qreal m_lowerQuartile = 0;
    qreal m_upperQuartile = 0;
    QElapsedTimer m_clock;
    qint64 m_youngestMs = -1; ///< when the newest dot arrived (-1: none animates)
    QTimer m_animationTimer;
};

} // namespace dp
