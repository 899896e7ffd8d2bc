// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/net/capabilityprobe.h"
#include "core/util/tareerror.h"
#include "testserver/openaitestserver.h"
#include "testutils.h"

#include <QTest>

using namespace tare;
using tare::test::OpenAiTestServer;
using Fault = OpenAiTestServer::Fault;
using Status = CapabilityCheck::Status;

class TestCapabilityProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullServerHasEverything();
    void missingLogprobs_data();
    void missingLogprobs();
    void rejectedMaxTokensRetriesWithMaxCompletionTokens();
    void teiRoot();
    void noModelSkipsChatAndEmbeddings();
    void unreachableReportsNo();
    void keyIsSentAndNotReported();
    void badUrlIsUsageError();
};

namespace {

CapabilityProbeSettings settingsFor(const OpenAiTestServer& server, const QString& suffix = QStringLiteral("/v1"))
{
    CapabilityProbeSettings settings;
    settings.baseUrl = server.baseUrl() + suffix;
    settings.model = QStringLiteral("test-model");
    return settings;
}

} // namespace

void TestCapabilityProbe::fullServerHasEverything()
{
    OpenAiTestServer server;
    const CapabilityReport report = CapabilityProbe::probe(settingsFor(server));
    QVERIFY2(report.chat.yes(), qPrintable(report.chat.message));
    QVERIFY2(report.logprobs.yes(), qPrintable(report.logprobs.message));
    QCOMPARE(report.maxCompletionTokens.status, Status::No); // max_tokens is accepted
    QVERIFY2(report.embeddings.yes(), qPrintable(report.embeddings.message));
    QCOMPARE(report.embeddingDim, 8);
    // Under /v1 the test server speaks the Cohere shape; TEI's lives at the root (see teiRoot).
    QVERIFY2(report.rerankCohere.yes(), qPrintable(report.rerankCohere.message));
    QCOMPARE(report.rerankTei.status, Status::No);
    QCOMPARE(report.judgeModes(),
             (QStringList{QStringLiteral("llm-yesno"), QStringLiteral("llm-rating"), QStringLiteral("rerank-cohere")}));

    // The logprobs check is one 1-token request asking for top alternatives.
    const auto seen = server.seen();
    QCOMPARE(seen.size(), 4);
    QCOMPARE(seen.first().path, QByteArray("/v1/chat/completions"));
    const QJsonObject chat = QJsonDocument::fromJson(seen.first().body).object();
    QCOMPARE(chat.value(QStringLiteral("max_tokens")).toInt(), 1);
    QCOMPARE(chat.value(QStringLiteral("logprobs")).toBool(), true);
    QCOMPARE(chat.value(QStringLiteral("top_logprobs")).toInt(), 5);

    const QString text = CapabilityProbe::describe(report);
    QVERIFY2(text.contains(QStringLiteral("Judge modes: llm-yesno, llm-rating, rerank-cohere")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("dimension 8")), qPrintable(text));
}

void TestCapabilityProbe::missingLogprobs_data()
{
    TestUtils::addSwitchRows("switchedOn", "MissingLogprobs fault", "never-logprobs switch");
}

void TestCapabilityProbe::missingLogprobs()
{
    QFETCH(bool, switchedOn);
    OpenAiTestServer server;
    if (switchedOn)
        server.setNeverLogprobs(true);
    else
        server.pushFault(Fault::MissingLogprobs);
    const CapabilityReport report = CapabilityProbe::probe(settingsFor(server));
    QVERIFY(report.chat.yes());
    QCOMPARE(report.logprobs.status, Status::No);
    QVERIFY2(report.logprobs.message.contains(QStringLiteral("no logprobs")), qPrintable(report.logprobs.message));
    QVERIFY(!report.judgeModes().contains(QStringLiteral("llm-yesno")));
    QVERIFY(report.judgeModes().contains(QStringLiteral("llm-rating")));
    QVERIFY(report.embeddings.yes());
}

