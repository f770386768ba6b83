import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte.Editor

// The chosen dimension's title in the editing language.
ColumnLayout {
    id: form

    required property CatalogEditor editor
    readonly property int row: editor.currentDimension
    readonly property string primary: editor.languages.length > 0 ? editor.languages[0] : ""

    function titleIn(language) {
        void form.editor.dirty;
        return form.row >= 0 ? form.editor.dimensionTitle(form.row, language) : "";
    }

    function descriptionIn(language) {
        void form.editor.dirty;
        return form.row >= 0 ? form.editor.dimensionDescription(form.row, language) : "";
    }

    spacing: 8
    enabled: row >= 0

    Label {
        visible: form.row < 0
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: qsTr("Choose or add a dimension.")
    }
    LocalizedTextField {
        visible: form.row >= 0
        Layout.fillWidth: true
        fieldName: "dimensionTitle"
        label: qsTr("Dimension title")
        language: form.editor.language
        text: form.titleIn(language)
        referenceLanguage: form.primary
        reference: language === form.primary ? "" : form.titleIn(form.primary)
        onEdited: text => form.editor.setDimensionTitle(form.row, language, text)
    }
    LocalizedTextField {
        visible: form.row >= 0
        Layout.fillWidth: true
        fieldName: "dimensionDescription"
        multiline: true
        required: false
        label: qsTr("Optional description")
        language: form.editor.language
        text: form.descriptionIn(language)
        referenceLanguage: form.primary
        reference: language === form.primary ? "" : form.descriptionIn(form.primary)
        onEdited: text => form.editor.setDimensionDescription(form.row, language, text)
    }
    Label {
        visible: form.row >= 0
        Layout.fillWidth: true
        opacity: 0.7
        text: qsTr("%n statement(s)", "", form.editor.statements.count)
    }
}
