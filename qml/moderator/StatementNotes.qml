import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte.Moderator
import Dialogpunkte.Style

// The moderator's notes on one statement: shown again when the statement comes back into
// focus, saved shortly after typing stops and at once when another statement is focused.
ColumnLayout {
    id: notes

    required property string statementId
    // The statement the text belongs to: it lags behind statementId until the pending text
    // of the previous statement has been saved.
    property string shownId: ""
    property bool loading: false
    readonly property int saveDelay: saveTimer.interval

    // Saves what was typed and not yet saved (the debounce timer is running).
    function flush() {
        if (!saveTimer.running)
            return;
        saveTimer.stop();
        Moderator.setNote(notes.shownId, area.text);
    }

    function load() {
        flush();
        notes.loading = true;
        notes.shownId = notes.statementId;
        area.text = Moderator.note(notes.statementId);
        notes.loading = false;
    }

    spacing: ModeratorStyle.spacing * 0.3
    onStatementIdChanged: load()
    Component.onCompleted: load()
    Component.onDestruction: flush()

    // Another workshop has other notes, even for a statement with the same id.
    Connections {
        function onHostingChanged() {
            saveTimer.stop();
            notes.load();
        }

        target: Moderator
    }

    Timer {
        id: saveTimer

        interval: 800
        onTriggered: Moderator.setNote(notes.shownId, area.text)
    }

    Label {
        text: qsTr("Notes on this statement")
        font.pointSize: ModeratorStyle.basePoint
        color: ModeratorStyle.mutedText
    }

    ScrollView {
        Layout.fillWidth: true
        Layout.preferredHeight: ModeratorStyle.metrics.height * 4.5

        TextArea {
            id: area

            objectName: "statementNotes"
            Accessible.name: qsTr("Notes on this statement")
            placeholderText: qsTr("What the group said, open questions, next steps …")
            wrapMode: TextEdit.Wrap
            font.pointSize: ModeratorStyle.bodyPoint
            // Only typing restarts the save; loading a statement's note does not.
            onTextChanged: {
                if (!notes.loading)
                    saveTimer.restart();
            }

            background: Rectangle {
                color: ModeratorStyle.surface
                border.color: area.activeFocus ? ModeratorStyle.accent : ModeratorStyle.border
                radius: ModeratorStyle.radius
            }
        }
    }
}
