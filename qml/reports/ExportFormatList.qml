import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte.Style

// The export formats as radio buttons, each with a line saying what it is good for.
ColumnLayout {
    id: root

    property string currentFormat: "pdf"

    spacing: ModeratorStyle.spacing * 0.5

    Repeater {
        model: [{
                "format": "pdf",
                "name": qsTr("PDF report"),
                "hint": qsTr("All dot plots with key figures and your notes, for the documentation")
            }, {
                "format": "xlsx",
                "name": qsTr("Excel workbook (XLSX)"),
                "hint": qsTr("One sheet of answers, one of figures per statement")
            }, {
                "format": "csv-semicolon",
                "name": qsTr("CSV for German Excel (;)"),
                "hint": qsTr("Answers and figures as two files, separated by semicolons")
            }, {
                "format": "csv",
                "name": qsTr("CSV (,)"),
                "hint": qsTr("Answers and figures as two files, separated by commas")
            }, {
                "format": "json",
                "name": qsTr("JSON"),
                "hint": qsTr("For further processing with other programs")
            }, {
                "format": "png",
                "name": qsTr("PNG images into a folder"),
                "hint": qsTr("One projector-sized image per statement with answers")
            }]

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
