#pragma once

// Counts the dots a DotPlot really drew in a rendered picture, for render tests that must not
// trust the plot's own dotCount.
#include "dotstyle.h"

#include <QImage>
#include <QList>
#include <QQuickItem>
#include <QQuickWindow>

#include <cstdlib>

namespace dp::test {

/// Connected areas (4-neighbourhood) of pixels within `tolerance` of `fill` in `area`. A dot's
/// fill is ringed by its dark outline, so neighbouring dots never join.
inline int countFilledAreas(const QImage& image, const QRect& area, QColor fill, int tolerance)
{
    const QRect box = area & image.rect();
    const auto near = [&](int x, int y) {
        const QRgb pixel = image.pixel(x, y);
        return std::abs(qRed(pixel) - fill.red()) + std::abs(qGreen(pixel) - fill.green())
            + std::abs(qBlue(pixel) - fill.blue())
            <= tolerance;
    };
    QList<bool> seen(static_cast<qsizetype>(box.width()) * box.height(), false);
    const auto index = [&](int x, int y) {
        return static_cast<qsizetype>(y - box.top()) * box.width() + (x - box.left());
    };
    int areas = 0;
    QList<QPoint> stack;
    for (int y = box.top(); y <= box.bottom(); ++y) {
        for (int x = box.left(); x <= box.right(); ++x) {
            if (seen[index(x, y)] || !near(x, y))
                continue;
            ++areas;
            seen[index(x, y)] = true;
            stack.append(QPoint(x, y));
            while (!stack.isEmpty()) {
                const QPoint p = stack.takeLast();
                for (const QPoint step :
                    { QPoint(1, 0), QPoint(-1, 0), QPoint(0, 1), QPoint(0, -1) }) {
                    const QPoint q = p + step;
                    if (box.contains(q) && !seen[index(q.x(), q.y())] && near(q.x(), q.y())) {
                        seen[index(q.x(), q.y())] = true;
                        stack.append(q);
                    }
                }
            }
        }
    }
    return areas;
}

/// Dots drawn by `plot` in `image` (a grab of its window): the filled areas of each of its
/// series' colours above the axis, where only dots are drawn.
inline int drawnDots(const QImage& image, QQuickItem* plot)
{
    const qreal dpr = image.devicePixelRatio();
    const qreal axisY = plot->property("axisY").toReal();
    const QRectF scene = plot->mapRectToScene(QRectF(0, 0, plot->width(), axisY));
    const QRect area(qRound(scene.left() * dpr), qRound(scene.top() * dpr),
        qRound(scene.width() * dpr), qRound(scene.height() * dpr));
    QList<int> styles;
    const QVariantList seriesStyles = plot->property("seriesStyles").toList();
    const int series = static_cast<int>(plot->property("counts").toList().size());
    for (int s = 0; s < series; ++s) {
        const int style = s < seriesStyles.size() ? seriesStyles.at(s).toInt() : s;
        if (!styles.contains(style))
            styles.append(style);
    }
    int dots = 0;
    for (const int style : styles)
        dots += countFilledAreas(image, area, DotStyle::forIndex(style).fill, 60);
    return dots;
}

/// Every DotPlot under `root` (in the item tree: delegates have no QObject parent) that is
/// shown and lies wholly inside `window`.
inline QList<QQuickItem*> plotsInView(QQuickItem* root, QQuickWindow* window)
{
    QList<QQuickItem*> plots;
    if (!root->isVisible() || root->opacity() <= 0)
        return plots;
    const QRectF scene = root->mapRectToScene(QRectF(0, 0, root->width(), root->height()));
    if (root->inherits("dp::DotPlot") && root->width() > 0
        && QRectF(QPointF(0, 0), window->size()).contains(scene))
        plots.append(root);
    for (QQuickItem* child : root->childItems())
        plots += plotsInView(child, window);
    return plots;
}

} // namespace dp::test
