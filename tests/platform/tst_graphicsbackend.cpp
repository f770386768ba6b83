// The app draws with Qt's software renderer where OpenGL would run on the CPU, and keeps
// OpenGL where a graphics chip draws it.
#include "graphicsbackend.h"

#include <QQuickWindow>
#include <QTest>

using namespace dp;

class GraphicsBackendTest : public QObject
{
    Q_OBJECT

private slots:
    void tellsCpuRasterisersFromGraphicsChips_data()
    {
        QTest::addColumn<QByteArray>("renderer");
        QTest::addColumn<bool>("cpu");
        QTest::newRow("Mesa llvmpipe") << QByteArray("llvmpipe (LLVM 15.0.6, 256 bits)") << true;
        QTest::newRow("Mesa softpipe") << QByteArray("softpipe") << true;
        QTest::newRow("old Mesa swrast") << QByteArray("Software Rasterizer") << true;
        QTest::newRow("SwiftShader") << QByteArray("Google SwiftShader") << true;
        QTest::newRow("Windows without driver") << QByteArray("GDI Generic") << true;
        QTest::newRow("Intel") << QByteArray("Mesa Intel(R) UHD Graphics 620 (KBL GT2)") << false;
        QTest::newRow("AMD, compiled with LLVM")
            << QByteArray("AMD Radeon RX 580 Series (polaris10, LLVM 15.0.6, DRM 3.49)") << false;
        QTest::newRow("tablet Mali") << QByteArray("Mali-G52") << false;
        QTest::newRow("tablet Adreno") << QByteArray("Adreno (TM) 618") << false;
        QTest::newRow("no OpenGL") << QByteArray() << false;
    }

    void tellsCpuRasterisersFromGraphicsChips()
    {
        QFETCH(QByteArray, renderer);
        QFETCH(bool, cpu);
        QCOMPARE(GraphicsBackend::isCpuRenderer(renderer), cpu);
    }

    void picksTheSoftwareRendererOnLlvmpipe()
    {
        if (!qEnvironmentVariableIsSet("DP_EXPECT_CPU_OPENGL"))
            QSKIP("runs on a virtual X server with Mesa's llvmpipe (tst_graphicsbackend_llvmpipe)");
        const QByteArray renderer = GraphicsBackend::openGlRenderer();
        QVERIFY2(GraphicsBackend::isCpuRenderer(renderer), renderer.constData());
        QVERIFY(GraphicsBackend::preferSoftwareWithoutGpu());

        QQuickWindow window;
        window.resize(200, 100);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.rendererInterface()->graphicsApi(), QSGRendererInterface::Software);
    }

    void leavesAChoiceOfTheUserAlone()
    {
        // Only where the check would switch (llvmpipe) can it show that it does not.
        if (!qEnvironmentVariableIsSet("DP_EXPECT_CPU_OPENGL"))
            QSKIP("runs on a virtual X server with Mesa's llvmpipe (tst_graphicsbackend_llvmpipe)");
        qputenv("QSG_RHI_BACKEND", "opengl");
        QVERIFY(!GraphicsBackend::preferSoftwareWithoutGpu());
        qunsetenv("QSG_RHI_BACKEND");
        qputenv("QT_QUICK_BACKEND", "software");
        QVERIFY(!GraphicsBackend::preferSoftwareWithoutGpu());
        qunsetenv("QT_QUICK_BACKEND");
    }
};

QTEST_MAIN(GraphicsBackendTest)
#include "tst_graphicsbackend.moc"
