import QtQuick
import QtQuick.Controls

// A large, plainly styled button; `primary` marks the one main action of a screen.
Button {
    id: control

    property bool primary: false

    implicitHeight: Theme.touchTarget
    leftPadding: Theme.margin
    rightPadding: Theme.margin
    font.pointSize: Theme.bodyPoint
    Accessible.name: text

    contentItem: Text {
        text: control.text
        font: control.font
        // A disabled button sits on the page's colour: its label must stay readable there.
        color: !control.enabled ? Theme.mutedText : (control.primary ? Theme.accentText : Theme.accent)
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
        maximumLineCount: 2
        elide: Text.ElideRight
    }

    background: Rectangle {
        radius: Theme.radius
        color: {
            if (!control.enabled)
                return Theme.background;
            if (control.primary)
                return control.down ? Qt.darker(Theme.accent, 1.2) : Theme.accent;
            return control.down ? Theme.accentSoft : Theme.surface;
        }
        border.width: control.primary ? 0 : 1
        border.color: control.enabled ? Theme.accent : Theme.border
    }
}
