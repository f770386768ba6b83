// Joining a hub's workshop through the attendee's pages at phone, tablet and projector size in
// German, Turkish and Arabic. Opened with a join link, the start page leads with joining and
// folds the local start away; its texts follow the reading direction and the default groups
// and catalog titles speak the page's language. After joining, the person picks one of the
// workshop's own groups before the first rating; the tablet says it is online, and when the
// moderator ends the workshop it says that. With DP_SCREENSHOT_DIR set, the renderings are saved.
#include "attendeewindow.h"
#include "layoutchecks.h"
#include "workshophub.h"

#include "session/defaultgroups.h"

#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(DialogpunktePlugin)

using namespace dp;
using namespace dp::testing;

namespace {

/// Notes in `bad` each text under `root` that is wider than its letters and aligned against
/// the reading direction (an English catalog title on the left of an Arabic page), or cut.
void checkTexts(QQuickItem* root, bool rightToLeft, QStringList* bad)
{
    for (QQuickItem* text : shownTexts(root)) {
        // Placeholders inside text fields follow the field.
        if (text->parentItem() && text->parentItem()->inherits("QQuickTextInput"))
            continue;
        if (text->property("truncated").toBool())
            bad->append(QStringLiteral("cut: ") + describe(text));
        if (text->width() - text->property("contentWidth").toReal() <= 1)
            continue;
        const int alignment = text->property("effectiveHorizontalAlignment").toInt();
        const int expected = rightToLeft ? Qt::AlignRight : Qt::AlignLeft;
        if (alignment != expected && alignment != Qt::AlignHCenter)
            bad->append(QStringLiteral("against the reading direction: ") + describe(text));
    }
}

} // namespace

class TestAttendeeJoin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpAttendeeTests(); }
    void joinThroughThePages_data() { addPhoneTabletProjectorRows(); }

    void joinThroughThePages()
    {
        QFETCH(QSize, size);
        QFETCH(QString, language);
        const bool rightToLeft = language == QLatin1String("ar");
        const QString suffix
            = QStringLiteral("%1x%2-%3.png").arg(size.width()).arg(size.height()).arg(language);
        QTemporaryDir hubDir;
        test::WorkshopHub hub(hubDir.filePath("hub.sqlite"), 0, test::municipalities());
        AttendeeWindow app;
        QVERIFY(app.open(size, language));
        JoinController& join = *app.ui.join;
        join.offerLink(
            JoinTarget { QStringLiteral("127.0.0.1"), hub.port(), test::WorkshopHub::RoomCode }
                .toUrl());
        QTRY_COMPARE(app.currentPage(), QStringLiteral("startPage"));
        QTest::qWait(50);
        app.save(QStringLiteral("start-link-") + suffix);

        // Joining comes first: above the local start, or before it in the reading direction.
        QQuickItem* joinCard = app.named(QStringLiteral("joinCard"));
        QQuickItem* localCard = app.named(QStringLiteral("localStartCard"));
        QVERIFY(joinCard && localCard);
        const QRectF joinRect = sceneRect(joinCard);
        const QRectF localRect = sceneRect(localCard);
        if (qAbs(joinRect.top() - localRect.top()) > Tolerance)
            QVERIFY(joinRect.bottom() <= localRect.top() + Tolerance);
        else
            QVERIFY(rightToLeft ? joinRect.left() > localRect.left()
                                : joinRect.left() < localRect.left());
        QVERIFY2(!app.named(QStringLiteral("startButton")), "the local start is folded away");
        QCOMPARE(app.named(QStringLiteral("joinLinkFieldInput"))->property("text").toString(),
            join.offeredLink());
        QStringList bad;
        checkTexts(app.shell, rightToLeft, &bad);

        // Unfolded, the local start names the catalogs and the default groups in the language.
        app.tap(app.named(QStringLiteral("expandLocalStartButton")));
        QTRY_VERIFY(app.named(QStringLiteral("startButton")));
        QTest::qWait(50);
        app.save(QStringLiteral("start-local-") + suffix);
        for (const Group& group : defaultGroups()) {
            QQuickItem* chip = app.named(QStringLiteral("groupOption_") + group.id);
            QVERIFY(chip);
            QCOMPARE(chip->property("text").toString(), group.name.text(language));
            QVERIFY(group.name.text(language) != group.name.text(QStringLiteral("en")));
        }
        QQuickItem* parents = app.named(QStringLiteral("catalogOption_elternfeedback"));
        QVERIFY(parents);
        QVERIFY(parents->property("text").toString() != QStringLiteral("Feedback from parents"));
        checkTexts(app.shell, rightToLeft, &bad);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));

        // Joined, the workshop's own groups are offered: its municipalities, no generic roles.
        app.tap(app.named(QStringLiteral("joinButton")));
        QTRY_COMPARE_WITH_TIMEOUT(app.currentPage(), QStringLiteral("groupChoicePage"), 5000);
        QTest::qWait(50);
        app.save(QStringLiteral("groupchoice-") + suffix);
        QVERIFY(app.named(QStringLiteral("joinGroupOption_hagen")));
        QVERIFY(app.named(QStringLiteral("joinGroupOption_none")));
        QVERIFY(!app.named(QStringLiteral("joinGroupOption_coordination")));
        QQuickItem* start = app.named(QStringLiteral("groupChoiceButton"));
        QVERIFY2(!start->isEnabled(), "no group is taken without the person's choice");
        checkLabelContrast(start, &bad); // readable while it waits for the choice
        checkTexts(app.shell, rightToLeft, &bad);
        app.tap(app.named(QStringLiteral("joinGroupOption_hagen")));
        QTRY_VERIFY(start->isEnabled());
        checkLabelContrast(start, &bad);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
        app.tap(start);
        QTRY_COMPARE(app.currentPage(), QStringLiteral("ratingPage"));
        QCOMPARE(app.ui.attendee->groupId(), QStringLiteral("hagen"));

        // The connection in words, in the top bar.
        QQuickItem* status = app.named(QStringLiteral("connectionStatusText"));
        QVERIFY(status);
        QTRY_VERIFY(join.isOnline());
        QVERIFY(status->property("text").toString() == join.connectionShortText()
            || status->property("text").toString() == join.connectionText());
        QTest::qWait(50);
        app.save(QStringLiteral("rating-joined-") + suffix);

        // The moderator ends the workshop: the tablet says so instead of "offline".
        hub.host->setPhase(QStringLiteral("finished"));
        QTRY_COMPARE(app.currentPage(), QStringLiteral("endedPage"));
        QTest::qWait(50);
        app.save(QStringLiteral("ended-") + suffix);
        QVERIFY(app.named(QStringLiteral("endedTitle")));
        QVERIFY(app.named(QStringLiteral("reviewButton")));
        checkTexts(app.shell, rightToLeft, &bad);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestAttendeeJoin)
#include "tst_attendee_join.moc"
