import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte

// Joins a moderator's workshop: a nearby one, an address or a pasted link, with the room code.
SectionCard {
    id: card

    property int selectedRow: -1

    function join() {
        if (linkField.text.trim().length > 0)
            return Join.joinUrl(linkField.text, groupPicker.selectedGroupId);
        if (addressField.text.trim().length > 0)
            return Join.joinAddress(addressField.text, roomField.text, groupPicker.selectedGroupId);
        return Join.joinNearby(card.selectedRow, roomField.text, groupPicker.selectedGroupId);
    }

    objectName: "joinCard"
    title: qsTr("Join a workshop")
    Component.onCompleted: Join.startDiscovery()

    Text {
        Layout.fillWidth: true
        text: Join.nearby.count > 0 ? qsTr("Workshops nearby:") : qsTr("No workshop found nearby yet. Enter the address the moderator shows, or paste the join link.")
        font.pointSize: Theme.bodyPoint
        color: Theme.mutedText
        wrapMode: Text.Wrap
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
        label: qsTr("Room code")
        placeholderText: qsTr("e.g. K7Q2")
    }

    JoinField {
        id: addressField

        objectName: "addressField"
        label: qsTr("Address (host:port), if the workshop is not listed")
        placeholderText: "192.168.1.20:47110"
    }

    JoinField {
        id: linkField

        objectName: "joinLinkField"
        label: qsTr("Or paste the join link")
        placeholderText: "dialogpunkte://…/?room=…"
    }

    GroupPicker {
        id: groupPicker

        Layout.fillWidth: true
        optionPrefix: "joinGroupOption_"
    }

    Text {
        objectName: "joinErrorText"
        Layout.fillWidth: true
        visible: text.length > 0
        text: Join.errorText
        font.pointSize: Theme.bodyPoint
        color: Theme.error
        wrapMode: Text.Wrap
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
