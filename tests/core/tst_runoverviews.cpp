// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/projectschema.h"
#include "core/db/projectstore.h"
#include "core/db/sqliteconnection.h"
#include "core/embed/lsaspacebuilder.h"
#include "core/experiment/experimentrunner.h"
#include "core/io/sampleproject.h"
#include "core/feedback/humanfeedbackrun.h"
#include "core/run/runengine.h"
#include "core/run/runsummary.h"
#include "core/util/tareerror.h"
#include "projectbuilder.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace tare;

namespace {

qint64 count(ProjectStore& store, const char* sql)
{
    auto& statement = store.connection().prepare(sql);
    statement.step();
    const qint64 value = statement.int64(0);
    statement.reset();
    return value;
}

/// Rows of every table a run deletion must not touch, and of the run tables outside `runId`.
QList<qint64> untouched(ProjectStore& store, qint64 runId)
{
    QList<qint64> counts;
    for (const char* sql : {"SELECT count(*) FROM datasets", "SELECT count(*) FROM documents", "SELECT count(*) FROM queries",
                            "SELECT count(*) FROM labels", "SELECT count(*) FROM spaces", "SELECT count(*) FROM document_vector_chunks",
                            "SELECT count(*) FROM judges", "SELECT count(*) FROM judgments", "SELECT count(*) FROM experiments"})
        counts.append(count(store, sql));
    auto& others = store.connection().prepare(
        "SELECT (SELECT count(*) FROM runs WHERE id <> ?1), (SELECT count(*) FROM run_queries WHERE run_id <> ?1), "
        "(SELECT count(*) FROM run_curves WHERE run_id <> ?1), (SELECT count(*) FROM experiment_runs WHERE run_id <> ?1)");
    others.bind(1, runId);
    others.step();
    for (int column = 0; column < 4; ++column)
        counts.append(others.int64(column));
    others.reset();
    return counts;
}

} // namespace

/// The run list's part of RunStore: every run with its origin, names and MAP; rename; delete in
/// one transaction touching nothing else; origin marks, and the v4 migration that added them.
class TestRunOverviews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsEveryRunWithItsOrigin();
    void mapEqualsTheRunSummary();
    void renames();
    void deletesOneRunAndNothingElse();
    void deletingAMissingRunIsAnError();
    void migratesWorkbenchRunsOfSchema4();

private:
    TestUtils::TempProject m_project{QStringLiteral("runs.tare")};
    QString m_path = m_project.path();
    qint64 m_workbenchRun = 0;
    qint64 m_cliRun = 0;
    qint64 m_humanRun = 0;
    QList<qint64> m_cellRuns;
    qint64 m_experiment = 0;
};

void TestRunOverviews::initTestCase()
{
    ProjectStore& store = *m_project;
    RunSettings settings = TestUtils::sampleRunSettings(store);
    settings.refine.steps = 20;
    settings.evalEvery = 5;
    RunEngine engine(store);
    RunControl control;
    settings.label = QStringLiteral("from the window");
    m_workbenchRun = engine.prepare(settings);
    QCOMPARE(engine.execute(m_workbenchRun, control), RunStatus::Finished);
    store.runs().setOrigin(m_workbenchRun, RunOrigin::Workbench);
    settings.label.clear();
    settings.judgeSpec = QStringLiteral("simulated:flip=0.3,seed=5");
    m_cliRun = engine.prepare(settings);
    QCOMPARE(engine.execute(m_cliRun, control), RunStatus::Finished);
    m_humanRun = HumanFeedbackRun::ensure(store, m_workbenchRun);

    ExperimentSettings experiment;
    experiment.kind = ExperimentKind::NoiseSweep;
    experiment.datasetId = settings.datasetId;
    experiment.spaceId = settings.spaceId;
    const QList<QueryRecord> nuanceQueries = store.datasets().queries(settings.datasetId);
    experiment.queryIds = {nuanceQueries.first().extId, nuanceQueries.last().extId};
    experiment.refine.steps = 5;
    experiment.rates = {0.0, 0.4};
    experiment.seeds = 1;
    ExperimentRunner runner(store);
    const ExperimentResult result = runner.run(experiment, control);
    QCOMPARE(result.status, RunStatus::Finished);
    m_experiment = result.experimentId;
    m_cellRuns = result.runIds;
    QCOMPARE(m_cellRuns.size(), 2);
    m_project.close(); // the tests open their own connections
}

