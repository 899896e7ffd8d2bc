// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/net/httpclient.h"
#include "core/util/tareerror.h"
#include "cancelreaction.h"
#include "testserver/openaitestserver.h"
#include "testutils.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QLoggingCategory>
#include <QTest>

#include <mutex>

using namespace tare;
using tare::test::OpenAiTestServer;
using Fault = OpenAiTestServer::Fault;

namespace {

HttpRequest chatRequest(const OpenAiTestServer& server, const QString& prompt = QStringLiteral("Is this a zebra?"))
{
    HttpRequest request;
    request.url = server.baseUrl() + QStringLiteral("/v1/chat/completions");
    request.headers = {{"Content-Type", "application/json"}};
    request.body = QJsonDocument(QJsonObject{{QStringLiteral("model"), QStringLiteral("test")},
                                             {QStringLiteral("messages"),
                                              QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                                     {QStringLiteral("content"), prompt}}}}})
                       .toJson(QJsonDocument::Compact);
    request.connectTimeoutMs = 2000;
    request.totalTimeoutMs = 5000;
    return request;
}

HttpClientOptions fastRetries(int maxAttempts = 4)
{
    HttpClientOptions options;
    options.maxAttempts = maxAttempts;
    options.initialBackoffMs = 10;
    options.maxBackoffMs = 50;
    return options;
}

QString httpDate(const QDateTime& utc)
{
    return QLocale::c().toString(utc.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")) + QStringLiteral(" GMT");
}

std::mutex s_logMutex;
QStringList s_log;

void captureLog(QtMsgType, const QMessageLogContext&, const QString& message)
{
    std::lock_guard lock(s_logMutex);
    s_log.append(message);
}

} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void endpointKey_data();
    void endpointKey();

    void plainRequest();
    void faults_data();
    void faults();
    void notFoundNotRetried();
    void retryAfterHonoured_data();
    void retryAfterHonoured();
    void retryAfterTooLong();
    void concurrencyReached_data();
    void concurrencyReached();
    void endpointOverride();
    void cancellationIsPrompt();
    void cancelById();
    void destructorCancels();
    void connectionRefused();
    void debugLogRedactsKey();
    void jsonPostSendsJsonWithTheKeyAsBearer();
};

void TestHttpClient::initTestCase()
{
    // Nothing here may leave the machine, whatever the environment says about proxies.
    qputenv("NO_PROXY", "127.0.0.1,localhost");
    qputenv("no_proxy", "127.0.0.1,localhost");
}





void TestHttpClient::endpointKey_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("key");
    QTest::newRow("https default") << QStringLiteral("https://API.openai.com/v1/chat/completions")
                                   << QStringLiteral("https://api.openai.com:443");
    QTest::newRow("http default") << QStringLiteral("http://localhost/v1") << QStringLiteral("http://localhost:80");
    QTest::newRow("explicit port") << QStringLiteral("http://127.0.0.1:11434/v1/embeddings")
                                   << QStringLiteral("http://127.0.0.1:11434");
}

void TestHttpClient::endpointKey()
{
    QFETCH(QString, url);
    QFETCH(QString, key);
    QCOMPARE(HttpClient::endpointKey(url), key);
}



void TestHttpClient::plainRequest()
{
    OpenAiTestServer server;
    HttpClient client;
    HttpResponse response = client.submit(chatRequest(server)).get();
    QVERIFY2(response.ok(), qPrintable(response.error));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.attempts, 1);
    QCOMPARE(response.header("content-type"), QByteArray("application/json"));
    const QJsonObject reply = QJsonDocument::fromJson(response.body).object();
    QVERIFY(reply.contains(QStringLiteral("choices")));
    QCOMPARE(server.requestCount(), 1);
    QCOMPARE(server.seen().first().header("content-type"), QByteArray("application/json"));
    QVERIFY(server.seen().first().header("expect").isEmpty());
}

