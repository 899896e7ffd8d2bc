// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/run/runcurveset.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tare {

namespace {
constexpr double s_nan = std::numeric_limits<double>::quiet_NaN();
}

void RunCurveSet::clear()
{
    m_curves.clear();
    m_order.clear();
    m_maxStep = 0;
}

QSet<qint64> RunCurveSet::add(const QList<QueryCurvePoint>& points)
{
    QSet<qint64> changed;
    for (const QueryCurvePoint& p : points) {
        if (p.point.step < 0)
            continue;
        auto it = m_curves.find(p.queryId);
        if (it == m_curves.end()) {
            it = m_curves.insert(p.queryId, {});
            m_order.append(p.queryId);
        }
        std::vector<CurvePoint>& curve = it.value();
        const size_t step = size_t(p.point.step);
        if (curve.size() <= step) {
            const size_t from = curve.size();
            curve.resize(step + 1);
            for (size_t i = from; i < curve.size(); ++i)
                curve[i] = {int(i), s_nan, s_nan, s_nan};
        }
        curve[step] = p.point;
        m_maxStep = std::max(m_maxStep, p.point.step);
        changed.insert(p.queryId);
    }
    return changed;
}

QList<QPointF> RunCurveSet::apCurve(qint64 queryId) const
{
    QList<QPointF> result;
    const auto it = m_curves.constFind(queryId);
    if (it == m_curves.cend())
        return result;
    for (const CurvePoint& point : it.value()) {
        if (!std::isnan(point.ap))
            result.append(QPointF(point.step, point.ap));
    }
    return result;
}

QList<QPointF> RunCurveSet::lossCurve(qint64 queryId) const
{
    QList<QPointF> result;
    const auto it = m_curves.constFind(queryId);
    if (it == m_curves.cend())
        return result;
    for (const CurvePoint& point : it.value()) {
        if (!std::isnan(point.loss))
            result.append(QPointF(point.step, point.loss));
    }
    return result;
}

QList<RunCurveSet::StepStats> RunCurveSet::apByStep() const
{
    std::vector<StepStats> steps(size_t(m_maxStep) + 1);
    for (size_t i = 0; i < steps.size(); ++i) {
        steps[i].step = int(i);
        steps[i].min = std::numeric_limits<double>::infinity();
        steps[i].max = -std::numeric_limits<double>::infinity();
    }
    for (const auto& curve : m_curves) {
        for (const CurvePoint& point : curve) {
            if (std::isnan(point.ap))
                continue;
            StepStats& s = steps[size_t(point.step)];
            s.mean += point.ap; // the sum until divided below
            s.min = std::min(s.min, point.ap);
            s.max = std::max(s.max, point.ap);
            ++s.count;
        }
    }
    QList<StepStats> result;
    for (StepStats& s : steps) {
        if (s.count == 0)
            continue;
        s.mean /= s.count;
        result.append(s);
    }
    return result;
}

} // namespace tare
