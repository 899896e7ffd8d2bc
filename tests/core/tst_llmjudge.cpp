// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/judge/llmjudge.h"
#include "core/util/tareerror.h"
#include "cancelreaction.h"
#include "testserver/openaitestserver.h"

#include <QElapsedTimer>
#include <QTest>

#include <atomic>

using namespace tare;
using tare::test::OpenAiTestServer;
using Fault = OpenAiTestServer::Fault;

namespace {

QList<JudgeRequest> pairs(int count)
{
    QList<JudgeRequest> batch;
    for (int i = 0; i < count; ++i) {
        batch.append({1, i + 1, QStringLiteral("animals with stripes"), QStringLiteral("Find documents about animals."),
                      i % 2 ? QStringLiteral("Document %1 is about a zebra.").arg(i)
                            : QStringLiteral("Document %1 is about tax law.").arg(i)});
    }
    return batch;
}

LlmJudgeSettings settingsFor(const OpenAiTestServer& server, LlmJudgeSettings::Mode mode = LlmJudgeSettings::Mode::YesNo)
{
    LlmJudgeSettings settings;
    settings.mode = mode;
    settings.baseUrl = server.baseUrl() + QStringLiteral("/v1");
    settings.model = QStringLiteral("test-llm");
    settings.maxAttempts = 2;
    settings.totalTimeoutMs = 10000;
    return settings;
}

QJsonObject sentBody(const OpenAiTestServer& server, qsizetype index = 0)
{
    return QJsonDocument::fromJson(server.seen().value(index).body).object();
}

} // namespace

class TestLlmJudge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void defaultPromptIsThePapers();
    void identity_data();
    void identity();
    void identityNeverHoldsKey();
    void missingKeyVariable();

    void yesNoEndToEnd();
    void ratingEndToEnd();
    void requestParameters();
    void missingLogprobsDegrades();
    void failures_data();
    void failures();
    void unauthorizedStopsBatch();
    void cancellation();
};

void TestLlmJudge::initTestCase()
{
    qputenv("NO_PROXY", "127.0.0.1,localhost");
    qputenv("no_proxy", "127.0.0.1,localhost");
}

void TestLlmJudge::defaultPromptIsThePapers()
{
    const QString yesNo = LlmJudge::defaultPrompt(LlmJudgeSettings::Mode::YesNo);
    JudgeRequest request{1, 2, QStringLiteral("cheap flights"), QString(), QStringLiteral("Fares to Rome.")};
    QCOMPARE(LlmJudge::renderPrompt(yesNo, request),
             QStringLiteral("Here is a user query and a document. Is this document relevant for this query? Answer with "
                            "only yes/no, without any preceding tokens. Query: cheap flights\nDocument: Fares to Rome.\n"
                            "Relevant? (Yes/No):"));
    request.instruction = QStringLiteral("Find travel offers.");
    QCOMPARE(LlmJudge::renderPrompt(yesNo, request),
             QStringLiteral("Here is a user query and a document. Is this document relevant for this query? Judge the "
                            "relevance according to the following task: Find travel offers. Answer with only yes/no, "
                            "without any preceding tokens. Query: cheap flights\nDocument: Fares to Rome.\n"
                            "Relevant? (Yes/No):"));
    QVERIFY(LlmJudge::renderPrompt(LlmJudge::defaultPrompt(LlmJudgeSettings::Mode::Rating), request)
                .endsWith(QStringLiteral("Relevance rating (0-100):")));
}

void TestLlmJudge::identity_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("sameIdentity");
    QTest::newRow("nothing") << QStringLiteral("nothing") << true;
    QTest::newRow("api key variable") << QStringLiteral("apiKeyEnv") << true;
    QTest::newRow("concurrency") << QStringLiteral("concurrency") << true;
    QTest::newRow("model") << QStringLiteral("model") << false;
    QTest::newRow("host") << QStringLiteral("host") << false;
    QTest::newRow("prompt") << QStringLiteral("prompt") << false;
    QTest::newRow("mode") << QStringLiteral("mode") << false;
    QTest::newRow("temperature") << QStringLiteral("temperature") << false;
    QTest::newRow("seed") << QStringLiteral("seed") << false;
    QTest::newRow("max_completion_tokens") << QStringLiteral("mct") << false;
    QTest::newRow("thinking") << QStringLiteral("thinking") << false;
    QTest::newRow("task instruction") << QStringLiteral("task") << false;
    QTest::newRow("raw ratings") << QStringLiteral("raw") << false;
    QTest::newRow("content filter as failure") << QStringLiteral("filter") << false;
}

