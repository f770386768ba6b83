import QtQuick
import QtQuick.Controls
import Dialogpunkte

// Picks the language of the UI and of the catalog texts.
ComboBox {
    id: control

    objectName: "languageSwitch"
    implicitHeight: Theme.touchTarget
    font.pointSize: Theme.bodyPoint
    model: Language.languages
    textRole: "name"
    valueRole: "code"
    currentIndex: indexOfValue(Language.language)
    Accessible.name: qsTr("Language")
    onActivated: Language.language = currentValue
    Component.onCompleted: currentIndex = indexOfValue(Language.language)

    Connections {
        function onLanguageChanged() {
            control.currentIndex = control.indexOfValue(Language.language);
        }

        function onLanguagesChanged() {
            control.currentIndex = control.indexOfValue(Language.language);
        }

        target: Language
    }
}
