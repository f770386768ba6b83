#include "application.h"
#include "editor/catalogeditor.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QImage>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>

#include <cstdio>

// --screenshot: puts the app into a chosen page with some answers and saves a picture of it.

namespace dp {

namespace {

// The catalog editor with a built-in catalog (default: the quality framework) loaded.
bool showEditor(QQuickWindow* window, QString catalogId)
{
    if (!QMetaObject::invokeMethod(window, "openCatalogEditor"))
        return false;
    auto* editor = window->findChild<CatalogEditor*>();
    if (catalogId.isEmpty())
        catalogId = QStringLiteral("qualitaetsrahmen");
    return editor && editor->loadBuiltin(catalogId);
}

} // namespace

bool Application::isModeratorScreenshot() const
{
    static const QStringList pages { QStringLiteral("lobby"), QStringLiteral("dashboard"),
        QStringLiteral("focus"), QStringLiteral("disagreement"), QStringLiteral("presentation") };
    return pages.contains(m_options.screenshotPage);
}

bool Application::prepareWorkshopsScreenshot(bool newWorkshopForm)
{
    // A small cluster series and a single workshop, as a moderator would have them.
    WorkshopLibrary& library = *m_workshops;
    const QVariantMap first { { QStringLiteral("title"), tr("Cluster 4, workshop 1") },
        { QStringLiteral("date"), QStringLiteral("18.03.2026") },
        { QStringLiteral("catalogId"), QStringLiteral("qualitaetsrahmen") },
        { QStringLiteral("groups"),
            QStringList {
                QStringLiteral("Dortmund"), QStringLiteral("Hagen"), QStringLiteral("Unna") } },
        { QStringLiteral("newSeriesTitle"), tr("Cluster 4") } };
    const QString id = library.createWorkshop(first);
    if (id.isEmpty()
        || library.duplicateAsNext(id, QStringLiteral("23.09.2026"), tr("Cluster 4, workshop 2"))
               .isEmpty()
        || library
               .createWorkshop(
                   { { QStringLiteral("title"), tr("Parents' feedback, family centre") },
                       { QStringLiteral("date"), QStringLiteral("02.05.2026") },
                       { QStringLiteral("catalogId"), QStringLiteral("elternfeedback") } })
               .isEmpty()) {
        std::fprintf(stderr, "screenshot: %s\n", qPrintable(library.errorText()));
        return false;
    }
    m_moderator->setActive(true);
    if (!newWorkshopForm)
        return true;
    QCoreApplication::processEvents();
    QQuickItem* page = window()->findChild<QQuickItem*>(QStringLiteral("workshopsPage"));
    return page && QMetaObject::invokeMethod(page, "openNewWorkshopForm");
}

bool Application::prepareModeratorScreenshot(const QString& page)
{
    // The demo room: a hosted workshop with simulated tablets (--demo-devices) answering.
    if (!startDemo())
        return false;
    QCoreApplication::processEvents();
    QQuickItem* shell = window()->findChild<QQuickItem*>(QStringLiteral("moderatorShell"));
    if (!shell)
        return false;
    if (page == QLatin1String("presentation"))
        return shell->setProperty("presenting", true);
    const QString view = page == QLatin1String("dashboard") ? QStringLiteral("overview") : page;
    return QMetaObject::invokeMethod(shell, "showView", Q_ARG(QVariant, view));
}

bool Application::prepareScreenshotState()
{
    const QString page = m_options.screenshotPage;
    if (page == QLatin1String("start"))
        return true;
    if (isModeratorScreenshot())
        return prepareModeratorScreenshot(page);
    if (page == QLatin1String("workshops") || page == QLatin1String("newworkshop"))
        return prepareWorkshopsScreenshot(page == QLatin1String("newworkshop"));
    if (page == QLatin1String("editor"))
        return showEditor(window(), m_options.screenshotCatalog);
    AttendeeSession& attendee = *m_attendee;
    CatalogListModel& catalogs = *attendee.catalogs();
    QString catalogId = m_options.screenshotCatalog;
    if (catalogId.isEmpty())
        catalogId = page == QLatin1String("thankyou") ? QStringLiteral("elternfeedback")
                                                      : QStringLiteral("qualitaetsrahmen");
    int row = -1;
    for (int i = 0; i < catalogs.rowCount(); ++i) {
        if (catalogs.index(i).data(CatalogListModel::CatalogIdRole).toString() == catalogId)
            row = i;
    }
    // The thank-you page belongs to a tablet passed from hand to hand.
    if (page == QLatin1String("thankyou") && !attendee.shared()->enable(QStringLiteral("2468")))
        return false;
    if (!attendee.startLocal(row, QStringLiteral("professional")))
        return false;
    RatingFlow& flow = *attendee.flow();
    // A few answers, one "cannot judge", so the pages show their states.
    flow.answer(4);
    flow.next();
    flow.answer(0);
    flow.next();
    flow.answer(2);
    if (page == QLatin1String("rating")) {
        flow.goTo(0);
    } else if (page == QLatin1String("overview")) {
        QQuickItem* shell = window()->findChild<QQuickItem*>(QStringLiteral("appShell"));
        return shell && QMetaObject::invokeMethod(shell, "showOverview");
    } else {
        flow.finish();
    }
    return true;
}

int Application::runScreenshot()
{
    if (!loadMain())
        return 1;
    QQuickWindow* view = window();
    view->resize(m_options.screenshotSize);
    if (!prepareScreenshotState()) {
        std::fprintf(stderr, "screenshot: could not prepare page \"%s\": %s\n",
            qPrintable(m_options.screenshotPage), qPrintable(m_attendee->errorMessage()));
        return 1;
    }
    // Let layouts settle and the stack view finish its transition before grabbing; the demo's
    // tablets need a few seconds to join and answer.
    QEventLoop loop;
    QTimer::singleShot(isModeratorScreenshot() ? 6000 : 700, &loop, &QEventLoop::quit);
    loop.exec();
    const QImage image = view->grabWindow();
    if (image.isNull() || !image.save(m_options.screenshotFile)) {
        std::fprintf(
            stderr, "screenshot: could not write %s\n", qPrintable(m_options.screenshotFile));
        return 1;
    }
    std::printf("screenshot: %s (%dx%d, page %s)\n", qPrintable(m_options.screenshotFile),
        image.width(), image.height(), qPrintable(m_options.screenshotPage));
    for (const QQmlError& warning : std::as_const(m_qmlWarnings))
        std::fprintf(stderr, "screenshot: QML warning: %s\n", qPrintable(warning.toString()));
    return 0;
}

} // namespace dp
