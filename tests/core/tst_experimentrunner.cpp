// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/projectstore.h"
#include "core/experiment/experimentrunner.h"
#include "core/db/experimentstore.h"
#include "core/run/runengine.h"
#include "core/run/runsummary.h"
#include "core/util/tareerror.h"
#include "projectbuilder.h"
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <random>

using namespace tare;

namespace {

/// A project whose queries sit between a hidden intent (where their relevant documents are) and
/// a misleading surface direction (where the distractors are): good feedback pulls the query
/// towards the intent, random feedback does not. Space "vec"; with `hyde`, also "vec-hyde", whose
/// query vectors lean further towards the intent, as a hypothetical document would.
struct Project
{
    TestUtils::ProjectBuilder builder;
    QString path;
    qint64 datasetId = 0;
    qint64 spaceId = 0;

    Project(int queries, bool hyde, PoolRule pool = PoolRule::Corpus)
        : builder(QStringLiteral("experiment.tare"), QStringLiteral("intents"), pool)
    {
        constexpr int dim = 24;
        path = builder.path();
        datasetId = builder.datasetId();
        spaceId = builder.addSpace(QStringLiteral("vec"), dim);
        const qint64 hydeId = hyde ? builder.addSpace(QStringLiteral("vec-hyde"), dim) : 0;
        TestUtils::RandomDirections random(dim, 11);
        int documents = 0;
        auto document = [&](const Eigen::VectorXf& v) {
            const qint64 id = builder.addDocumentAt(QByteArray("doc" + QByteArray::number(documents++)), v, "text");
            if (hydeId)
                builder.setDocumentVector(id, v, hydeId);
            return id;
        };
        for (int q = 0; q < queries; ++q) {
            const Eigen::VectorXf intent = random.next();
            const Eigen::VectorXf surface = random.next();
            const qint64 queryId =
                builder.addQueryAt(QByteArray("query" + QByteArray::number(q)), (0.8f * intent + surface).normalized(), "a query");
            if (hydeId)
                builder.setQueryVector(queryId, (intent + 0.6f * surface).normalized(), hydeId);
            for (int i = 0; i < 8; ++i)
                builder.label(queryId, document((intent + 0.6f * random.next()).normalized()), 1);
            for (int i = 0; i < 12; ++i)
                builder.label(queryId, document((surface + 0.6f * random.next()).normalized()), 0);
        }
        for (int i = 0; i < 40; ++i)
            document(random.next());
        builder.close();
    }

    ExperimentSettings settings(ExperimentKind kind) const
    {
        ExperimentSettings s;
        s.kind = kind;
        s.datasetId = datasetId;
        s.spaceId = spaceId;
        s.refine.lr = 0.02;
        s.refine.steps = 30;
        s.refine.total = 10;
        s.refine.fromTop = 10;
        s.threads = 2;
        return s;
    }

    /// A noise sweep over `rates` with two judge seeds a rate above 0.
    ExperimentSettings noiseSweep(const QList<double>& rates) const
    {
        ExperimentSettings s = settings(ExperimentKind::NoiseSweep);
        s.rates = rates;
        s.seeds = 2;
        return s;
    }
};

/// Runs the experiment `settings` on `store` to its end: a runner of its own, no cancel, no callbacks.
ExperimentResult runExperiment(ProjectStore& store, const ExperimentSettings& settings)
{
    ExperimentRunner runner(store);
    RunControl control;
    return runner.run(settings, control);
}

qint64 countRuns(ProjectStore& store)
{
    return store.runs().all().size();
}

} // namespace

class TestExperimentRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noiseSweepKnownEnds();
    void budgetSweepGrid();
    void methodTable();
    void rerankOnlyWithEveryRelevantJudged();
    void judgeQualityOfARun();
    void resumeAfterCancelReusesFinishedRuns();
    void continuesAnUnfinishedRunOfTheProject();
    void badSettingsAreRefused();
};

