// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/explain/queryexplainer.h"
#include "core/inspect/queryinspection.h"
#include "core/run/runsummary.h"

#include <QCoreApplication>

#include <functional>
#include <vector>

namespace tare {

class ProjectStore;

/// The mean of one stored metric over the finished queries, before and after refinement.
struct MetricMean
{
    QString key;   ///< the key in the stored metrics (ap, ndcg10, auc, dprime, ...)
    QString title; ///< translated
    double before = 0.0;
    double after = 0.0;
    qint64 n = 0;  ///< queries where both values are defined
};

/// Everything a report about one run shows, gathered from the project: the run summary with
/// curves and paired statistics, metric means, the mean AP curve, score distributions of a few
/// queries, explanations of the queries that moved most and the failure triage of the queries
/// that got worse. A plain value; build() runs on the thread that owns the store.
struct RunReport
{
    Q_DECLARE_TR_FUNCTIONS(tare::RunReport)

public:
    struct Options
    {
        int inspected = 3;    ///< queries with score distributions: the largest gain, the largest loss, the median
        int explained = 5;    ///< queries explained in full: the largest |ΔAP| first
        int maxTriaged = 25;  ///< worsened queries triaged (the worst first)
        std::function<bool()> cancelled;
    };

    RunSummary summary;          ///< with curves
    QList<MetricMean> metricMeans;
    /// Mean AP over the finished queries at each step where every one of them was evaluated.
    std::vector<double> meanApSteps;
    std::vector<double> meanAp;
    QList<QueryInspection> inspections;
    /// The explained queries, in the order chosen (largest |ΔAP| first).
    QList<QueryExplanation> explanations;
    /// How many of `explanations` are shown in full (the rest were explained for the triage only).
    int fullyExplained = 0;
    /// Worsened finished queries, and how many of them were triaged.
    int worsened = 0;
    bool hasTerms = false;

    using Rows = QList<std::pair<QString, QString>>;
    /// The run's definition as label/value rows: dataset, space, judge, refiner, every stored
    /// parameter (its key as stored) and the run's status.
    Rows parameterRows() const;
    /// The across-query comparison as label/value rows: MAP before and after, ΔMAP, its bootstrap
    /// CI, the paired t-test and randomization p-values, wins/ties/losses.
    Rows summaryRows() const;

    /// The explanation of a query, if it was explained.
    const QueryExplanation* explanation(qint64 queryId) const;
    /// Finished queries' stored metric `key` (NaN when missing), before or after.
    /// Judged documents of a stored result and how many of them are relevant (grade > 0).
    static std::pair<int, int> judgedCounts(const RunQueryRecord& record);

    /// Throws TareError(Usage) for an unknown run, Cancelled when `cancelled` says so.
    static RunReport build(ProjectStore& store, qint64 runId, const Options& options);
    static RunReport build(ProjectStore& store, qint64 runId) { return build(store, runId, Options{}); }
};

} // namespace tare
