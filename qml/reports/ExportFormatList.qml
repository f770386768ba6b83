import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte.Style

// The export formats as radio buttons, each with a line saying what it is good for.
ColumnLayout {
    id: root

    property string currentFormat: "pdf"

    /// The formats the app offers, in the order of the list it shares with the command line.
    property var formats: []

    /// The words for each format name; the names themselves come from the shared list.
    function describe(format) {
        switch (format) {
        case "pdf":
            return {
                "name": qsTr("PDF report"),
                "hint": qsTr("All dot plots with key figures and your notes, for the documentation")
            };
        case "xlsx":
            return {
                "name": qsTr("Excel workbook (XLSX)"),
                "hint": qsTr("One sheet of answers, one of figures per statement")
            };
        case "csv":
            return {
                "name": qsTr("CSV for German Excel (;)"),
                "hint": qsTr("Answers and figures as two files, separated by semicolons")
            };
        case "csv-comma":
            return {
                "name": qsTr("CSV (,)"),
                "hint": qsTr("Answers and figures as two files, separated by commas")
            };
        case "json":
            return {
                "name": qsTr("JSON"),
                "hint": qsTr("For further processing with other programs")
            };
        case "png":
            return {
                "name": qsTr("PNG images into a folder"),
                "hint": qsTr("One projector-sized image per statement with answers")
            };
        }
        return {
            "name": format,
            "hint": ""
        };
    }

    spacing: ModeratorStyle.spacing * 0.5

    Repeater {
        model: root.formats.map(format => Object.assign({
                        "format": format
                    }, root.describe(format)))

        RadioButton {
            id: option

            required property var modelData

            objectName: "format_" + modelData.format
            text: modelData.name
            Layout.fillWidth: true
            checked: root.currentFormat === modelData.format
            font.pointSize: ModeratorStyle.bodyPoint
            onClicked: root.currentFormat = modelData.format
            Accessible.name: modelData.name + ". " + modelData.hint

            contentItem: Column {
                leftPadding: option.indicator.width + option.spacing

                Label {
                    width: option.availableWidth - option.indicator.width - option.spacing
                    text: option.modelData.name
                    font.pointSize: ModeratorStyle.bodyPoint
                    font.bold: option.checked
                    color: ModeratorStyle.text
                    wrapMode: Text.Wrap
                }

                Label {
                    width: option.availableWidth - option.indicator.width - option.spacing
                    text: option.modelData.hint
                    font.pointSize: ModeratorStyle.basePoint
                    color: ModeratorStyle.mutedText
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
