import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte.Reports
import Dialogpunkte.Style

// Saving a workshop from the app: the moderator picks a format and a language, checks the
// suggested place and exports. The result line says what was saved where, or why nothing was.
Pane {
    id: root

    required property SessionExports exporter
    property string sessionId
    /// The language of the exported texts; starts with the app's language if the host sets it.
    property string language: "de"
    readonly property string format: formats.currentFormat

    // The suggested name for the format and language in the folder of the path so far: a folder
    // the moderator chose (or typed) stays when the format or the language changes.
    function suggest() {
        if (root.exporter && root.sessionId.length > 0)
            pathField.text = root.exporter.pathForFormat(pathField.text, root.sessionId, root.format, root.language);
    }

    // A folder picked in the dialog gets the suggested name inside it.
    function chooseFolder(folder) {
        pathField.text = root.exporter.pathInFolder(folder, root.sessionId, root.format, root.language);
    }

    function startExport() {
        root.exporter.startExport(root.sessionId, root.format, pathField.text.trim(), root.language);
    }

    padding: ModeratorStyle.margin
    background: Rectangle {
        color: ModeratorStyle.background
    }
    onSessionIdChanged: suggest()
    onFormatChanged: suggest()
    onLanguageChanged: suggest()
    Component.onCompleted: suggest()

    ScrollView {
        id: scroller

        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: scroller.availableWidth
            spacing: ModeratorStyle.spacing

            Label {
                Layout.fillWidth: true
                text: qsTr("Export this workshop")
                font.pointSize: ModeratorStyle.titlePoint
                font.bold: true
                color: ModeratorStyle.text
                wrapMode: Text.Wrap
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("Answers are exported with pseudonyms only. Groups with fewer answers than the workshop's minimum stay hidden, as on the projector.")
                font.pointSize: ModeratorStyle.basePoint
                color: ModeratorStyle.mutedText
                wrapMode: Text.Wrap
            }

            ExportFormatList {
                id: formats

                objectName: "exportFormats"
                Layout.fillWidth: true
                formats: root.exporter.formats()
            }

            Label {
                text: qsTr("Language of the export")
                font.pointSize: ModeratorStyle.bodyPoint
                font.bold: true
                color: ModeratorStyle.text
            }

            Flow {
                Layout.fillWidth: true
                spacing: ModeratorStyle.spacing

                RadioButton {
                    objectName: "languageDe"
                    text: "Deutsch"
                    font.pointSize: ModeratorStyle.bodyPoint
                    checked: root.language === "de"
                    onClicked: root.language = "de"
                }

                RadioButton {
                    objectName: "languageEn"
                    text: "English"
                    font.pointSize: ModeratorStyle.bodyPoint
                    checked: root.language === "en"
                    onClicked: root.language = "en"
                }
            }

            Label {
                text: root.format === "png" ? qsTr("Folder for the images") : qsTr("Save as")
                font.pointSize: ModeratorStyle.bodyPoint
                font.bold: true
                color: ModeratorStyle.text
            }

            PathField {
                id: pathField

                objectName: "exportPath"
                Layout.fillWidth: true
                mode: "folder"
                dialogTitle: root.format === "png" ? qsTr("Folder for the images") : qsTr("Folder for the export")
                accessibleName: qsTr("Path of the export")
                onChosen: folder => root.chooseFolder(folder)
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: ModeratorStyle.spacing

                ModeratorButton {
                    id: exportButton

                    objectName: "exportButton"
                    text: qsTr("Export")
                    font.bold: true
                    primary: true
                    enabled: !root.exporter.busy && root.sessionId.length > 0 && pathField.text.trim().length > 0
                    onClicked: root.startExport()
                }

                BusyIndicator {
                    objectName: "exportBusy"
                    running: root.exporter.busy
                    visible: running
                    implicitHeight: ModeratorStyle.touchTarget
                    implicitWidth: implicitHeight
                }

                Label {
                    Layout.fillWidth: true
                    visible: root.exporter.busy
                    text: qsTr("Exporting …")
                    font.pointSize: ModeratorStyle.bodyPoint
                    color: ModeratorStyle.mutedText
                }
            }

            Label {
                objectName: "exportResult"
                Layout.fillWidth: true
                visible: text.length > 0 && !root.exporter.busy
                text: root.exporter.lastResult
                font.pointSize: ModeratorStyle.bodyPoint
                color: root.exporter.succeeded ? ModeratorStyle.success : ModeratorStyle.error
                wrapMode: Text.WrapAnywhere
                Accessible.role: Accessible.AlertMessage
            }
        }
    }
}
