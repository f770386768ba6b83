import QtQuick
import QtQuick.Controls
import Dialogpunkte.Moderator
import Dialogpunkte.Style

// Open/close voting and show/hide results for one statement (or, with `dimensionId`, for all
// statements of a dimension).
Flow {
    id: controls

    property string statementId
    property string dimensionId
    property real pointSize: ModeratorStyle.bodyPoint
    readonly property var ids: {
        Moderator.dimensions;
        if (dimensionId.length === 0)
            return [statementId];
        const dimension = Moderator.dimensions.find(d => d.id === dimensionId);
        return dimension ? dimension.statements : [];
    }
    readonly property bool allOpen: ids.length > 0 && ids.every(id => Moderator.openStatements.indexOf(id) >= 0)
    readonly property bool allRevealed: ids.length > 0 && ids.every(id => Moderator.revealedStatements.indexOf(id) >= 0)

    spacing: ModeratorStyle.spacing * 0.5

    ModeratorButton {
        objectName: "openButton"
        pointSize: controls.pointSize
        text: controls.allOpen ? qsTr("Close voting") : qsTr("Open voting")
        onClicked: {
            if (controls.dimensionId.length > 0)
                Moderator.setDimensionOpen(controls.dimensionId, !controls.allOpen);
            else
                Moderator.setOpen(controls.statementId, !controls.allOpen);
        }
    }

    ModeratorButton {
        objectName: "revealButton"
        pointSize: controls.pointSize
        visible: Moderator.hideUntilRevealed
        checked: controls.allRevealed
        text: controls.allRevealed ? qsTr("Hide results") : qsTr("Show results")
        onClicked: {
            if (controls.dimensionId.length > 0)
                Moderator.setDimensionRevealed(controls.dimensionId, !controls.allRevealed);
            else
                Moderator.setRevealed(controls.statementId, !controls.allRevealed);
        }
    }
}
