import QtQuick
import QtQuick.Controls
import Dialogpunkte.Plots
import Dialogpunkte.Moderator
import Dialogpunkte.Style

// The live dot plot of one statement in the current round. While its results are hidden it
// shows only how many answers are in, so nobody is anchored by the others before rating.
Item {
    id: root

    property string statementId
    property bool byGroup: false
    property bool showTitle: true
    property alias titleLines: view.titleLines
    property bool animated: true
    readonly property bool revealed: {
        Moderator.revealedStatements;
        return Moderator.isRevealed(statementId);
    }
    // Re-read at most once per refresh tick, and only when this statement got new answers: a
    // tick that brings answers to a few statements leaves the other plots on screen alone.
    property int refreshes: 0
    readonly property var plotData: {
        refreshes;
        Moderator.round;
        Moderator.minimumGroupSize;
        return Moderator.plot(statementId, byGroup);
    }
    readonly property int answers: {
        refreshes;
        Moderator.round;
        return Moderator.answerCount(statementId);
    }
    readonly property alias dotCount: view.dotCount

    Accessible.role: Accessible.Chart

    Connections {
        function onStatementsRefreshed(statementIds) {
            if (statementIds.indexOf(root.statementId) >= 0)
                ++root.refreshes;
        }

        target: Moderator
    }
    Accessible.name: revealed ? qsTr("Results of: %1").arg(view.title) : qsTr("Results hidden: %1").arg(view.title)

    DotPlotView {
        id: view

        objectName: "statementDotPlot"
        anchors.fill: parent
        title: root.showTitle ? Moderator.statementText(root.statementId) : ""
        points: root.plotData.points ?? Moderator.points(root.statementId)
        counts: root.revealed ? root.plotData.counts : []
        seriesStyles: root.revealed ? root.plotData.seriesStyles : []
        legend: root.revealed ? root.plotData.legend : []
        labels: Moderator.scaleLabels(root.statementId)
        cannotJudgeLabel: Moderator.cannotJudgeLabel(root.statementId)
        animated: root.animated
    }

    Rectangle {
        objectName: "hiddenResultsCover"
        visible: !root.revealed
        anchors.centerIn: parent
        width: Math.min(parent.width * 0.8, hiddenMetrics.advanceWidth + view.unit * 2)
        height: hiddenText.implicitHeight + view.unit
        radius: view.unit * 0.4
        color: "#eef1f4"

        TextMetrics {
            id: hiddenMetrics

            font: hiddenText.font
            text: hiddenText.text
        }

        Label {
            id: hiddenText

            anchors.centerIn: parent
            width: parent.width - view.unit
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: qsTr("Results hidden · %n answer(s) in", "", root.answers)
            font.pixelSize: view.unit * 1.1
            color: ModeratorStyle.text
        }
    }
}
