import QtQuick
import QtQuick.Controls
import Dialogpunkte.Style

// The series title and which workshop is which and when it was held: above the plot columns on a
// wide screen, as a list under the title on a phone (`compact`), where the plots wrap.
Rectangle {
    id: root

    required property string title
    /// The model's `workshops`: [{ number, sessionTitle, date (ISO), ... }].
    required property var workshops
    property string language: "de"
    property real unit: 16
    property bool compact: false

    function formatDate(iso) {
        const date = Date.fromLocaleString(Qt.locale("C"), iso, "yyyy-MM-dd");
        return isNaN(date.getTime()) ? iso : date.toLocaleDateString(Qt.locale(root.language), Locale.ShortFormat);
    }

    implicitHeight: compact ? keyText.y + keyText.height + workshopList.anchors.topMargin + workshopList.height + unit * 0.6 : titleText.implicitHeight + columns.height + unit * 1.2
    color: ModeratorStyle.background

    Text {
        id: titleText

        objectName: "seriesTitle"
        anchors {
            left: parent.left
            right: root.compact ? parent.right : keyText.left
            top: parent.top
            margins: root.unit * 0.3
        }
        text: root.title.length > 0 ? qsTr("Series: %1").arg(root.title) : qsTr("No series chosen")
        font.pixelSize: root.unit * 1.5
        font.bold: true
        color: ModeratorStyle.text
        wrapMode: root.compact ? Text.Wrap : Text.NoWrap
        elide: Text.ElideRight
    }

    Text {
        id: keyText

        objectName: "seriesKey"
        anchors {
            right: parent.right
            top: root.compact ? titleText.bottom : undefined
            baseline: root.compact ? undefined : titleText.baseline
            rightMargin: root.unit * 0.3
            topMargin: root.unit * 0.2
        }
        // not anchored on the left: a width set by anchors would stay when the window widens;
        // undefined resets it to the text's own width
        width: root.compact ? root.width - root.unit * 0.6 : undefined
        wrapMode: root.compact ? Text.Wrap : Text.NoWrap
        text: qsTr("? = cannot judge · only each workshop's pooled answers")
        // never below 12 px: on a phone the unit is at its smallest
        font.pixelSize: Math.max(12, root.unit * 0.75)
        color: ModeratorStyle.mutedText
    }

    Row {
        id: columns

        anchors {
            left: parent.left
            leftMargin: root.width * 0.26 + root.unit * 0.3
            top: titleText.bottom
            topMargin: root.unit * 0.4
        }
        width: root.width * 0.62
        height: root.unit * 2.6
        visible: !root.compact
        spacing: root.unit * 0.4

        Repeater {
            model: root.workshops

            Column {
                required property var modelData

                width: (columns.width - columns.spacing * (root.workshops.length - 1)) / Math.max(1, root.workshops.length)

                Text {
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    text: qsTr("Workshop %1 · %2").arg(modelData.number).arg(root.formatDate(modelData.date))
                    font.pixelSize: root.unit
                    font.bold: true
                    color: ModeratorStyle.text
                    elide: Text.ElideRight
                }

                Text {
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    text: modelData.sessionTitle
                    font.pixelSize: root.unit * 0.8
                    color: ModeratorStyle.mutedText
                    elide: Text.ElideRight
                }
            }
        }
    }

    // On a phone: one line per workshop, in the order of the plots.
    Column {
        id: workshopList

        objectName: "seriesWorkshopList"
        anchors {
            left: parent.left
            right: parent.right
            top: keyText.bottom
            margins: root.unit * 0.3
            topMargin: root.unit * 0.5
        }
        visible: root.compact

        Repeater {
            model: root.compact ? root.workshops : []

            Text {
                required property var modelData

                width: workshopList.width
                text: qsTr("Workshop %1 · %2").arg(modelData.number).arg(root.formatDate(modelData.date)) + " · " + modelData.sessionTitle
                font.pixelSize: root.unit * 0.9
                color: ModeratorStyle.text
                wrapMode: Text.Wrap
            }
        }
    }
}
