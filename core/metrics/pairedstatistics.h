// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <limits>
#include <span>
#include <vector>

namespace tare {

/// A paired before/after comparison over queries (Δ = after − before).
struct PairedComparison
{
    static constexpr double nan = std::numeric_limits<double>::quiet_NaN();

    qint64 n = 0;
    double meanBefore = nan;
    double meanAfter = nan;
    double meanDelta = nan;     ///< mean of Δ
    double relativeDelta = nan; ///< (mean after − mean before) / |mean before|; NaN when mean before is 0
    qint64 wins = 0;   ///< Δ > 0 and |Δ| >= epsilon
    qint64 ties = 0;   ///< |Δ| < epsilon, or Δ = 0
    qint64 losses = 0; ///< Δ < 0 and |Δ| >= epsilon
    double tStatistic = nan;    ///< paired t; NaN for n < 2
    double tTestP = nan;        ///< two-sided p of the paired t-test; NaN for n < 2
    double randomizationP = nan; ///< two-sided p of the sign-flip test; NaN for n = 0
    bool randomizationExact = false; ///< all 2^n sign patterns were enumerated instead of sampled
    double ciLower = nan;       ///< bootstrap percentile CI of the mean Δ; NaN for n = 0
    double ciUpper = nan;
};

/// Settings of PairedStatistics::compare().
struct PairedStatisticsOptions
{
    double tieEpsilon = 1e-9;      ///< |Δ| below this is a tie
    int permutations = 10000;      ///< sign-flip samples (or fewer when exact enumeration is cheaper)
    int bootstrapResamples = 10000;
    double confidence = 0.95;      ///< bootstrap interval coverage
    quint64 seed = 42;
};

/// Significance of per-query differences between two systems: mean Δ, win/tie/loss, paired t-test
/// (Student t via the regularized incomplete beta function), paired randomization (sign-flip) test
/// and a bootstrap percentile confidence interval of the mean Δ.
///
/// Random parts use std::mt19937_64 with their own bounded-integer code, so a seed gives the same
/// result on every platform and thread count. All functions are static and pure: call them from
/// any thread.
class PairedStatistics
{
public:
    using Options = PairedStatisticsOptions;

    /// The paired t-test on Δ.
    struct TTest
    {
        double t = PairedComparison::nan;
        double df = PairedComparison::nan;
        double p = PairedComparison::nan; ///< two-sided
    };

    /// Everything at once. before and after must have the same length and hold no NaN (TareError Usage).
    static PairedComparison compare(std::span<const double> before, std::span<const double> after,
                                    const Options& options = {});

    /// Paired t-test: t = mean(Δ) / (s / √n) with the sample standard deviation s, df = n − 1.
    /// n < 2: all NaN. All Δ equal to 0: t = 0, p = 1. Zero variance with a nonzero mean: t = ±∞, p = 0.
    static TTest pairedTTest(std::span<const double> deltas);

    /// Two-sided sign-flip randomization test of mean(Δ) = 0: the share of sign patterns whose
    /// |Σ ±Δ_i| reaches |Σ Δ_i| (within 1e-9 · Σ|Δ_i| for rounding). When 2^n <= permutations every
    /// pattern is enumerated (exact p = count / 2^n); otherwise `permutations` random patterns from
    /// std::mt19937_64(seed) give p = (count + 1) / (permutations + 1). NaN for n = 0.
    /// exact, if given, tells which way was taken.
    static double randomizationTest(std::span<const double> deltas, int permutations, quint64 seed,
                                    bool* exact = nullptr);

    /// Percentile bootstrap interval of mean(Δ): `resamples` resamples with replacement drawn with
    /// std::mt19937_64(seed), quantiles (1 ∓ confidence)/2 with linear interpolation (NumPy's default).
    /// NaN for n = 0.
    static std::pair<double, double> bootstrapCi(std::span<const double> deltas, int resamples, double confidence,
                                                 quint64 seed);

    /// P(T <= t) for Student's t with df > 0 degrees of freedom (df = infinity: standard normal).
    static double studentTCdf(double t, double df);
    /// P(|T| >= |t|).
    static double studentTTwoSidedP(double t, double df);

    /// The regularized incomplete beta function I_x(a, b) for a, b > 0 and 0 <= x <= 1, by the
    /// continued fraction evaluated with the modified Lentz method. NaN outside the domain.
    /// Accuracy (against mpmath): about 1e-15 relative for moderate a, b; for a large a with x near
    /// a / (a + b) the fraction is ill-conditioned and keeps about 1e-16 · √a (t-test p-values:
    /// < 1e-13 relative up to df = 3000, ~1e-9 at df = 3e7).
    static double regularizedIncompleteBeta(double a, double b, double x);
};

} // namespace tare
