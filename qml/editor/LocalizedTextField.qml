import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One catalog text in the editing language, marked when this translation is missing; while
// translating it shows the primary language's text as a reference.
ColumnLayout {
    id: field

    property string label
    property string language
    property string text
    // The primary language's text; leave empty while editing the primary language.
    property string reference
    property string referenceLanguage
    // Required texts are missing when empty; optional ones only when the reference has text.
    property bool required: true
    property bool multiline: false
    property string fieldName
    readonly property bool missing: text === "" && (required || reference !== "")
    readonly property bool primary: referenceLanguage === "" || language === referenceLanguage

    signal edited(string text)

    spacing: 2

    Label {
        objectName: field.fieldName + "_mark"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: !field.missing ? qsTr("%1 (%2)").arg(field.label).arg(field.language) : field.primary ? qsTr("%1 (%2) – text missing").arg(field.label).arg(field.language) : qsTr("%1 (%2) – translation missing").arg(field.label).arg(field.language)
        color: field.missing ? "#b3261e" : palette.windowText
        font.bold: field.missing
    }
    TextField {
        objectName: field.multiline ? "" : field.fieldName
        visible: !field.multiline
        Accessible.name: field.label
        Layout.fillWidth: true
        text: field.text
        // Every keystroke is kept, so pressing Export right after typing loses nothing.
        onTextEdited: field.edited(text)
    }
    TextArea {
        objectName: field.multiline ? field.fieldName : ""
        visible: field.multiline
        Accessible.name: field.label
        Layout.fillWidth: true
        Layout.minimumHeight: 72
        wrapMode: TextEdit.Wrap
        text: field.text
        background: Rectangle {
            color: field.palette.base
            border.color: parent.activeFocus ? field.palette.highlight : field.palette.mid
            radius: 2
        }
        onTextChanged: {
            if (activeFocus && text !== field.text)
                field.edited(text);
        }
    }
    Label {
        visible: field.reference !== ""
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.italic: true
        opacity: 0.7
        text: qsTr("%1: %2").arg(field.referenceLanguage).arg(field.reference)
    }
}
