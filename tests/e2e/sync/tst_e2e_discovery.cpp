// Discovery and joining across two network namespaces joined by a veth pair: the hub announces
// itself in one namespace, the other hears it and a simulated tablet joins over the veth link.
// Needs root and iproute2; skipped with a reason otherwise.
#include "e2esupport.h"

#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace dp::e2e;

namespace {

int run(const QString& program, const QStringList& args, QByteArray* output = nullptr)
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(60000))
        return -1;
    if (output)
        *output = process.readAllStandardOutput() + process.readAllStandardError();
    return process.exitCode();
}

} // namespace

class TestE2eDiscovery : public QObject
{
    Q_OBJECT

private:
    QString m_ip;
    QString m_hubNs;
    QString m_tabletNs;
    bool m_ready = false;

    QStringList inNs(const QString& ns, const QStringList& command)
    {
        return QStringList { "netns", "exec", ns } + command;
    }

private slots:
    void initTestCase()
    {
        m_ip = QStandardPaths::findExecutable("ip");
        if (::geteuid() != 0)
            QSKIP("needs root to create network namespaces (CI runs as root)");
        if (m_ip.isEmpty())
            QSKIP("needs iproute2 (the `ip` command) for network namespaces");
        const QString suffix = QString::number(QRandomGenerator::global()->bounded(100000));
        m_hubNs = "dp-hub-" + suffix;
        m_tabletNs = "dp-tab-" + suffix;
        const QString vethA = "dph" + suffix, vethB = "dpt" + suffix;
        QByteArray out;
        const QList<QStringList> steps {
            { "netns", "add", m_hubNs },
            { "netns", "add", m_tabletNs },
            { "link", "add", vethA, "type", "veth", "peer", "name", vethB },
            { "link", "set", vethA, "netns", m_hubNs },
            { "link", "set", vethB, "netns", m_tabletNs },
            inNs(m_hubNs,
                { "ip", "addr", "add", "10.77.0.1/24", "brd", "10.77.0.255", "dev", vethA }),
            inNs(m_tabletNs,
                { "ip", "addr", "add", "10.77.0.2/24", "brd", "10.77.0.255", "dev", vethB }),
            inNs(m_hubNs, { "ip", "link", "set", vethA, "up" }),
            inNs(m_tabletNs, { "ip", "link", "set", vethB, "up" }),
            inNs(m_hubNs, { "ip", "link", "set", "lo", "up" }),
            inNs(m_tabletNs, { "ip", "link", "set", "lo", "up" }),
        };
        for (const QStringList& step : steps) {
            if (run(m_ip, step, &out) != 0) {
                cleanupTestCase();
                QSKIP(qPrintable("cannot set up network namespaces: " + QString::fromUtf8(out)));
            }
        }
        m_ready = true;
    }

    void cleanupTestCase()
    {
        if (!m_hubNs.isEmpty())
            run(m_ip, { "netns", "delete", m_hubNs });
        if (!m_tabletNs.isEmpty())
            run(m_ip, { "netns", "delete", m_tabletNs });
    }

    void tabletHearsHubAndJoinsAcrossNamespaces()
    {
        QVERIFY(m_ready);
        QTemporaryDir dir;
        QProcess hub;
        hub.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        hub.start(m_ip,
            inNs(m_hubNs,
                { DP_CLI, "hub", "--data-dir", dir.filePath("hub"), "--catalog", "qualitaetsrahmen",
                    "--port", "47201", "--room-code", "NS42", "--title", "Werkstatt Netz",
                    "--discovery-port", "47202" }));
        QVERIFY(hub.waitForStarted());
        // Accumulate: QTRY evaluates the condition once more after it became true.
        QByteArray hubOutput;
        QTRY_VERIFY_WITH_TIMEOUT((hubOutput += hub.readAllStandardOutput()).contains("listening")
                || hub.state() != QProcess::Running,
            10000);
        QCOMPARE(hub.state(), QProcess::Running);

        QByteArray heard;
        const int discoverCode = run(m_ip,
            inNs(m_tabletNs,
                { DP_CLI, "discover", "--discovery-port", "47202", "--timeout-s", "10",
                    "--first" }),
            &heard);
        QCOMPARE(discoverCode, 0);
        QVERIFY2(heard.contains("10.77.0.1\t47201\tWerkstatt Netz") || heard.contains("fe80::"),
            heard.constData());
        QVERIFY2(!heard.contains("NS42"), "the room code must never be announced");

        QByteArray simulated;
        const int simulateCode = run(m_ip,
            inNs(m_tabletNs,
                { DP_CLI, "simulate", "--hub", "10.77.0.1:47201", "--room-code", "NS42",
                    "--devices", "3", "--seed", "9", "--data-dir", dir.filePath("sim"), "--pace-ms",
                    "5", "--timeout-s", "60" }),
            &simulated);
        QVERIFY2(simulateCode == 0, simulated.constData());
        hub.terminate();
        QVERIFY(hub.waitForFinished(10000));
        QCOMPARE(hub.exitCode(), 0);
    }

    void blockedDiscoveryExplainsItself()
    {
        QVERIFY(m_ready);
        QByteArray heard;
        // Nobody announces in the tablet's namespace on this port.
        const int code = run(m_ip,
            inNs(m_tabletNs,
                { DP_CLI, "discover", "--discovery-port", "47203", "--timeout-s", "2" }),
            &heard);
        QCOMPARE(code, 1);
        QVERIFY2(heard.contains("join with the link"), heard.constData());
    }
};

QTEST_GUILESS_MAIN(TestE2eDiscovery)
#include "tst_e2e_discovery.moc"
