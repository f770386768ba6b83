#include "application.h"

#include <QCoreApplication>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickWindow>

#include <cstdio>

// --self-test: every page loads and the main flow runs through the real QML without errors.

namespace dp {

namespace {
void settle()
{
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
}

void report(const char* step, bool ok)
{
    std::fprintf(ok ? stdout : stderr, "self-test: %s %s\n", ok ? "ok  " : "FAIL", step);
}
} // namespace

int Application::runSelfTest()
{
    if (!m_attendee->isAvailable()) {
        std::fprintf(stderr, "self-test: FAIL storage: %s\n", qPrintable(m_unavailableReason));
        return 1;
    }
    bool ok = loadMain();
    report("load Main.qml", ok);
    if (!ok)
        return 1;
    settle();
    ok = selfTestFlow() && ok;
    ok = selfTestPages() && ok;
    ok = selfTestModerator() && ok;
    for (const QQmlError& warning : std::as_const(m_qmlWarnings))
        std::fprintf(stderr, "self-test: QML warning: %s\n", qPrintable(warning.toString()));
    ok = ok && m_qmlWarnings.isEmpty();
    std::fprintf(ok ? stdout : stderr, "self-test: %s\n", ok ? "passed" : "FAILED");
    return ok ? 0 : 1;
}

bool Application::selfTestFlow()
{
    AttendeeSession& attendee = *m_attendee;
    RatingFlow& flow = *attendee.flow();
    bool ok = attendee.startLocal(attendee.catalogs()->firstValidRow(), QString());
    settle();
    ok = ok && flow.answer(1) && flow.next() && flow.answer(0);
    settle();
    for (const QString& language :
        { QStringLiteral("en"), QStringLiteral("ar"), QStringLiteral("de") }) {
        m_language.setLanguage(language);
        settle();
    }
    QQuickItem* shell
        = window() ? window()->findChild<QQuickItem*>(QStringLiteral("appShell")) : nullptr;
    ok = ok && shell && QMetaObject::invokeMethod(shell, "showOverview");
    settle();
    ok = ok && QMetaObject::invokeMethod(shell, "closeOverview");
    flow.finish();
    settle();
    ok = ok && attendee.phase() == AttendeeSession::Phase::Finished;
    attendee.review();
    SharedDevice& shared = *attendee.shared();
    ok = ok && shared.enable(QStringLiteral("2468"));
    flow.finish();
    settle();
    ok = ok && attendee.phase() == AttendeeSession::Phase::ThankYou && attendee.nextRespondent();
    settle();
    // A shared tablet leaves the participant's pages only with the moderator's code.
    ok = ok && !attendee.backToStart() && shared.unlock(QStringLiteral("2468"))
        && attendee.backToStart() && shared.disable();
    settle();
    ok = ok && attendee.resume();
    settle();
    report("rating flow through the pages", ok);
    return ok;
}

bool Application::selfTestPages()
{
    bool ok = true;
    const QStringList pages { QStringLiteral("StartPage"), QStringLiteral("RatingPage"),
        QStringLiteral("OverviewPage"), QStringLiteral("FinishPage"),
        QStringLiteral("ThankYouPage"), QStringLiteral("EndedPage"),
        QStringLiteral("GroupChoicePage"), QStringLiteral("AppShell") };
    for (const QString& page : pages) {
        QQmlComponent component(
            m_engine.get(), QUrl(QStringLiteral("qrc:/qt/qml/Dialogpunkte/%1.qml").arg(page)));
        std::unique_ptr<QObject> object(component.create());
        const bool pageOk = object && !component.isError();
        if (!pageOk) {
            for (const QQmlError& error : component.errors())
                std::fprintf(stderr, "self-test: %s\n", qPrintable(error.toString()));
        }
        settle();
        report(qPrintable(page), pageOk);
        ok = ok && pageOk;
    }
    return ok;
}

} // namespace dp
