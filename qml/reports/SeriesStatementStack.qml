import QtQuick
import Dialogpunkte.Style

// One statement across the workshops of a series on a phone: the text on top, the workshops'
// dot plots wrapped below it (as many side by side as stay readable), the median shift last.
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

    readonly property real padding: unit * 0.3
    readonly property real gap: unit * 0.4
    /// A plot narrower than this squeezes its scale labels and dots together.
    readonly property real minimumPlotWidth: unit * 11
    readonly property int plotColumns: Math.max(1, Math.min(workshops.length, Math.floor((stack.width + gap) / (minimumPlotWidth + gap))))

    objectName: "seriesStatementRow"
    implicitHeight: stack.implicitHeight + padding * 2

    Column {
        id: stack

        x: root.padding
        y: root.padding
        width: root.width - root.padding * 2
        spacing: root.unit * 0.5

        Text {
            objectName: "seriesStatementText"
            width: stack.width
            text: root.text
            wrapMode: Text.Wrap
            font.pixelSize: root.unit
            color: ModeratorStyle.text
        }

        Flow {
            objectName: "seriesPlots"
            width: stack.width
            spacing: root.gap

            Repeater {
                model: root.workshops

                WorkshopPlot {
                    required property var modelData

                    width: Math.floor((stack.width - root.gap * (root.plotColumns - 1)) / root.plotColumns)
                    height: root.unit * 9
                    figures: modelData
                    points: root.points
                    language: root.language
                    unit: root.unit
                }
            }
        }

        MedianShift {
            width: stack.width
            alignment: Text.AlignLeft
            comparable: root.comparable
            medianShift: root.medianShift
            workshopCount: root.workshops.length
            language: root.language
            unit: root.unit
        }
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
