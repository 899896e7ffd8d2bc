// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/db/projecttypes.h"

#include <optional>
#include <vector>

namespace tare {

struct ReplayTrajectory;

/// How far the query had moved after a step.
struct DriftPoint
{
    int step = 0;
    double distance = 0.0; ///< ‖q_t − q_0‖
    double cosine = 1.0;   ///< cos(q_t, q_0)
};

/// The refinement went past its best AP: after step peakStep (> 0, the first step with the
/// highest evaluated AP) the loss kept falling while AP fell, over the window [peakStep, finalStep].
struct Overshoot
{
    int peakStep = 0;
    int finalStep = 0;
    double apPeak = 0.0;
    double apFinal = 0.0;
    double lossAtPeak = 0.0;
    double lossFinal = 0.0;
};

/// Drift of one query during its refinement, from the replayed trajectory, and overshoot
/// detection from the stored curve. A plain value; compute() is pure.
struct QueryDrift
{
    std::vector<DriftPoint> points; ///< step 0 (distance 0, cosine 1) to the last step
    std::optional<Overshoot> overshoot;

    static QueryDrift compute(const ReplayTrajectory& trajectory, const QList<CurvePoint>& curve);

    /// Overshoot over a stored curve (curve[t] holds the loss and, at evaluated steps, the AP of
    /// the query after t updates): found when the first step t* of the highest evaluated AP lies
    /// after step 0 and before the last step T, AP(T) < AP(t*) − tolerance and
    /// loss(T) < loss(t*) − tolerance.
    static std::optional<Overshoot> detectOvershoot(const QList<CurvePoint>& curve, double tolerance = 1e-9);
};

} // namespace tare
