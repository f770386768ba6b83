import QtQuick
import QtQuick.Controls
import Dialogpunkte

// One answer: a number or a face next to (or, when `compact`, above) its label. Big enough to
// hit without looking twice. Placed by hand, not with layouts: the arrangement changes with the
// width, and switching a layout during its own resize pass crashes Qt 6.4.
AbstractButton {
    id: control

    property int number: 0
    property string pictogramName: ""
    property bool compact: false
    property bool outlined: false

    implicitHeight: Math.max(Theme.touchTarget, contentItem.implicitHeight + topPadding + bottomPadding)
    implicitWidth: Theme.touchTarget * 2
    padding: Theme.spacing
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
        id: content

        readonly property bool hasMark: control.pictogramName.length > 0 || control.number > 0
        readonly property real markWidth: !hasMark ? 0 : (face.visible ? face.width : numberText.implicitWidth)
        readonly property real markHeight: !hasMark ? 0 : (face.visible ? face.height : numberText.implicitHeight)
        // Beside the label the mark leads: on the left, or on the right in right-to-left text.
        readonly property real labelIndent: control.compact || !hasMark ? 0 : markWidth + Theme.spacing

        function markX(markWidth) {
            if (control.compact)
                return (width - markWidth) / 2;
            return control.mirrored ? width - markWidth : 0;
        }

        implicitHeight: control.compact ? markHeight + (hasMark ? Theme.spacing / 2 : 0) + label.implicitHeight : Math.max(markHeight, label.implicitHeight)

        Face {
            id: face

            visible: control.pictogramName.length > 0
            width: Math.max(Theme.touchTarget, Theme.metrics.height * 2.6)
            height: width
            x: content.markX(width)
            y: control.compact ? 0 : (content.height - height) / 2
            name: control.pictogramName
            highlighted: control.checked
        }

        Text {
            id: numberText

            visible: !face.visible && control.number > 0
            x: content.markX(width)
            y: control.compact ? 0 : (content.height - height) / 2
            width: Math.max(implicitWidth, Theme.metrics.averageCharacterWidth * 2)
            text: control.number
            font.pointSize: Theme.largePoint
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
            color: control.checked ? Theme.accentText : Theme.accent
        }

        Text {
            id: label

            x: control.mirrored ? 0 : content.labelIndent
            y: control.compact ? content.markHeight + (content.hasMark ? Theme.spacing / 2 : 0) : (content.height - height) / 2
            width: content.width - content.labelIndent
            text: control.text
            font: control.font
            color: control.checked ? Theme.accentText : Theme.text
            wrapMode: Text.Wrap
            horizontalAlignment: control.compact || !content.hasMark ? Text.AlignHCenter : Text.AlignLeft
        }
    }
}
