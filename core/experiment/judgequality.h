// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/experiment/experimentcell.h"
#include "core/experiment/experimentresult.h"

#include "core/db/runrecords.h"

#include <span>

namespace tare {

class ProjectStore;

/// Judge quality against gain: per query of a run, the ROC AUC of the judge's scores against the
/// gold grades over the documents it judged (does the judge tell relevant from irrelevant?),
/// set against the query's ΔAP, with a least-squares line and Pearson and Spearman correlations.
class JudgeQuality
{
public:
    /// The run to analyse when the experiment makes its own: the refiner with the judge.
    static QList<ExperimentCell> cells(const ExperimentSettings& settings);

    /// AUC of the judged documents of one query (score and grade per document; unscored ones
    /// are skipped). NaN when they are all relevant or all irrelevant.
    static double judgedAuc(const QList<JudgedDocument>& judged);

    /// The points of a run and their fit. Runs on the store's thread.
    static JudgeQualityResult analyse(ProjectStore& store, qint64 runId);

    /// Fills n, slope, intercept, pearson and spearman from the points with a finite AUC and ΔAP.
    /// Pure.
    static void fit(JudgeQualityResult& result);

    /// Pearson's r of two equally long samples; NaN for fewer than two or a constant sample.
    static double pearson(std::span<const double> x, std::span<const double> y);
    /// Spearman's ρ: Pearson's r of the ranks, ties given their average rank.
    static double spearman(std::span<const double> x, std::span<const double> y);
};

} // namespace tare
