import QtQuick
import QtTest
import Dialogpunkte.Style

// PathField: "Browse…" opens the system's dialog where the typed path points, a chosen file
// comes back as a local path, and typing still works where no dialog can be used.
Item {
    id: root

    width: 800
    height: 600

    Component {
        id: fieldComponent

        PathField {
            objectName: "path"
            width: 600
        }
    }

    SignalSpy {
        id: chosenSpy

        signalName: "chosen"
    }

    TestCase {
        name: "PathField"
        when: windowShown

        function create(mode) {
            const field = createTemporaryObject(fieldComponent, root, {
                    "mode": mode
                });
            verify(field);
            chosenSpy.clear();
            chosenSpy.target = field;
            return field;
        }

        function test_urlsBecomeLocalPaths() {
            const field = create("open");
            compare(field.localPath("file:///home/moderator/Kataloge/neu%20%C3%BC.json"), "/home/moderator/Kataloge/neu ü.json");
            compare(field.localPath("file:///C:/Kataloge/a.json"), "C:/Kataloge/a.json");
            compare(field.fileUrl("/tmp/a b/ü.json"), "file:///tmp/a%20b/%C3%BC.json");
            compare(field.folderOf("/tmp/a b/x.json"), "/tmp/a b");
        }

        function test_browseOpensTheDialogWhereThePathPoints() {
            const field = create("save");
            field.text = "/tmp/Kataloge/katalog.json";
            const dialog = findChild(field, "pathFileDialog");
            verify(dialog);
            mouseClick(findChild(field, "pathBrowse"));
            tryCompare(dialog, "visible", true);
            compare(dialog.currentFolder.toString(), "file:///tmp/Kataloge");
            dialog.close();
            field.accept("file:///tmp/Andere%20Kataloge/b.json");
            compare(field.text, "/tmp/Andere Kataloge/b.json");
            compare(chosenSpy.count, 1);
            compare(chosenSpy.signalArguments[0][0], "/tmp/Andere Kataloge/b.json");
        }

        function test_folderModeUsesTheFolderDialog() {
            const field = create("folder");
            const dialog = findChild(field, "pathFolderDialog");
            verify(dialog);
            mouseClick(findChild(field, "pathBrowse"));
            tryCompare(dialog, "visible", true);
            dialog.close();
            verify(!findChild(field, "pathFileDialog").visible);
        }

        function test_typingIsAFallback() {
            const field = create("open");
            const input = findChild(field, "pathInput");
            input.forceActiveFocus();
            keyClick(Qt.Key_Slash);
            keyClick(Qt.Key_X);
            compare(field.text, "/x");
            compare(chosenSpy.count, 0);
        }
    }
}
