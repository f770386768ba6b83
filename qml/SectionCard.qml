import QtQuick
import QtQuick.Layouts

// A titled white card; the start page is a column of these so new sections (joining a
// workshop, moderation) slot in without changing the others.
Rectangle {
    id: card

    property string title
    default property alias content: body.data

    implicitHeight: body.implicitHeight + heading.implicitHeight + 3 * Theme.margin
    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.border

    Text {
        id: heading

        anchors {
            top: parent.top
            left: parent.left
            right: parent.right
            margins: Theme.margin
        }
        text: card.title
        horizontalAlignment: Text.AlignLeft
        font.pointSize: Theme.largePoint
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }

    ColumnLayout {
        id: body

        anchors {
            top: heading.bottom
            left: parent.left
            right: parent.right
            margins: Theme.margin
        }
        spacing: Theme.spacing
    }
}
