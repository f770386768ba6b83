import QtQuick
import QtQuick.Controls
import Dialogpunkte.Plots
import Dialogpunkte.Style

// One workshop's pooled answers to a statement: a small dot plot with its median marked, n and
// the median in words. A workshop with fewer answers than its minimum shows only n.
Rectangle {
    id: root

    /// One entry of the model's `workshops` role.
    required property var figures
    required property int points
    required property string language
    property real unit: 16

    function number(value) {
        return Numbers.compact(value, 2, root.language);
    }

    color: ModeratorStyle.surface
    radius: ModeratorStyle.radius
    border.color: ModeratorStyle.border
    Accessible.role: Accessible.Chart
    Accessible.name: caption.text + ". " + summary.text

    Text {
        id: caption

        anchors {
            left: parent.left
            right: parent.right
            top: parent.top
            margins: root.unit * 0.4
        }
        text: qsTr("Workshop %1").arg(root.figures.number)
        font.pixelSize: root.unit * 0.85
        font.bold: true
        color: ModeratorStyle.mutedText
        elide: Text.ElideRight
    }

    DotPlot {
        id: plot

        objectName: "seriesDotPlot"
        anchors {
            left: parent.left
            right: parent.right
            top: caption.bottom
            bottom: scaleRow.top
            leftMargin: root.unit * 0.4
            rightMargin: root.unit * 0.4
        }
        visible: root.figures.shown
        points: root.points
        counts: root.figures.shown ? [root.figures.counts] : []
        showMarkers: true
        animated: false
        axisColor: ModeratorStyle.text
    }

    // The scale points under the axis, "?" for "cannot judge" in its column on the right.
    Item {
        id: scaleRow

        anchors {
            left: plot.left
            right: plot.right
            bottom: summary.top
        }
        // as tall as a label's line, so the labels never reach into the summary below
        height: Math.ceil(scaleMetrics.height)
        visible: plot.visible

        FontMetrics {
            id: scaleMetrics

            // never below 12 px: on a phone the unit is at its smallest
            font.pixelSize: Math.max(12, root.unit * 0.7)
        }

        Repeater {
            model: root.points + 1

            Text {
                required property int index

                x: (plot.columnCenters[index] ?? 0) - width / 2
                width: root.unit * 1.5
                horizontalAlignment: Text.AlignHCenter
                text: index === 0 ? "?" : index.toString()
                font: scaleMetrics.font
                color: ModeratorStyle.mutedText
            }
        }
    }

    Text {
        objectName: "withheldNote"
        anchors.centerIn: parent
        width: parent.width - root.unit
        visible: !root.figures.shown
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        text: root.figures.n > 0 ? qsTr("Fewer than %1 answers: not shown").arg(root.figures.minimum) : qsTr("Not rated in this workshop")
        font.pixelSize: root.unit * 0.8
        color: ModeratorStyle.mutedText
    }

    Text {
        id: summary

        objectName: "workshopSummary"
        anchors {
            left: parent.left
            right: parent.right
            bottom: parent.bottom
            margins: root.unit * 0.4
        }
        horizontalAlignment: Text.AlignHCenter
        text: root.figures.hasValues ? qsTr("n = %1 · Median %2").arg(root.figures.n).arg(root.number(root.figures.median)) : qsTr("n = %1").arg(root.figures.n)
        font.pixelSize: root.unit * 0.85
        color: ModeratorStyle.text
        elide: Text.ElideRight
    }
}
