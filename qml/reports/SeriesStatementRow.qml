import QtQuick
import QtQuick.Controls
import Dialogpunkte.Style

// One statement across the workshops of a series on a wide screen (tablet, projector): its text,
// one dot plot per workshop side by side, and how the median moved from the first to the last.
Item {
    id: root

    required property string statementId
    required property string text
    required property int points
    required property var workshops
    required property bool comparable
    required property real medianShift
    property string language: "de"
    property real unit: 16

    readonly property real textWidth: width * 0.26
    readonly property real shiftWidth: width * 0.12

    objectName: "seriesStatementRow"
    implicitHeight: unit * 11

    Text {
        id: statementText

        objectName: "seriesStatementText"
        anchors {
            left: parent.left
            top: parent.top
            bottom: parent.bottom
            margins: root.unit * 0.3
        }
        width: root.textWidth - root.unit * 0.6
        text: root.text
        wrapMode: Text.Wrap
        elide: Text.ElideRight
        verticalAlignment: Text.AlignVCenter
        font.pixelSize: root.unit
        color: ModeratorStyle.text
    }

    Row {
        id: plots

        anchors {
            left: statementText.right
            leftMargin: root.unit * 0.6
            top: parent.top
            bottom: parent.bottom
        }
        width: root.width - root.textWidth - root.shiftWidth
        spacing: root.unit * 0.4

        Repeater {
            model: root.workshops

            WorkshopPlot {
                required property var modelData

                width: (plots.width - plots.spacing * (root.workshops.length - 1)) / Math.max(1, root.workshops.length)
                height: plots.height
                figures: modelData
                points: root.points
                language: root.language
                unit: root.unit
            }
        }
    }

    MedianShift {
        anchors {
            right: parent.right
            verticalCenter: parent.verticalCenter
        }
        width: root.shiftWidth - root.unit * 0.6
        comparable: root.comparable
        medianShift: root.medianShift
        workshopCount: root.workshops.length
        language: root.language
        unit: root.unit
    }

    Rectangle {
        anchors {
            left: parent.left
            right: parent.right
            bottom: parent.bottom
        }
        height: 1
        color: ModeratorStyle.border
    }
}
