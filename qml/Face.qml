import QtQuick
import Dialogpunkte

// A simple face for pictogram scales, drawn from rectangles (no emoji font needed).
Item {
    id: face

    property string name: "neutral"
    property bool highlighted: false
    // -3 (very sad) .. 3 (very happy)
    readonly property int mood: ({
            "very-sad": -3,
            "sad": -2,
            "slightly-sad": -1,
            "neutral": 0,
            "slightly-happy": 1,
            "happy": 2,
            "very-happy": 3
        })[name] ?? 0
    readonly property color ink: "#3a3a3a"

    Accessible.ignored: true

    Rectangle {
        anchors.fill: parent
        radius: width / 2
        color: face.highlighted ? "#ffe9a8" : "#fff3c4"
        border.width: Math.max(2, face.width * 0.04)
        border.color: face.ink
    }

    Repeater {
        model: 2

        Rectangle {
            required property int index

            width: face.width * 0.1
            height: width * 1.3
            radius: width / 2
            color: face.ink
            x: face.width * (index === 0 ? 0.32 : 0.58)
            y: face.height * 0.32
        }
    }

    // The mouth: the lower half of a rounded box smiles, the upper half frowns.
    Item {
        id: mouthClip

        readonly property real curve: face.height * 0.07 * Math.abs(face.mood) + 1

        visible: face.mood !== 0
        clip: true
        width: face.width * 0.46
        height: curve + Math.max(2, face.width * 0.04)
        x: (face.width - width) / 2
        y: face.mood > 0 ? face.height * 0.62 : face.height * 0.66

        Rectangle {
            width: parent.width
            height: mouthClip.curve * 2
            y: face.mood > 0 ? -mouthClip.curve : 0
            radius: Math.min(width, height) / 2
            color: "transparent"
            border.width: Math.max(2, face.width * 0.04)
            border.color: face.ink
        }
    }

    Rectangle {
        visible: face.mood === 0
        width: face.width * 0.4
        height: Math.max(2, face.width * 0.04)
        x: (face.width - width) / 2
        y: face.height * 0.68
        color: face.ink
    }
}
