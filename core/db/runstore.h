// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/db/projecttypes.h"
#include "core/db/runoverview.h"

#include <QCoreApplication>
#include <QSet>

#include <optional>

namespace tare {

class SqliteConnection;

/// The runs of a project with their per-query results and curves, over the project's connection
/// (ProjectStore::runs()). A query's result and curve are written in one transaction, so an
/// interrupted run keeps every finished query; the typed values are stored as the run_queries
/// JSON columns by RunQueryJson. Same thread rule as ProjectStore. Methods throw TareError.
class RunStore
{
    Q_DECLARE_TR_FUNCTIONS(tare::RunStore)

public:
    explicit RunStore(SqliteConnection& connection);

    qint64 create(const RunRecord& run);
    /// Sets the status (and error); Finished stamps finished_at.
    void setStatus(qint64 runId, RunStatus status, const QString& error = {});
    std::optional<RunRecord> find(qint64 runId);
    /// Runs of a dataset (0: all), newest first.
    QList<RunRecord> all(qint64 datasetId = 0);
    /// A run's baseline (runs.baseline_run_id): the run it was derived from, if any.
    std::optional<qint64> baseline(qint64 runId);
    void setBaseline(qint64 runId, qint64 baselineRunId);
    /// The newest run derived from `baselineRunId` whose judge is of this kind, if any.
    std::optional<qint64> newestDerived(qint64 baselineRunId, const QString& judgeKind);
    /// The newest run derived from `baselineRunId` with exactly this judge, if any.
    std::optional<qint64> newestDerivedByJudge(qint64 baselineRunId, qint64 judgeId);
    /// The newest run with exactly these settings that did not finish, if any.
    std::optional<RunRecord> latestUnfinished(const RunRecord& settings);

    /// Writes one query's result and its curve in one transaction.
    void insertQuery(const RunQueryRecord& result);
    /// The same, replacing the query's earlier result and curve in that transaction (re-refined rows).
    void replaceQuery(const RunQueryRecord& result);
    QSet<qint64> recordedQueryIds(qint64 runId);
    /// The timings of a run's queries (those computed since schema 4), by query id.
    QHash<qint64, QueryTiming> timings(qint64 runId);
    /// The run's results in query id order; with `withCurves`, each with its curve.
    QList<RunQueryRecord> queries(qint64 runId, bool withCurves);

    // The run list.
    /// Every run of the project (of one dataset when datasetId > 0), newest first, with the names
    /// of its dataset, space and judge, where it came from and MAP before and after over its
    /// finished queries, read in one pass.
    QList<RunOverview> overviews(qint64 datasetId = 0);
    /// The overview of one run, if it exists.
    std::optional<RunOverview> overview(qint64 runId);
    /// Gives a run another name (its label); TareError(Usage) when there is no such run.
    void rename(qint64 runId, const QString& label);
    /// Deletes a run in one transaction: its row, its per-query results and curves (cascade) and
    /// its links to experiments. Judgments, spaces, datasets, experiments and every other run stay;
    /// runs derived from it keep their results and lose the link (baseline_run_id becomes NULL).
    /// TareError(Usage) when there is no such run.
    void remove(qint64 runId);
    /// Records where a run came from (runs.origin, schema 4; the workbench marks the runs it starts).
    void setOrigin(qint64 runId, RunOrigin origin);
    /// "workbench" for the workbench, empty for the others (told apart by their links).
    static QString originName(RunOrigin origin);

private:
    void writeQuery(const RunQueryRecord& result);
    QList<RunOverview> readOverviews(qint64 datasetId, qint64 runId);
    /// Throws TareError(Usage) "no run with id" unless the last statement changed one row.
    void requireChanged(qint64 runId) const;

    SqliteConnection& m_connection;
};

} // namespace tare
