import QtQuick
import QtQuick.Controls

// A plainly styled button of the moderator's screens; `primary` marks the main action,
// `checked` shows a toggled state (e.g. "results shown").
Button {
    id: control

    property bool primary: false
    property real pointSize: ModeratorStyle.bodyPoint

    implicitHeight: Math.max(ModeratorStyle.touchTarget * 0.85, contentItem.implicitHeight + topPadding + bottomPadding)
    leftPadding: ModeratorStyle.spacing * 1.5
    rightPadding: ModeratorStyle.spacing * 1.5
    font.pointSize: pointSize
    Accessible.name: text

    contentItem: Text {
        text: control.text
        font: control.font
        color: control.primary || control.checked ? ModeratorStyle.accentText : (control.enabled ? ModeratorStyle.accent : ModeratorStyle.mutedText)
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
        maximumLineCount: 2
        elide: Text.ElideRight
    }

    background: Rectangle {
        radius: ModeratorStyle.radius
        color: {
            if (!control.enabled)
                return ModeratorStyle.background;
            if (control.primary || control.checked)
                return control.down ? Qt.darker(ModeratorStyle.accent, 1.2) : ModeratorStyle.accent;
            return control.down ? ModeratorStyle.accentSoft : ModeratorStyle.surface;
        }
        border.width: control.primary || control.checked ? 0 : 1
        border.color: control.enabled ? ModeratorStyle.accent : ModeratorStyle.border
    }
}
