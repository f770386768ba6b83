import QtQuick
import QtQuick.Layouts
import Dialogpunkte

// App name, the session's catalog, the save indicator and the language switch.
Rectangle {
    id: bar

    property bool showSaveState: false

    implicitHeight: Math.max(Theme.touchTarget, row.implicitHeight) + Theme.spacing
    color: Theme.surface

    RowLayout {
        id: row

        anchors {
            fill: parent
            leftMargin: Theme.margin
            rightMargin: Theme.margin
        }
        spacing: Theme.spacing

        Text {
            text: qsTr("Dialogpunkte")
            font.pointSize: Theme.largePoint
            font.bold: true
            color: Theme.accent
            Accessible.name: text
        }

        Text {
            Layout.fillWidth: true
            // On a phone the statement needs the room more than the catalog's name.
            opacity: bar.width > Theme.metrics.averageCharacterWidth * 70 ? 1 : 0
            text: Workshop.flow.catalogTitle
            font.pointSize: Theme.bodyPoint
            color: Theme.mutedText
            elide: Text.ElideRight
            Accessible.name: text
        }

        ConnectionStatus {
            visible: Join !== null && Join.active && Workshop.flow.active
            compact: bar.width < Theme.metrics.averageCharacterWidth * 70
        }

        SaveIndicator {
            visible: bar.showSaveState
            compact: bar.width < Theme.metrics.averageCharacterWidth * 70
        }

        LanguageSwitch {
        }
    }

    Rectangle {
        anchors {
            left: parent.left
            right: parent.right
            bottom: parent.bottom
        }
        height: 1
        color: Theme.border
    }
}