void TestLlmJudge::identity()
{
    QFETCH(QString, change);
    QFETCH(bool, sameIdentity);
    qputenv("TARE_TEST_LLM_KEY", "sk-one");
    LlmJudgeSettings base;
    base.baseUrl = QStringLiteral("http://127.0.0.1:9/v1");
    base.model = QStringLiteral("m");
    LlmJudgeSettings other = base;
    if (change == u"apiKeyEnv")
        other.apiKeyEnv = QStringLiteral("TARE_TEST_LLM_KEY");
    else if (change == u"concurrency")
        other.concurrency = 3;
    else if (change == u"model")
        other.model = QStringLiteral("m2");
    else if (change == u"host")
        other.baseUrl = QStringLiteral("http://127.0.0.2:9/v1");
    else if (change == u"prompt")
        other.promptTemplate = LlmJudge::defaultPrompt(base.mode) + QStringLiteral(" ");
    else if (change == u"mode")
        other.mode = LlmJudgeSettings::Mode::Rating;
    else if (change == u"temperature")
        other.temperature = 0.1;
    else if (change == u"seed")
        other.seed = 7;
    else if (change == u"mct")
        other.useMaxCompletionTokens = true;
    else if (change == u"thinking")
        other.disableThinking = true;
    else if (change == u"task")
        other.taskInstruction = QStringLiteral("Given an intent, find utterances.");
    else if (change == u"raw") {
        base.mode = other.mode = LlmJudgeSettings::Mode::Rating;
        other.ratingScale = LlmJudgeSettings::RatingScale::Raw;
    } else if (change == u"filter")
        other.contentFilterNeutral = false;
    const JudgeInfo a = LlmJudge(base).info();
    const JudgeInfo b = LlmJudge(other).info();
    QCOMPARE(a.identity == b.identity, sameIdentity);
    QCOMPARE(a.kind, QStringLiteral("llm"));
}

void TestLlmJudge::identityNeverHoldsKey()
{
    qputenv("TARE_TEST_LLM_KEY", "sk-very-secret");
    LlmJudgeSettings settings;
    settings.baseUrl = QStringLiteral("http://127.0.0.1:9/v1");
    settings.model = QStringLiteral("m");
    settings.apiKeyEnv = QStringLiteral("TARE_TEST_LLM_KEY");
    const JudgeInfo info = LlmJudge(settings).info();
    QVERIFY(!info.identity.contains(QStringLiteral("sk-very-secret")));
    QVERIFY(!info.paramsJson.contains("sk-very-secret"));
    QVERIFY(!info.name.contains(QStringLiteral("sk-very-secret")));
}

void TestLlmJudge::missingKeyVariable()
{
    LlmJudgeSettings settings;
    settings.baseUrl = QStringLiteral("http://127.0.0.1:9/v1");
    settings.model = QStringLiteral("m");
    settings.apiKeyEnv = QStringLiteral("TARE_TEST_NOT_SET");
    bool threw = false;
    try {
        LlmJudge judge(settings);
    } catch (const TareError& error) {
        threw = error.kind() == TareError::Kind::Usage && error.message().contains(QStringLiteral("TARE_TEST_NOT_SET"));
    }
    QVERIFY(threw);
}

