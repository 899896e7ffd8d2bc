// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/runqueryjson.h"
#include "core/db/projectstore.h"
#include "core/judge/llmjudge.h"
#include "core/run/runengine.h"
#include "projectbuilder.h"
#include "testserver/openaitestserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace tare;
using Fault = tare::test::OpenAiTestServer::Fault;

namespace {

constexpr int s_queries = 200;
constexpr int s_judgedPerQuery = 16; // 3,200 judgments

/// Counts of the faults queued on the server, by kind.
using FaultCounts = QMap<Fault, int>;

/// Queues `requests` faults-or-not on the server in a fixed pseudo-random order: about one
/// request in six gets a fault, drawn from `kinds`. Returns how many of each were queued.
FaultCounts queueFaultMix(tare::test::OpenAiTestServer& server, int requests, const QList<Fault>& kinds, quint32 seed)
{
    QRandomGenerator random(seed);
    FaultCounts counts;
    for (int i = 0; i < requests; ++i) {
        if (random.bounded(6) != 0) {
            server.pushFault(Fault::None);
            continue;
        }
        const Fault fault = kinds[random.bounded(int(kinds.size()))];
        // Retry-After as delta seconds, 0 or 1: honoured, and short enough for CI.
        server.pushFault(fault, 1, QByteArray::number(random.bounded(2)), 150);
        ++counts[fault];
    }
    return counts;
}

/// A dataset of s_queries queries, each with relevant documents (carrying the test server's
/// marker word, so its judge agrees with the labels) and distractors, in a real project file.
struct Fixture
{
    TestUtils::ProjectBuilder project{QStringLiteral("faults.tare"), QStringLiteral("faults"), PoolRule::Judged};
    QString path;
    qint64 datasetId = 0;

    Fixture()
    {
        constexpr int dim = 16;
        path = project.path();
        datasetId = project.datasetId();
        auto transaction = project.store().beginTransaction();
        project.addSpace(QStringLiteral("vec"), dim);
        TestUtils::RandomDirections random(dim, 11);
        int documents = 0;
        for (int q = 0; q < s_queries; ++q) {
            const QByteArray qid = "q" + QByteArray::number(q);
            const Eigen::VectorXf qv = random.next();
            const qint64 queryId = project.addQueryAt(qid, qv, QByteArray("query " + qid));
            for (int r = 0; r < 24; ++r) {
                const bool relevant = r % 3 == 0;
                const QByteArray id = "d" + QByteArray::number(documents++);
                const qint64 documentId = project.addDocumentAt(id, (qv + 0.8f * random.next()).normalized(),
                                                                QByteArray((relevant ? "a zebra text " : "a plain text ") + id));
                project.label(queryId, documentId, relevant ? 1 : 0);
            }
        }
        transaction->commit();
        transaction.reset();
        project.close();
    }
};

} // namespace

/// The HTTP fault matrix at scale: thousands of LLM judge requests against the test server while
/// it injects latency, 429 with Retry-After, 500, dropped connections, truncated JSON, missing
/// logprobs, slow bodies and requests it never answers. Invariant: every judgment is stored as
/// ok/degraded or recorded as failed with a reason; the run finishes; nothing crashes.
class TestNetworkFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runUnderFaultMixRecordsEveryJudgment();
    void judgeUnderFaultMixWithTimeoutsAnswersEveryRequest();
};

