#include "sessionseal.h"

#include "sessionsnapshot.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace dp {

namespace {
constexpr qsizetype KeyBytes = 32;
}

QString SessionSeal::keyPath(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("hub.key"));
}

std::optional<SessionSeal> SessionSeal::existingForDatabase(
    const QString& databasePath, QString* error)
{
    const QString path = keyPath(databasePath);
    QFile existing(path);
    if (!existing.exists()) {
        *error
            = QStringLiteral("There is no hub key %1: this hub never hosted a workshop with "
                             "this data folder, so it cannot tell its own workshops from others.")
                  .arg(path);
        return std::nullopt;
    }
    if (!existing.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("Cannot read the hub key %1: %2").arg(path, existing.errorString());
        return std::nullopt;
    }
    const QByteArray key = existing.readAll();
    if (key.size() != KeyBytes) {
        *error = QStringLiteral("The hub key %1 is damaged (it must hold %2 bytes); it was "
                                "left as it is.")
                     .arg(path)
                     .arg(KeyBytes);
        return std::nullopt;
    }
    return SessionSeal(key);
}

std::optional<SessionSeal> SessionSeal::forDatabase(const QString& databasePath, QString* error)
{
    const QString path = keyPath(databasePath);
    if (QFile::exists(path))
        return existingForDatabase(databasePath, error);
    QByteArray key(KeyBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(key.begin(), key.end());
    // Owner-only before the key is written, so it is never readable by others.
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(key) != key.size() || !file.flush()) {
        *error = QStringLiteral("Cannot create the hub key %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return SessionSeal(key);
}

SessionSeal::SessionSeal(QByteArray key)
    : m_key(std::move(key))
{
}

QByteArray SessionSeal::canonicalContent(const SessionRecord& session)
{
    QJsonObject object = sessionToJson(session);
    object.remove(QStringLiteral("currentRound"));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString SessionSeal::seal(const SessionRecord& session) const
{
    return QString::fromLatin1(QMessageAuthenticationCode::hash(
        canonicalContent(session), m_key, QCryptographicHash::Sha256)
                                   .toHex());
}

bool SessionSeal::verifies(const SessionRecord& session, const QString& seal) const
{
    const QByteArray expected = this->seal(session).toLatin1();
    const QByteArray given = seal.toLatin1();
    // Compare every byte, so the time taken tells nothing about how much of a guess was right.
    if (expected.size() != given.size())
        return false;
    char difference = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        difference |= char(expected.at(i) ^ given.at(i));
    return difference == 0;
}

} // namespace dp
