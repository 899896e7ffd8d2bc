// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/metrics/rankingmetrics.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <array>
#include <limits>
#include <optional>
#include <vector>

namespace tare {

/// Where a run (or an experiment) stands. Stored by name (runs.status, experiments.status);
/// the names are converted only where a value is stored, printed or parsed.
enum class RunStatus
{
    Created,
    Running,
    Paused,
    Cancelled,
    Failed,
    Finished,
};

/// "created", "running", "paused", "cancelled", "failed", "finished".
QString runStatusName(RunStatus status);
std::optional<RunStatus> runStatusFromName(const QString& name);

/// How one query of a run ended (run_queries.status): refined and evaluated, or failed with a
/// reason (no vector, nothing judged, ...).
enum class QueryOutcome
{
    Finished,
    Failed,
};

/// "finished", "failed".
QString queryOutcomeName(QueryOutcome outcome);
std::optional<QueryOutcome> queryOutcomeFromName(const QString& name);

/// A run: one space × one judge × one refiner with parameters × a set of queries.
struct RunRecord
{
    qint64 id = 0;
    qint64 datasetId = 0;
    qint64 spaceId = 0;
    qint64 judgeId = 0;
    QString refiner;
    QByteArray paramsJson = QByteArrayLiteral("{}");
    QString label;
    RunStatus status = RunStatus::Created;
    QString error;
    QString createdAt;
    QString finishedAt;
    qint64 finishedQueries = 0; ///< filled when read
    qint64 failedQueries = 0;
};

/// One point of a query's refinement curve; ap and auc are NaN where not evaluated.
struct CurvePoint
{
    int step = 0;
    double loss = 0.0;
    double ap = 0.0;
    double auc = 0.0;
};

/// One of the figures stored per query before and after refinement.
enum class QueryFigure
{
    Ap,
    Ndcg10,
    P10,
    Recall100,
    Rr,
    Auc,
    DPrime,
    Ks,
    BestF1,
};

/// The figures of one query's ranking over its candidates, before or after refinement: the
/// ranking metrics with the separation of relevant from irrelevant scores. Stored as the JSON
/// of run_queries.metrics_before/after; a non-finite figure is NaN.
struct QueryFigures
{
    static constexpr double nan = std::numeric_limits<double>::quiet_NaN();

    QueryMetrics metrics;   ///< ap, ndcg10, p10, recall100, rr, auc and numRelevant are stored
    double dPrime = nan;
    double ks = nan;
    double bestF1 = nan;
    qint64 candidates = 0;

    /// Every figure, in the order exports list them.
    static constexpr std::array<QueryFigure, 9> all = {QueryFigure::Ap,  QueryFigure::Ndcg10, QueryFigure::P10,
                                                       QueryFigure::Recall100, QueryFigure::Rr, QueryFigure::Auc,
                                                       QueryFigure::DPrime, QueryFigure::Ks, QueryFigure::BestF1};
    /// The figure's key in the stored JSON and the exports ("ap", "ndcg10", ..., "best_f1").
    static const char* key(QueryFigure figure);
    double value(QueryFigure figure) const;
};

/// One judged document of a query result, in the order the engine selected it (the order the
/// refiner received the documents in).
struct JudgedDocument
{
    QString extId;
    qint64 documentId = 0;
    int rankBefore = 0;          ///< 1-based rank under the initial query
    int rankAfter = 0;           ///< 1-based rank under the refined query
    std::optional<double> score; ///< the judge's score; empty when the judgment failed
    QString status;              ///< of the judgment: ok, degraded, failed (stored "failed" without a score)
    int grade = 0;               ///< gold grade (0 when unlabelled)
    bool human = false;          ///< the score is a person's label (re-refined rows)
};

/// How long a query's parts took when its run computed it, in milliseconds, as the paper's
/// latency measurement splits them (the query's embedding is the space's, timed apart): score
/// the candidates with the initial query, judge (0 when every judgment was cached), refine, re-score.
struct QueryTiming
{
    double scoreMs = std::numeric_limits<double>::quiet_NaN();
    double judgeMs = std::numeric_limits<double>::quiet_NaN();
    double refineMs = std::numeric_limits<double>::quiet_NaN();
    double rescoreMs = std::numeric_limits<double>::quiet_NaN();
};

/// A finished (or failed) query of a run, with everything needed to show and export it. A
/// failed query has no figures (before/after empty), NaN APs, no vector and its reason in error.
struct RunQueryRecord
{
    qint64 runId = 0;
    qint64 queryId = 0;
    QueryOutcome outcome = QueryOutcome::Finished;
    QString error;
    double apBefore = 0.0; ///< before->metrics.ap; NaN when failed (stored in its own column)
    double apAfter = 0.0;
    std::optional<QueryFigures> before;
    std::optional<QueryFigures> after;
    QList<JudgedDocument> judged;
    std::vector<float> refinedVector;
    double elapsedMs = 0.0;
    QList<CurvePoint> curve;
    std::optional<QueryTiming> timing; ///< stored in run_query_timings when set

    bool finished() const { return outcome == QueryOutcome::Finished; }
    /// A figure before or after refinement; NaN when the query has none.
    double figure(QueryFigure which, bool afterRefinement) const;
};

} // namespace tare
