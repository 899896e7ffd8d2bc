// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <limits>
#include <optional>
#include <span>
#include <vector>

namespace tare {

/// Reliability data: ratings[unit][rater], the value a rater gave a unit (a judged document);
/// empty where that rater gave none. Values are compared exactly, so categories must be given
/// the same way every time (a person's labels are 0, 1 or d/9).
using RatingMatrix = std::vector<std::vector<std::optional<double>>>;

/// How values are compared by Krippendorff's α: as unordered categories, as ranks, as distances
/// on a scale, or as ratios.
enum class MeasurementLevel
{
    Nominal,
    Ordinal,
    Interval,
    Ratio,
};

/// Agreement between raters (people, judges, gold) beyond chance. Cohen's κ for two raters,
/// Fleiss' κ for several (Fleiss 1971; a unit counts when at least two raters rated it, each
/// with its own number of ratings), Krippendorff's α for any number of raters with missing
/// values at every level of measurement (Krippendorff 2011, "Computing Krippendorff's
/// Alpha-Reliability": coincidence matrix, α = 1 − (n − 1)·Σ o·δ² / Σ n_c·n_k·δ²).
///
/// A value without variation has no defined chance correction: κ is then 1 when every rating
/// agrees (the JudgeAgreement convention) and NaN otherwise; α is NaN (Krippendorff: undefined).
/// NaN too when no unit has two ratings. Pure functions, any thread.
struct InterRaterAgreement
{
    static constexpr double nan = std::numeric_limits<double>::quiet_NaN();

    /// Cohen's κ of two raters over the units both rated (values as categories). `units`, if
    /// given, receives how many units that was.
    static double cohenKappa(std::span<const std::optional<double>> first, std::span<const std::optional<double>> second,
                             qint64* units = nullptr);

    /// Fleiss' κ over the units with at least two ratings (`units` receives their number).
    static double fleissKappa(const RatingMatrix& ratings, qint64* units = nullptr);

    /// Krippendorff's α over the pairable values (units with at least two ratings; `units`
    /// receives their number).
    static double krippendorffAlpha(const RatingMatrix& ratings, MeasurementLevel level, qint64* units = nullptr);
};

} // namespace tare
