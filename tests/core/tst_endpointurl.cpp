// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/net/endpointurl.h"
#include "core/util/tareerror.h"
#include "testutils.h"

#include <QTest>

using namespace tare;

class TestEndpointUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void publicUrl_data();
    void publicUrl();
    void join_data();
    void join();
    void credentials_data();
    void credentials();
    void checkEndpointNamesWhatIsMissing();
};

void TestEndpointUrl::publicUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("http://localhost:8000/v1") << QStringLiteral("http://localhost:8000/v1");
    QTest::newRow("trailing slash") << QStringLiteral("http://localhost:8000/v1/") << QStringLiteral("http://localhost:8000/v1");
    QTest::newRow("credentials") << QStringLiteral("https://user:secret@llm.example/v1?key=abc")
                                 << QStringLiteral("https://llm.example/v1");
}

void TestEndpointUrl::publicUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QCOMPARE(EndpointUrl::publicUrl(url), expected);
}

void TestEndpointUrl::join_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("joined");
    QTest::newRow("plain") << QStringLiteral("http://h:8000/v1") << QStringLiteral("http://h:8000/v1/chat/completions");
    QTest::newRow("trailing slashes") << QStringLiteral("http://h/v1//") << QStringLiteral("http://h/v1/chat/completions");
    QTest::newRow("no path") << QStringLiteral("https://h") << QStringLiteral("https://h/chat/completions");
    QTest::newRow("query stays after the path") << QStringLiteral("https://h/openai/v1?api-version=2024-06-01")
                                                << QStringLiteral("https://h/openai/v1/chat/completions?api-version=2024-06-01");
    QTest::newRow("fragment kept") << QStringLiteral("http://h/v1#x") << QStringLiteral("http://h/v1/chat/completions#x");
}

void TestEndpointUrl::join()
{
    QFETCH(QString, base);
    QFETCH(QString, joined);
    QCOMPARE(EndpointUrl::join(base, QStringLiteral("/chat/completions")), joined);
}

void TestEndpointUrl::credentials_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("refusedFor"); // empty: accepted
    QTest::newRow("plain") << QStringLiteral("http://127.0.0.1:8000/v1") << QString();
    QTest::newRow("api-version") << QStringLiteral("https://x.openai.azure.com/openai?api-version=2024-06-01") << QString();
    QTest::newRow("user:pass") << QStringLiteral("https://user:secret@h/v1") << QStringLiteral("user:password@");
    QTest::newRow("api-key") << QStringLiteral("https://h/v1?api-key=SECRET") << QStringLiteral("'api-key'");
    QTest::newRow("key") << QStringLiteral("https://h/v1?key=SECRET") << QStringLiteral("'key'");
    QTest::newRow("access_token") << QStringLiteral("https://h/v1?x=1&access_token=SECRET") << QStringLiteral("'access_token'");
    QTest::newRow("sig") << QStringLiteral("https://h/v1?sig=SECRET") << QStringLiteral("'sig'");
    QTest::newRow("Client_Secret") << QStringLiteral("https://h/v1?Client_Secret=SECRET") << QStringLiteral("'Client_Secret'");
    QTest::newRow("ftp") << QStringLiteral("ftp://h/v1") << QStringLiteral("not an http");
    QTest::newRow("no host") << QStringLiteral("http:///v1") << QStringLiteral("not an http");
}

void TestEndpointUrl::credentials()
{
    QFETCH(QString, url);
    QFETCH(QString, refusedFor);
    try {
        EndpointUrl::checkNoCredentials(url);
        QVERIFY2(refusedFor.isEmpty(), "accepted");
    } catch (const TareError& error) {
        QVERIFY2(!refusedFor.isEmpty(), qPrintable(error.message()));
        QCOMPARE(error.kind(), TareError::Kind::Usage);
        QVERIFY2(error.message().contains(refusedFor), qPrintable(error.message()));
        QVERIFY2(!error.message().contains(QStringLiteral("SECRET")) && !error.message().contains(QStringLiteral("secret@")),
                 qPrintable(error.message()));
    }
}

void TestEndpointUrl::checkEndpointNamesWhatIsMissing()
{
    const QString missing = QStringLiteral("the client needs a URL");
    const auto endpointError = [&](const QString& url) {
        return TestUtils::errorOf([&] { EndpointUrl::checkEndpoint(url, missing); }).value_or(QString());
    };
    // No URL at all: the client's own words.
    QCOMPARE(endpointError(QString()), missing);
    QCOMPARE(endpointError(QStringLiteral("http://[bad")), missing);
    // A URL: the same verdict as the credentials check.
    for (const QString& url : {QStringLiteral("http://127.0.0.1:8000/v1"), QStringLiteral("https://h/v1?api-key=SECRET"),
                               QStringLiteral("https://user:secret@h/v1"), QStringLiteral("ftp://h/v1")}) {
        const QString credentialsError =
            TestUtils::errorOf([&] { EndpointUrl::checkNoCredentials(url); }).value_or(QString());
        QCOMPARE(endpointError(url), credentialsError);
    }
    QVERIFY(endpointError(QStringLiteral("http://127.0.0.1:8000/v1")).isEmpty());
    QVERIFY(endpointError(QStringLiteral("https://h/v1?api-key=SECRET")).contains(QStringLiteral("'api-key'")));
}

QTEST_GUILESS_MAIN(TestEndpointUrl)
#include "tst_endpointurl.moc"
