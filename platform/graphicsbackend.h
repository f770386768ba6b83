#pragma once

#include <QByteArray>

namespace dp {

/// Which scene-graph backend draws the app. Where OpenGL is drawn by the CPU (Mesa's llvmpipe
/// in a virtual machine or without a graphics driver), Qt's software renderer is many times
/// faster for the dashboard: it repaints only what changed, while OpenGL redraws the whole
/// window every frame (60 ms per frame for 60 plots of 500 dots, against 3-4 ms).
namespace GraphicsBackend {

/// True for an OpenGL renderer string (GL_RENDERER) that names a CPU rasteriser.
bool isCpuRenderer(const QByteArray& renderer);

/// GL_RENDERER of a throwaway OpenGL context; empty when there is no OpenGL.
QByteArray openGlRenderer();

/// Picks the software renderer when OpenGL would run on the CPU, unless the user chose a
/// backend (QT_QUICK_BACKEND, QSG_RHI_BACKEND). Call after the QGuiApplication exists and
/// before the first window; returns whether it switched.
bool preferSoftwareWithoutGpu();

} // namespace GraphicsBackend

} // namespace dp
