import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte.Moderator

// All dimensions with a small live dot plot per statement, and how many answers are in compared
// with the devices connected.
Item {
    id: page

    readonly property int columns: Math.max(1, Math.floor(width / (ModeratorStyle.metrics.averageCharacterWidth * 42)))

    signal statementChosen(string statementId)

    // All dots drawn now; with every result shown it equals the answers of the round.
    function dotTotal() {
        let total = 0;
        for (const plot of plots())
            total += plot.dotCount;
        return total;
    }

    function plots() {
        const found = [];
        const visit = item => {
            for (const child of item.children) {
                if (child.objectName === "statementDotPlot")
                    found.push(child);
                else
                    visit(child);
            }
        };
        visit(column);
        return found;
    }

    objectName: "dashboardOverview"

    Flickable {
        id: flick

        anchors.fill: parent
        contentHeight: column.implicitHeight + ModeratorStyle.margin * 2
        clip: true
        ScrollBar.vertical: ScrollBar {
        }

        ColumnLayout {
            id: column

            x: ModeratorStyle.margin
            y: ModeratorStyle.margin
            width: flick.width - ModeratorStyle.margin * 2
            spacing: ModeratorStyle.margin

            Label {
                objectName: "overviewCounts"
                Layout.fillWidth: true
                text: {
                    Moderator.revision;
                    const devices = Moderator.host ? Moderator.host.devices.connectedCount : 0;
                    return qsTr("%1 answers in round %2 from %3 connected devices").arg(Moderator.answersThisRound()).arg(Moderator.round).arg(devices);
                }
                font.pointSize: ModeratorStyle.bodyPoint
                color: ModeratorStyle.mutedText
                wrapMode: Text.Wrap
            }

            Repeater {
                model: Moderator.dimensions

                DimensionSection {
                    Layout.fillWidth: true
                    columns: page.columns
                    onStatementChosen: id => page.statementChosen(id)
                }
            }
        }
    }
}
