// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/runqueryjson.h"
#include "core/db/projectstore.h"
#include "core/metrics/rankingmetrics.h"
#include "core/io/projectexporter.h"
#include "core/metrics/treceval.h"
#include "core/run/corpusindex.h"
#include "core/run/runengine.h"
#include "core/run/runexporter.h"
#include "core/run/runsummary.h"
#include "core/util/tareerror.h"
#include "projectbuilder.h"
#include "testserver/openaitestserver.h"
#include "testutils.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <chrono>
#include <random>
#include <thread>

using namespace tare;

namespace {

/// A synthetic dataset in a real project file: Q queries, each with a cluster of relevant documents
/// near a hidden "intent" direction and distractors near the query's surface direction, so that
/// refinement with good feedback has something to find. Query 'qnone' has no relevant document.
struct Fixture
{
    TestUtils::ProjectBuilder project;
    QString path;
    qint64 datasetId = 0;
    qint64 spaceId = 0;

    explicit Fixture(PoolRule pool = PoolRule::Corpus, int queries = 6, int dim = 32, ElementType type = ElementType::Float32)
        : project(QStringLiteral("engine.tare"), QStringLiteral("synthetic"), pool)
    {
        path = project.path();
        datasetId = project.datasetId();
        spaceId = project.addSpace(QStringLiteral("vec"), dim, type);
        TestUtils::RandomDirections random(dim, 5);
        int docCounter = 0;
        // Relevant documents carry the test server's marker word, so its LLM judge agrees with gold.
        auto addDocument = [&](const Eigen::VectorXf& v, bool relevant = false) {
            const QByteArray id = "d" + QByteArray::number(docCounter++).rightJustified(4, '0');
            return project.addDocumentAt(id, v, QByteArray((relevant ? "a zebra text " : "a text ") + id));
        };
        for (int q = 0; q < queries; ++q) {
            const Eigen::VectorXf intent = random.next();
            const Eigen::VectorXf surface = random.next();
            const QByteArray qid = "q" + QByteArray::number(q);
            const qint64 queryId = project.addQueryAt(qid, (0.6f * intent + surface).normalized(), QByteArray("query " + qid));
            for (int r = 0; r < 12; ++r)
                project.label(queryId, addDocument((intent + 0.5f * random.next()).normalized(), true), r % 3 == 0 ? 2 : 1);
            for (int r = 0; r < 15; ++r)
                project.label(queryId, addDocument((surface + 0.5f * random.next()).normalized()), 0);
        }
        for (int r = 0; r < 60; ++r)
            addDocument(random.next());
        const qint64 none = project.addQueryAt("qnone", random.next(), "nothing relevant");
        project.label(none, *project.store().datasets().documentId(datasetId, "d0000"), 0);
        project.close();
    }

    RunSettings settings(const QString& judge = QStringLiteral("gold"), const QString& refiner = QStringLiteral("kl-adam")) const
    {
        RunSettings s = project.runSettings(judge, refiner);
        s.refine.lr = 0.01;
        s.refine.steps = 40;
        s.refine.total = 10;
        s.refine.fromTop = 5;
        return s;
    }
};

/// Everything a run stored, for equality checks.
QMap<qint64, QByteArray> fingerprint(ProjectStore& store, qint64 runId)
{
    QMap<qint64, QByteArray> result;
    for (const auto& record : store.runs().queries(runId, true)) {
        QByteArray bytes = queryOutcomeName(record.outcome).toUtf8() + RunQueryJson::metricsBytes(record.before)
            + RunQueryJson::metricsBytes(record.after) + RunQueryJson::judgedBytes(record.judged);
        bytes += QByteArray(reinterpret_cast<const char*>(record.refinedVector.data()), qsizetype(record.refinedVector.size() * 4));
        for (const auto& point : record.curve)
            bytes += QByteArray::number(point.step) + ':' + QByteArray::number(point.loss, 'g', 17) + ':'
                + QByteArray::number(point.ap, 'g', 17) + ';';
        result.insert(record.queryId, bytes);
    }
    return result;
}

} // namespace

class TestRunEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsEveryQuery_data();
    void runsEveryQuery();
    void identicalForAnyThreadCount();
    void identicalForAnyScoringBlock_data();
    void identicalForAnyScoringBlock();
    void float16RunMatchesFloat32();
    void cancelKeepsFinishedAndResumeCompletes();
    void judgmentsAreCached();
    void judgedPoolRanksOnlyLabelledDocuments();
    void rejectsBadSettings();
    void exportMatchesTrecEval_data();
    void exportMatchesTrecEval();
    void summaryAndOtherExports();
    void httpJudgeIsCachedByIdentity();
};

void TestRunEngine::runsEveryQuery_data()
{
    QTest::addColumn<QString>("refiner");
    QTest::addColumn<int>("curvePoints");
    QTest::newRow("kl-adam") << QStringLiteral("kl-adam") << 41;
    QTest::newRow("refit") << QStringLiteral("refit") << 41;
    QTest::newRow("rocchio") << QStringLiteral("rocchio") << 2;
    QTest::newRow("none") << QStringLiteral("none") << 1;
}

void TestRunEngine::runsEveryQuery()
{
    QFETCH(QString, refiner);
    QFETCH(int, curvePoints);
    Fixture fixture;
    ProjectStore store(fixture.path);
    RunEngine engine(store);
    const qint64 runId = engine.prepare(fixture.settings(QStringLiteral("gold"), refiner));
    RunControl control;
    int finishedCallbacks = 0;
    RunCallbacks callbacks;
    callbacks.queryFinished = [&](const RunQueryRecord&, const QString&) { ++finishedCallbacks; };
    QCOMPARE(engine.execute(runId, control, callbacks, 2), RunStatus::Finished);
    QCOMPARE(finishedCallbacks, 7);

    const auto results = store.runs().queries(runId, true);
    QCOMPARE(results.size(), 7);
    double sumBefore = 0.0, sumAfter = 0.0;
    for (const auto& result : results) {
        if (result.outcome == QueryOutcome::Failed) {
            QVERIFY2(result.error.contains(QStringLiteral("no relevant document")), qPrintable(result.error));
            continue;
        }
        QCOMPARE(result.curve.size(), curvePoints);
        QCOMPARE(result.curve.first().ap, result.apBefore);
        QCOMPARE(result.curve.last().ap, result.apAfter);
        QCOMPARE(qsizetype(result.refinedVector.size()), 32);
        const QJsonArray judged = RunQueryJson::judged(result.judged);
        QCOMPARE(judged.size(), 10);
        if (refiner == u"kl-adam" || refiner == u"refit")
            QVERIFY(result.curve.last().loss < result.curve.first().loss);
        if (refiner == u"none")
            QCOMPARE(result.apAfter, result.apBefore);
        sumBefore += result.apBefore;
        sumAfter += result.apAfter;
    }
    // Gold feedback helps on this data: the documents near the hidden intent get pulled up.
    if (refiner != u"none")
        QVERIFY2(sumAfter > sumBefore, qPrintable(QStringLiteral("%1 -> %2").arg(sumBefore).arg(sumAfter)));
    QCOMPARE(store.runs().find(runId)->status, RunStatus::Finished);
    QCOMPARE(store.runs().find(runId)->failedQueries, 1);
}

void TestRunEngine::identicalForAnyThreadCount()
{
    Fixture fixture;
    ProjectStore store(fixture.path);
    RunEngine engine(store);
    QMap<qint64, QByteArray> reference;
    for (int threads : {1, 2, 4}) {
        const qint64 runId = engine.prepare(fixture.settings(QStringLiteral("simulated:flip=0.2")));
        RunControl control;
        engine.execute(runId, control, {}, threads);
        const auto prints = fingerprint(store, runId);
        QCOMPARE(prints.size(), 7);
        if (reference.isEmpty())
            reference = prints;
        else
            QVERIFY2(prints == reference, qPrintable(QStringLiteral("threads %1 differ").arg(threads)));
    }
}

