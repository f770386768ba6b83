import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte.Moderator
import Dialogpunkte.Plots
import Dialogpunkte.Reports
import Dialogpunkte.Style

// One statement large for the discussion: step with the buttons, a swipe, or the keys (handled
// by the shell); voting, showing results and the group breakdown are switched right here, and
// the moderator keeps notes on the statement.
Item {
    id: page

    readonly property string statementId: Moderator.focusStatementId
    readonly property alias plot: plot
    property bool byGroup: false

    objectName: "focusView"

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: ModeratorStyle.margin
        spacing: ModeratorStyle.spacing

        Label {
            objectName: "focusPosition"
            Layout.fillWidth: true
            text: qsTr("%1 · statement %2 of %3").arg(Moderator.dimensionTitle(Moderator.dimensionOf(page.statementId))).arg(Moderator.focusIndex + 1).arg(Moderator.statementIds.length)
            font.pointSize: ModeratorStyle.bodyPoint
            color: ModeratorStyle.mutedText
            elide: Text.ElideRight
        }

        StatementPlot {
            id: plot

            objectName: "focusPlot"
            Layout.fillWidth: true
            Layout.fillHeight: true
            statementId: page.statementId
            byGroup: page.byGroup

            DragHandler {
                id: swipe

                target: null
                yAxis.enabled: false
                onActiveChanged: {
                    if (active)
                        return;
                    if (translation.x < -page.width * 0.12)
                        Moderator.focusNext();
                    else if (translation.x > page.width * 0.12)
                        Moderator.focusPrevious();
                }
            }
        }

        Label {
            objectName: "focusSummary"
            Layout.fillWidth: true
            visible: plot.revealed
            text: {
                Moderator.revision;
                const s = Moderator.summary(page.statementId);
                let line = qsTr("%n answer(s)", "", s.total ?? 0);
                if (s.total > 0)
                    line += " · " + qsTr("cannot judge: %1%").arg(Math.round((s.cannotJudgeShare ?? 0) * 100));
                if (s.hasValues)
                    line += " · " + qsTr("consensus %1").arg(Numbers.fixed(s.consensus, 2));
                return line;
            }
            font.pointSize: ModeratorStyle.bodyPoint
            color: ModeratorStyle.text
            wrapMode: Text.Wrap
        }

        StatementNotes {
            objectName: "focusNotes"
            Layout.fillWidth: true
            statementId: page.statementId
        }

        Flow {
            Layout.fillWidth: true
            spacing: ModeratorStyle.spacing * 0.5

            ModeratorButton {
                objectName: "previousStatementButton"
                text: qsTr("Previous")
                enabled: Moderator.focusIndex > 0
                onClicked: Moderator.focusPrevious()
            }

            ModeratorButton {
                objectName: "nextStatementButton"
                text: qsTr("Next")
                enabled: Moderator.focusIndex < Moderator.statementIds.length - 1
                onClicked: Moderator.focusNext()
            }

            StatementControls {
                objectName: "focusControls"
                width: implicitWidth
                statementId: page.statementId
            }

            ModeratorButton {
                objectName: "byGroupButton"
                text: qsTr("By group")
                checkable: true
                checked: page.byGroup
                onToggled: page.byGroup = checked
            }

            // The plot as a 1920×1080 image for the documentation, next to the other exports.
            SavePlotButton {
                width: Math.min(implicitWidth, parent.width)
                exporter: Exports
                sessionId: Moderator.hostedSessionId
                statementId: page.statementId
                round: Moderator.round
                language: Moderator.language
            }

            Label {
                height: ModeratorStyle.touchTarget * 0.85
                verticalAlignment: Text.AlignVCenter
                visible: page.byGroup
                text: qsTr("Groups under %1 people are shown together as “other”.").arg(Moderator.minimumGroupSize)
                font.pointSize: ModeratorStyle.bodyPoint
                color: ModeratorStyle.mutedText
            }
        }
    }
}
