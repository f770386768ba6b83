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
            enabled: pane.editor.currentStatement >= 0
            onClicked: pane.editor.removeStatement(pane.editor.currentStatement)
        }
    }
}
