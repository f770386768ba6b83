// The moderator's notes per statement: saved with the hosted workshop, read back, removed when
// blank, refused without a workshop or for an unknown statement, and still there when the
// workshop is continued after the app was closed.
#include "moderation/moderatorsession.h"
#include "storage/database.h"
#include "storage/notesstore.h"

#include <QHostAddress>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dp;

class TestModeratorNotes : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    bool open(Database& database, const QString& name)
    {
        QString error;
        const bool ok = database.open(m_dir.filePath(name + QStringLiteral(".sqlite")), &error);
        if (!ok)
            qWarning("%s", qPrintable(error));
        return ok;
    }

    bool host(ModeratorSession& moderator)
    {
        return moderator.hostNewWorkshop(QStringLiteral("qualitaetsrahmen"),
            QStringLiteral("Notes"), QHostAddress::LocalHost, 0);
    }

    bool reopen(ModeratorSession& moderator, const QString& sessionId)
    {
        return moderator.hostSession(sessionId, QHostAddress::LocalHost, 0);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void setGetAndPersistAcrossReopen()
    {
        QString first;
        QString second;
        QString sessionId;
        {
            Database database;
            QVERIFY(open(database, QStringLiteral("workshops")));
            ModeratorSession moderator(database);
            QVERIFY2(host(moderator), qPrintable(moderator.errorText()));
            sessionId = moderator.hostedSessionId();
            QVERIFY(moderator.statementIds().size() > 2);
            first = moderator.statementIds().at(0);
            second = moderator.statementIds().at(2);
            QCOMPARE(moderator.note(first), QString());

            QSignalSpy changed(&moderator, &ModeratorSession::noteChanged);
            QVERIFY(
                moderator.setNote(first, QStringLiteral("Kita und Jugendamt sehen das anders")));
            QVERIFY(moderator.setNote(second, QStringLiteral("Zeile 1\nZeile 2")));
            QCOMPARE(changed.count(), 2);
            QCOMPARE(changed.at(0).at(0).toString(), first);
            // Saving the same text again (a debounced save after no change) writes nothing.
            QVERIFY(moderator.setNote(second, QStringLiteral("Zeile 1\nZeile 2")));
            QCOMPARE(changed.count(), 2);

            QCOMPARE(moderator.note(first), QStringLiteral("Kita und Jugendamt sehen das anders"));
            QCOMPARE(moderator.note(second), QStringLiteral("Zeile 1\nZeile 2"));
            QCOMPARE(moderator.note(moderator.statementIds().at(1)), QString());
        }
        // The app was closed; the moderator continues the workshop.
        Database database;
        QVERIFY(open(database, QStringLiteral("workshops")));
        ModeratorSession moderator(database);
        QVERIFY2(reopen(moderator, sessionId), qPrintable(moderator.errorText()));
        QCOMPARE(moderator.note(first), QStringLiteral("Kita und Jugendamt sehen das anders"));
        QCOMPARE(moderator.note(second), QStringLiteral("Zeile 1\nZeile 2"));

        // Blank text removes the note.
        QVERIFY(moderator.setNote(first, QStringLiteral("  ")));
        QCOMPARE(moderator.note(first), QString());
        moderator.stopHosting();
        ModeratorSession reopened(database);
        QVERIFY2(reopen(reopened, sessionId), qPrintable(reopened.errorText()));
        QCOMPARE(reopened.note(first), QString());
        QCOMPARE(reopened.note(second), QStringLiteral("Zeile 1\nZeile 2"));
    }

    void newWorkshopStartsWithoutNotes()
    {
        Database database;
        QVERIFY(open(database, QStringLiteral("fresh")));
        ModeratorSession moderator(database);
        QVERIFY2(host(moderator), qPrintable(moderator.errorText()));
        const QString id = moderator.statementIds().at(0);
        QVERIFY(moderator.setNote(id, QStringLiteral("nur hier")));
        QVERIFY2(host(moderator), qPrintable(moderator.errorText()));
        QCOMPARE(moderator.note(id), QString());
    }

    void refusedWithoutWorkshopOrForUnknownStatement()
    {
        Database database;
        QVERIFY(open(database, QStringLiteral("refused")));
        ModeratorSession moderator(database);
        QVERIFY(!moderator.setNote(QStringLiteral("n1"), QStringLiteral("x")));
        QVERIFY(!moderator.errorText().isEmpty());
        QCOMPARE(moderator.note(QStringLiteral("n1")), QString());

        QVERIFY2(host(moderator), qPrintable(moderator.errorText()));
        QVERIFY(moderator.errorText().isEmpty());
        QVERIFY(!moderator.setNote(QStringLiteral("no-such-statement"), QStringLiteral("x")));
        QVERIFY(!moderator.errorText().isEmpty());
        const QString tooLong(NotesStore::MaxLength + 1, QLatin1Char('a'));
        QVERIFY(!moderator.setNote(moderator.statementIds().at(0), tooLong));
        QCOMPARE(moderator.note(moderator.statementIds().at(0)), QString());
    }
};

QTEST_GUILESS_MAIN(TestModeratorNotes)
#include "tst_moderator_notes.moc"
