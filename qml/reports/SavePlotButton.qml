import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte.Reports
import Dialogpunkte.Style

// "Save plot as image" for the statement in focus: writes its 1920×1080 PNG next to the other
// exports (the documents folder) and says where, or why not.
RowLayout {
    id: root

    required property SessionExports exporter
    property string sessionId
    property string statementId
    /// 0: the statement's last round with answers.
    property int round: 0
    property string language: "de"
    property string message
    property bool saved: false

    spacing: ModeratorStyle.spacing

    // The moderator's button, like its neighbours in the focus view.
    ModeratorButton {
        objectName: "savePlotButton"
        text: qsTr("Save plot as image")
        enabled: !root.exporter.busy && root.sessionId.length > 0 && root.statementId.length > 0
        onClicked: {
            const path = root.exporter.suggestedPlotPath(root.sessionId, root.statementId);
            root.saved = root.exporter.savePlotImage(root.sessionId, root.statementId, root.round, path, root.language);
            root.message = root.exporter.lastResult;
        }
    }

    Label {
        objectName: "savePlotResult"
        Layout.fillWidth: true
        text: root.message
        font.pointSize: ModeratorStyle.basePoint
        color: root.saved ? ModeratorStyle.success : ModeratorStyle.error
        wrapMode: Text.WrapAnywhere
        maximumLineCount: 3
        elide: Text.ElideRight
    }
}
