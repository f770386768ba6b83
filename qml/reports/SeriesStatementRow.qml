import QtQuick
import QtQuick.Controls

// One statement across the workshops of a series: its text, one dot plot per workshop side by
// side, and how the median moved from the first to the last workshop.
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

    function shiftText() {
        if (!root.comparable)
            return qsTr("not comparable");
        const size = Math.abs(root.medianShift);
        const value = Number.isInteger(size) ? size.toString() : size.toLocaleString(Qt.locale(root.language), "f", 1);
        if (root.medianShift > 0)
            return "↑ +" + value;
        if (root.medianShift < 0)
            return "↓ −" + value;
        return "→ ±0";
    }

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
        color: ReportStyle.text
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

    Column {
        objectName: "medianShift"
        anchors {
            right: parent.right
            verticalCenter: parent.verticalCenter
        }
        width: root.shiftWidth - root.unit * 0.6

        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: root.shiftText()
            font.pixelSize: root.comparable ? root.unit * 1.5 : root.unit * 0.8
            font.bold: root.comparable
            color: root.comparable ? ReportStyle.accent : ReportStyle.mutedText
            wrapMode: Text.Wrap
        }

        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            visible: root.comparable
            text: qsTr("Median, workshop 1 → %1").arg(root.workshops.length)
            font.pixelSize: root.unit * 0.7
            color: ReportStyle.mutedText
            wrapMode: Text.Wrap
        }
    }

    Rectangle {
        anchors {
            left: parent.left
            right: parent.right
            bottom: parent.bottom
        }
        height: 1
        color: ReportStyle.border
    }
}
