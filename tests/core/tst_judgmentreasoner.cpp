// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/judge/judgmentreasoner.h"
#include "core/util/tareerror.h"
#include "testserver/openaitestserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace tare;
using tare::test::OpenAiTestServer;
using Fault = OpenAiTestServer::Fault;

/// "Why?": a one-sentence reason for a judgment, asked of the judges' chat model over real HTTP
/// (the project's test server).
class TestJudgmentReasoner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void promptCarriesQueryDocumentAndTask();
    void firstSentence_data();
    void firstSentence();
    void asksTheModel();
    void failuresAreErrors();
    void needsEndpointAndModel();

private:
    RemoteJudgeSettings settingsFor(const OpenAiTestServer& server) const
    {
        RemoteJudgeSettings settings;
        settings.endpoint = server.baseUrl() + QStringLiteral("/v1");
        settings.model = QStringLiteral("test-llm");
        settings.totalTimeoutMs = 10000;
        return settings;
    }
};

void TestJudgmentReasoner::promptCarriesQueryDocumentAndTask()
{
    const JudgeRequest withTask{1, 2, QStringLiteral("refund rules"), QStringLiteral("Find the intent."), QStringLiteral("Refunds take 5 days.")};
    const QString prompt = JudgmentReasoner::prompt(withTask);
    QVERIFY(prompt.contains(QStringLiteral("Query: refund rules\n")));
    QVERIFY(prompt.contains(QStringLiteral("Document: Refunds take 5 days.\n")));
    QVERIFY(prompt.contains(QStringLiteral("Judge the relevance according to the following task: Find the intent.")));
    QVERIFY(prompt.endsWith(QStringLiteral("In one sentence, explain why this document is or is not relevant for this query.")));
    const JudgeRequest search{1, 2, QStringLiteral("q"), QString(), QStringLiteral("d")};
    QVERIFY(!JudgmentReasoner::prompt(search).contains(QStringLiteral("task")));
}

void TestJudgmentReasoner::firstSentence_data()
{
    QTest::addColumn<QString>("reply");
    QTest::addColumn<QString>("expected");
    QTest::newRow("two sentences") << QStringLiteral("It names the airline. It also says more.") << QStringLiteral("It names the airline.");
    QTest::newRow("thinking removed") << QStringLiteral("<think>hmm</think>\n  Relevant because of x!  Then y.")
                                      << QStringLiteral("Relevant because of x!");
    QTest::newRow("no end") << QStringLiteral("  about 3.5 km away  ") << QStringLiteral("about 3.5 km away");
    QTest::newRow("long") << QString(400, u'a') << QString(299, u'a') + QStringLiteral("…");
}

void TestJudgmentReasoner::firstSentence()
{
    QFETCH(QString, reply);
    QFETCH(QString, expected);
    QCOMPARE(JudgmentReasoner::firstSentence(reply), expected);
}

void TestJudgmentReasoner::asksTheModel()
{
    OpenAiTestServer server;
    JudgmentReasoner reasoner(settingsFor(server));
    const JudgeRequest request{1, 2, QStringLiteral("striped animals"), QString(), QStringLiteral("A zebra has stripes.")};
    const JudgmentReason reason = reasoner.ask(request, 77);
    QCOMPARE(reason.judgmentId, 77);
    QCOMPARE(reason.text, OpenAiTestServer::reason(JudgmentReasoner::prompt(request)));
    QCOMPARE(reason.text, QStringLiteral("The document answers the query directly."));
    QCOMPARE(reason.model, QStringLiteral("test-llm"));
    QCOMPARE(reason.prompt, JudgmentReasoner::prompt(request));
    QVERIFY(reason.rawResponse.contains(QStringLiteral("This second sentence")));
    QVERIFY(reason.latencyMs > 0.0);
    // What went over the wire: one chat completion with the prompt, no logprobs.
    QCOMPARE(server.requestCount(), 1);
    const QJsonObject body = QJsonDocument::fromJson(server.seen().first().body).object();
    QCOMPARE(body.value(QStringLiteral("model")).toString(), QStringLiteral("test-llm"));
    QCOMPARE(body.value(QStringLiteral("messages")).toArray().last().toObject().value(QStringLiteral("content")).toString(), reason.prompt);
    QVERIFY(!body.value(QStringLiteral("logprobs")).toBool());
}

void TestJudgmentReasoner::failuresAreErrors()
{
    OpenAiTestServer server;
    RemoteJudgeSettings settings = settingsFor(server);
    JudgmentReasoner reasoner(settings);
    server.pushFault(Fault::BadRequest);
    try {
        reasoner.ask({1, 2, QStringLiteral("q"), QString(), QStringLiteral("d")}, 1);
        QFAIL("no error");
    } catch (const TareError& error) {
        QCOMPARE(error.kind(), TareError::Kind::Io);
        QVERIFY2(error.message().contains(QStringLiteral("did not answer")), qPrintable(error.message()));
    }
    // Cancelled before it was sent.
    QVERIFY_THROWS_EXCEPTION(TareError, reasoner.ask({1, 2, QStringLiteral("q"), QString(), QStringLiteral("d")}, 1, [] { return true; }));
}

void TestJudgmentReasoner::needsEndpointAndModel()
{
    RemoteJudgeSettings settings;
    QVERIFY_THROWS_EXCEPTION(TareError, JudgmentReasoner{settings});
    settings.endpoint = QStringLiteral("http://127.0.0.1:9/v1");
    QVERIFY_THROWS_EXCEPTION(TareError, JudgmentReasoner{settings});
    settings.model = QStringLiteral("m");
    settings.apiKeyEnv = QStringLiteral("TARE_TEST_SURELY_UNSET_KEY");
    QVERIFY_THROWS_EXCEPTION(TareError, JudgmentReasoner{settings});
}

QTEST_GUILESS_MAIN(TestJudgmentReasoner)
#include "tst_judgmentreasoner.moc"
