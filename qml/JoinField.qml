import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte

// A labelled one-line text field of the join card.
ColumnLayout {
    id: field

    property alias label: caption.text
    property alias text: input.text
    property alias placeholderText: input.placeholderText

    Layout.fillWidth: true
    spacing: Theme.spacing / 3

    Text {
        id: caption

        Layout.fillWidth: true
        font.pointSize: Theme.bodyPoint
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
    }

    TextField {
        id: input

        objectName: field.objectName + "Input"
        Layout.fillWidth: true
        implicitHeight: Theme.touchTarget
        font.pointSize: Theme.bodyPoint
        inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
        Accessible.name: caption.text
    }
}
