// Geometry checks for laid-out Qt Quick items, for the reports' layout tests: whether items
// overlap or leave a box, and whether texts are cut or paint over each other.
#pragma once

#include <QQuickItem>
#include <QRectF>
#include <QStringList>

namespace dp::testing {

inline constexpr qreal Tolerance = 0.5;

inline QRectF sceneRect(const QQuickItem* item)
{
    return item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
}

inline bool overlap(const QRectF& a, const QRectF& b)
{
    const QRectF both = a.intersected(b);
    return both.width() > Tolerance && both.height() > Tolerance;
}

inline bool inside(const QRectF& inner, const QRectF& outer)
{
    return inner.left() >= outer.left() - Tolerance && inner.right() <= outer.right() + Tolerance
        && inner.top() >= outer.top() - Tolerance && inner.bottom() <= outer.bottom() + Tolerance;
}

inline QString describe(const QQuickItem* item)
{
    const QRectF r = sceneRect(item);
    return QStringLiteral("%1 \"%2\" at %3,%4 %5×%6")
        .arg(item->objectName(), item->property("text").toString().left(40))
        .arg(r.x())
        .arg(r.y())
        .arg(r.width())
        .arg(r.height());
}

/// Notes `text` in `bad` if it leaves `bounds` or does not fit its own box (elided, or wider or
/// taller than it).
inline void checkText(QQuickItem* text, const QRectF& bounds, QStringList* bad)
{
    if (!text->isVisible() || text->property("text").toString().isEmpty())
        return;
    const bool cut = text->property("truncated").toBool()
        || text->property("contentWidth").toReal() > text->width() + Tolerance
        || text->property("contentHeight").toReal() > text->height() + Tolerance;
    if (cut)
        bad->append(QStringLiteral("cut: ") + describe(text));
    if (!inside(sceneRect(text), bounds))
        bad->append(QStringLiteral("outside: ") + describe(text));
}

/// Where `text` paints its letters: its content's size, placed by its alignment in its box.
inline QRectF inkRect(const QQuickItem* text)
{
    const qreal w = text->property("contentWidth").toReal();
    const qreal h = text->property("contentHeight").toReal();
    const int horizontal = text->property("horizontalAlignment").toInt();
    const int vertical = text->property("verticalAlignment").toInt();
    qreal x = 0;
    if (horizontal & Qt::AlignRight)
        x = text->width() - w;
    else if (horizontal & Qt::AlignHCenter)
        x = (text->width() - w) / 2;
    qreal y = 0;
    if (vertical & Qt::AlignBottom)
        y = text->height() - h;
    else if (vertical & Qt::AlignVCenter)
        y = (text->height() - h) / 2;
    return text->mapRectToScene(QRectF(x, y, w, h));
}

/// Visible, non-empty texts under `item`.
inline void collectTexts(QQuickItem* item, QList<QQuickItem*>* texts)
{
    for (QQuickItem* child : item->childItems()) {
        if (!child->isVisible())
            continue;
        if (child->inherits("QQuickText") && !child->property("text").toString().isEmpty())
            texts->append(child);
        collectTexts(child, texts);
    }
}

/// Notes in `bad` each two texts under `item` whose letters overlap.
inline void findOverlappingTexts(QQuickItem* item, QStringList* bad)
{
    QList<QQuickItem*> texts;
    collectTexts(item, &texts);
    for (int a = 0; a < texts.size(); ++a) {
        for (int b = a + 1; b < texts.size(); ++b) {
            if (overlap(inkRect(texts.at(a)), inkRect(texts.at(b))))
                bad->append(QStringLiteral("overlap: ") + describe(texts.at(a)) + " / "
                    + describe(texts.at(b)));
        }
    }
}

/// checkText() for every visible text under `item`.
inline void findBadTexts(QQuickItem* item, const QRectF& bounds, QStringList* bad)
{
    for (QQuickItem* child : item->childItems()) {
        if (!child->isVisible())
            continue;
        if (child->inherits("QQuickText"))
            checkText(child, bounds, bad);
        findBadTexts(child, bounds, bad);
    }
}

} // namespace dp::testing
