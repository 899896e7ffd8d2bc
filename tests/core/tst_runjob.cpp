// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/runqueryjson.h"
#include "core/db/projectstore.h"
#include "core/embed/lsaspacebuilder.h"
#include "core/io/sampleproject.h"
#include "core/jobs/runjob.h"
#include "testserver/openaitestserver.h"
#include "projectbuilder.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tare;

namespace {

/// The bundled sample datasets in a real project file, with an LSA space for one of them.
struct SampleFixture
{
    QTemporaryDir dir;
    QString path;
    RunSettings settings;
    int queryCount = 0;

    explicit SampleFixture(const QString& dataset = QStringLiteral("teaching"))
    {
        path = dir.filePath(QStringLiteral("sample.tare"));
        ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
        settings = TestUtils::sampleRunSettings(store, dataset);
        settings.threads = 1;
        queryCount = int(store.datasets().find(settings.datasetId)->queryCount);
    }
};

} // namespace

class TestRunJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsToTheEnd();
    void cancelKeepsFinishedQueries();
    void pauseHoldsTheRun();
    void failsOnBadSettings();
    void runsWithHttpJudge();
};

void TestRunJob::runsToTheEnd()
{
    SampleFixture fixture;
    QVERIFY(fixture.queryCount > 0);
    RunJob job(fixture.path);
    QSignalSpy started(&job, &RunJob::started);
    QSignalSpy queries(&job, &RunJob::queryFinished);
    QSignalSpy progress(&job, &RunJob::progress);
    QSignalSpy finished(&job, &RunJob::finished);
    QSignalSpy failed(&job, &RunJob::failed);
    QSignalSpy curves(&job, &RunJob::curvePointsAvailable);

    QVERIFY(job.start(fixture.settings));
    QVERIFY(job.isRunning());
    QVERIFY(!job.start(fixture.settings)); // one run at a time
    QVERIFY(finished.wait(60000));
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QCOMPARE(finished.first().first().value<RunStatus>(), RunStatus::Finished);
    QVERIFY(!job.isRunning());
    QCOMPARE(started.size(), 1);
    const qint64 runId = started.first().first().toLongLong();
    QVERIFY(runId > 0);
    QCOMPARE(queries.size(), fixture.queryCount);
    const auto first = queries.first().first().value<RunQueryRecord>();
    QCOMPARE(first.runId, runId);
    QCOMPARE(first.outcome, QueryOutcome::Finished);
    QVERIFY(!queries.first().at(1).toString().isEmpty());
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toInt(), fixture.queryCount);
    QCOMPARE(progress.last().at(1).toInt(), fixture.queryCount);
    QVERIFY(progress.size() <= fixture.queryCount + 1);

    // Every curve point arrives through the buffer: steps + 1 per query with KL-Adam.
    QVERIFY(!curves.isEmpty());
    const QList<QueryCurvePoint> points = job.takeCurvePoints();
    QCOMPARE(points.size(), qsizetype(fixture.queryCount) * (fixture.settings.refine.steps + 1));
    QVERIFY(job.takeCurvePoints().isEmpty());
    QVERIFY(curves.size() <= fixture.queryCount); // coalesced: at most one per take (here none taken)

    ProjectStore store(fixture.path);
    QCOMPARE(store.runs().find(runId)->status, RunStatus::Finished);
    QCOMPARE(store.runs().recordedQueryIds(runId).size(), fixture.queryCount);
}

void TestRunJob::cancelKeepsFinishedQueries()
{
    SampleFixture fixture(QStringLiteral("nuance")); // 23 queries, run one at a time
    RunSettings settings = fixture.settings;
    settings.refine.steps = 200000; // long enough per query that the cancel lands mid-run
    settings.evalEvery = 1000;
    RunJob job(fixture.path);
    QSignalSpy started(&job, &RunJob::started);
    QSignalSpy queries(&job, &RunJob::queryFinished);
    QSignalSpy finished(&job, &RunJob::finished);
    QSignalSpy progress(&job, &RunJob::progress);
    QVERIFY(job.start(settings));
    QVERIFY(queries.wait(120000));
    // Throttled, yet the latest count arrives (trailing update) while the next query runs.
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(0).toInt() >= 1, 1000);
    job.cancel();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().value<RunStatus>(), RunStatus::Cancelled);
    QVERIFY(queries.size() >= 1);
    QVERIFY(queries.size() < fixture.queryCount);

    const qint64 runId = started.first().first().toLongLong();
    ProjectStore store(fixture.path);
    QCOMPARE(store.runs().find(runId)->status, RunStatus::Cancelled);
    QCOMPARE(store.runs().recordedQueryIds(runId).size(), queries.size());
}

