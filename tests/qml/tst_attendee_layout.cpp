// The attendee's rating page at phone, tablet and projector size in German, Turkish and Arabic,
// reached the way people reach it: from the overview. For the statement with the longest text,
// every answer button and "cannot judge" are on screen without scrolling, every button label
// lies inside its button and is not cut, and the selected answer's label is readable on its
// button (contrast ratio of at least 4.5). With DP_SCREENSHOT_DIR set, the renderings are saved.
#include "attendeewindow.h"
#include "layoutchecks.h"

#include "catalog/builtincatalogs.h"

#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(DialogpunktePlugin)

using namespace dp;
using namespace dp::testing;

namespace {

} // namespace

class TestAttendeeLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpAttendeeTests(); }
    void ratingPageFits_data() { addPhoneTabletProjectorRows(); }

    void ratingPageFits()
    {
        QFETCH(QSize, size);
        QFETCH(QString, language);
        AttendeeWindow app;
        QVERIFY(app.open(size, language));
        QQuickItem* shell = app.shell;
        AttendeeSession& attendee = *app.ui.attendee;
        CatalogListModel& catalogs = *attendee.catalogs();
        int catalogRow = -1;
        for (int row = 0; row < catalogs.rowCount(); ++row) {
            if (catalogs.index(row).data(CatalogListModel::CatalogIdRole).toString()
                == QLatin1String("qualitaetsrahmen"))
                catalogRow = row;
        }
        QVERIFY(attendee.startLocal(catalogRow, QString()));
        RatingFlow& flow = *attendee.flow();
        QCOMPARE(flow.scaleOptions()->pointCount(), 6);
        int longest = 0;
        for (int i = 0; i < flow.count(); ++i) {
            if (flow.statements().at(i).text.text(language).size()
                > flow.statements().at(longest).text.text(language).size())
                longest = i;
        }
        // Answer the first statement, then open the longest one from the overview: the rating
        // page stays hidden under the overview while its statement changes.
        QVERIFY(flow.answer(2));
        QVERIFY(QMetaObject::invokeMethod(shell, "showOverview"));
        QTRY_COMPARE(shell->property("currentPage").toString(), QStringLiteral("overviewPage"));
        QVERIFY(attendee.overview()->open(longest));
        QVERIFY(QMetaObject::invokeMethod(shell, "closeOverview"));
        QTRY_COMPARE(shell->property("currentPage").toString(), QStringLiteral("ratingPage"));
        QCOMPARE(flow.index(), longest);
        QTest::qWait(50);
        const QString shot
            = QStringLiteral("rating-%1x%2-%3").arg(size.width()).arg(size.height()).arg(language);
        app.save(shot + QStringLiteral("-open.png"));
        checkRatingPage(shell, language == QLatin1String("ar"));
        if (QTest::currentTestFailed())
            return;

        // The person answers: the selected answer must be readable on its button.
        QQuickItem* option = visibleItemNamed(shell, QStringLiteral("scaleOption_4"));
        QVERIFY(option);
        app.click(option);
        QCOMPARE(flow.currentAnswer(), 4);
        QTRY_VERIFY(option->property("checked").toBool());
        QTest::qWait(50);
        app.save(shot + QStringLiteral("-answered.png"));
        checkRatingPage(shell, language == QLatin1String("ar"));
        checkSelectedContrast(option);
    }

private:
    void checkRatingPage(QQuickItem* shell, bool rightToLeft)
    {
        const QRectF screen = sceneRect(shell);
        QQuickItem* flick = visibleItemNamed(shell, QStringLiteral("ratingFlick"));
        QVERIFY(flick);
        QCOMPARE(flick->property("contentY").toReal(), 0.0);
        const QRectF viewport = sceneRect(flick);
        QStringList bad;
        // Every answer and "cannot judge" without scrolling, each label inside its button.
        QStringList buttons;
        for (int value = 1; value <= 6; ++value)
            buttons << QStringLiteral("scaleOption_%1").arg(value);
        buttons << QStringLiteral("cannotJudgeButton");
        for (const QString& name : std::as_const(buttons)) {
            QQuickItem* button = visibleItemNamed(shell, name);
            if (!button) {
                bad << QStringLiteral("missing: ") + name;
                continue;
            }
            const QRectF rect = sceneRect(button);
            if (!inside(rect, viewport))
                bad << QStringLiteral("below the fold or outside: ") + describe(button);
            const QList<QQuickItem*> texts = shownTexts(button);
            for (QQuickItem* text : texts) {
                if (!inside(inkRect(text), rect))
                    bad << QStringLiteral("label outside its button: ") + describe(text) + " in "
                            + describe(button);
            }
            // Stacked, the number leads its label: left of it, or right of it in Arabic.
            if (texts.size() == 2
                && sceneRect(texts.first()).top() < sceneRect(texts.last()).bottom()
                && sceneRect(texts.last()).top() < sceneRect(texts.first()).bottom()) {
                const QRectF number = inkRect(texts.first());
                const QRectF label = inkRect(texts.last());
                const bool leads = rightToLeft ? number.left() >= label.right() - Tolerance
                                               : number.right() <= label.left() + Tolerance;
                if (!leads)
                    bad << QStringLiteral("number does not lead its label: ") + describe(button);
            }
        }
        // Navigation and top bar: inside the window, and no text is cut anywhere on screen.
        for (const QString& name : { QStringLiteral("backButton"), QStringLiteral("overviewButton"),
                 QStringLiteral("nextButton"), QStringLiteral("finishButton") }) {
            QQuickItem* button = visibleItemNamed(shell, name);
            if (button && !inside(sceneRect(button), screen))
                bad << QStringLiteral("outside the window: ") + describe(button);
        }
        for (QQuickItem* text : shownTexts(shell)) {
            // texts scrolled out of the viewport are not on screen; the rest must fit
            const QRectF box = sceneRect(text);
            if (!screen.intersects(box))
                continue;
            const bool cut = text->property("truncated").toBool()
                || text->property("contentWidth").toReal() > text->width() + Tolerance;
            if (cut)
                bad << QStringLiteral("cut: ") + describe(text);
            if (box.left() < screen.left() - Tolerance || box.right() > screen.right() + Tolerance)
                bad << QStringLiteral("beyond the window's edge: ") + describe(text);
        }
        // No text is drawn over another one (two counters once shared one spot on phones).
        const QList<QQuickItem*> onScreen = shownTexts(shell);
        for (qsizetype i = 0; i < onScreen.size(); ++i) {
            const QRectF first = inkRect(onScreen.at(i));
            if (!screen.intersects(first) || first.isEmpty())
                continue;
            for (qsizetype j = i + 1; j < onScreen.size(); ++j) {
                const QRectF overlap = first.intersected(inkRect(onScreen.at(j)));
                if (overlap.width() > Tolerance && overlap.height() > Tolerance)
                    bad << QStringLiteral("drawn over each other: ") + describe(onScreen.at(i))
                            + " and " + describe(onScreen.at(j));
            }
        }
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
    }

    void checkSelectedContrast(QQuickItem* option)
    {
        QStringList bad;
        checkLabelContrast(option, &bad);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
        auto* background = option->property("background").value<QQuickItem*>();
        for (QQuickItem* text : shownTexts(option))
            QVERIFY2(inside(inkRect(text), sceneRect(background)), qPrintable(describe(text)));
    }
};

QTEST_MAIN(TestAttendeeLayout)
#include "tst_attendee_layout.moc"
