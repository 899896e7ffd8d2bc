// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPair>

namespace tare {

/// The per-query ΔAP of a run as a histogram, so a chart shows how a gain is spread (most
/// queries near zero, a few large movers) and a click on a bar can open the queries in it. The
/// bins are centred on multiples of a round width (1, 2 or 5 × 10^k), so one bin is centred on
/// zero and holds the unchanged queries. A plain value; build() is pure, any thread.
struct DeltaHistogram
{
    struct Bin
    {
        double center = 0.0;      ///< the bin covers [center − width/2, center + width/2)
        QList<qint64> queryIds;   ///< in the order given to build()
    };

    double width = 0.0;
    QList<Bin> bins;              ///< ascending, contiguous (empty bins included)
    int queries = 0;

    /// Bins (query id, ΔAP) pairs; non-finite Δ are left out. The width is the smallest round
    /// width that spans the data (and zero) with `targetBins` bins, so there are at most
    /// targetBins + 2 of them.
    static DeltaHistogram build(const QList<QPair<qint64, double>>& deltas, int targetBins = 25);
    /// The bin of a Δ, or -1 outside.
    int binOf(double delta) const;
    /// The largest number of queries in one bin.
    int tallest() const;
};

} // namespace tare
