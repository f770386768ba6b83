import QtQuick

// Asks before a workshop is deleted for good: names it and says that it cannot be undone.
ConfirmActionDialog {
    id: dialog

    property string sessionId
    property string workshopTitle

    signal deleteConfirmed(string sessionId)

    function ask(id, title) {
        sessionId = id;
        workshopTitle = title;
        open();
    }

    objectName: "confirmDelete"
    title: qsTr("Delete workshop?")
    text: qsTr("“%1” will be deleted with all its answers, participants and notes. This cannot be undone.").arg(dialog.workshopTitle)
    confirmText: qsTr("Delete for good")
    onConfirmed: dialog.deleteConfirmed(dialog.sessionId)
}
