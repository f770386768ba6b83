import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte.Style

// A view beside the workshops page (export, series comparison): a way back and the view.
ColumnLayout {
    id: slot

    property alias loaderName: loader.objectName
    property alias sourceComponent: loader.sourceComponent
    readonly property alias item: loader.item

    signal backRequested

    spacing: ModeratorStyle.spacing

    ModeratorButton {
        objectName: "backToWorkshopsButton"
        Layout.margins: ModeratorStyle.margin
        Layout.bottomMargin: 0
        text: qsTr("Back to the workshops")
        onClicked: slot.backRequested()
    }

    Loader {
        id: loader

        Layout.fillWidth: true
        Layout.fillHeight: true
    }
}
