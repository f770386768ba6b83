import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte.Moderator
import Dialogpunkte.Style

// All dimensions with a small live dot plot per statement, how many answers the round has in
// total and how many devices are connected now.
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
            for (let i = 0; i < item.children.length; ++i) {
                const child = item.children[i];
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
        contentHeight: column.height + ModeratorStyle.margin * 2
        clip: true
        ScrollBar.vertical: ScrollBar {
        }

        // Positioners, not layouts: tile heights follow the width, which layouts would loop on.
        Column {
            id: column

            x: ModeratorStyle.margin
            y: ModeratorStyle.margin
            width: flick.width - ModeratorStyle.margin * 2
            spacing: ModeratorStyle.margin

            Label {
                objectName: "overviewCounts"
                width: column.width
                text: {
                    Moderator.revision;
                    const devices = Moderator.host ? Moderator.host.devices.connectedCount : 0;
                    return qsTr("%n answer(s) in round %1 in total", "", Moderator.answersThisRound()).arg(Moderator.round) + " · " + qsTr("%n device(s) connected now", "", devices);
                }
                font.pointSize: ModeratorStyle.bodyPoint
                color: ModeratorStyle.mutedText
                wrapMode: Text.Wrap
            }

            Repeater {
                model: Moderator.dimensions

                DimensionSection {
                    width: column.width
                    columns: page.columns
                    onStatementChosen: id => page.statementChosen(id)
                }
            }
        }
    }
}
