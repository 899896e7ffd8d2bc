// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/run/runcurveset.h"

#include "core/metrics/pairedstatistics.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tare {

namespace {

constexpr double s_nan = std::numeric_limits<double>::quiet_NaN();

/// The q-quantile of the values with linear interpolation between order statistics (NumPy's
/// default), by selection in O(n): the values are reordered.
double quantile(std::vector<double>& values, double q)
{
    if (values.empty())
        return s_nan;
    const double position = q * double(values.size() - 1);
    const size_t below = size_t(std::floor(position));
    std::nth_element(values.begin(), values.begin() + qsizetype(below), values.end());
    const double low = values[below];
    if (below + 1 >= values.size())
        return low;
    const double high = *std::min_element(values.begin() + qsizetype(below) + 1, values.end());
    return low + (position - double(below)) * (high - low);
}

/// Student's t quantile t(0.975, df) by bisection on the distribution function.
double tQuantile975(double df)
{
    double lo = 0.0, hi = 1000.0;
    for (int i = 0; i < 80; ++i) {
        const double mid = 0.5 * (lo + hi);
        (PairedStatistics::studentTCdf(mid, df) < 0.975 ? lo : hi) = mid;
    }
    return 0.5 * (lo + hi);
}

} // namespace

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

QList<QPointF> RunCurveSet::curve(qint64 queryId, double CurvePoint::*field) const
{
    QList<QPointF> result;
    const auto it = m_curves.constFind(queryId);
    if (it == m_curves.cend())
        return result;
    for (const CurvePoint& point : it.value()) {
        if (!std::isnan(point.*field))
            result.append(QPointF(point.step, point.*field));
    }
    return result;
}

QList<QPointF> RunCurveSet::apCurve(qint64 queryId) const
{
    return curve(queryId, &CurvePoint::ap);
}

QList<QPointF> RunCurveSet::lossCurve(qint64 queryId) const
{
    return curve(queryId, &CurvePoint::loss);
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

QList<RunCurveSet::DeltaStats> RunCurveSet::deltaByStep() const
{
    std::vector<std::vector<double>> deltas(size_t(m_maxStep) + 1);
    for (const auto& curve : m_curves) {
        if (curve.empty() || std::isnan(curve.front().ap))
            continue;
        const double start = curve.front().ap;
        for (const CurvePoint& point : curve) {
            if (!std::isnan(point.ap))
                deltas[size_t(point.step)].push_back(point.ap - start);
        }
    }
    QList<DeltaStats> result;
    QHash<int, double> tByCount; // few distinct counts: most steps have every query
    for (size_t step = 0; step < deltas.size(); ++step) {
        std::vector<double>& values = deltas[step];
        if (values.empty())
            continue;
        DeltaStats s;
        s.step = int(step);
        s.count = int(values.size());
        double sum = 0.0;
        for (double value : values)
            sum += value;
        s.mean = sum / double(s.count);
        s.q1 = quantile(values, 0.25);
        s.median = quantile(values, 0.5);
        s.q3 = quantile(values, 0.75);
        if (s.count < 2) {
            s.ciLower = s.ciUpper = s_nan;
        } else {
            double squares = 0.0;
            for (double value : values)
                squares += (value - s.mean) * (value - s.mean);
            const double standardError = std::sqrt(squares / double(s.count - 1) / double(s.count));
            auto t = tByCount.constFind(s.count);
            if (t == tByCount.cend())
                t = tByCount.insert(s.count, tQuantile975(double(s.count - 1)));
            s.ciLower = s.mean - *t * standardError;
            s.ciUpper = s.mean + *t * standardError;
        }
        result.append(s);
    }
    return result;
}

} // namespace tare