void TestExperimentRunner::noiseSweepKnownEnds()
{
    Project project(12, false);
    ProjectStore store(project.path);
    ExperimentSettings settings = project.noiseSweep({0.0, 0.5});
    const ExperimentResult result = runExperiment(store, settings);
    QCOMPARE(result.status, RunStatus::Finished);
    QCOMPARE(result.runIds.size(), 3); // rate 0 once (the gold judge), rate 0.5 twice
    QCOMPARE(result.noise.queries, 12);
    QCOMPARE(result.noise.levels.size(), 2);
    const NoiseLevelResult& clean = result.noise.levels[0];
    const NoiseLevelResult& noisy = result.noise.levels[1];
    QCOMPARE(clean.runIds.size(), 1);
    QCOMPARE(clean.sdDelta, 0.0);
    QCOMPARE(noisy.seeds, (QList<qint64>{1, 2}));
    QVERIFY(noisy.minDelta <= noisy.meanDelta && noisy.meanDelta <= noisy.maxDelta);
    QVERIFY(noisy.ciLower <= noisy.ciUpper);

    // Flip 0 is the gold judge: a separate gold run and a simulated judge with no flips both give
    // exactly the sweep's MAP at rate 0.
    RunEngine engine(store);
    RunControl control;
    for (const QString& judge : {QStringLiteral("gold"), QStringLiteral("simulated:flip=0,seed=9")}) {
        RunSettings run;
        run.datasetId = project.datasetId;
        run.spaceId = project.spaceId;
        run.judgeSpec = judge;
        run.refine = settings.refine;
        const qint64 runId = engine.prepare(run);
        engine.execute(runId, control, {}, 1);
        const RunSummary summary = RunSummary::load(store, runId);
        QCOMPARE(summary.mapAfter, clean.meanMapAfter);
        QCOMPARE(summary.mapBefore, result.noise.mapBefore);
    }
    // Gold feedback helps on this data; labels flipped at random half of the time carry no
    // information, and the gain collapses.
    QVERIFY2(clean.meanDelta > 0.02, qPrintable(QString::number(clean.meanDelta)));
    QVERIFY2(noisy.meanDelta < 0.5 * clean.meanDelta,
             qPrintable(QStringLiteral("%1 vs %2").arg(noisy.meanDelta).arg(clean.meanDelta)));

    // The result is stored with the experiment and reads back whole.
    const ExperimentResult stored = ExperimentRunner::load(store, result.experimentId);
    QCOMPARE(stored.toJson(), result.toJson());
    QCOMPARE(store.experiments().runs(result.experimentId).size(), 3);
}

void TestExperimentRunner::budgetSweepGrid()
{
    Project project(6, false);
    ProjectStore store(project.path);
    ExperimentSettings settings = project.settings(ExperimentKind::BudgetSweep);
    settings.totals = {4, 10};
    settings.fromTopShares = {1.0, 0.5};
    settings.stepsList = {10, 30};
    const ExperimentResult result = runExperiment(store, settings);
    QCOMPARE(result.budget.cells.size(), 8);
    for (const BudgetCellResult& cell : result.budget.cells) {
        QCOMPARE(cell.judgedPerQuery, double(cell.total));
        QCOMPARE(cell.judgeCalls, 6 * cell.total);
        QCOMPARE(cell.fromTop, cell.fromTopShare == 1.0 ? cell.total : cell.total / 2);
        QCOMPARE(cell.mapBefore, result.budget.cells.first().mapBefore);
        QCOMPARE(store.runs().find(cell.runId)->status, RunStatus::Finished);
    }
    // Same total, same share: more steps move the query further (different MAP after).
    QCOMPARE(result.budget.cells[0].steps, 10);
    QCOMPARE(result.budget.cells[2].steps, 30);
    QCOMPARE(result.budget.cells[0].total, result.budget.cells[2].total);
    QVERIFY(result.budget.cells[0].mapAfter != result.budget.cells[2].mapAfter);
}

void TestExperimentRunner::methodTable()
{
    Project project(8, true);
    ProjectStore store(project.path);
    ExperimentSettings settings = project.settings(ExperimentKind::Methods);
    const qint64 judgmentsBefore = store.summary().judgmentCount;
    const ExperimentResult result = runExperiment(store, settings);
    QStringList methods;
    for (const MethodResult& row : result.methods.rows)
        methods.append(row.method);
    QCOMPARE(methods, ExperimentSettings::allMethods());
    QCOMPARE(result.methods.queries, 8);
    QCOMPARE(result.runIds.size(), 6); // rerank-only reuses the "none" run

    const MethodResult& none = result.methods.rows[0];
    QCOMPARE(none.vsNone.meanDelta, 0.0);
    QCOMPARE(none.vsNone.ties, 8);
    QCOMPARE(none.vsNone.wins + none.vsNone.losses, 0);
    QCOMPARE(none.map, none.vsNone.meanBefore);
    for (const MethodResult& row : result.methods.rows) {
        QCOMPARE(row.vsNone.n, 8);
        QCOMPARE(row.vsNone.meanBefore, none.map);
        QVERIFY(std::abs(row.map - (none.map + row.vsNone.meanDelta)) < 1e-12);
        QCOMPARE(row.space, row.method.startsWith(QStringLiteral("hyde")) ? QStringLiteral("vec-hyde") : QStringLiteral("vec"));
    }
    // The original space's four methods judged the same documents: 10 per query, once each; the
    // HyDE space's different ranking brings its own.
    const qint64 judgments = store.summary().judgmentCount - judgmentsBefore;
    QVERIFY2(judgments >= 80 && judgments <= 160, qPrintable(QString::number(judgments)));
    const MethodResult& rerank = result.methods.rows.last();
    QCOMPARE(rerank.runId, none.runId);
    // Gold feedback on the top 10 puts the judged relevant documents first: never worse than none.
    QCOMPARE(rerank.vsNone.losses, 0);
    QVERIFY(rerank.vsNone.meanDelta > 0.0);
}

