// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/metrics/pairedstatistics.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace tare {

class ProjectStore;

/// One query compared: AP of system A (x) and of system B (y).
struct ComparedQuery
{
    qint64 queryId = 0;
    QString extId;
    double a = 0.0;
    double b = 0.0;
};

/// A group of queries with neighbouring ΔAP, one bar of the sorted-Δ chart.
struct DeltaBar
{
    double delta = 0.0; ///< mean ΔAP (B − A) of the group
    int queries = 0;
    QString firstExtId; ///< the group's first and last query (the same for a group of one)
    QString lastExtId;
    QList<qint64> queryIds; ///< the group's queries, by ΔAP ascending
};

/// A run chosen for comparison.
struct RunChoice
{
    qint64 id = 0;
    qint64 datasetId = 0;
    QString label;
};

/// Two systems compared query by query on AP: two runs (A's and B's AP after refinement, over the
/// queries both finished), or one run against its own baseline (B = 0: AP before vs after). Holds
/// the per-query pairs, the paired statistics of Δ = B − A (mean Δ, win/tie/loss, t-test,
/// randomization test, bootstrap CI) and the sorted Δ aggregated into at most maxBars bars, so the
/// bar chart stays readable for thousands of queries. A plain value; load() runs on a worker.
struct RunComparison
{
    Q_DECLARE_TR_FUNCTIONS(tare::RunComparison)

public:
    static constexpr int maxBars = 80;

    qint64 runA = 0;
    qint64 runB = 0; ///< 0: run A before refinement is system A, after is system B
    QString labelA;
    QString labelB;
    QList<ComparedQuery> queries;
    PairedComparison stats;
    QList<DeltaBar> bars; ///< sorted by Δ, ascending

    /// Pairs the AP maps (query id -> AP) on the queries present in both; ext ids label them.
    static RunComparison compute(const QHash<qint64, double>& a, const QHash<qint64, double>& b,
                                 const QHash<qint64, QString>& extIds, int barLimit = maxBars);
    /// Throws TareError when a run is missing.
    static RunComparison load(ProjectStore& store, qint64 runA, qint64 runB);
    /// The project's runs that have results, newest first, labelled for a chooser.
    static QList<RunChoice> runChoices(ProjectStore& store);
};

} // namespace tare
