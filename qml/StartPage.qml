import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte

// Start screen: continue the last session, or start one on this device from a catalog.
// Sections are cards in a grid, so joining a workshop and moderation can be added as cards.
Page {
    id: page

    objectName: "startPage"
    background: null
    Accessible.name: qsTr("Start")

    Flickable {
        id: flick

        anchors.fill: parent
        contentHeight: content.implicitHeight + 2 * Theme.margin
        clip: true
        ScrollBar.vertical: ScrollBar {
        }

        ColumnLayout {
            id: content

            x: Math.max(Theme.margin, (flick.width - width) / 2)
            y: Theme.margin
            width: Math.min(flick.width - 2 * Theme.margin, Theme.maxContentWidth * 1.4)
            spacing: Theme.margin

            Text {
                Layout.fillWidth: true
                text: qsTr("Welcome")
                font.pointSize: Theme.titlePoint
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            Text {
                Layout.fillWidth: true
                text: qsTr("Rate the statements on your own. Your answers stay on this device and carry no name.")
                font.pointSize: Theme.bodyPoint
                color: Theme.mutedText
                wrapMode: Text.Wrap
                Accessible.name: text
            }

            ErrorBanner {
                objectName: "errorBanner"
                Layout.fillWidth: true
                message: Workshop.errorMessage
                onDismissed: Workshop.clearError()
            }

            GridLayout {
                Layout.fillWidth: true
                columns: content.width > Theme.maxContentWidth ? 2 : 1
                columnSpacing: Theme.margin
                rowSpacing: Theme.margin

                SectionCard {
                    id: startCard

                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    Layout.rowSpan: 2
                    title: qsTr("Start on this device")
                    enabled: Workshop.available

                    CatalogPicker {
                        id: catalogPicker

                        Layout.fillWidth: true
                    }

                    GroupPicker {
                        id: groupPicker

                        Layout.fillWidth: true
                    }

                    Switch {
                        id: sharedSwitch

                        objectName: "sharedDeviceSwitch"
                        Layout.fillWidth: true
                        text: qsTr("Shared device (e.g. parents' feedback): after finishing, the next person starts fresh")
                        font.pointSize: Theme.bodyPoint
                        checked: Workshop.sharedDevice
                        Accessible.name: text
                        onToggled: Workshop.sharedDevice = checked

                        contentItem: Text {
                            leftPadding: sharedSwitch.mirrored ? 0 : sharedSwitch.indicator.width + sharedSwitch.spacing
                            rightPadding: sharedSwitch.mirrored ? sharedSwitch.indicator.width + sharedSwitch.spacing : 0
                            text: sharedSwitch.text
                            font: sharedSwitch.font
                            color: Theme.text
                            wrapMode: Text.Wrap
                            verticalAlignment: Text.AlignVCenter
                        }
                    }

                    ActionButton {
                        objectName: "startButton"
                        Layout.fillWidth: true
                        primary: true
                        text: qsTr("Start")
                        enabled: catalogPicker.selectedRow >= 0
                        onClicked: Workshop.startLocal(catalogPicker.selectedRow, groupPicker.selectedGroupId)
                    }
                }

                ResumeCard {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    visible: Workshop.canResume
                }

                JoinCard {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    enabled: Workshop.available
                }

                ActionButton {
                    objectName: "moderationButton"
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    text: qsTr("Moderation: host a workshop")
                    // Offered where the app's window can host (not in tests of the page alone).
                    visible: typeof ApplicationWindow.window?.openModeration === "function"
                    onClicked: ApplicationWindow.window.openModeration()
                }

                ActionButton {
                    objectName: "catalogEditorButton"
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    text: qsTr("Edit or create a catalog")
                    visible: typeof ApplicationWindow.window?.openCatalogEditor === "function"
                    onClicked: ApplicationWindow.window.openCatalogEditor()
                }
            }
        }
    }
}
