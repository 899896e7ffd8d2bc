// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/metrics/pairedstatistics.h"

#include "core/util/tareerror.h"

#include <algorithm>
#include <cmath>
#include <math.h>
#include <random>

namespace tare {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

double logGamma(double x)
{
    // lgamma_r: std::lgamma writes the global signgam and is not thread-safe in glibc.
    int sign = 0;
    return ::lgamma_r(x, &sign);
}

// Stirling remainder lgamma(x) − ((x − 1/2) log x − x + log √(2π)) for x >= 10: the series
// Σ B_2k / (2k (2k − 1) x^(2k − 1)) for k = 1..8; the first omitted term is below 2e-18 there.
double stirlingRemainder(double x)
{
    const double r = 1.0 / (x * x);
    // Horner form, from the k = 8 term down to k = 1.
    constexpr double coefficients[] = {-3617.0 / 122400.0, 1.0 / 156.0,   -691.0 / 360360.0, 1.0 / 1188.0,
                                       -1.0 / 1680.0,      1.0 / 1260.0, -1.0 / 360.0,      1.0 / 12.0};
    double series = 0.0;
    for (double c : coefficients)
        series = series * r + c;
    return series / x;
}

// log B(a, b). For a large argument, lgamma(a) − lgamma(a + b) would cancel most of its digits
// (lgamma(5e6) ≈ 7e7), so the Stirling parts are subtracted analytically and only the small
// remainders numerically.
double logBeta(double a, double b)
{
    constexpr double logSqrt2Pi = 0.91893853320467274178;
    const double p = std::min(a, b);
    const double q = std::max(a, b);
    if (p >= 10.0) {
        const double remainder = stirlingRemainder(p) + stirlingRemainder(q) - stirlingRemainder(p + q);
        return -0.5 * std::log(q) + logSqrt2Pi + remainder + (p - 0.5) * std::log(p / (p + q))
            + q * std::log1p(-p / (p + q));
    }
    if (q >= 10.0) {
        const double remainder = stirlingRemainder(q) - stirlingRemainder(p + q);
        return logGamma(p) + remainder + p - p * std::log(p + q) + (q - 0.5) * std::log1p(-p / (p + q));
    }
    return logGamma(p) + logGamma(q) - logGamma(p + q);
}

// Continued fraction of I_x(a, b) (for x < (a + 1) / (a + b + 2), where it converges fast),
// evaluated with the modified Lentz method:
//   I_x(a, b) = x^a (1 − x)^b / (a B(a, b)) · 1 / (1 + d1 / (1 + d2 / (1 + …)))
//   d_{2m+1} = −(a + m)(a + b + m) x / ((a + 2m)(a + 2m + 1)),  d_{2m} = m (b − m) x / ((a + 2m − 1)(a + 2m)).
// Lentz tracks the convergents f_i = C_i · D_i · f_{i−1} with C_i = 1 + d_i / C_{i−1} and
// D_i = 1 / (1 + d_i D_{i−1}), replacing zeros by a tiny number. Starting the chain with d_0 = 1
// yields 1 + the fraction, hence the "f - 1" below.
double betaContinuedFraction(double a, double b, double x, double y)
{
    constexpr double tiny = 1e-300;
    constexpr double epsilon = 1e-16;
    constexpr int maxTerms = 200000;

    double f = 1.0;
    double c = 1.0;
    double d = 0.0;
    for (int i = 0; i <= maxTerms; ++i) {
        double term = 1.0;
        if (i > 0) {
            const int m = i / 2;
            if (i % 2 == 0)
                term = (m * (b - m) * x) / ((a + 2.0 * m - 1.0) * (a + 2.0 * m));
            else
                term = -((a + m) * (a + b + m) * x) / ((a + 2.0 * m) * (a + 2.0 * m + 1.0));
        }
        d = 1.0 + term * d;
        if (std::abs(d) < tiny)
            d = tiny;
        d = 1.0 / d;
        c = 1.0 + term / c;
        if (std::abs(c) < tiny)
            c = tiny;
        const double step = c * d;
        f *= step;
        if (std::abs(1.0 - step) < epsilon)
            break;
    }
    // log x and log y from whichever of x, y is known more precisely.
    const double logX = x < 0.5 ? std::log(x) : std::log1p(-y);
    const double logY = y < 0.5 ? std::log(y) : std::log1p(-x);
    const double logFront = a * logX + b * logY - logBeta(a, b);
    return std::exp(logFront) * (f - 1.0) / a;
}

// I_x(a, b) with y = 1 − x passed separately so that x close to 1 keeps its precision.
double incompleteBeta(double a, double b, double x, double y)
{
    if (!(a > 0.0) || !(b > 0.0) || std::isnan(x) || x < 0.0 || x > 1.0)
        return nan;
    if (x == 0.0)
        return 0.0;
    if (y == 0.0)
        return 1.0;
    if (x > (a + 1.0) / (a + b + 2.0))
        return 1.0 - betaContinuedFraction(b, a, y, x);
    return betaContinuedFraction(a, b, x, y);
}

// P(|T| >= |t|) = I_{df / (df + t²)}(df / 2, 1 / 2).
double twoSidedP(double t, double df)
{
    if (std::isnan(t) || !(df > 0.0))
        return nan;
    if (std::isinf(t))
        return 0.0;
    if (std::isinf(df))
        return std::erfc(std::abs(t) / std::sqrt(2.0));
    const double t2 = t * t;
    return incompleteBeta(df / 2.0, 0.5, df / (df + t2), t2 / (df + t2));
}

void checkFinite(std::span<const double> values)
{
    for (double v : values) {
        if (std::isnan(v))
            throw TareError(TareError::Kind::Usage, QStringLiteral("paired statistics: a value is NaN"));
    }
}

// Uniform integer in [0, n) from a 64-bit engine, unbiased (rejection), the same on every platform
// (std::uniform_int_distribution's algorithm is implementation-defined).
quint64 uniformBelow(std::mt19937_64& engine, quint64 n)
{
    const quint64 max = std::numeric_limits<quint64>::max();
    const quint64 limit = max - (max % n + 1) % n; // largest multiple of n minus one, or max
    quint64 x = engine();
    while (x > limit)
        x = engine();
    return x % n;
}

} // namespace

