// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/metrics/deltahistogram.h"

#include <algorithm>
#include <cmath>

namespace tare {

namespace {

/// The smallest of 1, 2, 5 × 10^k at least `raw`.
double roundWidth(double raw)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * magnitude >= raw * (1.0 - 1e-12))
            return factor * magnitude;
    }
    return 10.0 * magnitude;
}

} // namespace

DeltaHistogram DeltaHistogram::build(const QList<QPair<qint64, double>>& deltas, int targetBins)
{
    DeltaHistogram histogram;
    double lo = 0.0, hi = 0.0;
    bool any = false;
    for (const auto& [queryId, delta] : deltas) {
        if (!std::isfinite(delta))
            continue;
        lo = any ? std::min(lo, delta) : delta;
        hi = any ? std::max(hi, delta) : delta;
        any = true;
        ++histogram.queries;
    }
    // Zero is always inside, so the unchanged bin is drawn even when every query moved one way.
    lo = std::min(lo, 0.0);
    hi = std::max(hi, 0.0);
    const double span = hi - lo;
    histogram.width = span > 0.0 ? roundWidth(span / double(std::max(1, targetBins))) : 0.01;
    if (!any)
        return histogram;
    const auto index = [&](double delta) { return qint64(std::floor(delta / histogram.width + 0.5)); };
    const qint64 first = index(lo);
    const qint64 last = index(hi);
    for (qint64 i = first; i <= last; ++i)
        histogram.bins.append(Bin{double(i) * histogram.width, {}});
    for (const auto& [queryId, delta] : deltas) {
        if (std::isfinite(delta))
            histogram.bins[qsizetype(index(delta) - first)].queryIds.append(queryId);
    }
    return histogram;
}

int DeltaHistogram::binOf(double delta) const
{
    if (bins.isEmpty() || !std::isfinite(delta))
        return -1;
    const qint64 i = qint64(std::floor(delta / width + 0.5)) - qint64(std::llround(bins.first().center / width));
    return i >= 0 && i < bins.size() ? int(i) : -1;
}

int DeltaHistogram::tallest() const
{
    int most = 0;
    for (const Bin& bin : bins)
        most = std::max(most, int(bin.queryIds.size()));
    return most;
}

} // namespace tare