void TestLlmJudge::yesNoEndToEnd()
{
    OpenAiTestServer server;
    server.setLatencyMs(30);
    server.requireKeyFromEnvironment("TARE_TEST_JUDGE_KEY", "sk-judge");
    LlmJudgeSettings settings = settingsFor(server);
    settings.apiKeyEnv = QStringLiteral("TARE_TEST_JUDGE_KEY");
    settings.concurrency = 4;
    settings.taskInstruction = QStringLiteral("Find documents about animals."); // a classification dataset's
    LlmJudge judge(settings);
    QVERIFY(judge.needsTexts());
    const QList<JudgeRequest> batch = pairs(20);
    const QList<JudgeOutcome> outcomes = judge.judge(batch, {});
    QCOMPARE(outcomes.size(), 20);
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        const JudgeOutcome& outcome = outcomes[i];
        QCOMPARE(outcome.status, QStringLiteral("ok"));
        QVERIFY(outcome.prompt.contains(batch[i].documentText));
        QVERIFY(outcome.prompt.contains(batch[i].instruction));
        QVERIFY(outcome.score.has_value());
        // Rounded to 5 decimals, as the paper's code rounds P(yes).
        const double expected = std::round(OpenAiTestServer::yesProbability(outcome.prompt) * 1e5) / 1e5;
        QVERIFY2(std::abs(*outcome.score - expected) < 1e-12, qPrintable(QString::number(*outcome.score)));
        QCOMPARE(*outcome.score > 0.5, i % 2 == 1); // the zebra documents
        QVERIFY(outcome.rawResponse.contains(QStringLiteral("top_logprobs")));
        QVERIFY(outcome.latencyMs >= 25.0);
    }
    QCOMPARE(server.requestCount(), 20);
    QCOMPARE(server.maxInFlight(), 4);
    QCOMPARE(server.seen().first().header("authorization"), QByteArray("Bearer sk-judge"));
}

void TestLlmJudge::ratingEndToEnd()
{
    OpenAiTestServer server;
    LlmJudge judge(settingsFor(server, LlmJudgeSettings::Mode::Rating));
    const QList<JudgeOutcome> outcomes = judge.judge(pairs(6), {});
    for (const JudgeOutcome& outcome : outcomes) {
        QCOMPARE(outcome.status, QStringLiteral("ok"));
        QCOMPARE(*outcome.score, OpenAiTestServer::rating(outcome.prompt) / 100.0);
    }
    const QJsonObject body = sentBody(server);
    QVERIFY(!body.contains(QStringLiteral("logprobs")));
    QCOMPARE(body[QStringLiteral("max_tokens")].toInt(), 5); // the paper's max_new_tokens=5
}

void TestLlmJudge::requestParameters()
{
    OpenAiTestServer server;
    LlmJudgeSettings settings = settingsFor(server);
    settings.useMaxCompletionTokens = true;
    settings.disableThinking = true;
    settings.seed = 1234;
    settings.promptTemplate = QStringLiteral("Q: {query}\nD: {document}\nRelevant?");
    LlmJudge judge(settings);
    const QList<JudgeOutcome> outcomes = judge.judge(pairs(1), {});
    QCOMPARE(outcomes.first().prompt,
             QStringLiteral("Q: animals with stripes\nD: Document 0 is about tax law.\nRelevant?"));
    const QJsonObject body = sentBody(server);
    QCOMPARE(body[QStringLiteral("model")].toString(), QStringLiteral("test-llm"));
    QCOMPARE(body[QStringLiteral("logprobs")].toBool(), true);
    QCOMPARE(body[QStringLiteral("top_logprobs")].toInt(), 5);
    QCOMPARE(body[QStringLiteral("max_completion_tokens")].toInt(), 5);
    QVERIFY(!body.contains(QStringLiteral("max_tokens")));
    QVERIFY(!body.contains(QStringLiteral("temperature"))); // the paper's code sends none
    QCOMPARE(body[QStringLiteral("seed")].toInt(), 1234);
    QCOMPARE(body[QStringLiteral("chat_template_kwargs")][QStringLiteral("enable_thinking")].toBool(true), false);
    QVERIFY(server.seen().first().header("authorization").isEmpty());
    QCOMPARE(server.seen().first().path, QByteArray("/v1/chat/completions"));
}