double PairedStatistics::regularizedIncompleteBeta(double a, double b, double x)
{
    return incompleteBeta(a, b, x, 1.0 - x);
}

double PairedStatistics::studentTCdf(double t, double df)
{
    if (std::isnan(t) || !(df > 0.0))
        return nan;
    const double tail = twoSidedP(t, df) / 2.0; // P(T >= |t|)
    return t >= 0.0 ? 1.0 - tail : tail;
}

double PairedStatistics::studentTTwoSidedP(double t, double df)
{
    return twoSidedP(t, df);
}

PairedStatistics::TTest PairedStatistics::pairedTTest(std::span<const double> deltas)
{
    TTest test;
    const auto n = static_cast<double>(deltas.size());
    if (deltas.size() < 2)
        return test;
    double sum = 0.0;
    for (double d : deltas)
        sum += d;
    const double mean = sum / n;
    double squares = 0.0;
    for (double d : deltas)
        squares += (d - mean) * (d - mean);
    const double variance = squares / (n - 1.0);
    test.df = n - 1.0;
    if (variance == 0.0) {
        // Every Δ is the same: no evidence at all when it is 0, certainty otherwise.
        test.t = mean == 0.0 ? 0.0 : std::copysign(std::numeric_limits<double>::infinity(), mean);
        test.p = mean == 0.0 ? 1.0 : 0.0;
        return test;
    }
    test.t = mean / std::sqrt(variance / n);
    test.p = twoSidedP(test.t, test.df);
    return test;
}

