// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/db/projecttypes.h"
#include "core/metrics/separation.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace tare {

class ProjectStore;

/// A candidate whose rank changed much with refinement, with what a reader needs to judge why.
struct RankMover
{
    qint64 documentId = 0;
    QString extId;
    QString title;
    QString text;
    int grade = 0;
    int rankBefore = 0;
    int rankAfter = 0;
    std::optional<double> judgeScore; ///< when the run's judge scored it
    bool judged = false;

    int change() const { return rankBefore - rankAfter; } ///< positive: rose
};

/// What the query inspector shows for one query of a run, computed from the stored vectors:
/// the candidates' scores with the original and the refined query split into relevant
/// (grade > 0) and irrelevant, binned over one shared range so before and after compare bar for
/// bar; ROC curves (thinned to at most maxRocPoints); separation figures; the stored curve; and
/// the rank movers (the moversPerSide candidates that rose most and that fell most).
/// A plain value: load() runs on a worker thread with its own ProjectStore.
struct QueryInspection
{
    Q_DECLARE_TR_FUNCTIONS(tare::QueryInspection)

public:
    qint64 runId = 0;
    qint64 queryId = 0;
    QString queryExtId;
    QString queryText;
    QueryOutcome outcome = QueryOutcome::Finished;
    QString error;
    double apBefore = 0.0;
    double apAfter = 0.0;
    ScoreHistogram histogramBefore; ///< same bins as histogramAfter
    ScoreHistogram histogramAfter;
    std::vector<RocPoint> rocBefore;
    std::vector<RocPoint> rocAfter;
    SeparationStats separationBefore;
    SeparationStats separationAfter;
    QList<CurvePoint> curve;
    QList<RankMover> movers; ///< risers (largest rise first), then fallers (largest fall last)

    static constexpr int defaultBins = 30;
    static constexpr int maxRocPoints = 512;
    static constexpr int moversPerSide = 10;

    /// Loads and computes; throws TareError when the run or the query's result is missing.
    static QueryInspection load(ProjectStore& store, qint64 runId, qint64 queryId, int bins = defaultBins);
};

} // namespace tare
