#include "shareddevice.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <algorithm>

namespace dp {

namespace {
const QString EnabledKey = QStringLiteral("attendee/sharedDevice");
const QString SaltKey = QStringLiteral("shared/salt");
const QString CodeHashKey = QStringLiteral("shared/codeHash");
const QString StartLanguageKey = QStringLiteral("shared/startLanguage");
} // namespace

SharedDevice::SharedDevice(const QString& stateFile, QObject* parent)
    : QObject(parent)
    , m_state(stateFile, QSettings::IniFormat)
{
    m_enabled = m_state.value(EnabledKey, false).toBool();
    // Only the hash of the code is kept; a shared tablet from before codes existed stays open
    // until the moderator switches sharing on again with a code.
    m_locked = m_enabled && !m_state.value(CodeHashKey).toByteArray().isEmpty();
}

QString SharedDevice::startLanguage() const
{
    return m_enabled ? m_state.value(StartLanguageKey).toString() : QString();
}

bool SharedDevice::enable(const QString& unlockCode)
{
    const QString code = unlockCode.trimmed();
    const bool digitsOnly
        = std::all_of(code.cbegin(), code.cend(), [](QChar c) { return c.isDigit(); });
    if (code.size() < MinCodeLength || code.size() > MaxCodeLength || !digitsOnly) {
        setErrorText(tr("Please choose an unlock code of %1 to %2 digits.")
                         .arg(MinCodeLength)
                         .arg(MaxCodeLength));
        return false;
    }
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(
        reinterpret_cast<quint32*>(salt.data()), salt.size() / int(sizeof(quint32)));
    m_state.setValue(SaltKey, salt);
    m_state.setValue(CodeHashKey, hashOf(code, salt));
    m_state.setValue(StartLanguageKey, m_currentLanguage);
    m_state.setValue(EnabledKey, true);
    m_state.sync();
    setErrorText({});
    if (!m_enabled) {
        m_enabled = true;
        emit enabledChanged();
    }
    return true;
}

bool SharedDevice::disable()
{
    if (m_locked) {
        setErrorText(tr("Only the moderator can switch sharing off: unlock with the code first."));
        return false;
    }
    m_state.remove(SaltKey);
    m_state.remove(CodeHashKey);
    m_state.remove(StartLanguageKey);
    m_state.setValue(EnabledKey, false);
    m_state.sync();
    setErrorText({});
    if (m_enabled) {
        m_enabled = false;
        emit enabledChanged();
    }
    return true;
}

bool SharedDevice::unlock(const QString& code)
{
    if (!m_locked)
        return true;
    const QByteArray salt = m_state.value(SaltKey).toByteArray();
    if (hashOf(code.trimmed(), salt) != m_state.value(CodeHashKey).toByteArray()) {
        setErrorText(tr("That is not the unlock code."));
        return false;
    }
    setErrorText({});
    setLocked(false);
    return true;
}

void SharedDevice::lock()
{
    setLocked(m_enabled && !m_state.value(CodeHashKey).toByteArray().isEmpty());
}

void SharedDevice::clearError()
{
    setErrorText({});
}

QByteArray SharedDevice::hashOf(const QString& code, const QByteArray& salt) const
{
    return QCryptographicHash::hash(salt + code.toUtf8(), QCryptographicHash::Sha256);
}

void SharedDevice::setLocked(bool locked)
{
    if (m_locked == locked)
        return;
    m_locked = locked;
    emit lockedChanged();
}

void SharedDevice::setErrorText(const QString& text)
{
    if (m_errorText == text)
        return;
    m_errorText = text;
    emit errorTextChanged();
}

} // namespace dp
