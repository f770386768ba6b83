#include "graphicsbackend.h"

#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QQuickWindow>

namespace dp {

bool GraphicsBackend::isCpuRenderer(const QByteArray& renderer)
{
    const QByteArray name = renderer.toLower();
    for (const char* cpu :
        { "llvmpipe", "softpipe", "swrast", "swiftshader", "software rasterizer", "gdi generic" }) {
        if (name.contains(cpu))
            return true;
    }
    return false;
}

QByteArray GraphicsBackend::openGlRenderer()
{
    QOffscreenSurface surface;
    surface.create();
    QOpenGLContext context;
    if (!surface.isValid() || !context.create() || !context.makeCurrent(&surface))
        return {};
    const auto* renderer
        = reinterpret_cast<const char*>(context.functions()->glGetString(GL_RENDERER));
    QByteArray name(renderer ? renderer : "");
    context.doneCurrent();
    return name;
}

bool GraphicsBackend::preferSoftwareWithoutGpu()
{
#if defined(Q_OS_ANDROID) || defined(Q_OS_IOS)
    return false; // tablets and phones draw with their graphics chip
#endif
    if (qEnvironmentVariableIsSet("QT_QUICK_BACKEND")
        || qEnvironmentVariableIsSet("QSG_RHI_BACKEND"))
        return false;
    if (!isCpuRenderer(openGlRenderer()))
        return false;
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    return true;
}

} // namespace dp