void TestRunOverviews::listsEveryRunWithItsOrigin()
{
    ProjectStore store(m_path);
    QCOMPARE(store.schemaVersion(), ProjectSchema::CurrentVersion);
    const QList<RunOverview> runs = store.runs().overviews();
    QCOMPARE(runs.size(), 5);
    for (int i = 1; i < runs.size(); ++i)
        QVERIFY(runs[i - 1].run.id > runs[i].run.id); // newest first
    QHash<qint64, RunOverview> byId;
    for (const RunOverview& run : runs)
        byId.insert(run.run.id, run);
    const RunOverview workbench = byId.value(m_workbenchRun);
    QCOMPARE(workbench.origin, RunOrigin::Workbench);
    QCOMPARE(workbench.run.label, QStringLiteral("from the window"));
    QCOMPARE(workbench.datasetName, QStringLiteral("nuance"));
    QCOMPARE(workbench.spaceName, QStringLiteral("lsa"));
    QCOMPARE(workbench.judgeName, QStringLiteral("gold labels"));
    QCOMPARE(workbench.judgeKind, QStringLiteral("gold"));
    QCOMPARE(workbench.derivedRunCount, 1);
    QCOMPARE(workbench.run.status, RunStatus::Finished);
    const qint64 queries = store.datasets().byName(QStringLiteral("nuance"))->queryCount;
    QCOMPARE(workbench.plannedQueries, queries);
    QCOMPARE(workbench.run.finishedQueries + workbench.run.failedQueries, queries);
    QCOMPARE(byId.value(m_cliRun).origin, RunOrigin::CommandLine);
    QVERIFY(byId.value(m_cliRun).judgeName.contains(QStringLiteral("flipped")));
    const RunOverview human = byId.value(m_humanRun);
    QCOMPARE(human.origin, RunOrigin::HumanFeedback);
    QCOMPARE(human.baselineRunId, m_workbenchRun);
    QCOMPARE(human.run.finishedQueries, 0);
    QVERIFY(std::isnan(human.mapBefore)); // nothing re-refined yet
    for (qint64 cell : m_cellRuns) {
        QCOMPARE(byId.value(cell).origin, RunOrigin::Experiment);
        QCOMPARE(byId.value(cell).experimentIds, QList<qint64>{m_experiment});
        QCOMPARE(byId.value(cell).plannedQueries, 2); // the experiment's chosen queries
    }
    // One run alone, and one dataset's runs.
    QCOMPARE(store.runs().overview(m_cliRun)->run.id, m_cliRun);
    QVERIFY(!store.runs().overview(9999));
    QCOMPARE(store.runs().overviews(workbench.run.datasetId).size(), 5);
    QCOMPARE(store.runs().overviews(workbench.run.datasetId + 1000).size(), 0);
}

void TestRunOverviews::mapEqualsTheRunSummary()
{
    ProjectStore store(m_path);
    for (const RunOverview& run : store.runs().overviews()) {
        if (run.run.finishedQueries == 0)
            continue;
        const RunSummary summary = RunSummary::load(store, run.run.id);
        QVERIFY2(std::abs(run.mapBefore - summary.mapBefore) < 1e-12, qPrintable(QString::number(run.run.id)));
        QVERIFY(std::abs(run.mapAfter - summary.mapAfter) < 1e-12);
        QCOMPARE(run.run.finishedQueries, summary.finished);
    }
}

void TestRunOverviews::renames()
{
    ProjectStore store(m_path);
    RunStore& runs = store.runs();
    runs.rename(m_cliRun, QStringLiteral("noisy judge"));
    QCOMPARE(store.runs().find(m_cliRun)->label, QStringLiteral("noisy judge"));
    QCOMPARE(runs.overview(m_cliRun)->origin, RunOrigin::CommandLine);
    runs.rename(m_workbenchRun, QString()); // a workbench run stays one without its name
    QCOMPARE(runs.overview(m_workbenchRun)->origin, RunOrigin::Workbench);
    QVERIFY_THROWS_EXCEPTION(TareError, runs.rename(9999, QStringLiteral("x")));
}