double PairedStatistics::randomizationTest(std::span<const double> deltas, int permutations, quint64 seed,
                                           bool* exact)
{
    if (exact != nullptr)
        *exact = false;
    if (permutations < 1)
        throw TareError(TareError::Kind::Usage, QStringLiteral("randomization test needs at least one permutation"));
    const std::size_t n = deltas.size();
    if (n == 0)
        return nan;

    double observed = 0.0;
    double sumAbs = 0.0;
    for (double d : deltas) {
        observed += d;
        sumAbs += std::abs(d);
    }
    // Sums of the same magnitudes in another order can differ in the last bits; count those as equal.
    const double threshold = std::abs(observed) - 1e-9 * sumAbs;

    if (n < 31 && (quint64(1) << n) <= static_cast<quint64>(permutations)) {
        if (exact != nullptr)
            *exact = true;
        const quint64 patterns = quint64(1) << n;
        quint64 count = 0;
        for (quint64 mask = 0; mask < patterns; ++mask) {
            double s = 0.0;
            for (std::size_t i = 0; i < n; ++i)
                s += ((mask >> i) & 1) != 0 ? -deltas[i] : deltas[i];
            if (std::abs(s) >= threshold)
                ++count;
        }
        return static_cast<double>(count) / static_cast<double>(patterns);
    }

    std::mt19937_64 engine(seed);
    qint64 count = 0;
    for (int p = 0; p < permutations; ++p) {
        double s = 0.0;
        quint64 bits = 0;
        for (std::size_t i = 0; i < n; ++i) {
            if (i % 64 == 0)
                bits = engine();
            s += (bits & 1) != 0 ? -deltas[i] : deltas[i];
            bits >>= 1;
        }
        if (std::abs(s) >= threshold)
            ++count;
    }
    return static_cast<double>(count + 1) / static_cast<double>(permutations + 1);
}

std::pair<double, double> PairedStatistics::bootstrapCi(std::span<const double> deltas, int resamples,
                                                        double confidence, quint64 seed)
{
    if (resamples < 1 || !(confidence > 0.0 && confidence < 1.0))
        throw TareError(TareError::Kind::Usage,
                        QStringLiteral("bootstrap needs at least one resample and a confidence in (0, 1)"));
    const std::size_t n = deltas.size();
    if (n == 0)
        return {nan, nan};

    std::mt19937_64 engine(seed);
    std::vector<double> means(static_cast<std::size_t>(resamples));
    for (double& m : means) {
        double sum = 0.0;
        for (std::size_t i = 0; i < n; ++i)
            sum += deltas[uniformBelow(engine, n)];
        m = sum / static_cast<double>(n);
    }
    std::sort(means.begin(), means.end());
    const auto quantile = [&](double q) {
        const double h = (static_cast<double>(means.size()) - 1.0) * q;
        const auto lo = static_cast<std::size_t>(std::floor(h));
        const std::size_t hi = std::min(lo + 1, means.size() - 1);
        return means[lo] + (h - static_cast<double>(lo)) * (means[hi] - means[lo]);
    };
    const double alpha = 1.0 - confidence;
    return {quantile(alpha / 2.0), quantile(1.0 - alpha / 2.0)};
}

PairedComparison PairedStatistics::compare(std::span<const double> before, std::span<const double> after,
                                           const Options& options)
{
    if (before.size() != after.size())
        throw TareError(TareError::Kind::Usage,
                        QStringLiteral("paired statistics: %1 values before but %2 after")
                            .arg(before.size())
                            .arg(after.size()));
    checkFinite(before);
    checkFinite(after);

    PairedComparison c;
    c.n = static_cast<qint64>(before.size());
    if (c.n == 0)
        return c;

    std::vector<double> deltas(before.size());
    double sumBefore = 0.0;
    double sumAfter = 0.0;
    double sumDelta = 0.0;
    for (std::size_t i = 0; i < before.size(); ++i) {
        deltas[i] = after[i] - before[i];
        sumBefore += before[i];
        sumAfter += after[i];
        sumDelta += deltas[i];
        if (deltas[i] == 0.0 || std::abs(deltas[i]) < options.tieEpsilon)
            ++c.ties;
        else if (deltas[i] > 0.0)
            ++c.wins;
        else
            ++c.losses;
    }
    const auto n = static_cast<double>(c.n);
    c.meanBefore = sumBefore / n;
    c.meanAfter = sumAfter / n;
    c.meanDelta = sumDelta / n;
    if (c.meanBefore != 0.0)
        c.relativeDelta = (c.meanAfter - c.meanBefore) / std::abs(c.meanBefore);

    const TTest t = pairedTTest(deltas);
    c.tStatistic = t.t;
    c.tTestP = t.p;
    c.randomizationP = randomizationTest(deltas, options.permutations, options.seed, &c.randomizationExact);
    const auto [lower, upper] = bootstrapCi(deltas, options.bootstrapResamples, options.confidence, options.seed);
    c.ciLower = lower;
    c.ciUpper = upper;
    return c;
}

} // namespace tare