void TestRunEngine::identicalForAnyScoringBlock_data()
{
    QTest::addColumn<int>("evalEvery");
    QTest::addColumn<bool>("float16");
    QTest::newRow("curve every step") << 1 << false;
    QTest::newRow("curve every 7 steps") << 7 << false;
    QTest::newRow("no curve but the last") << 100 << false;
    QTest::newRow("float16, curve every step") << 1 << true;
    QTest::newRow("float16, curve every 7 steps") << 7 << true;
}

void TestRunEngine::identicalForAnyScoringBlock()
{
    // Queries scored together in blocks (before and after their refinement) store the same bits
    // as queries scored one by one, for any block size and thread count: every AP, every figure
    // of the scores (d', KS, F1), the judged ranks, the refined vectors and the curves.
    QFETCH(int, evalEvery);
    QFETCH(bool, float16);
    Fixture fixture(PoolRule::Corpus, 10, 32, float16 ? ElementType::Float16 : ElementType::Float32);
    ProjectStore store(fixture.path);
    RunEngine engine(store);
    RunSettings settings = fixture.settings(QStringLiteral("simulated:flip=0.2"));
    settings.evalEvery = evalEvery;
    QMap<qint64, QByteArray> reference;
    for (int block : {1, 3, 64}) {
        for (int threads : {1, 2}) {
            engine.setScoringBlock(block);
            const qint64 runId = engine.prepare(settings);
            RunControl control;
            QList<qint64> order;
            RunCallbacks callbacks;
            callbacks.queryFinished = [&](const RunQueryRecord& result, const QString&) { order.append(result.queryId); };
            QCOMPARE(engine.execute(runId, control, callbacks, threads), RunStatus::Finished);
            QCOMPARE(order.size(), 11);
            QVERIFY(std::is_sorted(order.begin(), order.end())); // stored in query order, block by block
            const auto prints = fingerprint(store, runId);
            QCOMPARE(prints.size(), 11);
            QCOMPARE(store.runs().find(runId)->finishedQueries, 10); // qnone has no relevant document
            if (reference.isEmpty())
                reference = prints;
            else
                QVERIFY2(prints == reference, qPrintable(QStringLiteral("block %1, threads %2 differ").arg(block).arg(threads)));
        }
    }
}

void TestRunEngine::float16RunMatchesFloat32()
{
    // The same generated data imported as float32 and as float16, a run on each: MAP before and
    // after within 1e-3, and the float16 space's matrix in memory is half the bytes.
    Fixture wide(PoolRule::Corpus, 20, 256, ElementType::Float32);
    Fixture half(PoolRule::Corpus, 20, 256, ElementType::Float16);
    double map[2][2] = {};
    qint64 bytes[2] = {};
    int index = 0;
    for (Fixture* fixture : {&wide, &half}) {
        ProjectStore store(fixture->path);
        const CorpusIndex corpus = CorpusIndex::load(store, fixture->datasetId, fixture->spaceId);
        QCOMPARE(corpus.elementType(), index == 0 ? ElementType::Float32 : ElementType::Float16);
        bytes[index] = corpus.vectorBytes();
        QCOMPARE(corpus.documentRow(0).size(), 256);
        QVERIFY(std::abs(corpus.documentRow(0).norm() - 1.0f) < 1e-3f); // normalised in float32, rounded once
        RunEngine engine(store);
        const qint64 runId = engine.prepare(fixture->settings());
        RunControl control;
        QCOMPARE(engine.execute(runId, control, {}, 2), RunStatus::Finished);
        int count = 0;
        for (const auto& result : store.runs().queries(runId, true)) {
            if (result.outcome == QueryOutcome::Failed)
                continue;
            map[index][0] += result.apBefore;
            map[index][1] += result.apAfter;
            ++count;
        }
        QCOMPARE(count, 20);
        map[index][0] /= count;
        map[index][1] /= count;
        ++index;
    }
    qInfo("MAP float32 %.6f -> %.6f, float16 %.6f -> %.6f; matrix %lld vs %lld bytes", map[0][0], map[0][1], map[1][0], map[1][1],
          bytes[0], bytes[1]);
    QCOMPARE(bytes[1] * 2, bytes[0]);
    QVERIFY(map[1][1] > map[1][0] + 0.01); // the run did something worth comparing
    QVERIFY2(std::abs(map[0][0] - map[1][0]) < 1e-3, qPrintable(QString::number(map[0][0] - map[1][0])));
    QVERIFY2(std::abs(map[0][1] - map[1][1]) < 1e-3, qPrintable(QString::number(map[0][1] - map[1][1])));
}

