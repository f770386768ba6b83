import QtQuick
import QtQuick.Layouts
import Dialogpunkte

// App name, the session's catalog, the save indicator and the language switch.
Rectangle {
    id: bar

    property bool showSaveState: false
    // A phone: the statuses get the room of the app's name while rating.
    readonly property bool compact: width < Theme.metrics.averageCharacterWidth * 70

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
            visible: !(bar.compact && Workshop.flow.active)
            text: qsTr("Dialogpunkte")
            font.pointSize: Theme.largePoint
            font.bold: true
            color: Theme.accent
            Accessible.name: text
        }

        Text {
            Layout.fillWidth: true
            // On a phone the statement needs the room more than the catalog's name.
            opacity: bar.compact ? 0 : 1
            text: Workshop.flow.catalogTitle
            font.pointSize: Theme.bodyPoint
            color: Theme.mutedText
            elide: Text.ElideRight
            horizontalAlignment: Text.AlignLeft
            Accessible.name: text
        }

        ConnectionStatus {
            visible: Join !== null && (Join.active || Workshop.workshopEnded) && Workshop.flow.active
            compact: bar.compact
        }

        SaveIndicator {
            visible: bar.showSaveState
            compact: bar.compact
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
