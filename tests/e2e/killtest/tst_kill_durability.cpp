// Kills a process that is saving ratings and checks that everything it reported as saved is
// still in the database, and that the database is intact.
#include "storage/database.h"
#include "storage/ratingstore.h"

#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dp;

namespace {

struct SavedLine
{
    qint64 sequence = 0;
    int round = 0;
    QString statementId;
    int answer = -1;
};

/// Reads complete lines from the writer; a line without its newline was not fully reported.
class WriterOutput
{
public:
    void append(const QByteArray& bytes) { m_buffer += bytes; }

    bool parse(QString* problem)
    {
        int end;
        while ((end = m_buffer.indexOf('\n')) >= 0) {
            const QList<QByteArray> fields = m_buffer.left(end).split(' ');
            m_buffer.remove(0, end + 1);
            if (fields.value(0) == "ready" && fields.size() == 3) {
                sessionId = QString::fromLatin1(fields.at(1));
                pseudonym = QString::fromLatin1(fields.at(2));
            } else if (fields.value(0) == "saved" && fields.size() == 5) {
                saved.append({ fields.at(1).toLongLong(), fields.at(2).toInt(),
                    QString::fromLatin1(fields.at(3)), fields.at(4).toInt() });
            } else {
                *problem = QStringLiteral("unexpected line: %1")
                               .arg(QString::fromLatin1(fields.join(' ')));
                return false;
            }
        }
        return true;
    }

    QString sessionId;
    QString pseudonym;
    QList<SavedLine> saved;

private:
    QByteArray m_buffer;
};

} // namespace

class TestKillDurability : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFile::exists(QStringLiteral(DP_RATING_WRITER)), DP_RATING_WRITER);
    }

    void savedRatingsSurviveSigkill_data()
    {
        QTest::addColumn<int>("killAfter");
        for (const int count : { 50, 200, 201, 333, 500 })
            QTest::addRow("kill after %d saves", count) << count;
    }

    void savedRatingsSurviveSigkill()
    {
        QFETCH(int, killAfter);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("device.sqlite"));

        QProcess writer;
        writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        writer.start(QStringLiteral(DP_RATING_WRITER), { path });
        QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));

        WriterOutput output;
        QString problem;
        while (output.saved.size() < killAfter) {
            QVERIFY2(writer.state() == QProcess::Running || writer.bytesAvailable() > 0,
                "the writer stopped before it was killed");
            writer.waitForReadyRead(100);
            output.append(writer.readAllStandardOutput());
            QVERIFY2(output.parse(&problem), qPrintable(problem));
        }
        // Still writing: the kill lands in the middle of the save loop, not after it.
        QCOMPARE(writer.state(), QProcess::Running);
        writer.kill(); // SIGKILL: no destructors, no atexit, no chance to flush or checkpoint
        QVERIFY(writer.waitForFinished(10000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        // Lines already in the pipe were printed after their commit, so they count too.
        output.append(writer.readAllStandardOutput());
        QVERIFY2(output.parse(&problem), qPrintable(problem));
        QVERIFY(output.saved.size() >= killAfter);
        qInfo("killed after %lld reported saves", static_cast<long long>(output.saved.size()));

        // The writer never closed the file: recent commits live only in the write-ahead log.
        QVERIFY(QFile::exists(path + QStringLiteral("-wal")));

        Database database;
        QString error;
        QVERIFY2(database.open(path, &error), qPrintable(error));
        QSqlQuery integrity(database.connection());
        QVERIFY(integrity.exec(QStringLiteral("PRAGMA integrity_check")) && integrity.next());
        QCOMPARE(integrity.value(0).toString(), QStringLiteral("ok"));
        integrity.finish();

        RatingStore ratings(database);
        for (const SavedLine& line : std::as_const(output.saved)) {
            const auto rating
                = ratings.rating(output.sessionId, line.round, line.statementId, output.pseudonym);
            QVERIFY2(rating, qPrintable(QStringLiteral("sequence %1 is lost").arg(line.sequence)));
            QCOMPARE(rating->sequence, line.sequence);
            QCOMPARE(rating->answer, line.answer);
        }
        // Nothing was acknowledged, so every saved rating is still waiting to be sent.
        QVERIFY(ratings.pendingCount(output.sessionId) >= output.saved.size());
        // The counter never goes back: the next save gets a sequence beyond all reported ones.
        const auto next = ratings.saveAnswer(
            output.sessionId, 100000, QStringLiteral("s1"), output.pseudonym, 1, &error);
        QVERIFY2(next, qPrintable(error));
        QVERIFY(next->sequence > output.saved.last().sequence);
    }
};

QTEST_GUILESS_MAIN(TestKillDurability)
#include "tst_kill_durability.moc"