void TestExperimentRunner::rerankOnlyWithEveryRelevantJudged()
{
    // Judged pools hold only a query's 20 labelled documents; judging all of them with the gold
    // judge puts every relevant document on top: AP 1 for every query.
    Project project(5, false, PoolRule::Judged);
    ProjectStore store(project.path);
    ExperimentSettings settings = project.settings(ExperimentKind::Methods);
    settings.methods = {QStringLiteral("rerank-only")};
    settings.refine.total = 20;
    settings.refine.fromTop = 20;
    const ExperimentResult result = runExperiment(store, settings);
    QCOMPARE(result.methods.rows.size(), 2);
    QCOMPARE(result.methods.rows[0].method, QStringLiteral("none"));
    const MethodResult& rerank = result.methods.rows[1];
    QCOMPARE(rerank.map, 1.0);
    QVERIFY(result.methods.rows[0].map < 1.0);
    QCOMPARE(rerank.vsNone.wins + rerank.vsNone.ties, 5);
}

void TestExperimentRunner::judgeQualityOfARun()
{
    Project project(10, false);
    ProjectStore store(project.path);
    ExperimentSettings settings = project.settings(ExperimentKind::JudgeQuality);
    settings.judgeSpec = QStringLiteral("simulated:flip=0.3,seed=4");
    const ExperimentResult made = runExperiment(store, settings);
    const JudgeQualityResult& quality = made.judgeQuality;
    QCOMPARE(quality.points.size(), 10);
    QVERIFY(quality.n >= 2);
    for (const JudgeQualityPoint& point : quality.points) {
        QVERIFY(point.query.startsWith(QStringLiteral("query")));
        QCOMPARE(point.judged, 10);
        QVERIFY(std::isnan(point.auc) || (point.auc >= 0.0 && point.auc <= 1.0));
    }
    QVERIFY(std::abs(quality.pearson) <= 1.0);

    // The same analysis of that run through --run: the same points, one linked run.
    ExperimentSettings byRun;
    byRun.kind = ExperimentKind::JudgeQuality;
    byRun.runId = quality.runId;
    const ExperimentResult analysed = runExperiment(store, byRun);
    QVERIFY(analysed.experimentId != made.experimentId);
    QCOMPARE(analysed.runIds, QList<qint64>{quality.runId});
    QCOMPARE(analysed.judgeQuality.pearson, quality.pearson);
    QCOMPARE(analysed.judgeQuality.slope, quality.slope);
}

