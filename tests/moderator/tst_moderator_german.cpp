#include "moderation/moderatorsession.h"
#include "moderatorscreens.h"
#include "qmlservices.h"
#include "samplefeed.h"

#include <QDir>
#include <QHostAddress>
#include <QImage>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QtQml/qqmlextensionplugin.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(Dialogpunkte_PlotsPlugin)
Q_IMPORT_QML_PLUGIN(Dialogpunkte_ModeratorPlugin)

// The moderator's views with the German translation the app loads: the texts of the focus
// view, the header and the room are German. With DP_SCREENSHOT_DIR set the views are saved.
class TestModeratorGerman : public QObject
{
    Q_OBJECT

    QTranslator m_translator;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
        QVERIFY(m_translator.load(QStringLiteral(":/i18n/dialogpunkte_de.qm")));
        QVERIFY(QCoreApplication::installTranslator(&m_translator));
    }

    void viewsAreGerman_data()
    {
        QTest::addColumn<QString>("view");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QStringList>("texts");
        QTest::newRow("focus") << QStringLiteral("focus")
                               << QStringList { "previousStatementButton", "nextStatementButton",
                                      "byGroupButton", "statementNotes" }
                               << QStringList { "Zurück", "Weiter", "Nach Gruppen",
                                      "Notizen zu dieser Aussage" };
        QTest::newRow("lobby") << QStringLiteral("lobby") << QStringList() << QStringList();
        QTest::newRow("overview") << QStringLiteral("overview") << QStringList() << QStringList();
    }

    void viewsAreGerman()
    {
        QFETCH(QString, view);
        QFETCH(QStringList, names);
        QFETCH(QStringList, texts);

        QTemporaryDir dir;
        dp::Database database;
        QVERIFY(dp::test::openModeratorDatabase(database, dir.path()));
        dp::ModeratorSession moderator(database);
        QVERIFY2(
            dp::test::hostGermanSampleWorkshop(moderator, 120), qPrintable(moderator.errorText()));
        QVERIFY(moderator.setNote(moderator.statementIds().at(0),
            QStringLiteral("Kita und Jugendamt sehen das unterschiedlich.")));

        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        dp::test::ModeratorScreens screens(database, moderator);
        screens.provide(&engine);
        QQuickWindow window;
        const QSize size(1280, 800);
        window.resize(size);
        QQmlComponent component(
            &engine, QUrl(QStringLiteral("qrc:/qt/qml/Dialogpunkte/Moderator/ModeratorShell.qml")));
        std::unique_ptr<QObject> object(component.create());
        QVERIFY2(object, qPrintable(component.errorString()));
        auto* shell = qobject_cast<QQuickItem*>(object.get());
        shell->setParentItem(window.contentItem());
        shell->setSize(size);
        QMetaObject::invokeMethod(shell, "showView", Q_ARG(QVariant, view));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(400);

        for (qsizetype i = 0; i < names.size(); ++i) {
            auto* item = shell->findChild<QQuickItem*>(names.at(i));
            QVERIFY2(item, qPrintable(names.at(i)));
            const QString shown = item->property("text").toString();
            if (names.at(i) == QLatin1String("statementNotes")) {
                QCOMPARE(shown, QStringLiteral("Kita und Jugendamt sehen das unterschiedlich."));
                auto* notes = shell->findChild<QQuickItem*>(QStringLiteral("focusNotes"));
                QVERIFY(notes);
                bool found = false;
                for (QQuickItem* child : notes->childItems())
                    found = found || child->property("text").toString() == texts.at(i);
                QVERIFY2(found, "notes label not translated");
            } else {
                QCOMPARE(shown, texts.at(i));
            }
        }

        const QImage image = window.grabWindow();
        const QString shots = qEnvironmentVariable("DP_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            QDir().mkpath(shots);
            QVERIFY(
                image.save(QDir(shots).filePath(QStringLiteral("moderator-de-%1.png").arg(view))));
        }
        object.reset();
        dp::QmlServices::withdraw(&engine);
    }
};

QTEST_MAIN(TestModeratorGerman)

#include "tst_moderator_german.moc"