void TestRunJob::pauseHoldsTheRun()
{
    SampleFixture fixture(QStringLiteral("nuance"));
    RunJob job(fixture.path);
    QSignalSpy queries(&job, &RunJob::queryFinished);
    QSignalSpy finished(&job, &RunJob::finished);
    QSignalSpy progress(&job, &RunJob::progress);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(job.start(fixture.settings));
    job.pause();
    QVERIFY(job.isPaused());
    QTest::qWait(300);
    QCOMPARE(queries.size(), 0);
    QVERIFY(job.isRunning());
    job.resume();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().value<RunStatus>(), RunStatus::Finished);
    QCOMPARE(queries.size(), fixture.queryCount);
    // At most about 10 per second (plus the first and the final count).
    QVERIFY2(progress.size() <= clock.elapsed() / 100 + 2, qPrintable(QString::number(progress.size())));
    QCOMPARE(progress.last().at(0).toInt(), fixture.queryCount);
}

void TestRunJob::failsOnBadSettings()
{
    SampleFixture fixture;
    RunSettings settings = fixture.settings;
    settings.refiner = QStringLiteral("no-such-refiner");
    RunJob job(fixture.path);
    QSignalSpy finished(&job, &RunJob::finished);
    QSignalSpy failed(&job, &RunJob::failed);
    QVERIFY(job.start(settings));
    QVERIFY(failed.wait(30000));
    QVERIFY(finished.isEmpty());
    QVERIFY(!failed.first().first().toString().isEmpty());
    QVERIFY(!job.isRunning());
}

void TestRunJob::runsWithHttpJudge()
{
    // The GUI's path to a real judge: endpoint and model in RunSettings, key source, concurrency
    // and max_completion_tokens through the job's connection. The server insists on the key and
    // rejects max_tokens, so a connection that did not reach the engine fails the run.
    tare::test::OpenAiTestServer server;
    server.setRequiredApiKey("sk-runjob-7731");
    server.setRejectMaxTokens(true);
    server.setLatencyMs(5);
    qputenv("TARE_RUNJOB_KEY", "sk-runjob-7731");
    SampleFixture fixture;
    RunSettings settings = fixture.settings;
    settings.judgeSpec = QStringLiteral("llm-yesno");
    settings.judgeEndpoint = server.baseUrl() + QStringLiteral("/v1");
    settings.judgeModel = QStringLiteral("judge-gui");
    settings.refine.steps = 20;
    RemoteJudgeSettings connection;
    connection.apiKeyEnv = QStringLiteral("env:TARE_RUNJOB_KEY");
    connection.concurrency = 3;
    connection.useMaxCompletionTokens = true;
    connection.totalTimeoutMs = 20000;

    RunJob job(fixture.path);
    job.setJudgeConnection(connection);
    QSignalSpy started(&job, &RunJob::started);
    QSignalSpy queries(&job, &RunJob::queryFinished);
    QSignalSpy finished(&job, &RunJob::finished);
    QSignalSpy failed(&job, &RunJob::failed);
    QVERIFY(job.start(settings));
    QVERIFY(finished.wait(120000));
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QCOMPARE(finished.first().first().value<RunStatus>(), RunStatus::Finished);
    QCOMPARE(queries.size(), fixture.queryCount);
    QVERIFY(server.maxInFlight() <= 3);
    QCOMPARE(QJsonDocument::fromJson(server.seen().first().body).object().value(QStringLiteral("max_completion_tokens")).toInt(), 5);

    const qint64 runId = started.first().first().toLongLong();
    ProjectStore store(fixture.path);
    QCOMPARE(store.runs().find(runId)->status, RunStatus::Finished);
    const auto judge = store.judgments().judge(store.runs().find(runId)->judgeId);
    QVERIFY(judge->identity.contains(QStringLiteral("judge-gui")));
    const auto judgments = store.judgments().latest(judge->id, fixture.settings.datasetId);
    QVERIFY(!judgments.isEmpty());
    QCOMPARE(server.requestCount(), int(judgments.size())); // one request per stored judgment
    for (const auto& judgment : judgments)
        QCOMPARE(judgment.status, QStringLiteral("ok"));
    int judgedDocuments = 0;
    for (const RunQueryRecord& result : store.runs().queries(runId, false)) {
        QCOMPARE(result.outcome, QueryOutcome::Finished);
        judgedDocuments += int(RunQueryJson::judged(result.judged).size());
    }
    QVERIFY(judgedDocuments >= int(judgments.size()));
    qunsetenv("TARE_RUNJOB_KEY");
}

QTEST_GUILESS_MAIN(TestRunJob)
#include "tst_runjob.moc"
