import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte

// Lists the built-in and file catalogs; a broken file is shown disabled with its reason.
ColumnLayout {
    id: picker

    property int selectedRow: Workshop.catalogs.firstValidRow()

    spacing: Theme.spacing / 2

    Text {
        Layout.fillWidth: true
        text: qsTr("Catalog")
        font.pointSize: Theme.bodyPoint
        font.bold: true
        color: Theme.text
        horizontalAlignment: Text.AlignLeft
        Accessible.name: text
    }

    ButtonGroup {
        id: catalogGroup
    }

    Repeater {
        model: Workshop.catalogs

        delegate: RadioButton {
            id: option

            required property int index
            required property string catalogId
            required property string title
            required property int dimensionCount
            required property int statementCount
            required property bool valid
            required property string error
            required property string otherLanguages

            objectName: "catalogOption_" + (catalogId.length > 0 ? catalogId : index)
            Layout.fillWidth: true
            implicitHeight: Math.max(Theme.touchTarget, contentItem.implicitHeight)
            enabled: valid
            checked: index === picker.selectedRow
            ButtonGroup.group: catalogGroup
            text: title
            font.pointSize: Theme.bodyPoint
            Accessible.name: title
            Accessible.description: details.text
            onClicked: picker.selectedRow = index

            contentItem: ColumnLayout {
                spacing: 0

                Text {
                    Layout.fillWidth: true
                    leftPadding: option.mirrored ? 0 : option.indicator.width + option.spacing
                    rightPadding: option.mirrored ? option.indicator.width + option.spacing : 0
                    text: option.title
                    font: option.font
                    color: option.valid ? Theme.text : Theme.mutedText
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignLeft
                }

                Text {
                    id: details

                    Layout.fillWidth: true
                    leftPadding: option.mirrored ? 0 : option.indicator.width + option.spacing
                    rightPadding: option.mirrored ? option.indicator.width + option.spacing : 0
                    text: {
                        if (!option.valid)
                            return option.error;
                        if (option.otherLanguages.length > 0)
                            return qsTr("%1 statements, in %2").arg(option.statementCount).arg(option.otherLanguages);
                        return qsTr("%1 statements").arg(option.statementCount);
                    }
                    font.pointSize: Theme.smallPoint
                    color: option.valid ? Theme.mutedText : Theme.error
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignLeft
                }
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing

        TextField {
            id: fileField

            objectName: "catalogFileField"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            font.pointSize: Theme.bodyPoint
            placeholderText: qsTr("Path of a catalog file (.json)")
            Accessible.name: qsTr("Path of a catalog file")
            onAccepted: addButton.clicked()
        }

        ActionButton {
            id: addButton

            objectName: "catalogFileButton"
            text: qsTr("Add")
            enabled: fileField.text.length > 0
            onClicked: {
                const row = Workshop.catalogs.addFile(fileField.text);
                if (row >= 0) {
                    picker.selectedRow = row;
                    fileField.clear();
                }
            }
        }
    }

    Text {
        objectName: "catalogFileError"
        Layout.fillWidth: true
        visible: text.length > 0
        text: Workshop.catalogs.errorMessage
        font.pointSize: Theme.smallPoint
        color: Theme.error
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Accessible.name: text
    }
}
