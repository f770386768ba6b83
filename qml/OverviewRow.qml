import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte

// One statement in the overview: number, text, the answer and whether it is stored or received.
ItemDelegate {
    id: row

    required property int index
    required property int number
    required property string statementText
    required property bool answered
    required property string answerLabel
    required property bool acknowledged
    required property bool current

    signal opened(int row)

    objectName: "overviewRow_" + index
    implicitHeight: Math.max(Theme.touchTarget, layout.implicitHeight + 2 * Theme.spacing)
    highlighted: current
    Accessible.name: number + ". " + statementText + ": " + status.text
    onClicked: row.opened(index)

    background: Rectangle {
        color: row.down ? Theme.accentSoft : (row.current ? "#eef4f8" : Theme.surface)

        Rectangle {
            width: parent.width
            height: 1
            anchors.bottom: parent.bottom
            color: Theme.border
        }
    }

    contentItem: RowLayout {
        id: layout

        spacing: Theme.spacing

        Text {
            Layout.alignment: Qt.AlignTop
            Layout.minimumWidth: Theme.metrics.averageCharacterWidth * 3
            text: row.number
            font.pointSize: Theme.bodyPoint
            color: Theme.mutedText
        }

        Text {
            Layout.fillWidth: true
            Layout.preferredWidth: 3
            text: row.statementText
            font.pointSize: Theme.bodyPoint
            color: Theme.text
            wrapMode: Text.Wrap
            maximumLineCount: 3
            elide: Text.ElideRight
            horizontalAlignment: Text.AlignLeft
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 2
            spacing: 0

            Text {
                id: status

                objectName: "overviewAnswer_" + row.index
                Layout.fillWidth: true
                text: row.answered ? row.answerLabel : qsTr("open")
                font.pointSize: Theme.bodyPoint
                font.bold: row.answered
                font.italic: !row.answered
                color: row.answered ? Theme.text : Theme.warning
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignRight
            }

            Text {
                Layout.fillWidth: true
                visible: row.answered
                text: row.acknowledged ? qsTr("received by the moderator") : qsTr("saved on this device")
                font.pointSize: Theme.smallPoint
                color: Theme.mutedText
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignRight
            }
        }
    }
}
