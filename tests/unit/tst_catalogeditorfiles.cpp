// The catalog editor's files: export refuses invalid catalogs, export -> import is lossless, and
// stored sessions keep their snapshot whatever is edited and re-exported.
#include "editor/catalogeditor.h"
#include "storage/database.h"
#include "storage/sessionstore.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dp;

class TestCatalogEditorFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    static QByteArray read(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void exportThenImportGivesTheSameCatalog()
    {
        CatalogEditor editor;
        QVERIFY2(
            editor.loadBuiltin(QStringLiteral("qualitaetsrahmen")), qPrintable(editor.lastError()));
        const Catalog original = editor.catalog();
        QVERIFY(editor.exportFile(path(QStringLiteral("unchanged.json"))));
        CatalogEditor reader;
        QVERIFY2(reader.importFile(path(QStringLiteral("unchanged.json"))),
            qPrintable(reader.lastError()));
        QVERIFY(reader.catalog() == original);

        editor.setVersion(QStringLiteral("2025-2"));
        editor.setCurrentDimension(1);
        editor.setStatementText(0, QStringLiteral("de"), QStringLiteral("Geänderte Aussage"));
        editor.moveDimension(0, 1);
        editor.scale()->setPoints(5);
        editor.scale()->setMidpoint(true);
        editor.scale()->clearLabels();
        QVERIFY2(editor.isValid(), qPrintable(editor.validationMessage()));
        QVERIFY(editor.isDirty());
        QVERIFY2(
            editor.exportFile(path(QStringLiteral("edited.json"))), qPrintable(editor.lastError()));
        QVERIFY(!editor.isDirty());
        QVERIFY(reader.importFile(path(QStringLiteral("edited.json"))));
        QVERIFY(reader.catalog() == editor.catalog());
        QVERIFY(!(reader.catalog() == original));
        QCOMPARE(reader.catalog().version, QStringLiteral("2025-2"));
    }

    void exportRefusesAnInvalidCatalogAndKeepsTheOldFile()
    {
        const QString target = path(QStringLiteral("keep.json"));
        CatalogEditor editor;
        QVERIFY(editor.loadBuiltin(QStringLiteral("elternfeedback")));
        QVERIFY(editor.exportFile(target));
        const QByteArray before = read(target);

        editor.setCurrentDimension(0);
        for (const QString& language : editor.languages())
            editor.setStatementText(0, language, QString());
        QVERIFY(!editor.isValid());
        QVERIFY(!editor.exportFile(target));
        QCOMPARE(editor.lastError(),
            QStringLiteral("The catalog is not valid and was not saved: "
                           "dimensions[0].statements[0]: \"text\" is empty"));
        QCOMPARE(read(target), before);
        QVERIFY(!editor.exportFile(path(QStringLiteral("never.json"))));
        QVERIFY(!QFile::exists(path(QStringLiteral("never.json"))));
    }

    void importNamesTheProblem()
    {
        const QString broken = path(QStringLiteral("broken.json"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"dialogpunkte-catalog\"");
        file.close();
        CatalogEditor editor;
        editor.loadBuiltin(QStringLiteral("elternfeedback"));
        const Catalog before = editor.catalog();
        QVERIFY(!editor.importFile(broken));
        QVERIFY(editor.lastError().startsWith(QLatin1String("catalog file \"broken.json\"")));
        QVERIFY(editor.catalog() == before); // a failed import leaves the edited catalog alone
        QVERIFY(!editor.importFile(path(QStringLiteral("absent.json"))));
        QVERIFY(editor.lastError().contains(QLatin1String("does not exist")));
    }

    void exportToAnUnwritablePlaceFails()
    {
        CatalogEditor editor;
        QVERIFY(editor.loadBuiltin(QStringLiteral("elternfeedback")));
        QVERIFY(!editor.exportFile(path(QStringLiteral("no/such/dir/x.json"))));
        QVERIFY(editor.lastError().startsWith(QLatin1String("Cannot write the catalog file")));
    }

    void aSessionKeepsItsSnapshotWhenTheCatalogIsEdited()
    {
        Database database;
        QString error;
        QVERIFY2(database.open(path(QStringLiteral("sessions.sqlite")), &error), qPrintable(error));
        SessionStore store(database);

        CatalogEditor editor;
        QVERIFY(editor.loadBuiltin(QStringLiteral("qualitaetsrahmen")));
        const Catalog used = editor.catalog();
        const auto session = store.createSession(QStringLiteral("Werkstatt"), QDate(2025, 3, 4),
            editor.catalog(), { { QStringLiteral("kita"), LocalizedText(QStringLiteral("Kita")) } },
            SessionRecord::Role::Moderator, &error);
        QVERIFY2(session, qPrintable(error));

        editor.setVersion(QStringLiteral("neu"));
        editor.setCurrentDimension(0);
        editor.setStatementText(0, QStringLiteral("de"), QStringLiteral("Umformuliert"));
        QVERIFY(editor.removeStatement(1));
        editor.addScale(QStringLiteral("bipolar"));
        editor.scale()->setPole(true, QStringLiteral("de"), QStringLiteral("links"));
        editor.scale()->setPole(false, QStringLiteral("de"), QStringLiteral("rechts"));
        QVERIFY2(editor.exportFile(path(QStringLiteral("new-version.json"))),
            qPrintable(editor.lastError()));
        QVERIFY(editor.importFile(path(QStringLiteral("new-version.json"))));

        const auto stored = store.session(session->id);
        QVERIFY(stored);
        QVERIFY(stored->catalog == session->catalog);
        QVERIFY(stored->catalog == used);
        QVERIFY(!(stored->catalog == editor.catalog()));
        QCOMPARE(editor.catalog().version, QStringLiteral("neu"));
        database.close();
    }
};

QTEST_GUILESS_MAIN(TestCatalogEditorFiles)
#include "tst_catalogeditorfiles.moc"