void TestRunOverviews::deletesOneRunAndNothingElse()
{
    ProjectStore store(m_path);
    RunStore& runs = store.runs();
    // A cell of the experiment: its rows and its link go, the experiment and everything else stay.
    const qint64 cell = m_cellRuns.first();
    const QList<qint64> before = untouched(store, cell);
    QVERIFY(!store.runs().queries(cell, false).isEmpty());
    runs.remove(cell);
    QVERIFY(!store.runs().find(cell));
    QCOMPARE(count(store, "SELECT count(*) FROM run_queries WHERE run_id NOT IN (SELECT id FROM runs)"), 0);
    QCOMPARE(count(store, "SELECT count(*) FROM run_curves WHERE run_id NOT IN (SELECT id FROM runs)"), 0);
    QCOMPARE(count(store, "SELECT count(*) FROM experiment_runs WHERE run_id NOT IN (SELECT id FROM runs)"), 0);
    QCOMPARE(untouched(store, cell), before);
    QVERIFY(store.experiments().find(m_experiment));

    // A run with a derived run: the derived run stays, without its link.
    const QList<qint64> beforeSource = untouched(store, m_workbenchRun);
    runs.remove(m_workbenchRun);
    QVERIFY(!store.runs().find(m_workbenchRun));
    QVERIFY(store.runs().find(m_humanRun));
    QCOMPARE(runs.overview(m_humanRun)->baselineRunId, 0);
    QCOMPARE(untouched(store, m_workbenchRun), beforeSource);
    QCOMPARE(runs.overviews().size(), 3);
}

void TestRunOverviews::deletingAMissingRunIsAnError()
{
    ProjectStore store(m_path);
    RunStore& runs = store.runs();
    const qint64 before = count(store, "SELECT count(*) FROM runs");
    QVERIFY_THROWS_EXCEPTION(TareError, runs.remove(9999));
    QCOMPARE(count(store, "SELECT count(*) FROM runs"), before);
    // The failed delete left no transaction open: the store still writes.
    runs.rename(m_cliRun, QStringLiteral("still writable"));
    QCOMPARE(store.runs().find(m_cliRun)->label, QStringLiteral("still writable"));
}

void TestRunOverviews::migratesWorkbenchRunsOfSchema4()
{
    // A schema-4 file: no origin column; the workbench labelled its runs "workbench".
    const QString path = m_project.filePath(QStringLiteral("v4.tare"));
    QVERIFY(QFile::copy(m_path, path));
    {
        SqliteConnection raw(path, SqliteConnection::Mode::ReadWrite);
        // The later steps' tables and columns go too (judgment_reasons: schema 6, element_type: 7,
        // vectors in chunks: 8 and 9).
        raw.exec("PRAGMA foreign_keys = OFF; ALTER TABLE runs DROP COLUMN origin; DROP TABLE judgment_reasons; "
                 "ALTER TABLE spaces DROP COLUMN element_type; "
                 "DROP TABLE document_vector_chunks; CREATE TABLE document_vectors(space_id INTEGER NOT NULL, "
                 "document_id INTEGER NOT NULL, vector BLOB NOT NULL, UNIQUE(space_id, document_id)); "
                 "UPDATE runs SET label = 'workbench' WHERE id = (SELECT min(id) FROM runs); PRAGMA user_version = 4;");
    }
    ProjectStore store(path);
    QCOMPARE(store.schemaVersion(), ProjectSchema::CurrentVersion);
    const QList<RunOverview> runs = store.runs().overviews();
    QVERIFY(runs.size() >= 2);
    QCOMPARE(runs.last().run.label, QStringLiteral("workbench"));
    QCOMPARE(runs.last().origin, RunOrigin::Workbench);
    for (qsizetype i = 0; i + 1 < runs.size(); ++i)
        QVERIFY(runs[i].origin != RunOrigin::Workbench);
}

QTEST_GUILESS_MAIN(TestRunOverviews)
#include "tst_runoverviews.moc"
