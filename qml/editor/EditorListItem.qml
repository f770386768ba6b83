import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A row of the dimension or statement list: its text, and which languages still lack a text.
ItemDelegate {
    id: item

    property string itemText
    property var missing: []

    text: itemText
    Accessible.name: missing.length > 0 ? qsTr("%1, translation missing: %2").arg(itemText).arg(missing.join(", ")) : itemText
    // The chosen row must stand out in every style: the forms beside it edit that row.
    background: Rectangle {
        color: item.highlighted ? "#d6e4f5" : item.down ? "#eeeeee" : "transparent"

        Rectangle {
            visible: item.highlighted
            width: 4
            height: parent.height
            color: "#1f5fa8"
        }
    }
    contentItem: RowLayout {
        spacing: 6

        Label {
            Layout.fillWidth: true
            color: "#1a1a1a"
            text: item.itemText
            wrapMode: Text.Wrap
            maximumLineCount: 3
            elide: Text.ElideRight
        }
        Label {
            visible: item.missing.length > 0
            color: "#b3261e"
            font.bold: true
            text: "⚠ " + item.missing.join(" ")
        }
    }
}