void TestNetworkFaults::runUnderFaultMixRecordsEveryJudgment()
{
    tare::test::OpenAiTestServer server;
    server.setLatencyMs(2);
    const FaultCounts queued = queueFaultMix(server, s_queries * s_judgedPerQuery,
                                             {Fault::TooManyRequests, Fault::ServerError, Fault::Drop, Fault::TruncatedJson,
                                              Fault::SlowBody, Fault::MissingLogprobs, Fault::Hang},
                                             20261126);
    Fixture fixture;
    ProjectStore store(fixture.path);
    RunEngine engine(store);
    RemoteJudgeSettings connection;
    connection.concurrency = 128;
    connection.totalTimeoutMs = 5000; // a request never answered times out and is retried
    engine.setJudgeConnection(connection);
    RunSettings settings = fixture.project.runSettings(QStringLiteral("llm-yesno"));
    settings.judgeEndpoint = server.baseUrl() + QStringLiteral("/v1");
    settings.judgeModel = QStringLiteral("fault-judge");
    settings.refine.lr = 0.01;
    settings.refine.steps = 10;
    settings.refine.total = s_judgedPerQuery;
    settings.refine.fromTop = 8;
    RunControl control;
    const qint64 runId = engine.prepare(settings);
    QCOMPARE(engine.execute(runId, control, {}, 32), RunStatus::Finished);

    // Every query is recorded: finished, or failed with its reason.
    const QList<RunQueryRecord> results = store.runs().queries(runId, false);
    QCOMPARE(results.size(), qsizetype(s_queries));
    int finishedQueries = 0;
    for (const RunQueryRecord& result : results) {
        if (result.outcome == QueryOutcome::Finished)
            ++finishedQueries;
        else
            QVERIFY2(result.outcome == QueryOutcome::Failed && !result.error.isEmpty(), qPrintable(queryOutcomeName(result.outcome)));
    }

    // Every selected judgment is stored: ok or degraded with a score in [0, 1], or failed with a reason.
    const auto judgments = store.judgments().latest(store.runs().find(runId)->judgeId, fixture.datasetId);
    QCOMPARE(judgments.size(), qsizetype(s_queries * s_judgedPerQuery));
    QMap<QString, int> byStatus;
    for (const JudgmentRecord& judgment : judgments) {
        ++byStatus[judgment.status];
        if (judgment.status == u"failed") {
            QVERIFY(!judgment.score);
            QVERIFY2(!judgment.error.isEmpty(), qPrintable(judgment.rawResponse.left(200)));
        } else {
            QVERIFY2(judgment.status == u"ok" || judgment.status == u"degraded", qPrintable(judgment.status));
            QVERIFY(judgment.score && *judgment.score >= 0.0 && *judgment.score <= 1.0);
        }
    }
    // A reply without logprobs is read from its text (degraded) and never retried, so each such
    // fault is exactly one degraded judgment; truncated JSON is a failure that is not retried.
    QCOMPARE(byStatus.value(QStringLiteral("degraded")), queued.value(Fault::MissingLogprobs));
    QVERIFY(byStatus.value(QStringLiteral("failed")) >= queued.value(Fault::TruncatedJson));
    QCOMPARE(byStatus.value(QStringLiteral("ok")) + byStatus.value(QStringLiteral("degraded"))
                 + byStatus.value(QStringLiteral("failed")),
             s_queries * s_judgedPerQuery);

    // A finished query's judged list agrees with the stored judgments.
    for (const RunQueryRecord& result : store.runs().queries(runId, false)) {
        if (result.outcome != QueryOutcome::Finished)
            continue;
        const QJsonArray judged = RunQueryJson::judged(result.judged);
        QCOMPARE(judged.size(), qsizetype(s_judgedPerQuery));
        for (const QJsonValue& value : judged) {
            const QJsonObject entry = value.toObject();
            const auto stored = judgments.constFind({result.queryId, entry.value(QStringLiteral("document_id")).toInteger()});
            QVERIFY(stored != judgments.constEnd());
            QCOMPARE(entry.value(QStringLiteral("status")).toString(), stored->status);
        }
    }
    QVERIFY(finishedQueries > s_queries / 2);
    // Retries went to the server as further requests.
    QVERIFY(server.requestCount() > s_queries * s_judgedPerQuery);
    qInfo("%d requests for %d judgments: %d ok, %d degraded, %d failed; %d of %d queries finished",
          server.requestCount(), s_queries * s_judgedPerQuery, byStatus.value(QStringLiteral("ok")),
          byStatus.value(QStringLiteral("degraded")), byStatus.value(QStringLiteral("failed")), finishedQueries, s_queries);
}

