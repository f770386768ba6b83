import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte

// One answer: a number or a face above its label. Big enough to hit without looking twice.
AbstractButton {
    id: control

    property int number: 0
    property string pictogramName: ""
    property bool compact: false
    property bool outlined: false

    implicitHeight: Math.max(Theme.touchTarget, content.implicitHeight + 2 * Theme.spacing)
    implicitWidth: content.implicitWidth + 2 * Theme.spacing
    font.pointSize: Theme.bodyPoint
    Accessible.role: Accessible.RadioButton
    Accessible.name: number > 0 ? number + " – " + text : text
    Accessible.checkable: true
    Accessible.checked: checked

    background: Rectangle {
        radius: Theme.radius
        color: control.checked ? Theme.accent : (control.down ? Theme.accentSoft : Theme.surface)
        border.width: control.checked ? 0 : (control.outlined ? 2 : 1)
        border.color: control.outlined ? Theme.mutedText : Theme.border
    }

    contentItem: Item {
        implicitWidth: content.implicitWidth
        implicitHeight: content.implicitHeight

        GridLayout {
            id: content

            anchors.fill: parent
            columns: control.compact ? 1 : 2
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing / 2

            Face {
                visible: control.pictogramName.length > 0
                Layout.alignment: Qt.AlignHCenter
                implicitWidth: Math.max(Theme.touchTarget, Theme.metrics.height * 2.6)
                implicitHeight: implicitWidth
                name: control.pictogramName
                highlighted: control.checked
            }

            Text {
                visible: control.number > 0
                Layout.alignment: Qt.AlignHCenter
                Layout.minimumWidth: Theme.metrics.averageCharacterWidth * 2
                text: control.number
                font.pointSize: Theme.largePoint
                font.bold: true
                horizontalAlignment: Text.AlignHCenter
                color: control.checked ? Theme.accentText : Theme.accent
            }

            Text {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignVCenter
                text: control.text
                font: control.font
                color: control.checked ? Theme.accentText : Theme.text
                wrapMode: Text.Wrap
                horizontalAlignment: control.compact || control.outlined ? Text.AlignHCenter : Text.AlignLeft
            }
        }
    }
}
