// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/runstore.h"

#include "core/db/runqueryjson.h"
#include "core/db/sqliteconnection.h"
#include "core/util/tareerror.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>
#include <string>

namespace tare {

namespace {

constexpr const char* s_runColumns =
    "SELECT r.id, r.dataset_id, r.space_id, coalesce(r.judge_id, 0), r.refiner, r.params, r.label, r.status, r.error, "
    "r.created_at, coalesce(r.finished_at, ''), "
    "(SELECT count(*) FROM run_queries x WHERE x.run_id = r.id AND x.status = 'finished'), "
    "(SELECT count(*) FROM run_queries x WHERE x.run_id = r.id AND x.status = 'failed') FROM runs r ";

/// The run's own columns 0-10, in the order s_runColumns and s_overviewSql select them.
void readRunColumns(const SqliteStatement& statement, RunRecord& run)
{
    run.id = statement.int64(0);
    run.datasetId = statement.int64(1);
    run.spaceId = statement.int64(2);
    run.judgeId = statement.int64(3);
    run.refiner = statement.text(4);
    run.paramsJson = statement.blob(5);
    run.label = statement.text(6);
    run.status = runStatusFromName(statement.text(7)).value_or(RunStatus::Failed);
    run.error = statement.text(8);
    run.createdAt = statement.text(9);
    run.finishedAt = statement.text(10);
}

RunRecord readRun(const SqliteStatement& statement)
{
    RunRecord run;
    readRunColumns(statement, run);
    run.finishedQueries = statement.int64(11);
    run.failedQueries = statement.int64(12);
    return run;
}

/// Runs with names, counts and MAP over finished queries (NaN APs are stored as NULL and left
/// out, as RunSummary leaves them out). ?1: dataset (0: all), ?2: run (0: all).
constexpr const char* s_overviewSql =
    "SELECT r.id, r.dataset_id, r.space_id, coalesce(r.judge_id, 0), r.refiner, r.params, r.label, r.status, r.error, "
    "r.created_at, coalesce(r.finished_at, ''), coalesce(r.baseline_run_id, 0), r.origin, "
    "d.name, coalesce(s.name, ''), coalesce(j.name, ''), coalesce(j.kind, ''), "
    "coalesce(q.finished, 0), coalesce(q.failed, 0), q.map_before, q.map_after, "
    "(SELECT count(*) FROM runs x WHERE x.baseline_run_id = r.id), "
    "(SELECT count(*) FROM queries y WHERE y.dataset_id = r.dataset_id) "
    "FROM runs r JOIN datasets d ON d.id = r.dataset_id "
    "LEFT JOIN spaces s ON s.id = r.space_id "
    "LEFT JOIN judges j ON j.id = r.judge_id "
    "LEFT JOIN (SELECT run_id, sum(status = 'finished') AS finished, sum(status = 'failed') AS failed, "
    "  avg(CASE WHEN status = 'finished' AND ap_before IS NOT NULL AND ap_after IS NOT NULL THEN ap_before END) AS map_before, "
    "  avg(CASE WHEN status = 'finished' AND ap_before IS NOT NULL AND ap_after IS NOT NULL THEN ap_after END) AS map_after "
    "  FROM run_queries GROUP BY run_id) q ON q.run_id = r.id "
    "WHERE (?1 = 0 OR r.dataset_id = ?1) AND (?2 = 0 OR r.id = ?2) "
    "ORDER BY r.id DESC";

qint64 plannedQueries(const QByteArray& paramsJson, qint64 datasetQueries)
{
    const qsizetype chosen = QJsonDocument::fromJson(paramsJson).object().value(QStringLiteral("queries")).toArray().size();
    return chosen > 0 ? chosen : datasetQueries;
}

} // namespace

RunStore::RunStore(SqliteConnection& connection)
    : m_connection(connection)
{
}

qint64 RunStore::create(const RunRecord& run)
{
    auto& statement = m_connection.prepare(
        "INSERT INTO runs(dataset_id, space_id, judge_id, refiner, params, label, status) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    statement.bind(1, run.datasetId).bind(2, run.spaceId).bindIdOrNull(3, run.judgeId);
    statement.bind(4, run.refiner).bind(5, QByteArrayView(run.paramsJson));
    statement.bind(6, run.label).bind(7, runStatusName(run.status));
    statement.run();
    return m_connection.lastInsertRowId();
}

void RunStore::setStatus(qint64 runId, RunStatus status, const QString& error)
{
    auto& statement = m_connection.prepare(
        "UPDATE runs SET status = ?2, error = ?3, "
        "finished_at = CASE WHEN ?2 = 'finished' THEN strftime('%Y-%m-%dT%H:%M:%SZ', 'now') ELSE finished_at END "
        "WHERE id = ?1");
    statement.bind(1, runId).bind(2, runStatusName(status)).bind(3, error);
    statement.run();
}

std::optional<RunRecord> RunStore::find(qint64 runId)
{
    static const std::string sql = std::string(s_runColumns) + "WHERE r.id = ?1";
    auto& statement = m_connection.prepare(sql.c_str());
    statement.bind(1, runId);
    return statement.firstRow(readRun);
}

QList<RunRecord> RunStore::all(qint64 datasetId)
{
    static const std::string sql = std::string(s_runColumns) + "WHERE ?1 = 0 OR r.dataset_id = ?1 ORDER BY r.id DESC";
    return m_connection.rows(sql.c_str(), datasetId, readRun);
}

std::optional<qint64> RunStore::baseline(qint64 runId)
{
    auto& statement = m_connection.prepare("SELECT baseline_run_id FROM runs WHERE id = ?1 AND baseline_run_id IS NOT NULL");
    statement.bind(1, runId);
    return statement.firstInt64();
}

void RunStore::setBaseline(qint64 runId, qint64 baselineRunId)
{
    auto& statement = m_connection.prepare("UPDATE runs SET baseline_run_id = ?2 WHERE id = ?1");
    statement.bind(1, runId).bind(2, baselineRunId);
    statement.run();
}

std::optional<qint64> RunStore::newestDerived(qint64 baselineRunId, const QString& judgeKind)
{
    auto& statement = m_connection.prepare(
        "SELECT r.id FROM runs r JOIN judges j ON j.id = r.judge_id WHERE r.baseline_run_id = ?1 AND j.kind = ?2 "
        "ORDER BY r.id DESC LIMIT 1");
    statement.bind(1, baselineRunId).bind(2, judgeKind);
    return statement.firstInt64();
}

std::optional<qint64> RunStore::newestDerivedByJudge(qint64 baselineRunId, qint64 judgeId)
{
    auto& statement = m_connection.prepare(
        "SELECT id FROM runs WHERE baseline_run_id = ?1 AND judge_id = ?2 ORDER BY id DESC LIMIT 1");
    statement.bind(1, baselineRunId).bind(2, judgeId);
    return statement.firstInt64();
}

std::optional<RunRecord> RunStore::latestUnfinished(const RunRecord& settings)
{
    static const std::string sql = std::string(s_runColumns)
        + "WHERE r.dataset_id = ?1 AND r.space_id = ?2 AND coalesce(r.judge_id, 0) = ?3 AND r.refiner = ?4 "
          "AND r.params = ?5 AND r.status <> 'finished' ORDER BY r.id DESC LIMIT 1";
    auto& statement = m_connection.prepare(sql.c_str());
    statement.bind(1, settings.datasetId).bind(2, settings.spaceId).bind(3, settings.judgeId).bind(4, settings.refiner);
    statement.bind(5, QByteArrayView(settings.paramsJson));
    return statement.firstRow(readRun);
}

void RunStore::insertQuery(const RunQueryRecord& result)
{
    SqliteTransaction transaction(m_connection);
    writeQuery(result);
    transaction.commit();
}

void RunStore::replaceQuery(const RunQueryRecord& result)
{
    SqliteTransaction transaction(m_connection);
    auto& remove = m_connection.prepare("DELETE FROM run_queries WHERE run_id = ?1 AND query_id = ?2"); // curves cascade
    remove.bind(1, result.runId).bind(2, result.queryId);
    remove.run();
    writeQuery(result);
    transaction.commit();
}

void RunStore::writeQuery(const RunQueryRecord& result)
{
    auto& statement = m_connection.prepare(
        "INSERT INTO run_queries(run_id, query_id, status, error, ap_before, ap_after, metrics_before, metrics_after, "
        "judged, refined_vector, elapsed_ms) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    statement.bind(1, result.runId).bind(2, result.queryId).bind(3, queryOutcomeName(result.outcome)).bind(4, result.error);
    statement.bindRealOrNull(5, result.apBefore).bindRealOrNull(6, result.apAfter);
    statement.bind(7, QByteArrayView(RunQueryJson::metricsBytes(result.before)));
    statement.bind(8, QByteArrayView(RunQueryJson::metricsBytes(result.after)));
    statement.bind(9, QByteArrayView(RunQueryJson::judgedBytes(result.judged)));
    if (result.refinedVector.empty())
        statement.bindNull(10);
    else
        statement.bindBlob(10, result.refinedVector.data(), qsizetype(result.refinedVector.size() * sizeof(float)));
    statement.bind(11, result.elapsedMs);
    statement.run();
    if (result.timing) {
        auto& timing = m_connection.prepare("INSERT INTO run_query_timings(run_id, query_id, score_ms, judge_ms, refine_ms, "
                                            "rescore_ms) VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
        timing.bind(1, result.runId).bind(2, result.queryId);
        timing.bindRealOrNull(3, result.timing->scoreMs).bindRealOrNull(4, result.timing->judgeMs);
        timing.bindRealOrNull(5, result.timing->refineMs).bindRealOrNull(6, result.timing->rescoreMs);
        timing.run();
    }
    auto& curve = m_connection.prepare("INSERT INTO run_curves(run_id, query_id, step, loss, ap, auc) VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
    for (const CurvePoint& point : result.curve) {
        curve.bind(1, result.runId).bind(2, result.queryId).bind(3, point.step);
        curve.bindRealOrNull(4, point.loss).bindRealOrNull(5, point.ap).bindRealOrNull(6, point.auc);
        curve.run();
    }
}

QHash<qint64, QueryTiming> RunStore::timings(qint64 runId)
{
    auto& statement = m_connection.prepare(
        "SELECT query_id, score_ms, judge_ms, refine_ms, rescore_ms FROM run_query_timings WHERE run_id = ?1");
    statement.bind(1, runId);
    QHash<qint64, QueryTiming> result;
    statement.forEachRow([&](const SqliteStatement& row) {
        result.insert(row.int64(0), QueryTiming{row.realOrNan(1), row.realOrNan(2), row.realOrNan(3), row.realOrNan(4)});
    });
    return result;
}

QSet<qint64> RunStore::recordedQueryIds(qint64 runId)
{
    const QList<qint64> ids = m_connection.rows("SELECT query_id FROM run_queries WHERE run_id = ?1", runId,
                                                [](const SqliteStatement& row) { return row.int64(0); });
    return QSet<qint64>(ids.begin(), ids.end());
}

QList<RunQueryRecord> RunStore::queries(qint64 runId, bool withCurves)
{
    auto& statement = m_connection.prepare(
        "SELECT query_id, status, error, ap_before, ap_after, metrics_before, metrics_after, judged, refined_vector, "
        "elapsed_ms FROM run_queries WHERE run_id = ?1 ORDER BY query_id");
    statement.bind(1, runId);
    QList<RunQueryRecord> result;
    while (statement.step()) {
        RunQueryRecord record;
        record.runId = runId;
        record.queryId = statement.int64(0);
        record.outcome = queryOutcomeFromName(statement.text(1)).value_or(QueryOutcome::Failed);
        record.error = statement.text(2);
        record.apBefore = statement.realOrNan(3);
        record.apAfter = statement.realOrNan(4);
        record.before = RunQueryJson::parseMetrics(statement.blob(5));
        record.after = RunQueryJson::parseMetrics(statement.blob(6));
        record.judged = RunQueryJson::parseJudged(statement.blob(7));
        const auto bytes = statement.blobView(8);
        record.refinedVector.resize(bytes.size() / sizeof(float));
        if (!record.refinedVector.empty()) // a failed query has no vector (and a null blob pointer)
            std::memcpy(record.refinedVector.data(), bytes.data(), record.refinedVector.size() * sizeof(float));
        record.elapsedMs = statement.real(9);
        result.append(record);
    }
    statement.reset();
    if (withCurves) {
        auto& curve = m_connection.prepare(
            "SELECT query_id, step, loss, ap, auc FROM run_curves WHERE run_id = ?1 ORDER BY query_id, step");
        curve.bind(1, runId);
        QHash<qint64, QList<CurvePoint>> curves;
        curve.forEachRow([&](const SqliteStatement& row) {
            curves[row.int64(0)].append({int(row.int64(1)), row.realOrNan(2), row.realOrNan(3), row.realOrNan(4)});
        });
        for (auto& record : result)
            record.curve = curves.value(record.queryId);
    }
    return result;
}

QString RunStore::originName(RunOrigin origin)
{
    // Only the workbench is stored: command-line runs are the rest, experiment cells and human
    // feedback are known by their links (experiment_runs, the human judge).
    return origin == RunOrigin::Workbench ? QStringLiteral("workbench") : QString();
}

QList<RunOverview> RunStore::readOverviews(qint64 datasetId, qint64 runId)
{
    // Experiment links first: a run can be a cell of several experiments (finished runs are reused).
    QHash<qint64, QList<qint64>> experiments;
    auto& links = m_connection.prepare("SELECT run_id, experiment_id FROM experiment_runs ORDER BY experiment_id");
    links.forEachRow([&](const SqliteStatement& row) { experiments[row.int64(0)].append(row.int64(1)); });

    auto& statement = m_connection.prepare(s_overviewSql);
    statement.bind(1, datasetId).bind(2, runId);
    QList<RunOverview> result;
    while (statement.step()) {
        RunOverview o;
        RunRecord& run = o.run;
        readRunColumns(statement, run);
        o.baselineRunId = statement.int64(11);
        const QString origin = statement.text(12);
        o.datasetName = statement.text(13);
        o.spaceName = statement.text(14);
        o.judgeName = statement.text(15);
        o.judgeKind = statement.text(16);
        run.finishedQueries = statement.int64(17);
        run.failedQueries = statement.int64(18);
        if (!statement.isNull(19) && !statement.isNull(20)) {
            o.mapBefore = statement.real(19);
            o.mapAfter = statement.real(20);
        }
        o.derivedRunCount = statement.int64(21);
        o.plannedQueries = plannedQueries(run.paramsJson, statement.int64(22));
        o.experimentIds = experiments.value(run.id);
        if (origin == originName(RunOrigin::Workbench))
            o.origin = RunOrigin::Workbench;
        else if (!o.experimentIds.isEmpty())
            o.origin = RunOrigin::Experiment;
        else if (o.judgeKind == u"human")
            o.origin = RunOrigin::HumanFeedback;
        else
            o.origin = RunOrigin::CommandLine;
        result.append(o);
    }
    statement.reset();
    return result;
}

QList<RunOverview> RunStore::overviews(qint64 datasetId)
{
    return readOverviews(datasetId, 0);
}

std::optional<RunOverview> RunStore::overview(qint64 runId)
{
    if (runId <= 0)
        return std::nullopt;
    const QList<RunOverview> runs = readOverviews(0, runId);
    return runs.isEmpty() ? std::nullopt : std::optional<RunOverview>(runs.first());
}

void RunStore::rename(qint64 runId, const QString& label)
{
    auto& statement = m_connection.prepare("UPDATE runs SET label = ?2 WHERE id = ?1");
    statement.bind(1, runId).bind(2, label);
    statement.run();
    requireChanged(runId);
}

void RunStore::remove(qint64 runId)
{
    SqliteTransaction transaction(m_connection);
    // Curves and per-query rows go with the run through ON DELETE CASCADE (foreign keys are on
    // for every project connection); so do experiment links. Derived runs keep their rows.
    auto& statement = m_connection.prepare("DELETE FROM runs WHERE id = ?1");
    statement.bind(1, runId);
    statement.run();
    requireChanged(runId);
    transaction.commit();
}

void RunStore::setOrigin(qint64 runId, RunOrigin origin)
{
    auto& statement = m_connection.prepare("UPDATE runs SET origin = ?2 WHERE id = ?1");
    statement.bind(1, runId).bind(2, originName(origin));
    statement.run();
    requireChanged(runId);
}

void RunStore::requireChanged(qint64 runId) const
{
    if (m_connection.changes() != 1)
        throw TareError(TareError::Kind::Usage, tr("no run with id %1").arg(runId));
}

} // namespace tare
