import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte

// Joins a moderator's workshop: a nearby one, an address or a pasted link, with the room code.
// The group is asked after joining, from the workshop's own groups.
SectionCard {
    id: card

    property int selectedRow: -1
    // With a workshop nearby or a link given, typing an address is the exception.
    property bool otherWays: Join.nearby.count === 0 && Join.offeredLink.length === 0

    function join() {
        if (linkField.text.trim().length > 0)
            return Join.joinUrl(linkField.text);
        if (addressField.text.trim().length > 0)
            return Join.joinAddress(addressField.text, roomField.text);
        return Join.joinNearby(card.selectedRow, roomField.text);
    }

    objectName: "joinCard"
    title: qsTr("Join a workshop")
    Component.onCompleted: Join.startDiscovery()

    Text {
        Layout.fillWidth: true
        text: {
            if (Join.offeredLink.length > 0)
                return qsTr("Join the workshop of the link you opened:");
            if (Join.nearby.count > 0)
                return qsTr("Workshops nearby:");
            return qsTr("No workshop found nearby yet. Enter the address the moderator shows, or paste the join link.");
        }
        font.pointSize: Theme.bodyPoint
        color: Theme.mutedText
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Accessible.name: text
    }

    ButtonGroup {
        id: nearbyGroup
    }

    Repeater {
        model: Join.nearby

        delegate: Button {
            id: entry

            required property int index
            required property string title
            required property string host
            required property int port

            objectName: "nearbyWorkshop_" + index
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            checkable: true
            checked: card.selectedRow === index
            ButtonGroup.group: nearbyGroup
            text: title + " – " + host + ":" + port
            font.pointSize: Theme.bodyPoint
            Accessible.name: text
            onClicked: {
                card.selectedRow = index;
                addressField.text = "";
                linkField.text = "";
            }

            contentItem: Text {
                text: entry.text
                font: entry.font
                color: entry.checked ? Theme.accentText : Theme.text
                elide: Text.ElideRight
                horizontalAlignment: Text.AlignLeft
                verticalAlignment: Text.AlignVCenter
            }

            background: Rectangle {
                radius: Theme.radius
                color: entry.checked ? Theme.accent : Theme.surface
                border.color: entry.checked ? Theme.accent : Theme.border
            }
        }
    }

    JoinField {
        id: roomField

        objectName: "roomCodeField"
        // A link carries its room code.
        visible: linkField.text.trim().length === 0
        label: qsTr("Room code")
        placeholderText: qsTr("e.g. K7Q2")
    }

    ActionButton {
        objectName: "otherWaysButton"
        Layout.fillWidth: true
        // An opened link can be edited in place; nothing else is needed then.
        visible: !card.otherWays && Join.offeredLink.length === 0
        text: qsTr("Join by address or link")
        onClicked: card.otherWays = true
    }

    JoinField {
        id: addressField

        objectName: "addressField"
        visible: card.otherWays
        label: qsTr("Address (host:port), if the workshop is not listed")
        placeholderText: "192.168.1.20:47110"
    }

    JoinField {
        id: linkField

        objectName: "joinLinkField"
        visible: card.otherWays || Join.offeredLink.length > 0
        text: Join.offeredLink
        label: Join.offeredLink.length > 0 ? qsTr("Join link") : qsTr("Or paste the join link")
        placeholderText: "dialogpunkte://…/?room=…"
    }

    Text {
        objectName: "joinErrorText"
        Layout.fillWidth: true
        visible: text.length > 0
        text: Join.errorText
        font.pointSize: Theme.bodyPoint
        color: Theme.error
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }

    Text {
        objectName: "joinStatusText"
        Layout.fillWidth: true
        visible: Join.busy
        text: Join.statusText
        font.pointSize: Theme.smallPoint
        color: Theme.mutedText
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Accessible.name: text
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing

        ActionButton {
            objectName: "joinButton"
            Layout.fillWidth: true
            primary: true
            enabled: !Join.busy && (linkField.text.trim().length > 0 || roomField.text.trim().length > 0 && (addressField.text.trim().length > 0 || card.selectedRow >= 0))
            text: Join.busy ? qsTr("Connecting …") : qsTr("Join")
            onClicked: card.join()
        }

        ActionButton {
            objectName: "joinCancelButton"
            visible: Join.busy
            text: qsTr("Cancel")
            onClicked: Join.cancel()
        }
    }
}
