// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/explain/querydrift.h"

#include "core/explain/replaytrajectory.h"

#include <cmath>

namespace tare {

QueryDrift QueryDrift::compute(const ReplayTrajectory& trajectory, const QList<CurvePoint>& curve)
{
    QueryDrift drift;
    if (trajectory.states.empty())
        return drift;
    const Eigen::VectorXd initial = trajectory.states.front().cast<double>();
    const double initialNorm = initial.norm();
    for (size_t t = 0; t < trajectory.states.size(); ++t) {
        const Eigen::VectorXd state = trajectory.states[t].cast<double>();
        DriftPoint point;
        point.step = int(t);
        point.distance = (state - initial).norm();
        const double norms = state.norm() * initialNorm;
        point.cosine = t == 0 ? 1.0 : (norms > 0.0 ? state.dot(initial) / norms : 0.0);
        drift.points.push_back(point);
    }
    drift.overshoot = detectOvershoot(curve);
    return drift;
}

std::optional<Overshoot> QueryDrift::detectOvershoot(const QList<CurvePoint>& curve, double tolerance)
{
    if (curve.size() < 3)
        return std::nullopt;
    const CurvePoint& last = curve.last();
    if (std::isnan(last.ap) || std::isnan(last.loss))
        return std::nullopt;
    qsizetype peak = -1;
    for (qsizetype t = 0; t < curve.size(); ++t) {
        if (!std::isnan(curve[t].ap) && (peak < 0 || curve[t].ap > curve[peak].ap))
            peak = t;
    }
    if (peak <= 0 || peak == curve.size() - 1 || std::isnan(curve[peak].loss))
        return std::nullopt;
    if (!(last.ap < curve[peak].ap - tolerance && last.loss < curve[peak].loss - tolerance))
        return std::nullopt;
    return Overshoot{curve[peak].step, last.step, curve[peak].ap, last.ap, curve[peak].loss, last.loss};
}

} // namespace tare
