import QtQuick
import Dialogpunkte.Plots

// A titled dot plot with legend and scale labels: the DotPlot draws dots and markers,
// this wrapper places the text so it stays sharp and large at every resolution.
Item {
    id: root

    property alias points: plot.points
    property alias counts: plot.counts
    property alias seriesStyles: plot.seriesStyles
    property alias showCannotJudge: plot.showCannotJudge
    property alias showMarkers: plot.showMarkers
    property alias animated: plot.animated
    readonly property alias dotCount: plot.dotCount
    readonly property alias animating: plot.animating
    readonly property alias plot: plot

    property string title
    /// Lines the title may take before it is cut off with "…".
    property int titleLines: 2
    /// One label per scale point, lowest first.
    property var labels: []
    property string cannotJudgeLabel: qsTr("kann ich nicht einschätzen")
    /// Legend entries: [{ name: "Jugendamt", styleIndex: 0 }, ...]; hidden when empty.
    property var legend: []
    property color textColor: "#111111"
    property color backgroundColor: "#ffffff"
    /// Base text size: grows with the item from phone to 4K projector.
    readonly property real unit: Math.max(12, Math.min(width / 60, height / 30))

    function formatValue(value) {
        return Numbers.compact(value, 2);
    }

    Rectangle {
        anchors.fill: parent
        color: root.backgroundColor
    }

    Text {
        id: titleText
        objectName: "dotPlotTitle"
        anchors {
            left: parent.left
            right: summaryText.left
            top: parent.top
            margins: root.unit
        }
        text: root.title
        // no height binding: with wrapping and eliding it would loop; an empty title only
        // collapses through the visible flag and the legend's anchor
        visible: text.length > 0
        color: root.textColor
        font.pixelSize: root.unit * 1.3
        font.bold: true
        wrapMode: Text.WordWrap
        maximumLineCount: root.titleLines
        elide: Text.ElideRight
    }

    Text {
        id: summaryText
        objectName: "dotPlotSummary"
        anchors {
            right: parent.right
            top: parent.top
            margins: root.unit
        }
        color: root.textColor
        font.pixelSize: root.unit
        // No series (results hidden): no count, rather than a misleading "n = 0".
        visible: root.counts.length > 0
        text: plot.hasValues ? qsTr("n = %1 · Median %2").arg(plot.dotCount).arg(root.formatValue(plot.median)) : qsTr("n = %1").arg(plot.dotCount)
    }

    Flow {
        id: legendFlow
        objectName: "dotPlotLegend"
        anchors {
            left: parent.left
            right: parent.right
            top: titleText.visible ? titleText.bottom : parent.top
            leftMargin: root.unit
            rightMargin: root.unit
            topMargin: root.unit * 0.5
        }
        spacing: root.unit
        visible: root.legend.length > 0
        height: visible ? implicitHeight : 0
        Repeater {
            model: root.legend
            Row {
                spacing: root.unit * 0.4
                DotSymbol {
                    width: root.unit * 1.2
                    height: width
                    styleIndex: modelData.styleIndex
                    anchors.verticalCenter: parent.verticalCenter
                }
                Text {
                    text: modelData.name
                    color: root.textColor
                    font.pixelSize: root.unit
                    anchors.verticalCenter: parent.verticalCenter
                }
            }
        }
    }

    DotPlot {
        id: plot
        objectName: "dotPlot"
        anchors {
            left: parent.left
            right: parent.right
            top: legendFlow.bottom
            bottom: labelRow.top
            margins: root.unit
        }
        axisColor: root.textColor
    }

    Item {
        id: labelRow
        anchors {
            left: plot.left
            right: plot.right
            bottom: parent.bottom
            bottomMargin: root.unit * 0.5
        }
        height: root.unit * 0.9 * 1.3 * 3

        Repeater {
            model: plot.points + 1
            Text {
                required property int index
                // index 0 is "cannot judge", in its own column on the right
                readonly property int value: index
                visible: value > 0 || plot.showCannotJudge
                width: plot.columnWidth * 0.96
                x: (plot.columnCenters[value] ?? 0) - width / 2
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                maximumLineCount: 3
                elide: Text.ElideRight
                color: value > 0 ? root.textColor : "#444444"
                font.pixelSize: root.unit * 0.9
                font.italic: value === 0
                text: value === 0 ? root.cannotJudgeLabel : (root.labels[value - 1] ?? value.toString())
            }
        }
    }
}
