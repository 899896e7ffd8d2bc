// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/run/querycurvepoint.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QSet>

#include <vector>

namespace tare {

/// The refinement curves of a run's queries as they arrive, and their aggregate per step (mean,
/// minimum and maximum AP over the queries evaluated at that step): the data layer behind the
/// dashboard's live chart. Not thread-safe; the GUI thread feeds it with RunJob::takeCurvePoints().
class RunCurveSet
{
public:
    /// AP over the queries evaluated at one step.
    struct StepStats
    {
        int step = 0;
        double mean = 0.0;
        double min = 0.0;
        double max = 0.0;
        int count = 0;
    };

    /// ΔAP at one step: each query's AP at that step minus its AP at step 0, over the queries
    /// evaluated at both. The quartiles interpolate linearly (NumPy's default); the confidence
    /// interval is the mean ± Student's t(0.975, n − 1) · s / √n (NaN for fewer than two queries).
    struct DeltaStats
    {
        int step = 0;
        double mean = 0.0;
        double q1 = 0.0;     ///< first quartile
        double median = 0.0;
        double q3 = 0.0;     ///< third quartile
        double ciLower = 0.0; ///< 95 % confidence interval of the mean
        double ciUpper = 0.0;
        int count = 0;
    };

    void clear();
    /// Adds points (replacing a query's point at the same step); returns the queries that changed.
    QSet<qint64> add(const QList<QueryCurvePoint>& points);

    int queryCount() const { return int(m_order.size()); }
    /// Query ids in order of first arrival.
    const QList<qint64>& queryIds() const { return m_order; }
    /// The largest step seen (0 when empty).
    int maxStep() const { return m_maxStep; }
    /// (step, AP) of a query at its evaluated steps.
    QList<QPointF> apCurve(qint64 queryId) const;
    /// (step, loss) of a query.
    QList<QPointF> lossCurve(qint64 queryId) const;
    /// AP statistics for every step at which at least one query was evaluated, in step order.
    QList<StepStats> apByStep() const;
    /// ΔAP statistics for every step at which at least one query with a step-0 AP was evaluated,
    /// in step order (step 0 itself has Δ = 0).
    QList<DeltaStats> deltaByStep() const;

private:
    /// (step, the point's `field`) of a query at the steps where that field is a number.
    QList<QPointF> curve(qint64 queryId, double CurvePoint::*field) const;

    QHash<qint64, std::vector<CurvePoint>> m_curves; ///< per query, indexed by step (NaN-filled gaps)
    QList<qint64> m_order;
    int m_maxStep = 0;
};

} // namespace tare
