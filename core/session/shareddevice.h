#pragma once

#include <QObject>
#include <QSettings>

namespace dp {

/// A tablet passed from hand to hand (parents' feedback): keeps each respondent on the
/// participant's side until the moderator enters the unlock code chosen when sharing was
/// switched on, and remembers the language every new respondent starts in.
class SharedDevice : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool enabled READ isEnabled NOTIFY enabledChanged)
    Q_PROPERTY(bool locked READ isLocked NOTIFY lockedChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(int minCodeLength READ minCodeLength CONSTANT)

public:
    static constexpr int MinCodeLength = 4;
    static constexpr int MaxCodeLength = 8;

    /// The state lives in `stateFile` (an INI file), so a restart stays shared and locked.
    explicit SharedDevice(const QString& stateFile, QObject* parent = nullptr);

    bool isEnabled() const { return m_enabled; }
    /// True while a respondent holds the tablet: leaving the participant's pages needs the code.
    bool isLocked() const { return m_locked; }
    QString errorText() const { return m_errorText; }
    int minCodeLength() const { return MinCodeLength; }
    /// The language in use when sharing was switched on; empty when not shared.
    QString startLanguage() const;
    /// The language the app shows now; taken as the start language by enable().
    void setCurrentLanguage(const QString& language) { m_currentLanguage = language; }

    /// Switches sharing on with the moderator's unlock code (4–8 digits).
    Q_INVOKABLE bool enable(const QString& unlockCode);
    /// Switches sharing off; only while unlocked.
    Q_INVOKABLE bool disable();
    /// The moderator's code opens the rest of the app until the next respondent starts.
    Q_INVOKABLE bool unlock(const QString& code);
    /// A respondent starts: the tablet stays on the participant's side.
    void lock();
    Q_INVOKABLE void clearError();

signals:
    void enabledChanged();
    void lockedChanged();
    void errorTextChanged();

private:
    QByteArray hashOf(const QString& code, const QByteArray& salt) const;
    void setLocked(bool locked);
    void setErrorText(const QString& text);

    QSettings m_state;
    QString m_currentLanguage;
    QString m_errorText;
    bool m_enabled = false;
    bool m_locked = false;
};

} // namespace dp
