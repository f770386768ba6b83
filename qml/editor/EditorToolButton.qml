import QtQuick
import QtQuick.Controls

// A compact list button (+, ↑, ↓, ✕) that still tells screen readers and tooltips what it does.
Button {
    id: button

    property string name

    Accessible.name: name
    implicitWidth: 56
    ToolTip.visible: hovered
    ToolTip.text: name
}
