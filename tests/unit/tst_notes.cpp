// Moderator notes per session and statement: saving, changing, removing, order, bad input.
#include "storage/database.h"
#include "storage/notesstore.h"
#include "storage/sessionstore.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dp;

class TestNotes : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_database;
    QString m_sessionId;

    QString path() const { return m_dir.filePath(QStringLiteral("notes.sqlite")); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_database.open(path(), &error), qPrintable(error));
        const auto catalog
            = Catalog::fromFile(QStringLiteral(DP_TEST_DATA_DIR "/storage/test-catalog.json"));
        QVERIFY(catalog.ok());
        const auto session = SessionStore(m_database)
                                 .createSession(QStringLiteral("Werkstatt"), QDate(2024, 3, 12),
                                     catalog.catalog, {}, SessionRecord::Role::Moderator, &error);
        QVERIFY2(session, qPrintable(error));
        m_sessionId = session->id;
    }

    void savesChangesAndListsInCatalogOrder()
    {
        NotesStore notes(m_database);
        QString error;
        QVERIFY(!notes.note(m_sessionId, QStringLiteral("n1")));
        QVERIFY2(notes.setNote(m_sessionId, QStringLiteral("p1"),
                     QStringLiteral("Planung: Jugendhilfeplanung einladen"), &error),
            qPrintable(error));
        QVERIFY2(notes.setNote(m_sessionId, QStringLiteral("n1"),
                     QStringLiteral("Rollen unklar bei Ehrenamt"), &error),
            qPrintable(error));
        QVERIFY2(notes.setNote(m_sessionId, QStringLiteral("n1"),
                     QStringLiteral("Rollen unklar bei Ehrenamt und Kita"), &error),
            qPrintable(error));

        const auto n1 = notes.note(m_sessionId, QStringLiteral("n1"));
        QVERIFY(n1);
        QCOMPARE(n1->text, QStringLiteral("Rollen unklar bei Ehrenamt und Kita"));
        QVERIFY(n1->updatedAt.isValid());
        QVERIFY(qAbs(n1->updatedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);

        const QList<Note> all = notes.notes(m_sessionId);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).statementId, QStringLiteral("n1")); // catalog order, not insert order
        QCOMPARE(all.at(1).statementId, QStringLiteral("p1"));
    }

    void blankTextRemovesTheNote()
    {
        NotesStore notes(m_database);
        QString error;
        QVERIFY(notes.setNote(m_sessionId, QStringLiteral("n2"), QStringLiteral("x"), &error));
        QVERIFY(notes.note(m_sessionId, QStringLiteral("n2")));
        QVERIFY2(notes.setNote(m_sessionId, QStringLiteral("n2"), QStringLiteral("  \n"), &error),
            qPrintable(error));
        QVERIFY(!notes.note(m_sessionId, QStringLiteral("n2")));
    }

    void badInputIsRefusedAndKeepsTheNote()
    {
        NotesStore notes(m_database);
        QString error;
        QVERIFY(!notes.setNote(m_sessionId, QStringLiteral("zz"), QStringLiteral("x"), &error));
        QVERIFY2(error.contains(QStringLiteral("zz")), qPrintable(error));
        QVERIFY(!notes.setNote(
            QStringLiteral("unknown"), QStringLiteral("n1"), QStringLiteral("x"), &error));
        QVERIFY2(error.contains(QStringLiteral("Unknown session")), qPrintable(error));
        QVERIFY(!notes.setNote(m_sessionId, QStringLiteral("n1"),
            QString(NotesStore::MaxLength + 1, QLatin1Char('a')), &error));
        QVERIFY2(error.contains(QStringLiteral("at most")), qPrintable(error));
        QCOMPARE(notes.note(m_sessionId, QStringLiteral("n1"))->text,
            QStringLiteral("Rollen unklar bei Ehrenamt und Kita"));
        QVERIFY(notes.setNote(m_sessionId, QStringLiteral("n1"),
            QString(NotesStore::MaxLength, QLatin1Char('a')), &error));
        QVERIFY(notes.setNote(m_sessionId, QStringLiteral("n1"),
            QStringLiteral("Rollen unklar bei Ehrenamt und Kita"), &error));
    }

    void notesSurviveReopening()
    {
        m_database.close();
        QString error;
        QVERIFY2(m_database.open(path(), &error), qPrintable(error));
        QCOMPARE(NotesStore(m_database).notes(m_sessionId).size(), 2);
    }

    void closedDatabaseSaysSo()
    {
        Database closed;
        QString error;
        QVERIFY(!NotesStore(closed).setNote(
            m_sessionId, QStringLiteral("n1"), QStringLiteral("x"), &error));
        QVERIFY2(error.contains(QStringLiteral("not open")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestNotes)
#include "tst_notes.moc"