void TestRunEngine::cancelKeepsFinishedAndResumeCompletes()
{
    Fixture fixture(PoolRule::Corpus, 10);
    ProjectStore store(fixture.path);
    RunEngine engine(store);
    // The uninterrupted reference.
    const qint64 reference = engine.prepare(fixture.settings());
    RunControl referenceControl;
    engine.execute(reference, referenceControl, {}, 1);

    RunSettings settings = fixture.settings();
    settings.label = QStringLiteral("interrupted"); // the label is not part of the definition
    const qint64 runId = engine.prepare(settings);
    RunControl control;
    RunCallbacks callbacks;
    int seen = 0;
    callbacks.queryFinished = [&](const RunQueryRecord&, const QString&) {
        if (++seen == 3)
            control.cancel = true;
    };
    // The worker runs ahead of the thread that commits; hold it at the fifth query until the cancel
    // is given, so the cancel cannot come after the last query on a busy machine.
    QSet<qint64> evaluated;
    callbacks.stepEvaluated = [&](qint64 queryId, const CurvePoint&) {
        evaluated.insert(queryId); // one worker thread: no lock needed
        while (evaluated.size() >= 5 && !control.cancel.load())
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
    };
    QCOMPARE(engine.execute(runId, control, callbacks, 1), RunStatus::Cancelled);
    const int kept = int(store.runs().recordedQueryIds(runId).size());
    QVERIFY(kept >= 3 && kept < 11);
    QCOMPARE(store.runs().find(runId)->status, RunStatus::Cancelled);

    bool resumed = false;
    QCOMPARE(engine.prepare(settings, true, &resumed), runId);
    QVERIFY(resumed);
    RunControl again;
    int computed = 0;
    RunCallbacks counting;
    counting.queryFinished = [&](const RunQueryRecord&, const QString&) { ++computed; };
    QCOMPARE(engine.execute(runId, again, counting, 2), RunStatus::Finished);
    QCOMPARE(computed, 11 - kept); // finished queries are not recomputed
    QCOMPARE(fingerprint(store, runId), fingerprint(store, reference));

    // Nothing left to resume: a new run is created.
    QVERIFY(engine.prepare(settings, true, &resumed) != runId);
    QVERIFY(!resumed);
}

void TestRunEngine::judgmentsAreCached()
{
    Fixture fixture;
    ProjectStore store(fixture.path);
    RunEngine engine(store);
    RunControl control;
    engine.execute(engine.prepare(fixture.settings(QStringLiteral("simulated:flip=0.3"))), control);
    const qint64 judgments = store.summary().judgmentCount;
    QCOMPARE(judgments, 6 * 10 + 0); // qnone fails before judging
    engine.execute(engine.prepare(fixture.settings(QStringLiteral("simulated:flip=0.3"))), control);
    QCOMPARE(store.summary().judgmentCount, judgments);
    engine.execute(engine.prepare(fixture.settings(QStringLiteral("simulated:flip=0.1"))), control);
    QCOMPARE(store.summary().judgmentCount, 2 * judgments); // another judge identity asks again
}

void TestRunEngine::judgedPoolRanksOnlyLabelledDocuments()
{
    Fixture fixture(PoolRule::Judged);
    ProjectStore store(fixture.path);
    RunEngine engine(store);
    RunControl control;
    const qint64 runId = engine.prepare(fixture.settings(QStringLiteral("gold"), QStringLiteral("none")));
    engine.execute(runId, control);
    for (const auto& result : store.runs().queries(runId, false)) {
        if (result.outcome != QueryOutcome::Finished)
            continue;
        const QJsonObject before = RunQueryJson::metrics(*result.before);
        QCOMPARE(before.value(QStringLiteral("candidates")).toInt(), 27); // 12 relevant + 15 distractors
        // The AP agrees with an independent evaluation over the same ranking via the string path.
        QVERIFY(result.apBefore > 0.0 && result.apBefore <= 1.0);
    }
}

