import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts

// A file or folder on this computer: chosen with the system's file or folder dialog
// ("Browse…"), or typed where no dialog can be used. `text` is always a local path, never a
// file:// URL. The parts are named after the field: <objectName>Input, <objectName>Browse.
RowLayout {
    id: field

    // "open" (an existing file), "save" (a file to write) or "folder".
    property string mode: "open"
    property alias text: input.text
    property alias placeholderText: input.placeholderText
    // e.g. [qsTr("Catalogs (*.json)")]; empty: every file.
    property var nameFilters: []
    property string dialogTitle
    property string accessibleName
    property real pointSize: ModeratorStyle.bodyPoint

    // The path was typed (textEdited) or picked in the dialog (chosen).
    signal edited
    signal chosen(string path)

    // A dialog's file:// URL as a local path ("/home/a b/x.json", "C:/x.json" on Windows).
    function localPath(url) {
        const text = url.toString();
        if (!text.startsWith("file://"))
            return text;
        const path = decodeURIComponent(text.substring(7));
        return /^\/[A-Za-z]:/.test(path) ? path.substring(1) : path;
    }

    // A local path as a file:// URL for the dialogs.
    function fileUrl(path) {
        const absolute = path.startsWith("/") ? path : "/" + path;
        return "file://" + encodeURI(absolute.replace(/\\/g, "/"));
    }

    function folderOf(path) {
        const cut = path.replace(/\\/g, "/").lastIndexOf("/");
        return cut > 0 ? path.substring(0, cut) : path;
    }

    // Opens the dialog at what is typed (its folder for files).
    function browse() {
        const typed = input.text.trim();
        if (field.mode === "folder") {
            if (typed.length > 0)
                folderDialog.currentFolder = field.fileUrl(typed);
            folderDialog.open();
            return;
        }
        if (typed.length > 0) {
            fileDialog.currentFolder = field.fileUrl(field.folderOf(typed));
            fileDialog.currentFile = field.fileUrl(typed);
        }
        fileDialog.open();
    }

    function accept(url) {
        input.text = field.localPath(url);
        field.chosen(input.text);
    }

    spacing: ModeratorStyle.spacing * 0.5

    TextField {
        id: input

        objectName: field.objectName + "Input"
        Layout.fillWidth: true
        font.pointSize: field.pointSize
        selectByMouse: true
        Accessible.name: field.accessibleName
        onTextEdited: field.edited()
    }

    ModeratorButton {
        objectName: field.objectName + "Browse"
        pointSize: field.pointSize
        text: field.mode === "folder" ? qsTr("Choose folder…") : qsTr("Browse…")
        Accessible.description: field.accessibleName
        onClicked: field.browse()
    }

    FileDialog {
        id: fileDialog

        objectName: field.objectName + "FileDialog"
        title: field.dialogTitle
        fileMode: field.mode === "save" ? FileDialog.SaveFile : FileDialog.OpenFile
        nameFilters: field.nameFilters.concat([qsTr("All files (*)")])
        onAccepted: field.accept(selectedFile)
    }

    FolderDialog {
        id: folderDialog

        objectName: field.objectName + "FolderDialog"
        title: field.dialogTitle
        onAccepted: field.accept(selectedFolder)
    }
}