void TestCapabilityProbe::rejectedMaxTokensRetriesWithMaxCompletionTokens()
{
    OpenAiTestServer server;
    server.setRejectMaxTokens(true);
    const CapabilityReport report = CapabilityProbe::probe(settingsFor(server));
    QCOMPARE(report.maxCompletionTokens.status, Status::Yes);
    QVERIFY2(report.chat.yes(), qPrintable(report.chat.message));
    QVERIFY(report.logprobs.yes());
    const auto seen = server.seen();
    QVERIFY(seen.size() >= 2);
    const QJsonObject first = QJsonDocument::fromJson(seen[0].body).object();
    const QJsonObject second = QJsonDocument::fromJson(seen[1].body).object();
    QVERIFY(first.contains(QStringLiteral("max_tokens")));
    QVERIFY(!second.contains(QStringLiteral("max_tokens")));
    QCOMPARE(second.value(QStringLiteral("max_completion_tokens")).toInt(), 1);
}

void TestCapabilityProbe::teiRoot()
{
    OpenAiTestServer server;
    CapabilityProbeSettings settings = settingsFor(server, QString());
    settings.model.clear(); // TEI serves one model and needs no name
    const CapabilityReport report = CapabilityProbe::probe(settings);
    QVERIFY2(report.rerankTei.yes(), qPrintable(report.rerankTei.message));
    QCOMPARE(report.rerankCohere.status, Status::No);
    QCOMPARE(report.judgeModes(), QStringList{QStringLiteral("rerank")});
}

void TestCapabilityProbe::noModelSkipsChatAndEmbeddings()
{
    OpenAiTestServer server;
    CapabilityProbeSettings settings = settingsFor(server);
    settings.model.clear();
    const CapabilityReport report = CapabilityProbe::probe(settings);
    QCOMPARE(report.chat.status, Status::Skipped);
    QCOMPARE(report.logprobs.status, Status::Skipped);
    QCOMPARE(report.embeddings.status, Status::Skipped);
    for (const auto& seen : server.seen())
        QCOMPARE(seen.path, QByteArray("/v1/rerank"));
}

void TestCapabilityProbe::unreachableReportsNo()
{
    quint16 port = 0;
    {
        OpenAiTestServer server; // a port that was just free and is closed again
        port = server.port();
    }
    CapabilityProbeSettings settings;
    settings.baseUrl = QStringLiteral("http://127.0.0.1:%1/v1").arg(port);
    settings.model = QStringLiteral("m");
    settings.maxAttempts = 1;
    const CapabilityReport report = CapabilityProbe::probe(settings);
    QCOMPARE(report.chat.status, Status::No);
    QCOMPARE(report.embeddings.status, Status::No);
    QCOMPARE(report.rerankTei.status, Status::No);
    QCOMPARE(report.rerankCohere.status, Status::No);
    QVERIFY(report.judgeModes().isEmpty());
}

void TestCapabilityProbe::keyIsSentAndNotReported()
{
    const QByteArray key = "sk-probe-secret-4711";
    qputenv("TARE_TEST_PROBE_KEY", key);
    OpenAiTestServer server;
    server.setRequiredApiKey(key);
    CapabilityProbeSettings settings = settingsFor(server);
    settings.apiKeyEnv = QStringLiteral("TARE_TEST_PROBE_KEY");
    const CapabilityReport report = CapabilityProbe::probe(settings);
    QVERIFY(report.chat.yes());
    QVERIFY(report.embeddings.yes());
    QVERIFY(!CapabilityProbe::describe(report).contains(QString::fromUtf8(key)));

    settings.apiKeyEnv.clear(); // without the key: 401 reported, not thrown
    const CapabilityReport denied = CapabilityProbe::probe(settings);
    QCOMPARE(denied.chat.status, Status::No);
    QVERIFY2(denied.chat.message.contains(QStringLiteral("401")), qPrintable(denied.chat.message));
    qunsetenv("TARE_TEST_PROBE_KEY");
}

void TestCapabilityProbe::badUrlIsUsageError()
{
    CapabilityProbeSettings settings;
    settings.baseUrl = QStringLiteral("ftp://example.org");
    QVERIFY_THROWS_EXCEPTION(TareError, CapabilityProbe::probe(settings));
    settings.baseUrl = QStringLiteral("http://127.0.0.1:1/v1");
    settings.apiKeyEnv = QStringLiteral("TARE_TEST_SURELY_UNSET_VARIABLE");
    QVERIFY_THROWS_EXCEPTION(TareError, CapabilityProbe::probe(settings));
}

QTEST_GUILESS_MAIN(TestCapabilityProbe)
#include "tst_capabilityprobe.moc"
