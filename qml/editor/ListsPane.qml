import QtQuick
import QtQuick.Layouts
import Dialogpunkte.Editor

// Dimensions above, the chosen dimension's statements below.
ColumnLayout {
    id: pane

    required property CatalogEditor editor

    signal dimensionChosen
    signal statementChosen

    spacing: 8

    DimensionList {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.preferredHeight: 1
        editor: pane.editor
        onChosen: pane.dimensionChosen()
    }
    StatementList {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.preferredHeight: 1
        editor: pane.editor
        onChosen: pane.statementChosen()
    }
}
