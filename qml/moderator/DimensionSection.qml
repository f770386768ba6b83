import QtQuick
import QtQuick.Controls
import Dialogpunkte.Moderator
import Dialogpunkte.Style

// One quality dimension on the overview: its title, controls for all its statements, and a
// small live dot plot per statement; a tap opens the statement in the focus view.
Column {
    id: section

    required property var modelData
    property int columns: 3
    readonly property real tileWidth: (width - ModeratorStyle.spacing * (columns - 1)) / columns

    signal statementChosen(string statementId)

    spacing: ModeratorStyle.spacing * 0.5

    Label {
        width: section.width
        text: section.modelData.title
        font.pointSize: ModeratorStyle.largePoint
        font.bold: true
        color: ModeratorStyle.text
        wrapMode: Text.Wrap
    }

    StatementControls {
        objectName: "dimensionControls_" + section.modelData.id
        width: section.width
        dimensionId: section.modelData.id
    }

    Grid {
        columns: section.columns
        spacing: ModeratorStyle.spacing

        Repeater {
            model: section.modelData.statements

            Rectangle {
                id: tile

                required property string modelData
                readonly property bool open: Moderator.openStatements.indexOf(modelData) >= 0

                objectName: "tile_" + modelData
                width: section.tileWidth
                height: Math.max(ModeratorStyle.metrics.height * 12, section.tileWidth * 0.55)
                color: ModeratorStyle.surface
                border.color: open ? ModeratorStyle.border : ModeratorStyle.closed
                border.width: open ? 1 : 2
                radius: ModeratorStyle.radius

                StatementPlot {
                    anchors.fill: parent
                    anchors.margins: 2
                    statementId: tile.modelData
                }

                Label {
                    anchors.right: parent.right
                    anchors.bottom: parent.bottom
                    anchors.margins: ModeratorStyle.spacing * 0.3
                    visible: !tile.open
                    text: qsTr("closed")
                    font.pointSize: ModeratorStyle.basePoint
                    color: ModeratorStyle.closed
                }

                TapHandler {
                    onTapped: section.statementChosen(tile.modelData)
                }
            }
        }
    }
}
