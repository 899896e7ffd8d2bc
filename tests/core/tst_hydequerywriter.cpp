// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/embed/hydequerywriter.h"
#include "core/util/tareerror.h"
#include "testserver/openaitestserver.h"

#include <QTest>

using namespace tare;
using tare::test::OpenAiTestServer;
using Fault = OpenAiTestServer::Fault;

class TestHydeQueryWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesOneDocumentPerQuery();
    void maxCompletionTokensAndCustomPrompt();
    void failureNamesTheQuery();
    void needsEndpointAndModel();
};

namespace {

HydeSettings settingsFor(const OpenAiTestServer& server)
{
    HydeSettings settings;
    settings.baseUrl = server.baseUrl() + QStringLiteral("/v1");
    settings.model = QStringLiteral("writer");
    settings.maxAttempts = 1;
    return settings;
}

} // namespace

void TestHydeQueryWriter::writesOneDocumentPerQuery()
{
    OpenAiTestServer server;
    HydeQueryWriter writer(settingsFor(server));
    QList<qint64> reported;
    ProgressSink sink;
    sink.progress = [&](qint64 done, qint64, const QString&) { reported.append(done); };
    const QStringList documents = writer.write({{QStringLiteral("where do zebras live"), QString()},
                                                {QStringLiteral("big cats"), QStringLiteral("Find cats")}},
                                               sink);
    // The test server answers "Yes." when the prompt holds its marker word, "No." otherwise.
    QCOMPARE(documents, (QStringList{QStringLiteral("Yes."), QStringLiteral("No.")}));
    QCOMPARE(server.requestCount(), 2);
    QCOMPARE(reported.last(), 2);
    for (const auto& seen : server.seen()) {
        const QJsonObject body = QJsonDocument::fromJson(seen.body).object();
        QCOMPARE(body.value(QStringLiteral("temperature")).toDouble(), 0.7);
        QCOMPARE(body.value(QStringLiteral("max_tokens")).toInt(), 256);
        QVERIFY(!body.contains(QStringLiteral("logprobs")));
        const QString prompt =
            body.value(QStringLiteral("messages")).toArray().first().toObject().value(QStringLiteral("content")).toString();
        QVERIFY2(prompt.startsWith(QStringLiteral("Write a representative document passage that would be relevant to the following query.")), qPrintable(prompt));
    }
    const QJsonObject parameters = writer.parameters();
    QCOMPARE(parameters.value(QStringLiteral("temperature")).toDouble(), 0.7);
    QCOMPARE(parameters.value(QStringLiteral("model")).toString(), QStringLiteral("writer"));
}

void TestHydeQueryWriter::maxCompletionTokensAndCustomPrompt()
{
    OpenAiTestServer server;
    server.setRejectMaxTokens(true);
    HydeSettings settings = settingsFor(server);
    settings.useMaxCompletionTokens = true;
    settings.promptTemplate = QStringLiteral("{instruction} | {query} | {nothing}");
    HydeQueryWriter writer(settings);
    QCOMPARE(writer.write({{QStringLiteral("q {query}"), QStringLiteral("inst")}}).size(), 1);
    const QJsonObject body = QJsonDocument::fromJson(server.seen().first().body).object();
    QCOMPARE(body.value(QStringLiteral("max_completion_tokens")).toInt(), 256);
    QCOMPARE(body.value(QStringLiteral("messages")).toArray().first().toObject().value(QStringLiteral("content")).toString(),
             QStringLiteral("inst | q {query} | {nothing}"));
}

void TestHydeQueryWriter::failureNamesTheQuery()
{
    OpenAiTestServer server;
    server.pushFault(Fault::BadRequest);
    HydeQueryWriter writer(settingsFor(server));
    try {
        writer.write({{QStringLiteral("one"), QString()}});
        QFAIL("no exception");
    } catch (const TareError& error) {
        QCOMPARE(error.kind(), TareError::Kind::Io);
        QVERIFY2(error.message().contains(QStringLiteral("query 1")), qPrintable(error.message()));
    }
}

void TestHydeQueryWriter::needsEndpointAndModel()
{
    HydeSettings settings;
    settings.model = QStringLiteral("m");
    QVERIFY_THROWS_EXCEPTION(TareError, HydeQueryWriter{settings});
    settings.baseUrl = QStringLiteral("http://127.0.0.1:1/v1");
    settings.model.clear();
    QVERIFY_THROWS_EXCEPTION(TareError, HydeQueryWriter{settings});
}

QTEST_GUILESS_MAIN(TestHydeQueryWriter)
#include "tst_hydequerywriter.moc"