void TestLlmJudge::missingLogprobsDegrades()
{
    OpenAiTestServer server;
    server.pushFault(Fault::MissingLogprobs, 4);
    LlmJudgeSettings settings = settingsFor(server);
    settings.concurrency = 1;
    LlmJudge judge(settings);
    const QList<JudgeOutcome> outcomes = judge.judge(pairs(4), {});
    for (const JudgeOutcome& outcome : outcomes) {
        QCOMPARE(outcome.status, QStringLiteral("degraded"));
        QCOMPARE(*outcome.score, OpenAiTestServer::yesProbability(outcome.prompt) >= 0.5 ? 1.0 : 0.0);
    }
}

void TestLlmJudge::failures_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<QString>("errorPart");
    QTest::addColumn<int>("requests");
    QTest::newRow("truncated JSON") << int(Fault::TruncatedJson) << QStringLiteral("not valid JSON") << 1;
    QTest::newRow("400 with message") << int(Fault::BadRequest)
                                      << QStringLiteral("HTTP 400: Invalid request: bad parameter (test server)") << 1;
    QTest::newRow("500 exhausted") << int(Fault::ServerError) << QStringLiteral("HTTP 500 after 2 attempt(s)") << 2;
    QTest::newRow("dropped twice") << int(Fault::Drop) << QStringLiteral("network error after 2 attempt(s)") << 2;
}

void TestLlmJudge::failures()
{
    QFETCH(int, fault);
    QFETCH(QString, errorPart);
    QFETCH(int, requests);
    OpenAiTestServer server;
    server.pushFault(Fault(fault), requests, "0");
    LlmJudgeSettings settings = settingsFor(server);
    settings.concurrency = 1;
    LlmJudge judge(settings);
    // The pair meets the fault in all its attempts; once the faults are used up, it is answered.
    const QList<JudgeOutcome> outcomes = judge.judge(pairs(1), {});
    QCOMPARE(outcomes[0].status, QStringLiteral("failed"));
    QVERIFY(!outcomes[0].score.has_value());
    QVERIFY2(outcomes[0].error.contains(errorPart), qPrintable(outcomes[0].error));
    QVERIFY(!outcomes[0].prompt.isEmpty());
    QCOMPARE(server.requestCount(), requests);
    const QList<JudgeOutcome> again = judge.judge(pairs(1), {});
    QCOMPARE(again[0].status, QStringLiteral("ok"));
    QVERIFY(again[0].score.has_value());
}

void TestLlmJudge::unauthorizedStopsBatch()
{
    OpenAiTestServer server;
    server.setRequiredApiKey("the-right-key");
    server.setLatencyMs(20);
    LlmJudgeSettings settings = settingsFor(server);
    settings.concurrency = 2;
    LlmJudge judge(settings);
    const QList<JudgeOutcome> outcomes = judge.judge(pairs(30), {});
    QCOMPARE(outcomes.size(), 30);
    for (const JudgeOutcome& outcome : outcomes) {
        QCOMPARE(outcome.status, QStringLiteral("failed"));
        QVERIFY2(outcome.error.contains(QStringLiteral("HTTP 401: Incorrect API key provided")),
                 qPrintable(outcome.error));
    }
    // Stopped early: far fewer than 30 requests reached the server.
    QVERIFY2(server.requestCount() <= 4, qPrintable(QString::number(server.requestCount())));
}

void TestLlmJudge::cancellation()
{
    OpenAiTestServer server;
    server.pushFault(Fault::Hang, 8);
    LlmJudgeSettings settings = settingsFor(server);
    settings.concurrency = 8;
    settings.totalTimeoutMs = 60000;
    LlmJudge judge(settings);
    const auto reaction = TestUtils::cancelReaction([&](const std::function<bool()>& cancel) { judge.judge(pairs(8), cancel); },
                                                    [&] { return server.inFlight() == 8; });
    QVERIFY(reaction.cancelled);
    QVERIFY(reaction.ms >= 0);
    QVERIFY2(reaction.ms < 500, qPrintable(QString::number(reaction.ms)));
}

QTEST_GUILESS_MAIN(TestLlmJudge)
#include "tst_llmjudge.moc"
