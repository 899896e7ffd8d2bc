// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/db/runrecords.h"
#include "core/experiment/experimentsettings.h"
#include "core/metrics/pairedstatistics.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <limits>

namespace tare {

/// One noise level of a noise sweep: ΔMAP over its seeds (one run each) with the band across
/// seeds, and a bootstrap CI across queries of the per-query Δ averaged over the seeds.
struct NoiseLevelResult
{
    static constexpr double nan = std::numeric_limits<double>::quiet_NaN();

    double rate = 0.0;
    double meanMapAfter = nan;
    double meanDelta = nan;
    double minDelta = nan;
    double maxDelta = nan;
    double sdDelta = nan; ///< sample standard deviation across seeds; 0 for one seed
    double ciLower = nan; ///< 95 % bootstrap CI over queries of the seed-averaged Δ
    double ciUpper = nan;
    QList<qint64> seeds;      ///< the judge seeds (empty at rate 0: the gold judge)
    QList<double> seedDeltas; ///< ΔMAP of each seed's run
    QList<qint64> runIds;
};

struct NoiseSweepResult
{
    QString noise; ///< flip or sigma
    double mapBefore = NoiseLevelResult::nan;
    qint64 queries = 0; ///< queries evaluated (finished in every run)
    QList<NoiseLevelResult> levels;
};

/// One cell of a budget sweep.
struct BudgetCellResult
{
    int total = 0;
    int fromTop = 0;
    double fromTopShare = 1.0;
    int steps = 0;
    double lr = 0.0;
    double mapBefore = NoiseLevelResult::nan;
    double mapAfter = NoiseLevelResult::nan;
    double delta = NoiseLevelResult::nan;
    double judgedPerQuery = 0.0; ///< documents the judge scored per query (= judge calls without a cache)
    qint64 judgeCalls = 0;       ///< over all queries
    qint64 runId = 0;
};

struct BudgetSweepResult
{
    QList<BudgetCellResult> cells; ///< ordered by share, steps, lr, total
};

/// One row of a method comparison: MAP, and the paired comparison against "none" (its AP per
/// query is "before", the method's is "after").
struct MethodResult
{
    QString method;
    QString space;
    qint64 runId = 0; ///< the run (for rerank-only: the "none" run whose judgments it reorders)
    double map = NoiseLevelResult::nan;
    PairedComparison vsNone;
};

struct MethodComparisonResult
{
    QString judge;
    qint64 queries = 0; ///< queries evaluated by every method
    QList<MethodResult> rows;
};

/// One query of a judge-quality analysis.
struct JudgeQualityPoint
{
    qint64 queryId = 0;
    QString query;        ///< external id
    double auc = NoiseLevelResult::nan; ///< judge scores vs gold over the judged documents
    double deltaAp = NoiseLevelResult::nan;
    int judged = 0;
};

struct JudgeQualityResult
{
    qint64 runId = 0;
    QList<JudgeQualityPoint> points; ///< every finished query; auc NaN when its judged set is all one grade
    qint64 n = 0;                    ///< points with a defined AUC (those the fit uses)
    double slope = NoiseLevelResult::nan; ///< least squares ΔAP = intercept + slope · AUC
    double intercept = NoiseLevelResult::nan;
    double pearson = NoiseLevelResult::nan;
    double spearman = NoiseLevelResult::nan;
};

/// What an experiment found, as a plain value the GUI can draw; stored as experiments.result
/// (toJson) and read back with fromJson. Only the part of its kind is filled.
struct ExperimentResult
{
    qint64 experimentId = 0;
    ExperimentKind kind = ExperimentKind::NoiseSweep;
    RunStatus status = RunStatus::Created; ///< the experiment's status when the result was made
    qint64 dataset = 0;
    qint64 space = 0;
    QList<qint64> runIds;  ///< every run of the experiment
    NoiseSweepResult noise;
    BudgetSweepResult budget;
    MethodComparisonResult methods;
    JudgeQualityResult judgeQuality;

    QByteArray toJson() const;
    static ExperimentResult fromJson(const QByteArray& json);
};

} // namespace tare
