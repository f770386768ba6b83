import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Dialogpunkte.Moderator
import Dialogpunkte.Style

// The groups results are broken down by (roles, municipalities of the cluster): starts with the
// usual roles, which can be renamed, removed or added to.
ColumnLayout {
    id: editor

    function reset() {
        groupModel.clear();
        for (const name of Workshops.defaultGroupNames())
            groupModel.append({
                    "name": name
                });
    }

    function names() {
        const list = [];
        for (let i = 0; i < groupModel.count; ++i)
            list.push(groupModel.get(i).name);
        return list;
    }

    function add(name) {
        groupModel.append({
                "name": name
            });
    }

    objectName: "groupsEditor"
    spacing: ModeratorStyle.spacing / 2

    ListModel {
        id: groupModel
    }

    FormLabel {
        text: qsTr("Groups")
    }

    Label {
        Layout.fillWidth: true
        text: qsTr("People choose their group on the tablet; results can be compared by group.")
        font.pointSize: ModeratorStyle.bodyPoint
        color: ModeratorStyle.mutedText
        wrapMode: Text.Wrap
    }

    Repeater {
        model: groupModel

        RowLayout {
            required property int index
            required property string name

            Layout.fillWidth: true
            spacing: ModeratorStyle.spacing

            TextField {
                objectName: "groupField_" + index
                Layout.fillWidth: true
                text: name
                font.pointSize: ModeratorStyle.bodyPoint
                Accessible.name: qsTr("Group %1").arg(index + 1)
                onTextChanged: {
                    if (text !== name)
                        groupModel.setProperty(index, "name", text);
                }
            }

            ModeratorButton {
                objectName: "removeGroupButton_" + index
                text: qsTr("Remove")
                onClicked: groupModel.remove(index)
            }
        }
    }

    ModeratorButton {
        objectName: "addGroupButton"
        text: qsTr("Add group")
        onClicked: editor.add("")
    }
}
