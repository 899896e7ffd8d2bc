// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/net/httpclient.h"
#include "core/net/httppolicy.h"

#include <QDateTime>
#include <QLocale>
#include <QTest>

using namespace tare;

namespace {

QString httpDate(const QDateTime& utc)
{
    return QLocale::c().toString(utc.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")) + QStringLiteral(" GMT");
}

} // namespace

/// Retry, backoff and message rules of the HTTP client, as pure functions.
class TestHttpPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retryAfter_data();
    void retryAfter();
    void backoff_data();
    void backoff();
    void retryableStatus_data();
    void retryableStatus();
    void serverMessage_data();
    void serverMessage();
    void redaction();
    void redactionLeavesNoSecret_data();
    void redactionLeavesNoSecret();
};

void TestHttpPolicy::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expected"); // -1: not understood
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC); // 2026-01-01 00:00:00
    QTest::newRow("seconds") << QByteArray("1") << qint64(1000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("padded") << QByteArray(" 120 ") << qint64(120000);
    QTest::newRow("negative") << QByteArray("-5") << qint64(0);
    QTest::newRow("http date") << httpDate(now.addSecs(30)).toLatin1() << qint64(30000);
    QTest::newRow("past date") << httpDate(now.addSecs(-30)).toLatin1() << qint64(0);
    QTest::newRow("rfc850 date") << QByteArray("Thursday, 01-Jan-26 00:00:07 GMT") << qint64(7000);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
}

void TestHttpPolicy::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expected);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC);
    const std::optional<qint64> wait = HttpPolicy::retryAfterMs(value, now);
    QCOMPARE(wait.value_or(-1), expected);
}

void TestHttpPolicy::backoff_data()
{
    QTest::addColumn<int>("retry");
    QTest::addColumn<double>("jitter");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("first, no jitter") << 1 << 0.0 << qint64(250);
    QTest::newRow("first, full jitter") << 1 << 1.0 << qint64(500);
    QTest::newRow("second") << 2 << 1.0 << qint64(1000);
    QTest::newRow("third, half") << 3 << 0.5 << qint64(1500);
    QTest::newRow("capped") << 20 << 1.0 << qint64(30000);
}

void TestHttpPolicy::backoff()
{
    QFETCH(int, retry);
    QFETCH(double, jitter);
    QFETCH(qint64, expected);
    QCOMPARE(HttpPolicy::backoffMs(HttpClientOptions{}, retry, jitter), expected);
}

void TestHttpPolicy::retryableStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("retryable");
    for (int status : {408, 429, 500, 502, 503, 504, 529})
        QTest::addRow("%d", status) << status << true;
    for (int status : {200, 400, 401, 403, 404, 422, 501})
        QTest::addRow("%d", status) << status << false;
}

void TestHttpPolicy::retryableStatus()
{
    QFETCH(int, status);
    QFETCH(bool, retryable);
    QCOMPARE(HttpPolicy::isRetryableStatus(status), retryable);
}

void TestHttpPolicy::serverMessage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("openai") << QByteArray(R"({"error":{"message":"Incorrect API key provided","type":"x"}})")
                            << QStringLiteral("Incorrect API key provided");
    QTest::newRow("string error") << QByteArray(R"({"error":"model not found"})") << QStringLiteral("model not found");
    QTest::newRow("detail") << QByteArray(R"({"detail":"Not Found"})") << QStringLiteral("Not Found");
    QTest::newRow("plain text") << QByteArray("Bad Gateway\n\n") << QStringLiteral("Bad Gateway");
}

void TestHttpPolicy::serverMessage()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    QCOMPARE(HttpPolicy::serverMessage(body), message);
}

void TestHttpPolicy::redaction()
{
    const QString line = HttpPolicy::redactedHeaders(
        {{"Authorization", "Bearer sk-secret"}, {"x-api-key", "k2"}, {"Content-Type", "application/json"}});
    QVERIFY(!line.contains(QStringLiteral("sk-secret")));
    QVERIFY(!line.contains(QStringLiteral("k2")));
    QVERIFY(line.contains(QStringLiteral("Authorization: <redacted>")));
    QVERIFY(line.contains(QStringLiteral("Content-Type: application/json")));
}

void TestHttpPolicy::redactionLeavesNoSecret_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::newRow("ordinary") << QByteArray("sk-proj-abc123");
    // The fuzzer's find: a key inside the marker came back with it.
    QTest::newRow("inside the marker") << QByteArray("dacted");
    QTest::newRow("marker's brackets") << QByteArray("ted>sk-x");
    QTest::newRow("every printable character") << [] {
        QByteArray all;
        for (char c = '!'; c <= '~'; ++c)
            all.append(c);
        return all;
    }();
}

void TestHttpPolicy::redactionLeavesNoSecret()
{
    QFETCH(QByteArray, key);
    const QList<QByteArray> secrets = HttpPolicy::secretValues({{"Authorization", "Bearer " + key}});
    QCOMPARE(secrets, QList<QByteArray>{key});
    HttpResponse response;
    response.body = "<re" + key + key + "acted> " + key;
    response.headers.append({"X-Echo", key + ">"});
    response.error = QString::fromUtf8("error: " + key);
    HttpPolicy::redact(response, secrets);
    QVERIFY2(!response.body.contains(key), response.body.constData());
    QVERIFY(!response.headers.first().second.contains(key));
    QVERIFY(!response.error.contains(QString::fromUtf8(key)));
    // What is not the key stays.
    QVERIFY(response.body.startsWith("<re"));
    QVERIFY(response.error.startsWith(QStringLiteral("error: ")));
}

QTEST_GUILESS_MAIN(TestHttpPolicy)
#include "tst_httppolicy.moc"
