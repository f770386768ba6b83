import QtQuick
import QtQuick.Controls

// The series title and, above the plot columns, which workshop is which and when it was held.
Rectangle {
    id: root

    required property string title
    /// The model's `workshops`: [{ number, sessionTitle, date (ISO), ... }].
    required property var workshops
    property string language: "de"
    property real unit: 16

    function formatDate(iso) {
        const date = Date.fromLocaleString(Qt.locale("C"), iso, "yyyy-MM-dd");
        return isNaN(date.getTime()) ? iso : date.toLocaleDateString(Qt.locale(root.language), Locale.ShortFormat);
    }

    implicitHeight: titleText.implicitHeight + columns.height + unit * 1.2
    color: ReportStyle.background

    Text {
        id: titleText

        objectName: "seriesTitle"
        anchors {
            left: parent.left
            right: keyText.left
            top: parent.top
            margins: root.unit * 0.3
        }
        text: root.title.length > 0 ? qsTr("Series: %1").arg(root.title) : qsTr("No series chosen")
        font.pixelSize: root.unit * 1.5
        font.bold: true
        color: ReportStyle.text
        elide: Text.ElideRight
    }

    Text {
        id: keyText

        anchors {
            right: parent.right
            baseline: titleText.baseline
            rightMargin: root.unit * 0.3
        }
        text: qsTr("? = cannot judge · only each workshop's pooled answers")
        font.pixelSize: root.unit * 0.75
        color: ReportStyle.mutedText
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
                    color: ReportStyle.text
                    elide: Text.ElideRight
                }

                Text {
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    text: modelData.sessionTitle
                    font.pixelSize: root.unit * 0.8
                    color: ReportStyle.mutedText
                    elide: Text.ElideRight
                }
            }
        }
    }
}
