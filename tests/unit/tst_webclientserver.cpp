// The participant web client's HTTP server, asked over a real socket through the hub's
// listener: exactly the client's files, with the right types, caching and security headers;
// every other path 404, every other method 405.
#include "listenerfixture.h"
#include "rawpeer.h"

#include <QLoggingCategory>
#include <QTest>

using namespace dp;
using namespace dp::test;

namespace {

const QString Folder = QStringLiteral(DP_TEST_DATA_DIR "/webclient");

struct Response
{
    int status = 0;
    QByteArray body;
    std::unique_ptr<RawPeer> peer;
    QByteArray header(const QByteArray& name) const { return peer->responseHeader(name); }
};

Response ask(ListenerFixture& hub, const QByteArray& request)
{
    Response response;
    response.peer = std::make_unique<RawPeer>(hub.port());
    response.peer->send(request);
    if (!QTest::qWaitFor([&] { return response.peer->closed; }, 5000))
        qWarning() << "no answer to" << request;
    response.status = response.peer->status();
    response.body = response.peer->responseBody();
    return response;
}

Response get(ListenerFixture& hub, const QByteArray& path, const QByteArray& headers = {})
{
    return ask(hub, "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers + "\r\n");
}

void verifySecurityHeaders(const Response& response)
{
    QCOMPARE(response.header("Content-Security-Policy"),
        QByteArray("default-src 'self'; frame-ancestors 'none'"));
    QCOMPARE(response.header("X-Content-Type-Options"), QByteArray("nosniff"));
    QCOMPARE(response.header("Referrer-Policy"), QByteArray("no-referrer"));
}

} // namespace

class TestWebClientServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The test folder holds two files on purpose that are not served; say so only once.
        QLoggingCategory::setFilterRules(QStringLiteral("dp.webclient.warning=false"));
    }

    void filesAreServedWithTheirType_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<QString>("file");
        QTest::newRow("/") << QByteArray("/") << QByteArray("text/html; charset=utf-8")
                           << "index.html";
        QTest::newRow("page with room")
            << QByteArray("/?room=K7Q2") << QByteArray("text/html; charset=utf-8") << "index.html";
        QTest::newRow("html") << QByteArray("/index.html") << QByteArray("text/html; charset=utf-8")
                              << "index.html";
        QTest::newRow("css") << QByteArray("/app.css") << QByteArray("text/css; charset=utf-8")
                             << "app.css";
        QTest::newRow("js") << QByteArray("/app.js") << QByteArray("text/javascript; charset=utf-8")
                            << "app.js";
        QTest::newRow("deeper js") << QByteArray("/sub/deep.js")
                                   << QByteArray("text/javascript; charset=utf-8") << "sub/deep.js";
        QTest::newRow("json") << QByteArray("/strings.json") << QByteArray("application/json")
                              << "strings.json";
        QTest::newRow("svg") << QByteArray("/icon.svg") << QByteArray("image/svg+xml")
                             << "icon.svg";
        QTest::newRow("png") << QByteArray("/icon.png") << QByteArray("image/png") << "icon.png";
        QTest::newRow("ico") << QByteArray("/favicon.ico") << QByteArray("image/x-icon")
                             << "favicon.ico";
        QTest::newRow("manifest") << QByteArray("/manifest.webmanifest")
                                  << QByteArray("application/manifest+json")
                                  << "manifest.webmanifest";
    }

    void filesAreServedWithTheirType()
    {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, type);
        QFETCH(QString, file);
        ListenerFixture hub(fastListenerOptions(), Folder);
        const Response response = get(hub, path);
        QCOMPARE(response.status, 200);
        QFile expected(Folder + QLatin1Char('/') + file);
        QVERIFY(expected.open(QIODevice::ReadOnly));
        QCOMPARE(response.body, expected.readAll());
        QCOMPARE(response.header("Content-Type"), type);
        QCOMPARE(response.header("Content-Length"), QByteArray::number(response.body.size()));
        QCOMPARE(response.header("Cache-Control"), QByteArray("no-cache"));
        QVERIFY(response.header("ETag").startsWith('"'));
        verifySecurityHeaders(response);
    }

    void headHasTheHeadersButNoBody()
    {
        ListenerFixture hub(fastListenerOptions(), Folder);
        const Response full = get(hub, "/app.css");
        const Response head = ask(hub, "HEAD /app.css HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QCOMPARE(head.status, 200);
        QVERIFY(head.body.isEmpty());
        QCOMPARE(head.header("Content-Length"), QByteArray::number(full.body.size()));
        QCOMPARE(head.header("ETag"), full.header("ETag"));
        verifySecurityHeaders(head);
    }

    void aKnownEtagIsAnsweredWithNotModified()
    {
        ListenerFixture hub(fastListenerOptions(), Folder);
        const QByteArray etag = get(hub, "/app.js").header("ETag");
        const Response again = get(hub, "/app.js", "If-None-Match: \"other\", " + etag + "\r\n");
        QCOMPARE(again.status, 304);
        QVERIFY(again.body.isEmpty());
        QCOMPARE(again.header("ETag"), etag);
        QVERIFY(again.header("Content-Length").isEmpty());
        verifySecurityHeaders(again);
        QCOMPARE(get(hub, "/app.js", "If-None-Match: \"stale\"\r\n").status, 200);
        QCOMPARE(get(hub, "/app.css", "If-None-Match: " + etag + "\r\n").status, 200);
    }

    void everythingElseIsNotFound_data()
    {
        QTest::addColumn<QByteArray>("path");
        for (const char* path : { "/nothing", "/..%2fetc/passwd", "/%2e%2e/%2e%2e/etc/passwd",
                 "//etc/passwd", "/web/", "/web/index.html", "/sub", "/sub/", "/index.html/",
                 "/app.css/../index.html", "/bad%20name.js", "/notes.xyz", "/INDEX.HTML",
                 "/index.html%00", "/.", "/./index.html", "/CMakeLists.txt" })
            QTest::newRow(path) << QByteArray(path);
    }

    void everythingElseIsNotFound()
    {
        QFETCH(QByteArray, path);
        ListenerFixture hub(fastListenerOptions(), Folder);
        const Response response = get(hub, path);
        QCOMPARE(response.status, 404);
        QCOMPARE(response.body, QByteArray("not found\n"));
        QCOMPARE(response.header("Content-Type"), QByteArray("text/plain; charset=utf-8"));
        verifySecurityHeaders(response);
    }

    void otherMethodsAreNotAllowed_data()
    {
        QTest::addColumn<QByteArray>("method");
        for (const char* method : { "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "BREW" })
            QTest::newRow(method) << QByteArray(method);
    }

    void otherMethodsAreNotAllowed()
    {
        QFETCH(QByteArray, method);
        ListenerFixture hub(fastListenerOptions(), Folder);
        const Response response
            = ask(hub, method + " /index.html HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QCOMPARE(response.status, 405);
        QCOMPARE(response.header("Allow"), QByteArray("GET, HEAD"));
        verifySecurityHeaders(response);
    }

    void theShippedClientIsServedFromResources()
    {
        const WebClientServer server;
        QVERIFY(server.paths().contains(QStringLiteral("/")));
        QVERIFY(server.paths().contains(QStringLiteral("/index.html")));
        for (const QString& path : server.paths())
            QVERIFY2(!path.contains(QLatin1String("CMakeLists")), qPrintable(path));
    }

    void onlyPlainNamesOfKnownTypesAreServed()
    {
        const WebClientServer server(Folder);
        QStringList paths = server.paths();
        paths.sort();
        QCOMPARE(paths,
            QStringList({ "/", "/app.css", "/app.js", "/favicon.ico", "/icon.png", "/icon.svg",
                "/index.html", "/manifest.webmanifest", "/strings.json", "/sub/deep.js" }));
    }
};

QTEST_GUILESS_MAIN(TestWebClientServer)
#include "tst_webclientserver.moc"