void TestNetworkFaults::judgeUnderFaultMixWithTimeoutsAnswersEveryRequest()
{
    // One attempt per request and a short timeout: every fault maps to exactly one outcome, so
    // the counts are known. A request the server never answers fails with the timeout.
    constexpr int requests = 2000;
    tare::test::OpenAiTestServer server;
    server.setLatencyMs(1);
    const FaultCounts queued =
        queueFaultMix(server, requests,
                      {Fault::TooManyRequests, Fault::ServerError, Fault::Drop, Fault::TruncatedJson, Fault::SlowBody,
                       Fault::MissingLogprobs, Fault::Hang},
                      7);
    LlmJudgeSettings settings;
    settings.baseUrl = server.baseUrl() + QStringLiteral("/v1");
    settings.model = QStringLiteral("fault-judge");
    settings.concurrency = 128;
    settings.maxAttempts = 1;
    settings.totalTimeoutMs = 5000; // far above a normal answer even on a loaded machine under ASan
    LlmJudge judge(settings);
    QList<JudgeRequest> batch;
    for (int i = 0; i < requests; ++i) {
        JudgeRequest request;
        request.queryId = i / 10;
        request.documentId = i;
        request.queryText = QStringLiteral("query %1").arg(i / 10);
        request.documentText = i % 3 == 0 ? QStringLiteral("a zebra text %1").arg(i) : QStringLiteral("a text %1").arg(i);
        batch.append(request);
    }
    const QList<JudgeOutcome> outcomes = judge.judge(batch, {});
    QCOMPARE(outcomes.size(), qsizetype(requests));
    QMap<QString, int> byStatus;
    int timeouts = 0;
    for (const JudgeOutcome& outcome : outcomes) {
        ++byStatus[outcome.status];
        if (outcome.status == u"failed") {
            QVERIFY(!outcome.score);
            QVERIFY(!outcome.error.isEmpty());
            timeouts += outcome.error.contains(QStringLiteral("timed out"), Qt::CaseInsensitive)
                || outcome.error.contains(QStringLiteral("timeout"), Qt::CaseInsensitive);
        } else {
            QVERIFY2(outcome.status == u"ok" || outcome.status == u"degraded", qPrintable(outcome.status));
            QVERIFY(outcome.score && *outcome.score >= 0.0 && *outcome.score <= 1.0);
        }
    }
    QCOMPARE(byStatus.value(QStringLiteral("degraded")), queued.value(Fault::MissingLogprobs));
    // libcurl itself resends a request whose reused connection was dropped before any answer, so
    // a dropped connection fails its request or passes it to the next queued answer.
    const int failing = queued.value(Fault::TooManyRequests) + queued.value(Fault::ServerError)
        + queued.value(Fault::TruncatedJson) + queued.value(Fault::Hang);
    QVERIFY(byStatus.value(QStringLiteral("failed")) >= failing);
    QVERIFY(byStatus.value(QStringLiteral("failed")) <= failing + queued.value(Fault::Drop));
    QCOMPARE(timeouts, queued.value(Fault::Hang));
    QVERIFY(server.requestCount() >= requests);
    qInfo("%d requests: %d ok, %d degraded, %d failed (%d timeouts); queued %d hangs, %d drops",
          server.requestCount(), byStatus.value(QStringLiteral("ok")), byStatus.value(QStringLiteral("degraded")),
          byStatus.value(QStringLiteral("failed")), timeouts, queued.value(Fault::Hang), queued.value(Fault::Drop));
    server.stop(); // releases the requests it never answered
}

QTEST_GUILESS_MAIN(TestNetworkFaults)
#include "tst_networkfaults.moc"