void TestRunEngine::rejectsBadSettings()
{
    Fixture fixture;
    ProjectStore store(fixture.path);
    RunEngine engine(store);
    RunSettings settings = fixture.settings();
    settings.refiner = QStringLiteral("magic");
    QVERIFY_THROWS_EXCEPTION(TareError, engine.prepare(settings));
    settings = fixture.settings(QStringLiteral("oracle"));
    QVERIFY_THROWS_EXCEPTION(TareError, engine.prepare(settings));
    settings = fixture.settings();
    settings.spaceId = 999;
    QVERIFY_THROWS_EXCEPTION(TareError, engine.prepare(settings));
    QCOMPARE(store.runs().all().size(), 0);
}

void TestRunEngine::exportMatchesTrecEval_data()
{
    TestUtils::addSwitchRows("judgedPool", "whole corpus", "judged pool");
}

void TestRunEngine::exportMatchesTrecEval()
{
    // The TREC files Tare writes, evaluated like trec_eval against the exported qrels, give the
    // same AP the engine stored: ranking, tie-breaks and candidate pools agree.
    QFETCH(bool, judgedPool);
    Fixture fixture(judgedPool ? PoolRule::Judged : PoolRule::Corpus);
    ProjectStore store(fixture.path);
    RunEngine engine(store);
    RunControl control;
    const qint64 runId = engine.prepare(fixture.settings());
    engine.execute(runId, control);
    const QStringList files = RunExporter::write(store, runId, RunExporter::Format::Trec, fixture.project.filePath(QStringLiteral("out")));
    QCOMPARE(files.size(), 2);
    const QString qrels = fixture.project.filePath(QStringLiteral("out/qrels"));
    ProjectExporter::writeQrels(store, fixture.datasetId, qrels);
    TrecEval::Options options;
    options.missing = TrecMissingQueries::CountAsZero;
    const auto before = TrecEval::evaluate(TrecEval::readQrels(qrels), TrecEval::readRun(files[0]), options);
    const auto after = TrecEval::evaluate(TrecEval::readQrels(qrels), TrecEval::readRun(files[1]), options);
    const RunSummary summary = RunSummary::load(store, runId);
    int compared = 0;
    for (const auto& result : summary.results) {
        if (result.outcome != QueryOutcome::Finished)
            continue;
        const QByteArray qid = summary.queryExtIds.value(result.queryId).toUtf8();
        for (size_t i = 0; i < before.queries.size(); ++i) {
            if (before.queries[i].qid != qid)
                continue;
            QCOMPARE(before.queries[i].metrics.ap, result.apBefore);
            QCOMPARE(after.queries[i].metrics.ap, result.apAfter);
            ++compared;
        }
    }
    QCOMPARE(compared, 6);
}

