import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte.Editor

// The chosen dimension's statements with add, move up/down and delete.
ColumnLayout {
    id: pane

    required property CatalogEditor editor

    // The user picked or added a statement.
    signal chosen

    spacing: 4

    Label {
        text: qsTr("Statements")
        font.bold: true
    }
    ListView {
        id: list

        objectName: "statementList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: pane.editor.statements
        currentIndex: pane.editor.currentStatement
        ScrollBar.vertical: ScrollBar {
        }
        delegate: EditorListItem {
            required property int index
            required property var model
            readonly property string statementText: model.text

            width: ListView.view.width
            objectName: "statementItem_" + index
            itemText: model.text || qsTr("(no text)")
            missing: model.missingLanguages
            highlighted: ListView.isCurrentItem
            onClicked: {
                pane.editor.currentStatement = index;
                pane.chosen();
            }
        }
    }
    RowLayout {
        EditorToolButton {
            objectName: "addStatement"
            name: qsTr("Add statement")
            text: "+"
            enabled: pane.editor.currentDimension >= 0
            onClicked: {
                pane.editor.addStatement();
                pane.chosen();
            }
        }
        EditorToolButton {
            objectName: "statementUp"
            name: qsTr("Move statement up")
            text: "↑"
            enabled: pane.editor.currentStatement > 0
            onClicked: pane.editor.moveStatement(pane.editor.currentStatement, -1)
        }
        EditorToolButton {
            objectName: "statementDown"
            name: qsTr("Move statement down")
            text: "↓"
            enabled: pane.editor.currentStatement >= 0 && pane.editor.currentStatement < pane.editor.statements.count - 1
            onClicked: pane.editor.moveStatement(pane.editor.currentStatement, 1)
        }
        EditorToolButton {
            objectName: "removeStatement"
            name: qsTr("Delete statement")
            text: "✕"
            enabled: pane.editor.currentStatement >= 0 && list.currentItem !== null
            onClicked: confirmRemove.ask(pane.editor.currentStatement, list.currentItem.statementText)
        }
    }
    EditorConfirmDialog {
        id: confirmRemove

        property int row: -1

        function ask(row, statement) {
            confirmRemove.row = row;
            // Long statements are cut so the question stays readable on a phone.
            const shown = statement.length > 120 ? statement.slice(0, 119) + "…" : statement;
            confirmRemove.text = shown === "" ? qsTr("Delete this statement without text?") : qsTr("Delete the statement “%1”?").arg(shown);
            confirmRemove.open();
        }

        objectName: "confirmRemoveStatement"
        title: qsTr("Delete statement")
        onConfirmed: pane.editor.removeStatement(confirmRemove.row)
    }
}
