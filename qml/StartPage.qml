import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte

// Start screen: continue the last session, join a workshop or start one on this device, and the
// moderator's settings. When a workshop is nearby (or the app was opened with a join link),
// joining comes first and the local start folds away. A locked shared tablet offers only the
// next person's start and the moderator's unlock.
Page {
    id: page

    readonly property bool joinFirst: Join !== null && (Join.nearby.count > 0 || Join.offeredLink.length > 0 || Join.busy)

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
                horizontalAlignment: Text.AlignLeft
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            Text {
                Layout.fillWidth: true
                text: qsTr("Rate the statements on your own. Your answers stay on this device and carry no name.")
                font.pointSize: Theme.bodyPoint
                color: Theme.mutedText
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Accessible.name: text
            }

            ErrorBanner {
                objectName: "errorBanner"
                Layout.fillWidth: true
                message: Workshop.errorMessage
                onDismissed: Workshop.clearError()
            }

            ResumeCard {
                Layout.fillWidth: true
                visible: Workshop.canResume
            }

            UnlockPanel {
                Layout.fillWidth: true
                visible: Workshop.locked
            }

            GridLayout {
                id: grid

                Layout.fillWidth: true
                visible: !Workshop.locked
                columns: content.width > Theme.maxContentWidth ? 2 : 1
                columnSpacing: Theme.margin
                rowSpacing: Theme.margin

                JoinCard {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    Layout.row: grid.columns === 1 && !page.joinFirst ? 1 : 0
                    Layout.column: grid.columns === 2 && !page.joinFirst ? 1 : 0
                    enabled: Workshop.available
                }

                LocalStartCard {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    Layout.row: grid.columns === 1 && page.joinFirst ? 1 : 0
                    Layout.column: grid.columns === 2 && page.joinFirst ? 1 : 0
                    enabled: Workshop.available
                    collapsed: page.joinFirst
                }
            }

            ModeratorCard {
                Layout.fillWidth: true
                visible: !Workshop.locked
            }
        }
    }
}
