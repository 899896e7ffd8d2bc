// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/metrics/separation.h"

#include "core/metrics/rankingmetrics.h"
#include "core/util/tareerror.h"

#include <algorithm>
#include <cmath>

namespace tare {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

std::vector<double> sortedFinite(std::span<const double> scores)
{
    std::vector<double> out;
    out.reserve(scores.size());
    for (double s : scores) {
        if (!std::isnan(s))
            out.push_back(s);
    }
    std::sort(out.begin(), out.end());
    return out;
}

double mean(const std::vector<double>& v)
{
    if (v.empty())
        return nan;
    double sum = 0.0;
    for (double x : v)
        sum += x;
    return sum / static_cast<double>(v.size());
}

// Sample variance (n - 1), two-pass.
double sampleVariance(const std::vector<double>& v, double mu)
{
    if (v.size() < 2)
        return nan;
    double sum = 0.0;
    for (double x : v)
        sum += (x - mu) * (x - mu);
    return sum / static_cast<double>(v.size() - 1);
}

// Calls f(score, truePositives, falsePositives) after each group of equal scores, highest first, with
// the counts at threshold "score >= that score"; rel and irr are sorted ascending.
template<typename F>
void walkThresholdsDescending(const std::vector<double>& rel, const std::vector<double>& irr, F&& f)
{
    auto i = static_cast<qint64>(rel.size()) - 1;
    auto j = static_cast<qint64>(irr.size()) - 1;
    qint64 tp = 0;
    qint64 fp = 0;
    while (i >= 0 || j >= 0) {
        double x = 0.0;
        if (i < 0)
            x = irr[static_cast<std::size_t>(j)];
        else if (j < 0)
            x = rel[static_cast<std::size_t>(i)];
        else
            x = std::max(rel[static_cast<std::size_t>(i)], irr[static_cast<std::size_t>(j)]);
        while (i >= 0 && rel[static_cast<std::size_t>(i)] == x) {
            ++tp;
            --i;
        }
        while (j >= 0 && irr[static_cast<std::size_t>(j)] == x) {
            ++fp;
            --j;
        }
        f(x, tp, fp);
    }
}

double ksSorted(const std::vector<double>& a, const std::vector<double>& b)
{
    if (a.empty() || b.empty())
        return nan;
    const auto na = static_cast<double>(a.size());
    const auto nb = static_cast<double>(b.size());
    std::size_t i = 0;
    std::size_t j = 0;
    double d = 0.0;
    while (i < a.size() || j < b.size()) {
        double x = 0.0;
        if (i >= a.size())
            x = b[j];
        else if (j >= b.size())
            x = a[i];
        else
            x = std::min(a[i], b[j]);
        while (i < a.size() && a[i] == x)
            ++i;
        while (j < b.size() && b[j] == x)
            ++j;
        d = std::max(d, std::abs(static_cast<double>(i) / na - static_cast<double>(j) / nb));
    }
    return d;
}

double aucSorted(const std::vector<double>& rel, const std::vector<double>& irr)
{
    if (rel.empty() || irr.empty())
        return nan;
    // For each relevant score x: irrelevant scores below x count 1, equal to x count 1/2 (doubled here).
    std::size_t below = 0;
    std::size_t notAbove = 0;
    qint64 twiceWins = 0;
    for (double x : rel) {
        while (below < irr.size() && irr[below] < x)
            ++below;
        if (notAbove < below)
            notAbove = below;
        while (notAbove < irr.size() && irr[notAbove] <= x)
            ++notAbove;
        twiceWins += static_cast<qint64>(below + notAbove);
    }
    return static_cast<double>(twiceWins) / (2.0 * static_cast<double>(rel.size()) * static_cast<double>(irr.size()));
}

ThresholdF1 bestF1Sorted(const std::vector<double>& rel, const std::vector<double>& irr)
{
    ThresholdF1 best;
    if (rel.empty())
        return best;
    const auto nRel = static_cast<qint64>(rel.size());
    // F1 = 2TP / (2TP + FP + FN) = 2TP / (TP + FP + nRel); compared as exact fractions.
    qint64 bestNum = -1;
    qint64 bestDen = 1;
    walkThresholdsDescending(rel, irr, [&](double x, qint64 tp, qint64 fp) {
        const qint64 num = 2 * tp;
        const qint64 den = tp + fp + nRel;
        if (num * bestDen > bestNum * den) {
            bestNum = num;
            bestDen = den;
            best.threshold = x;
        }
    });
    best.f1 = static_cast<double>(bestNum) / static_cast<double>(bestDen);
    return best;
}

} // namespace