void TestRunEngine::summaryAndOtherExports()
{
    Fixture fixture;
    ProjectStore store(fixture.path);
    RunEngine engine(store);
    RunControl control;
    const qint64 runId = engine.prepare(fixture.settings());
    engine.execute(runId, control);
    const RunSummary summary = RunSummary::load(store, runId);
    QCOMPARE(summary.finished, 6);
    QCOMPARE(summary.failed, 1);
    QCOMPARE(summary.comparison.wins + summary.comparison.ties + summary.comparison.losses, 6);
    double sum = 0.0;
    for (const auto& result : summary.results)
        sum += result.outcome == QueryOutcome::Finished ? result.apAfter : 0.0;
    QCOMPARE(summary.mapAfter, sum / 6.0);
    const QJsonObject json = QJsonDocument::fromJson(summary.toJson(false)).object().value(QStringLiteral("summary")).toObject();
    QCOMPARE(json.value(QStringLiteral("map_after")).toDouble(), summary.mapAfter);
    QVERIFY(json.contains(QStringLiteral("map_before")));

    const QString out = fixture.project.filePath(QStringLiteral("x"));
    const QString csv = RunExporter::write(store, runId, RunExporter::Format::Csv, out).first();
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csvFile.readAll().split('\n');
    QCOMPARE(lines.size(), 1 + 7 + 1); // header, 7 queries, trailing empty
    QVERIFY(lines[0].startsWith("query,status,ap_before,ap_after"));
    const QString jsonPath = RunExporter::write(store, runId, RunExporter::Format::Json, out).first();
    QFile jsonFile(jsonPath);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const QJsonObject full = QJsonDocument::fromJson(jsonFile.readAll()).object();
    const QJsonArray queries = full.value(QStringLiteral("queries")).toArray();
    QCOMPARE(queries.size(), 7);
    const QJsonObject first = queries.first().toObject();
    QCOMPARE(first.value(QStringLiteral("refined_vector")).toArray().size(), 32);
    QCOMPARE(first.value(QStringLiteral("curve")).toArray().size(), 41);
    QCOMPARE(first.value(QStringLiteral("judged")).toArray().size(), 10);
}

void TestRunEngine::httpJudgeIsCachedByIdentity()
{
    // A real LLM judge over HTTP (the wire-faithful test server on 127.0.0.1): every judgment is
    // stored with prompt and raw response; the same run again makes zero requests; another model
    // is another identity and asks again; the API key never reaches the project file.
    tare::test::OpenAiTestServer server;
    server.requireKeyFromEnvironment("TARE_TEST_KEY", "sk-test-secret-4242");
    Fixture fixture;
    RunSettings settings = fixture.settings(QStringLiteral("llm-yesno"));
    settings.judgeEndpoint = server.baseUrl() + QStringLiteral("/v1");
    settings.judgeModel = QStringLiteral("judge-model-a");
    {
        ProjectStore store(fixture.path);
        RunEngine engine(store);
        engine.setJudgeConnection(QStringLiteral("TARE_TEST_KEY"), 8);
        RunControl control;
        const qint64 first = engine.prepare(settings);
        QCOMPARE(engine.execute(first, control), RunStatus::Finished);
        QCOMPARE(server.requestCount(), 6 * 10);
        QVERIFY(server.maxInFlight() <= 8);
        const auto results = store.runs().queries(first, false);
        double sumBefore = 0.0, sumAfter = 0.0;
        for (const auto& result : results) {
            if (result.outcome == QueryOutcome::Finished) {
                sumBefore += result.apBefore;
                sumAfter += result.apAfter;
            }
        }
        QVERIFY2(sumAfter > sumBefore, qPrintable(QStringLiteral("%1 -> %2").arg(sumBefore).arg(sumAfter)));
        const auto judge = store.judgments().judge(store.runs().find(first)->judgeId);
        QVERIFY(judge->identity.contains(QStringLiteral("judge-model-a")));
        QVERIFY(!judge->identity.contains(QStringLiteral("sk-test")));
        const auto judgments = store.judgments().latest(judge->id, fixture.datasetId);
        QCOMPARE(judgments.size(), 60);
        for (const auto& judgment : judgments) {
            QCOMPARE(judgment.status, QStringLiteral("ok"));
            QVERIFY(judgment.rawResponse.contains(QStringLiteral("top_logprobs")));
            QVERIFY(judgment.prompt.contains(QStringLiteral("query q")));
        }

        const qint64 second = engine.prepare(settings);
        QCOMPARE(engine.execute(second, control), RunStatus::Finished);
        QCOMPARE(server.requestCount(), 60); // all from the cache

        settings.judgeModel = QStringLiteral("judge-model-b");
        engine.execute(engine.prepare(settings), control);
        QCOMPARE(server.requestCount(), 120);
    }
    for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
        QFile file(fixture.path + suffix);
        if (file.open(QIODevice::ReadOnly))
            QVERIFY(!file.readAll().contains("sk-test-secret-4242"));
    }
    qunsetenv("TARE_TEST_KEY");
}

QTEST_GUILESS_MAIN(TestRunEngine)
#include "tst_runengine.moc"
