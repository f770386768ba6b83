pragma Singleton
import QtQuick

// Sizes and colours of the moderator's screens (dashboard, exports, series comparison), derived
// from the system font; projector views scale up from these with the window size.
QtObject {
    readonly property real basePoint: Qt.application.font.pointSize > 0 ? Qt.application.font.pointSize : 11
    readonly property real bodyPoint: basePoint * 1.15
    readonly property real largePoint: basePoint * 1.45
    readonly property real titlePoint: basePoint * 1.9
    readonly property FontMetrics metrics: FontMetrics {
        font.pointSize: ModeratorStyle.bodyPoint
    }
    readonly property real touchTarget: Math.max(48, metrics.height * 2.4)
    readonly property real spacing: Math.round(metrics.height * 0.6)
    readonly property real margin: Math.round(metrics.height * 1.1)
    readonly property real radius: Math.round(metrics.height * 0.35)
    readonly property color background: "#f6f4ef"
    readonly property color surface: "#ffffff"
    readonly property color text: "#1f2328"
    readonly property color mutedText: "#5b6169"
    readonly property color accent: "#1d5f8a"
    readonly property color accentText: "#ffffff"
    readonly property color accentSoft: "#dbe9f3"
    readonly property color border: "#c9ccd1"
    readonly property color success: "#2e7d4f"
    readonly property color closed: "#9a5b00"
    readonly property color error: "#b3261e"
}