SeparationStats Separation::compute(std::span<const double> relevant, std::span<const double> irrelevant)
{
    const auto rel = sortedFinite(relevant);
    const auto irr = sortedFinite(irrelevant);
    SeparationStats s;
    s.numRelevant = static_cast<qint64>(rel.size());
    s.numIrrelevant = static_cast<qint64>(irr.size());
    s.meanRelevant = mean(rel);
    s.meanIrrelevant = mean(irr);
    s.sdRelevant = std::sqrt(sampleVariance(rel, s.meanRelevant));
    s.sdIrrelevant = std::sqrt(sampleVariance(irr, s.meanIrrelevant));
    s.dPrime = dPrime(rel, irr);
    s.ks = ksSorted(rel, irr);
    s.auc = aucSorted(rel, irr);
    s.bestF1 = bestF1Sorted(rel, irr);
    return s;
}

SeparationStats Separation::compute(std::span<const float> scores, std::span<const int> grades, ThresholdCounts& counts)
{
    if (scores.size() != grades.size())
        throw TareError(TareError::Kind::Internal, QStringLiteral("separation: scores and grades differ in length"));
    std::vector<double> rel;
    for (std::size_t i = 0; i < scores.size(); ++i) {
        if (grades[i] > 0 && !std::isnan(scores[i]))
            rel.push_back(double(scores[i]));
    }
    std::sort(rel.begin(), rel.end());

    // Per relevant score x: thresholds key(x) (irrelevant scores < x) and key(x) + 1 (<= x).
    std::vector<quint64> thresholds;
    thresholds.reserve(2 * rel.size());
    for (double x : rel) {
        const quint64 key = RankingMetrics::orderedKey(float(x));
        thresholds.push_back(key);
        thresholds.push_back(key + 1);
    }
    counts.reset(thresholds);
    qint64 nIrr = 0;
    double sum = 0.0;
    for (std::size_t i = 0; i < scores.size(); ++i) {
        if (grades[i] > 0 || std::isnan(scores[i]))
            continue;
        counts.add(RankingMetrics::orderedKey(scores[i]));
        sum += double(scores[i]);
        ++nIrr;
    }
    counts.finish();

    SeparationStats s;
    s.numRelevant = qint64(rel.size());
    s.numIrrelevant = nIrr;
    s.meanRelevant = mean(rel);
    s.sdRelevant = std::sqrt(sampleVariance(rel, s.meanRelevant));
    double varIrr = nan;
    if (nIrr > 0) {
        s.meanIrrelevant = sum / double(nIrr);
        if (nIrr > 1) {
            double squares = 0.0;
            for (std::size_t i = 0; i < scores.size(); ++i) {
                if (grades[i] > 0 || std::isnan(scores[i]))
                    continue;
                const double d = double(scores[i]) - s.meanIrrelevant;
                squares += d * d;
            }
            varIrr = squares / double(nIrr - 1);
        }
        s.sdIrrelevant = std::sqrt(varIrr);
    }
    if (rel.size() >= 2 && nIrr >= 2)
        s.dPrime = (s.meanRelevant - s.meanIrrelevant) / std::sqrt((sampleVariance(rel, s.meanRelevant) + varIrr) / 2.0);
    if (rel.empty())
        return s;

    // Distinct relevant scores ascending: v, relevant <= v, irrelevant < v, irrelevant <= v.
    struct Level
    {
        double value;
        qint64 relAtMost;
        qint64 irrBelow;
        qint64 irrAtMost;
    };
    std::vector<Level> levels;
    qint64 twiceWins = 0;
    for (std::size_t k = 0; k < rel.size(); ++k) {
        const quint64 key = RankingMetrics::orderedKey(float(rel[k]));
        const qint64 below = counts.below(key);
        const qint64 atMost = counts.below(key + 1);
        twiceWins += below + atMost;
        if (k + 1 < rel.size() && rel[k + 1] == rel[k])
            continue;
        levels.push_back({rel[k], qint64(k + 1), below, atMost});
    }
    // Best F1: for a given true-positive count F1 falls as the threshold drops, so the best
    // threshold is a relevant score; walk them descending, the highest wins a tie.
    const qint64 nRel = qint64(rel.size());
    qint64 bestNum = -1;
    qint64 bestDen = 1;
    for (std::size_t k = levels.size(); k-- > 0;) {
        const qint64 tp = nRel - (k > 0 ? levels[k - 1].relAtMost : 0);
        const qint64 fp = nIrr - levels[k].irrBelow;
        const qint64 num = 2 * tp;
        const qint64 den = tp + fp + nRel;
        if (num * bestDen > bestNum * den) {
            bestNum = num;
            bestDen = den;
            s.bestF1.threshold = levels[k].value;
        }
    }
    s.bestF1.f1 = static_cast<double>(bestNum) / static_cast<double>(bestDen);

    if (nIrr == 0)
        return s;
    const auto na = static_cast<double>(rel.size());
    const auto nb = static_cast<double>(nIrr);
    s.auc = static_cast<double>(twiceWins) / (2.0 * na * nb);

    // KS: between relevant scores the relevant CDF is flat, so the largest gap lies at a relevant
    // score or just below the next one (the same values the full walk over every score meets).
    double d = static_cast<double>(levels.front().irrBelow) / nb;
    for (std::size_t k = 0; k < levels.size(); ++k) {
        const double relCdf = static_cast<double>(levels[k].relAtMost) / na;
        d = std::max(d, std::abs(relCdf - static_cast<double>(levels[k].irrAtMost) / nb));
        if (k + 1 < levels.size())
            d = std::max(d, std::abs(relCdf - static_cast<double>(levels[k + 1].irrBelow) / nb));
    }
    s.ks = d;

    return s;
}

