// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <limits>
#include <optional>
#include <span>

namespace tare {

/// How well a judge's scores agree with the gold labels on the documents it judged. The judge
/// says "relevant" when its score is at least `threshold` (0.5: gold, simulated, LLM yes/no and
/// rating judges all score on 0..1); gold says relevant when the grade is above 0. Accuracy and
/// Cohen's κ use that decision; AUC uses the raw scores and needs no threshold. Documents without
/// a score are left out. A plain value; compute() is pure and thread-safe.
struct JudgeAgreement
{
    static constexpr double nan = std::numeric_limits<double>::quiet_NaN();

    qint64 n = 0;           ///< documents with a score
    qint64 agreements = 0;  ///< of them, where the judge's decision equals gold
    double accuracy = nan;  ///< agreements / n; NaN for n = 0
    double kappa = nan;     ///< Cohen's κ of the two decisions; NaN for n = 0, 1 when both agree perfectly on one class
    double auc = nan;       ///< ROC AUC of the scores against gold; NaN unless both classes occur

    static JudgeAgreement compute(std::span<const std::optional<double>> scores, std::span<const int> grades,
                                  double threshold = 0.5);
};

} // namespace tare