void TestExperimentRunner::resumeAfterCancelReusesFinishedRuns()
{
    Project project(6, false);
    ProjectStore store(project.path);
    ExperimentSettings settings = project.noiseSweep({0.0, 0.2});
    ExperimentRunner runner(store);

    // Cancel as the second cell starts: its run is made, then stops before any query.
    RunControl control;
    ExperimentCallbacks callbacks;
    callbacks.cellStarted = [&](int index, int count, const ExperimentCell&, bool reused) {
        QCOMPARE(count, 3);
        QVERIFY(!reused);
        if (index == 1)
            control.cancel = true;
    };
    qint64 lastDone = 0;
    callbacks.progress = [&](qint64 done, qint64 total) {
        QCOMPARE(total, 18);
        lastDone = done;
    };
    settings.threads = 1;
    const ExperimentResult first = runner.run(settings, control, callbacks);
    QCOMPARE(first.status, RunStatus::Cancelled);
    QCOMPARE(lastDone, 6);
    QCOMPARE(countRuns(store), 2);
    QCOMPARE(store.runs().find(first.runIds[0])->status, RunStatus::Finished);
    QCOMPARE(store.runs().find(first.runIds[1])->status, RunStatus::Cancelled);
    QCOMPARE(store.runs().find(first.runIds[1])->finishedQueries, 0);
    QCOMPARE(store.experiments().find(first.experimentId)->status, RunStatus::Cancelled);

    // Again, with another thread count (not part of the definition): the same experiment goes on,
    // the finished run is reused, the cancelled one continued, one new run made.
    RunControl again;
    QList<bool> reusedFlags;
    ExperimentCallbacks second;
    second.cellStarted = [&](int, int, const ExperimentCell&, bool reused) { reusedFlags.append(reused); };
    settings.threads = 2;
    const ExperimentResult resumed = runner.run(settings, again, second);
    QCOMPARE(resumed.status, RunStatus::Finished);
    QCOMPARE(resumed.experimentId, first.experimentId);
    QCOMPARE(reusedFlags, (QList<bool>{true, false, false}));
    QCOMPARE(countRuns(store), 3);
    QCOMPARE(resumed.runIds.mid(0, 2), first.runIds);
    QCOMPARE(store.runs().queries(first.runIds[1], false).size(), 6);
    QCOMPARE(store.experiments().all().size(), 1);

    // A third time everything is reused and the result is the same.
    QList<bool> allReused;
    ExperimentCallbacks third;
    third.cellStarted = [&](int, int, const ExperimentCell&, bool reused) { allReused.append(reused); };
    const ExperimentResult repeated = runner.run(settings, again, third);
    QCOMPARE(allReused, (QList<bool>{true, true, true}));
    QCOMPARE(countRuns(store), 3);
    QCOMPARE(repeated.toJson(), resumed.toJson());
}

void TestExperimentRunner::continuesAnUnfinishedRunOfTheProject()
{
    // A run with exactly a cell's definition, started outside the experiment and left unfinished,
    // is continued by the experiment rather than made again.
    Project project(4, false);
    ProjectStore store(project.path);
    ExperimentSettings settings = project.settings(ExperimentKind::JudgeQuality);
    settings.judgeSpec = QStringLiteral("simulated:flip=0.1,seed=2");
    RunEngine engine(store);
    const qint64 unfinished = engine.prepare(settings.runSettings());
    QCOMPARE(store.runs().find(unfinished)->status, RunStatus::Created);
    const ExperimentResult result = runExperiment(store, settings);
    QCOMPARE(result.runIds, QList<qint64>{unfinished});
    QCOMPARE(countRuns(store), 1);
    QCOMPARE(store.runs().find(unfinished)->status, RunStatus::Finished);
    QCOMPARE(store.runs().find(unfinished)->finishedQueries, 4);
    QCOMPARE(result.judgeQuality.points.size(), 4);
}

void TestExperimentRunner::badSettingsAreRefused()
{
    Project project(2, false);
    ProjectStore store(project.path);
    ExperimentRunner runner(store);
    RunControl control;
    ExperimentSettings hyde = project.settings(ExperimentKind::Methods);
    hyde.methods = {QStringLiteral("hyde")};
    QVERIFY_THROWS_EXCEPTION(TareError, runner.run(hyde, control)); // no vec-hyde space
    ExperimentSettings unknown = project.settings(ExperimentKind::Methods);
    unknown.methods = {QStringLiteral("magic")};
    QVERIFY_THROWS_EXCEPTION(TareError, runner.run(unknown, control));
    ExperimentSettings rates = project.settings(ExperimentKind::NoiseSweep);
    rates.rates = {1.5};
    QVERIFY_THROWS_EXCEPTION(TareError, runner.run(rates, control));
    ExperimentSettings judge = project.settings(ExperimentKind::Methods);
    judge.judgeSpec = QStringLiteral("oracle");
    QVERIFY_THROWS_EXCEPTION(TareError, runner.run(judge, control));
    ExperimentSettings refiner = project.settings(ExperimentKind::BudgetSweep);
    refiner.refiner = QStringLiteral("sgd");
    QVERIFY_THROWS_EXCEPTION(TareError, runner.run(refiner, control));
    ExperimentSettings run = project.settings(ExperimentKind::JudgeQuality);
    run.runId = 999;
    QVERIFY_THROWS_EXCEPTION(TareError, runner.run(run, control));
    QCOMPARE(store.experiments().all().size(), 0);
    QCOMPARE(countRuns(store), 0);
}

QTEST_GUILESS_MAIN(TestExperimentRunner)
#include "tst_experimentrunner.moc"
