// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/metrics/interrateragreement.h"

#include <algorithm>
#include <map>

namespace tare {

namespace {

/// The categories of a unit's ratings with how often each was given, in value order.
std::map<double, qint64> countsOf(const std::vector<std::optional<double>>& unit)
{
    std::map<double, qint64> counts;
    for (const std::optional<double>& value : unit) {
        if (value)
            ++counts[*value];
    }
    return counts;
}

qint64 totalOf(const std::map<double, qint64>& counts)
{
    qint64 total = 0;
    for (const auto& [value, count] : counts)
        total += count;
    return total;
}

} // namespace

double InterRaterAgreement::cohenKappa(std::span<const std::optional<double>> first, std::span<const std::optional<double>> second,
                                       qint64* units)
{
    // κ = (p_o − p_e) / (1 − p_e) = (n·agreements − Σ_c a_c·b_c) / (n² − Σ_c a_c·b_c), in counts.
    std::map<double, std::pair<qint64, qint64>> marginals;
    qint64 n = 0, agreements = 0;
    for (size_t i = 0; i < first.size() && i < second.size(); ++i) {
        if (!first[i] || !second[i])
            continue;
        ++n;
        agreements += *first[i] == *second[i];
        ++marginals[*first[i]].first;
        ++marginals[*second[i]].second;
    }
    if (units)
        *units = n;
    if (n == 0)
        return nan;
    double chance = 0.0;
    for (const auto& [value, counts] : marginals)
        chance += double(counts.first) * double(counts.second);
    const double all = double(n) * double(n);
    if (chance >= all) // both raters used one and the same category throughout
        return agreements == n ? 1.0 : nan;
    return (double(n) * double(agreements) - chance) / (all - chance);
}

double InterRaterAgreement::fleissKappa(const RatingMatrix& ratings, qint64* units)
{
    qint64 used = 0;
    double observed = 0.0; // Σ_i P_i
    qint64 total = 0;
    std::map<double, qint64> categoryTotals;
    for (const auto& unit : ratings) {
        const std::map<double, qint64> counts = countsOf(unit);
        const qint64 n = totalOf(counts);
        if (n < 2)
            continue;
        ++used;
        qint64 agreeingPairs = 0;
        for (const auto& [value, count] : counts) {
            agreeingPairs += count * (count - 1);
            categoryTotals[value] += count;
        }
        observed += double(agreeingPairs) / double(n * (n - 1));
        total += n;
    }
    if (units)
        *units = used;
    if (used == 0)
        return nan;
    const double meanObserved = observed / double(used);
    double chance = 0.0;
    for (const auto& [value, count] : categoryTotals) {
        const double share = double(count) / double(total);
        chance += share * share;
    }
    if (categoryTotals.size() < 2) // one category throughout: every pair agrees
        return 1.0;
    return (meanObserved - chance) / (1.0 - chance);
}

double InterRaterAgreement::krippendorffAlpha(const RatingMatrix& ratings, MeasurementLevel level, qint64* units)
{
    // The pairable values: units with at least two ratings.
    std::vector<std::map<double, qint64>> pairable;
    std::vector<double> values;
    for (const auto& unit : ratings) {
        std::map<double, qint64> counts = countsOf(unit);
        if (totalOf(counts) < 2)
            continue;
        for (const auto& [value, count] : counts)
            values.push_back(value);
        pairable.push_back(std::move(counts));
    }
    if (units)
        *units = qint64(pairable.size());
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    const size_t v = values.size();
    if (v < 2)
        return nan; // no variation: α is undefined
    const auto indexOf = [&values](double value) {
        return size_t(std::lower_bound(values.begin(), values.end(), value) - values.begin());
    };

    // Coincidences: every ordered pair of values from different raters within a unit, each
    // unit's pairs weighted 1 / (m_u − 1).
    std::vector<double> o(v * v, 0.0);
    for (const auto& counts : pairable) {
        const double weight = 1.0 / double(totalOf(counts) - 1);
        for (const auto& [c, countC] : counts) {
            for (const auto& [k, countK] : counts)
                o[indexOf(c) * v + indexOf(k)] += double(countC) * double(c == k ? countK - 1 : countK) * weight;
        }
    }
    std::vector<double> marginal(v, 0.0);
    double n = 0.0;
    for (size_t c = 0; c < v; ++c) {
        for (size_t k = 0; k < v; ++k)
            marginal[c] += o[c * v + k];
        n += marginal[c];
    }

    const auto delta2 = [&](size_t c, size_t k) -> double {
        switch (level) {
        case MeasurementLevel::Nominal:
            return c == k ? 0.0 : 1.0;
        case MeasurementLevel::Ordinal: {
            const size_t low = std::min(c, k), high = std::max(c, k);
            double between = 0.0;
            for (size_t g = low; g <= high; ++g)
                between += marginal[g];
            const double d = between - (marginal[low] + marginal[high]) / 2.0;
            return d * d;
        }
        case MeasurementLevel::Interval: {
            const double d = values[c] - values[k];
            return d * d;
        }
        case MeasurementLevel::Ratio: {
            const double sum = values[c] + values[k];
            const double d = sum == 0.0 ? 0.0 : (values[c] - values[k]) / sum;
            return d * d;
        }
        }
        return 0.0;
    };
    double disagreement = 0.0, expected = 0.0;
    for (size_t c = 0; c < v; ++c) {
        for (size_t k = 0; k < v; ++k) {
            const double d = delta2(c, k);
            disagreement += o[c * v + k] * d;
            expected += marginal[c] * marginal[k] * d;
        }
    }
    if (expected <= 0.0)
        return nan;
    return 1.0 - (n - 1.0) * disagreement / expected;
}

} // namespace tare