void TestHttpClient::faults_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("totalTimeoutMs");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorPart");
    const int slow = 5000;
    QTest::newRow("429 once") << int(Fault::TooManyRequests) << 1 << slow << true << 2 << 200 << QString();
    QTest::newRow("500 twice") << int(Fault::ServerError) << 2 << slow << true << 3 << 200 << QString();
    QTest::newRow("500 always") << int(Fault::ServerError) << 10 << slow << false << 4 << 500
                                << QStringLiteral("HTTP 500 after 4 attempt(s): The server had an error");
    QTest::newRow("dropped connection") << int(Fault::Drop) << 1 << slow << true << 2 << 200 << QString();
    QTest::newRow("dropped always") << int(Fault::Drop) << 10 << slow << false << 4 << 0
                                    << QStringLiteral("network error after 4 attempt(s)");
    QTest::newRow("400 not retried") << int(Fault::BadRequest) << 1 << slow << false << 1 << 400
                                     << QStringLiteral("HTTP 400: Invalid request: bad parameter");
    QTest::newRow("401 not retried") << int(Fault::Unauthorized) << 1 << slow << false << 1 << 401
                                     << QStringLiteral("HTTP 401: Incorrect API key provided");
    QTest::newRow("truncated JSON arrives") << int(Fault::TruncatedJson) << 1 << slow << true << 1 << 200 << QString();
    QTest::newRow("slow body") << int(Fault::SlowBody) << 1 << slow << true << 1 << 200 << QString();
    QTest::newRow("slow body times out") << int(Fault::SlowBody) << 10 << 100 << false << 4 << 0
                                         << QStringLiteral("timed out");
}

