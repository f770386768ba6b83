import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte.Editor

// The chosen statement's text in the editing language and the scale it is answered on.
ColumnLayout {
    id: form

    required property CatalogEditor editor
    readonly property int row: editor.currentStatement
    readonly property string primary: editor.languages.length > 0 ? editor.languages[0] : ""

    // Asks to show the scale form for the statement's scale.
    signal editScaleRequested

    function textIn(language) {
        void form.editor.dirty;
        return form.row >= 0 ? form.editor.statementText(form.row, language) : "";
    }

    function helpIn(language) {
        void form.editor.dirty;
        return form.row >= 0 ? form.editor.statementHelp(form.row, language) : "";
    }

    function scaleOfRow() {
        void form.editor.dirty;
        return form.row >= 0 ? form.editor.statementScale(form.row) : "";
    }

    spacing: 8

    Label {
        visible: form.row < 0
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: form.editor.currentDimension < 0 ? qsTr("Choose or add a dimension first.") : qsTr("Choose or add a statement.")
    }
    LocalizedTextField {
        visible: form.row >= 0
        Layout.fillWidth: true
        fieldName: "statementText"
        multiline: true
        label: qsTr("Statement")
        language: form.editor.language
        text: form.textIn(language)
        referenceLanguage: form.primary
        reference: language === form.primary ? "" : form.textIn(form.primary)
        onEdited: text => form.editor.setStatementText(form.row, language, text)
    }
    LocalizedTextField {
        visible: form.row >= 0
        Layout.fillWidth: true
        fieldName: "statementHelp"
        multiline: true
        required: false
        label: qsTr("Optional help")
        language: form.editor.language
        text: form.helpIn(language)
        referenceLanguage: form.primary
        reference: language === form.primary ? "" : form.helpIn(form.primary)
        onEdited: text => form.editor.setStatementHelp(form.row, language, text)
    }
    Label {
        visible: form.row >= 0
        text: qsTr("Scale")
    }
    Flow {
        visible: form.row >= 0
        Layout.fillWidth: true
        spacing: 8

        ComboBox {
            objectName: "statementScale"
            Accessible.name: qsTr("Scale of the statement")
            width: Math.min(implicitWidth + 40, form.width)
            model: form.editor.scaleIds
            currentIndex: form.editor.scaleIds.indexOf(form.scaleOfRow())
            displayText: currentText === form.editor.defaultScaleId ? qsTr("%1 (default)").arg(currentText) : currentText
            onActivated: index => form.editor.setStatementScale(form.row, form.editor.scaleIds[index])
        }
        Button {
            objectName: "editStatementScale"
            Accessible.name: text
            text: qsTr("Edit this scale")
            onClicked: {
                form.editor.editScale(form.scaleOfRow());
                form.editScaleRequested();
            }
        }
        Button {
            objectName: "newStatementScale"
            Accessible.name: text
            text: qsTr("New scale for this statement")
            onClicked: {
                const id = form.editor.addScale("ordinal");
                form.editor.setStatementScale(form.row, id);
                form.editScaleRequested();
            }
        }
    }
}
