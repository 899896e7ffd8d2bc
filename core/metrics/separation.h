// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/metrics/thresholdcounts.h"

#include <QtGlobal>

#include <limits>
#include <span>
#include <vector>

namespace tare {

/// One point of a ROC curve.
struct RocPoint
{
    double fpr = 0.0; ///< false-positive rate (x)
    double tpr = 0.0; ///< true-positive rate (y)
};

/// Counts of two score lists over the same bins, for score-distribution charts.
struct ScoreHistogram
{
    double lower = 0.0; ///< left edge of the first bin
    double upper = 0.0; ///< right edge of the last bin (the last bin includes it)
    std::vector<qint64> relevant;
    std::vector<qint64> irrelevant;

    int binCount() const { return static_cast<int>(relevant.size()); }
    double binWidth() const { return relevant.empty() ? 0.0 : (upper - lower) / static_cast<double>(relevant.size()); }
    double binLower(int bin) const { return lower + binWidth() * bin; }
};

/// The best threshold for F1 and what it achieves.
struct ThresholdF1
{
    double f1 = 0.0;
    /// Predict relevant when score >= threshold. NaN when there is no relevant score.
    double threshold = std::numeric_limits<double>::quiet_NaN();
};

/// All separation measures at once.
struct SeparationStats
{
    qint64 numRelevant = 0;
    qint64 numIrrelevant = 0;
    double meanRelevant = std::numeric_limits<double>::quiet_NaN();
    double meanIrrelevant = std::numeric_limits<double>::quiet_NaN();
    double sdRelevant = std::numeric_limits<double>::quiet_NaN();   ///< sample standard deviation (n - 1)
    double sdIrrelevant = std::numeric_limits<double>::quiet_NaN(); ///< sample standard deviation (n - 1)
    double dPrime = std::numeric_limits<double>::quiet_NaN();
    double ks = std::numeric_limits<double>::quiet_NaN();
    double auc = std::numeric_limits<double>::quiet_NaN();
    ThresholdF1 bestF1;
};

/// How well scores separate relevant from irrelevant documents: d′, the Kolmogorov–Smirnov
/// statistic, best-threshold F1, ROC AUC and curve, and shared-bin histograms.
///
/// NaN scores are left out of every computation. A measure that needs both lists is NaN when one of
/// them is empty. All functions are static and pure: call them from any thread.
class Separation
{
public:
    /// All measures.
    static SeparationStats compute(std::span<const double> relevant, std::span<const double> irrelevant);

    /// All measures over one query's candidates: relevant = grade > 0, irrelevant = the rest. The
    /// same figures as compute() on the scores widened to double, without sorting the irrelevant
    /// scores: KS, best F1 and AUC only change at relevant scores, so counting the irrelevant
    /// scores below and at each relevant one (one pass, ThresholdCounts) is enough. O(N + R log R).
    /// The irrelevant mean and deviation are summed in candidate order (compute() sums in sorted
    /// order, so they may differ in the last bits). `counts` is scratch space (one per thread).
    static SeparationStats compute(std::span<const float> scores, std::span<const int> grades, ThresholdCounts& counts);

    /// d′ = (μ_rel − μ_irr) / sqrt((σ²_rel + σ²_irr) / 2) with *sample* variances (divided by n − 1).
    /// Positive when relevant documents score higher. NaN when a list has fewer than two scores or when
    /// both variances are 0 and the means are equal; ±infinity when both variances are 0 and the means
    /// differ.
    static double dPrime(std::span<const double> relevant, std::span<const double> irrelevant);

    /// Kolmogorov–Smirnov statistic: max over x of |F_rel(x) − F_irr(x)| with the empirical CDFs.
    static double ksStatistic(std::span<const double> relevant, std::span<const double> irrelevant);

    /// The best F1 over thresholds at every distinct score (predict relevant when score >= threshold).
    /// On equal F1 the highest threshold wins. F1 is 0 (threshold NaN) without relevant scores.
    static ThresholdF1 bestF1(std::span<const double> relevant, std::span<const double> irrelevant);

    /// ROC AUC = Mann–Whitney U / (n_rel · n_irr), ties counted 1/2: the probability that a random
    /// relevant document outscores a random irrelevant one.
    static double auc(std::span<const double> relevant, std::span<const double> irrelevant);

    /// The ROC curve from (0, 0) to (1, 1), one point per distinct score (thresholds descending).
    /// Tied scores give a diagonal step, so the trapezoid area under the points equals auc().
    /// Empty when either list is empty.
    static std::vector<RocPoint> rocCurve(std::span<const double> relevant, std::span<const double> irrelevant);

    /// Counts both lists over `bins` equal bins spanning both lists' minimum to maximum (a single
    /// value v gives the range [v − 0.5, v + 0.5]). bins must be >= 1.
    static ScoreHistogram histogram(std::span<const double> relevant, std::span<const double> irrelevant, int bins);
    /// The same over a fixed range [lower, upper]; scores outside it are not counted.
    static ScoreHistogram histogram(std::span<const double> relevant, std::span<const double> irrelevant, int bins,
                                    double lower, double upper);
};

} // namespace tare