double Separation::dPrime(std::span<const double> relevant, std::span<const double> irrelevant)
{
    const auto rel = sortedFinite(relevant);
    const auto irr = sortedFinite(irrelevant);
    if (rel.size() < 2 || irr.size() < 2)
        return nan;
    const double muRel = mean(rel);
    const double muIrr = mean(irr);
    const double pooled = (sampleVariance(rel, muRel) + sampleVariance(irr, muIrr)) / 2.0;
    // Zero pooled variance: ±infinity for different means, NaN (0/0) for equal ones.
    return (muRel - muIrr) / std::sqrt(pooled);
}

double Separation::ksStatistic(std::span<const double> relevant, std::span<const double> irrelevant)
{
    return ksSorted(sortedFinite(relevant), sortedFinite(irrelevant));
}

ThresholdF1 Separation::bestF1(std::span<const double> relevant, std::span<const double> irrelevant)
{
    return bestF1Sorted(sortedFinite(relevant), sortedFinite(irrelevant));
}

double Separation::auc(std::span<const double> relevant, std::span<const double> irrelevant)
{
    return aucSorted(sortedFinite(relevant), sortedFinite(irrelevant));
}

std::vector<RocPoint> Separation::rocCurve(std::span<const double> relevant, std::span<const double> irrelevant)
{
    const auto rel = sortedFinite(relevant);
    const auto irr = sortedFinite(irrelevant);
    std::vector<RocPoint> points;
    if (rel.empty() || irr.empty())
        return points;
    const auto nRel = static_cast<double>(rel.size());
    const auto nIrr = static_cast<double>(irr.size());
    points.push_back(RocPoint{0.0, 0.0});
    walkThresholdsDescending(rel, irr, [&](double, qint64 tp, qint64 fp) {
        points.push_back(RocPoint{static_cast<double>(fp) / nIrr, static_cast<double>(tp) / nRel});
    });
    return points;
}

ScoreHistogram Separation::histogram(std::span<const double> relevant, std::span<const double> irrelevant, int bins)
{
    double lo = std::numeric_limits<double>::infinity();
    double hi = -std::numeric_limits<double>::infinity();
    for (auto list : {relevant, irrelevant}) {
        for (double x : list) {
            if (std::isnan(x))
                continue;
            lo = std::min(lo, x);
            hi = std::max(hi, x);
        }
    }
    if (lo > hi) {
        lo = 0.0;
        hi = 1.0;
    } else if (lo == hi) {
        lo -= 0.5;
        hi += 0.5;
    }
    return histogram(relevant, irrelevant, bins, lo, hi);
}

ScoreHistogram Separation::histogram(std::span<const double> relevant, std::span<const double> irrelevant, int bins,
                                     double lower, double upper)
{
    if (bins < 1 || !(lower < upper) || !std::isfinite(lower) || !std::isfinite(upper))
        throw TareError(TareError::Kind::Usage, QStringLiteral("histogram needs bins >= 1 and a finite range"));
    ScoreHistogram h;
    h.lower = lower;
    h.upper = upper;
    h.relevant.assign(static_cast<std::size_t>(bins), 0);
    h.irrelevant.assign(static_cast<std::size_t>(bins), 0);
    const auto count = [&](std::span<const double> list, std::vector<qint64>& counts) {
        for (double x : list) {
            if (!(x >= lower && x <= upper))
                continue;
            auto bin = static_cast<qint64>(std::floor((x - lower) / (upper - lower) * bins));
            bin = std::clamp<qint64>(bin, 0, bins - 1);
            ++counts[static_cast<std::size_t>(bin)];
        }
    };
    count(relevant, h.relevant);
    count(irrelevant, h.irrelevant);
    return h;
}

} // namespace tare
