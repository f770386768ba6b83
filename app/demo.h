#pragma once

#include <QObject>
#include <QProcess>
#include <QTemporaryDir>

namespace dp {

/// Simulated tablets for --demo: runs `dialogpunkte-cli simulate` against the demo hub in a
/// temporary folder and stops it when the app ends.
class DemoSimulation : public QObject
{
    Q_OBJECT

public:
    explicit DemoSimulation(QObject* parent = nullptr);
    ~DemoSimulation() override;

    /// The command-line tool next to the app (or in its build folder); empty when not found.
    static QString cliPath();
    bool start(quint16 hubPort, const QString& roomCode, int devices, QString* error);
    void stop();

private:
    QTemporaryDir m_folder;
    QProcess m_process;
};

} // namespace dp
