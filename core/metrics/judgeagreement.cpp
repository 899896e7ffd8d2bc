// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/metrics/judgeagreement.h"

#include "core/metrics/separation.h"

#include <vector>

namespace tare {

JudgeAgreement JudgeAgreement::compute(std::span<const std::optional<double>> scores, std::span<const int> grades,
                                       double threshold)
{
    JudgeAgreement result;
    // Confusion counts: judge decision × gold class.
    qint64 bothRelevant = 0, judgeOnly = 0, goldOnly = 0, neither = 0;
    std::vector<double> relevant, irrelevant;
    for (size_t i = 0; i < scores.size() && i < grades.size(); ++i) {
        if (!scores[i])
            continue;
        const bool judge = *scores[i] >= threshold;
        const bool gold = grades[i] > 0;
        (gold ? relevant : irrelevant).push_back(*scores[i]);
        if (judge && gold)
            ++bothRelevant;
        else if (judge)
            ++judgeOnly;
        else if (gold)
            ++goldOnly;
        else
            ++neither;
    }
    result.n = bothRelevant + judgeOnly + goldOnly + neither;
    if (result.n == 0)
        return result;
    const double n = double(result.n);
    result.agreements = bothRelevant + neither;
    result.accuracy = double(result.agreements) / n;
    // κ = (p_o − p_e) / (1 − p_e), p_e from the two raters' marginal shares.
    const double judgeYes = double(bothRelevant + judgeOnly) / n;
    const double goldYes = double(bothRelevant + goldOnly) / n;
    const double expected = judgeYes * goldYes + (1.0 - judgeYes) * (1.0 - goldYes);
    result.kappa = expected >= 1.0 ? (result.accuracy >= 1.0 ? 1.0 : nan) : (result.accuracy - expected) / (1.0 - expected);
    if (!relevant.empty() && !irrelevant.empty())
        result.auc = Separation::auc(relevant, irrelevant);
    return result;
}

} // namespace tare