void TestHttpClient::faults()
{
    QFETCH(int, fault);
    QFETCH(int, count);
    QFETCH(int, totalTimeoutMs);
    QFETCH(bool, ok);
    QFETCH(int, attempts);
    QFETCH(int, status);
    QFETCH(QString, errorPart);

    OpenAiTestServer server;
    server.pushFault(Fault(fault), count, "0");
    HttpClient client(fastRetries(4));
    HttpRequest request = chatRequest(server);
    request.totalTimeoutMs = totalTimeoutMs;
    const HttpResponse response = client.submit(request).get();
    QCOMPARE(response.ok(), ok);
    QCOMPARE(response.attempts, attempts);
    QCOMPARE(response.status, status);
    QCOMPARE(server.requestCount(), attempts);
    if (!errorPart.isEmpty())
        QVERIFY2(response.error.contains(errorPart), qPrintable(response.error));
    if (Fault(fault) == Fault::TruncatedJson) {
        QJsonParseError error;
        QJsonDocument::fromJson(response.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
    }
    if (ok && Fault(fault) == Fault::SlowBody)
        QVERIFY(response.latencyMs >= 250.0);
}

void TestHttpClient::notFoundNotRetried()
{
    OpenAiTestServer server;
    HttpClient client(fastRetries(4));
    HttpRequest request = chatRequest(server);
    request.url = server.baseUrl() + QStringLiteral("/v1/no-such-endpoint");
    const HttpResponse response = client.submit(request).get();
    QCOMPARE(response.status, 404);
    QCOMPARE(response.attempts, 1);
    QCOMPARE(server.requestCount(), 1);
    QCOMPARE(response.error, QStringLiteral("HTTP 404: Unknown path /v1/no-such-endpoint"));
}

void TestHttpClient::retryAfterHonoured_data()
{
    TestUtils::addSwitchRows("asDate", "delta seconds", "http date");
}

void TestHttpClient::retryAfterHonoured()
{
    QFETCH(bool, asDate);
    OpenAiTestServer server;
    // A date has whole seconds, so "now + 2 s" asks for a wait between 1 and 2 seconds.
    const QByteArray retryAfter = asDate ? httpDate(QDateTime::currentDateTimeUtc().addSecs(2)).toLatin1()
                                         : QByteArray("1");
    server.pushFault(Fault::TooManyRequests, 1, retryAfter);
    HttpClient client(fastRetries(3));
    QElapsedTimer timer;
    timer.start();
    const HttpResponse response = client.submit(chatRequest(server)).get();
    QVERIFY2(response.ok(), qPrintable(response.error));
    QCOMPARE(response.attempts, 2);
    QVERIFY2(timer.elapsed() >= 1000, qPrintable(QString::number(timer.elapsed())));
    const QList<OpenAiTestServer::Seen> seen = server.seen();
    QCOMPARE(seen.size(), 2);
    const auto gap = std::chrono::duration_cast<std::chrono::milliseconds>(seen[1].arrived - seen[0].arrived);
    QVERIFY2(gap.count() >= 950, qPrintable(QString::number(gap.count())));
}

void TestHttpClient::retryAfterTooLong()
{
    OpenAiTestServer server;
    server.pushFault(Fault::TooManyRequests, 1, "3600");
    HttpClient client(fastRetries(3));
    QElapsedTimer timer;
    timer.start();
    const HttpResponse response = client.submit(chatRequest(server)).get();
    QVERIFY(!response.ok());
    QCOMPARE(response.status, 429);
    QCOMPARE(response.attempts, 1);
    QVERIFY2(response.error.contains(QStringLiteral("retry after 3600 s")), qPrintable(response.error));
    QVERIFY(timer.elapsed() < 2000);
}

void TestHttpClient::concurrencyReached_data()
{
    QTest::addColumn<int>("concurrency");
    QTest::addColumn<int>("requests");
    QTest::newRow("8 of 64") << 8 << 64;
    QTest::newRow("16 of 64") << 16 << 64;
    QTest::newRow("1 of 8") << 1 << 8;
}

void TestHttpClient::concurrencyReached()
{
    QFETCH(int, concurrency);
    QFETCH(int, requests);
    OpenAiTestServer server;
    server.setLatencyMs(50);
    HttpClientOptions options;
    options.maxConcurrencyPerEndpoint = concurrency;
    HttpClient client(options);
    QList<HttpRequest> batch;
    for (int i = 0; i < requests; ++i)
        batch.append(chatRequest(server, QStringLiteral("document %1").arg(i)));
    QElapsedTimer timer;
    timer.start();
    const QList<HttpResponse> responses = client.runBatch(batch);
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(responses.size(), requests);
    for (int i = 0; i < requests; ++i) {
        QVERIFY2(responses[i].ok(), qPrintable(responses[i].error));
        // Responses come back in request order.
        const QString content = QJsonDocument::fromJson(responses[i].body)
                                    .object()[QStringLiteral("choices")][0][QStringLiteral("message")]
                                             [QStringLiteral("content")]
                                    .toString();
        const bool yes = OpenAiTestServer::yesProbability(QStringLiteral("document %1").arg(i)) >= 0.5;
        QCOMPARE(content, yes ? QStringLiteral("Yes.") : QStringLiteral("No."));
    }
    QCOMPARE(server.requestCount(), requests);
    QCOMPARE(server.maxInFlight(), concurrency);
    // Keep-alive: connections are reused, never more than the concurrency.
    QVERIFY2(server.connectionCount() <= concurrency, qPrintable(QString::number(server.connectionCount())));
    const double ideal = double(requests) / concurrency * 50.0;
    QVERIFY2(elapsed >= ideal * 0.9 && elapsed < ideal * 3 + 500, qPrintable(QString::number(elapsed)));
}

void TestHttpClient::endpointOverride()
{
    OpenAiTestServer server;
    server.setLatencyMs(30);
    HttpClient client;
    client.setEndpointConcurrency(HttpClient::endpointKey(server.baseUrl()), 3);
    QList<HttpRequest> batch;
    for (int i = 0; i < 12; ++i)
        batch.append(chatRequest(server));
    client.runBatch(batch);
    QCOMPARE(server.maxInFlight(), 3);
}

void TestHttpClient::cancellationIsPrompt()
{
    OpenAiTestServer server;
    server.pushFault(Fault::Hang, 4);
    HttpClient client;
    QList<HttpRequest> batch(4, chatRequest(server));
    for (HttpRequest& request : batch)
        request.totalTimeoutMs = 60000;
    // Cancel once the server holds all four requests.
    const auto reaction = TestUtils::cancelReaction([&](const std::function<bool()>& cancel) { client.runBatch(batch, cancel); },
                                                    [&] { return server.inFlight() == 4; });
    QVERIFY(reaction.cancelled);
    QVERIFY(reaction.ms >= 0);
    QVERIFY2(reaction.ms < 500, qPrintable(QString::number(reaction.ms)));
}

void TestHttpClient::cancelById()
{
    OpenAiTestServer server;
    server.pushFault(Fault::Hang, 1);
    HttpClient client;
    std::promise<HttpResponse> promise;
    std::future<HttpResponse> future = promise.get_future();
    HttpRequest request = chatRequest(server);
    request.totalTimeoutMs = 60000;
    const quint64 id = client.submit(request, [&promise](HttpResponse response) { promise.set_value(response); });
    QTRY_COMPARE(server.inFlight(), 1);
    QElapsedTimer timer;
    timer.start();
    client.cancel(id);
    QCOMPARE(future.wait_for(std::chrono::milliseconds(500)), std::future_status::ready);
    QVERIFY(timer.elapsed() < 500);
    const HttpResponse response = future.get();
    QVERIFY(response.cancelled);
    QVERIFY(!response.ok());
    client.cancel(id); // already done: no effect
}

void TestHttpClient::destructorCancels()
{
    OpenAiTestServer server;
    server.pushFault(Fault::Hang, 2);
    std::future<HttpResponse> hanging;
    std::future<HttpResponse> queued;
    QElapsedTimer timer;
    {
        HttpClientOptions options;
        options.maxConcurrencyPerEndpoint = 1;
        HttpClient client(options);
        HttpRequest request = chatRequest(server);
        request.totalTimeoutMs = 60000;
        hanging = client.submit(request);
        queued = client.submit(request);
        QTRY_COMPARE(server.inFlight(), 1);
        timer.start();
    }
    QVERIFY(timer.elapsed() < 500);
    QVERIFY(hanging.get().cancelled);
    QVERIFY(queued.get().cancelled);
}

void TestHttpClient::connectionRefused()
{
    quint16 port = 0;
    {
        OpenAiTestServer server; // take a free port, then let it go
        port = server.port();
    }
    HttpClient client(fastRetries(2));
    HttpRequest request;
    request.url = QStringLiteral("http://127.0.0.1:%1/v1/embeddings").arg(port);
    request.body = "{}";
    const HttpResponse response = client.submit(request).get();
    QVERIFY(!response.ok());
    QCOMPARE(response.status, 0);
    QCOMPARE(response.attempts, 2);
    QVERIFY2(response.error.contains(QStringLiteral("network error after 2 attempt(s)")), qPrintable(response.error));
}

void TestHttpClient::debugLogRedactsKey()
{
    OpenAiTestServer server;
    server.setRequiredApiKey("sk-test-secret");
    QLoggingCategory::setFilterRules(QStringLiteral("tare.http.debug=true"));
    {
        std::lock_guard lock(s_logMutex);
        s_log.clear();
    }
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);
    HttpResponse response;
    {
        HttpClient client;
        HttpRequest request = chatRequest(server);
        request.headers.append({QByteArray("Authorization"), QByteArray("Bearer sk-test-secret")});
        response = client.submit(request).get();
    }
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QStringLiteral("tare.http.debug=false"));
    QVERIFY2(response.ok(), qPrintable(response.error));
    std::lock_guard lock(s_logMutex);
    QVERIFY(!s_log.isEmpty());
    const QString all = s_log.join(u'\n');
    QVERIFY(!all.contains(QStringLiteral("sk-test-secret")));
    QVERIFY(all.contains(QStringLiteral("<redacted>")));
}

