import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte.Editor

// The catalog's dimensions with add, move up/down and delete; a mark names missing translations.
ColumnLayout {
    id: pane

    required property CatalogEditor editor

    // The user picked or added a dimension.
    signal chosen

    spacing: 4

    Label {
        text: qsTr("Dimensions")
        font.bold: true
    }
    ListView {
        id: list

        objectName: "dimensionList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: pane.editor.dimensions
        currentIndex: pane.editor.currentDimension
        ScrollBar.vertical: ScrollBar {
        }
        delegate: EditorListItem {
            required property int index
            required property string title
            required property int statementCount
            required property var missingLanguages

            width: ListView.view.width
            objectName: "dimensionItem_" + index
            itemText: title || qsTr("(untitled)")
            missing: missingLanguages
            highlighted: ListView.isCurrentItem
            onClicked: {
                pane.editor.currentDimension = index;
                pane.chosen();
            }
        }
    }
    RowLayout {
        EditorToolButton {
            objectName: "addDimension"
            name: qsTr("Add dimension")
            text: "+"
            onClicked: {
                pane.editor.addDimension();
                pane.chosen();
            }
        }
        EditorToolButton {
            objectName: "dimensionUp"
            name: qsTr("Move dimension up")
            text: "↑"
            enabled: pane.editor.currentDimension > 0
            onClicked: pane.editor.moveDimension(pane.editor.currentDimension, -1)
        }
        EditorToolButton {
            objectName: "dimensionDown"
            name: qsTr("Move dimension down")
            text: "↓"
            enabled: pane.editor.currentDimension >= 0 && pane.editor.currentDimension < pane.editor.dimensions.count - 1
            onClicked: pane.editor.moveDimension(pane.editor.currentDimension, 1)
        }
        EditorToolButton {
            objectName: "removeDimension"
            name: qsTr("Delete dimension")
            text: "✕"
            enabled: pane.editor.currentDimension >= 0 && list.currentItem !== null
            onClicked: confirmRemove.ask(pane.editor.currentDimension, list.currentItem.title, list.currentItem.statementCount)
        }
    }
    EditorConfirmDialog {
        id: confirmRemove

        property int row: -1

        function ask(row, title, statements) {
            confirmRemove.row = row;
            confirmRemove.text = title === "" ? qsTr("Delete the untitled dimension with %n statement(s)?", "", statements) : qsTr("Delete “%1” with %n statement(s)?", "", statements).arg(title);
            confirmRemove.open();
        }

        objectName: "confirmRemoveDimension"
        title: qsTr("Delete dimension")
        onConfirmed: pane.editor.removeDimension(confirmRemove.row)
    }
}
