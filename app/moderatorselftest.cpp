#include "application.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QQmlComponent>
#include <QQuickItem>

#include <cstdio>

// --self-test, moderator's side: hosts a workshop on the loopback address and creates every
// page of Dialogpunkte.Moderator over it.

namespace dp {

bool Application::selfTestModerator()
{
    ModeratorSession& moderator = *m_moderator;
    bool ok = moderator.hostNewWorkshop(QStringLiteral("qualitaetsrahmen"),
        QStringLiteral("Self-test"), QHostAddress::LocalHost, 0, QStringLiteral("127.0.0.1"));
    std::fprintf(ok ? stdout : stderr, "self-test: %s host a workshop %s\n", ok ? "ok  " : "FAIL",
        qPrintable(moderator.errorText()));
    if (!ok)
        return false;
    moderator.setHideUntilRevealed(false);
    QList<Rating> ratings;
    for (int person = 0; person < 12; ++person) {
        Rating rating;
        rating.sessionId = moderator.host()->sessionId();
        rating.statementId = moderator.statementIds().value(person % 3);
        rating.pseudonym = QStringLiteral("selftest-%1").arg(person);
        rating.answer = person % 7;
        ratings.append(rating);
    }
    moderator.applyRatings(ratings);
    const QStringList pages { QStringLiteral("ModeratorShell"), QStringLiteral("WorkshopsPage"),
        QStringLiteral("NewWorkshopForm"), QStringLiteral("LobbyPage"),
        QStringLiteral("DashboardOverview"), QStringLiteral("FocusView"),
        QStringLiteral("DisagreementPanel"), QStringLiteral("PresentationView") };
    for (const QString& page : pages) {
        QQmlComponent component(m_engine.get(),
            QUrl(QStringLiteral("qrc:/qt/qml/Dialogpunkte/Moderator/%1.qml").arg(page)));
        std::unique_ptr<QObject> object(component.create());
        const bool pageOk = object && !component.isError();
        for (const QQmlError& error : component.errors())
            std::fprintf(stderr, "self-test: %s\n", qPrintable(error.toString()));
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
        std::fprintf(pageOk ? stdout : stderr, "self-test: %s moderator %s\n",
            pageOk ? "ok  " : "FAIL", qPrintable(page));
        ok = ok && pageOk;
    }
    moderator.stopHosting();
    return ok;
}

} // namespace dp