void TestHttpClient::jsonPostSendsJsonWithTheKeyAsBearer()
{
    OpenAiTestServer server;
    const QString url = server.baseUrl() + QStringLiteral("/v1/chat/completions");
    const QByteArray body = chatRequest(server).body;
    const HttpRequest request = HttpRequest::jsonPost(url, "sk-test-secret", body, 2000, 5000, 12345);
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.url, url);
    QCOMPARE(request.body, body);
    QCOMPARE(request.connectTimeoutMs, 2000);
    QCOMPARE(request.totalTimeoutMs, 5000);
    QCOMPARE(request.maxResponseBytes, qint64(12345));
    QCOMPARE(HttpRequest::jsonPost(url, {}, body, 1, 2).maxResponseBytes, HttpRequest::DefaultMaxResponseBytes);

    server.setRequiredApiKey("sk-test-secret");
    HttpClient client;
    const HttpResponse response = client.submit(request).get();
    QVERIFY2(response.ok(), qPrintable(response.error));
    QCOMPARE(server.seen().last().header("content-type"), QByteArray("application/json"));
    QCOMPARE(server.seen().last().header("authorization"), QByteArray("Bearer sk-test-secret"));
    QCOMPARE(server.seen().last().body, body);

    // No key, no Authorization header: the server that wants one refuses.
    const HttpResponse refused = client.submit(HttpRequest::jsonPost(url, {}, body, 2000, 5000)).get();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.status, 401);
    QVERIFY(server.seen().last().header("authorization").isEmpty());
}

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
