// Numbers in QML follow the UI's language (the engine's uiLanguage, set by the language
// switch): the dot plot's summary reads "Median 3,5" in German and "Median 3.5" in English.
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(Dialogpunkte_PlotsPlugin)

class TestNumbersQml : public QObject
{
    Q_OBJECT

private slots:
    void followsTheUiLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("median");
        QTest::addColumn<QString>("consensus");
        QTest::newRow("de") << "de"
                            << "Median 3,5"
                            << "0,49";
        QTest::newRow("en") << "en"
                            << "Median 3.5"
                            << "0.49";
    }

    void followsTheUiLanguage()
    {
        QFETCH(QString, language);
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        engine.setUiLanguage(language);
        QQmlComponent component(&engine);
        // two answers on 3 and two on 4: median 3.5
        component.setData("import QtQuick\n"
                          "import Dialogpunkte.Plots\n"
                          "DotPlotView {\n"
                          "  width: 800; height: 450; points: 7; animated: false\n"
                          "  counts: [[0, 0, 0, 2, 2, 0, 0, 0]]\n"
                          "  property string consensus: Numbers.fixed(0.4913, 2)\n"
                          "  property string english: Numbers.compact(2.25, 2, \"en\")\n"
                          "}\n",
            QUrl());
        std::unique_ptr<QObject> root(component.create());
        QVERIFY2(root, qPrintable(component.errorString()));
        auto* summary = root->findChild<QObject*>(QStringLiteral("dotPlotSummary"));
        QVERIFY(summary);
        QTRY_VERIFY(summary->property("text").toString().startsWith(QStringLiteral("n = 4")));
        QFETCH(QString, median);
        QVERIFY2(summary->property("text").toString().endsWith(median),
            qPrintable(summary->property("text").toString()));
        QTEST(root->property("consensus").toString(), "consensus");
        // a language given explicitly (the export's) wins over the UI's
        QCOMPARE(root->property("english").toString(), QStringLiteral("2.25"));
    }
};

QTEST_MAIN(TestNumbersQml)
#include "tst_numbers_qml.moc"
