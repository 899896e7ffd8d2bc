// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/metrics/thresholdcounts.h"

#include <algorithm>
#include <bit>

namespace tare {

void ThresholdCounts::reset(std::span<const quint64> thresholds)
{
    m_thresholds.assign(thresholds.begin(), thresholds.end());
    std::sort(m_thresholds.begin(), m_thresholds.end());
    m_thresholds.erase(std::unique(m_thresholds.begin(), m_thresholds.end()), m_thresholds.end());
    m_setAside.clear();
    m_belowAll = 0;
    m_aboveAll = 0;
    m_below.clear();
    m_shift = 0;
    if (m_thresholds.empty()) {
        // Every key is "above all": m_first > m_last never holds for a key, so add() counts it there.
        m_first = 0;
        m_last = 0;
        m_directory.assign(2, 0);
        m_bucketCounts.assign(1, 0);
        return;
    }
    m_first = m_thresholds.front();
    m_last = m_thresholds.back();
    // About eight buckets per threshold (at most 2^16, so the directory and the counts stay in the
    // L2 cache), each spanning a power-of-two stretch of the key range: most keys then land in a
    // bucket without a threshold.
    const quint64 span = m_last - m_first;
    const quint64 wanted = std::min<quint64>(quint64(1) << 16, std::bit_ceil(8 * quint64(m_thresholds.size())));
    while ((span >> m_shift) >= wanted)
        ++m_shift;
    const std::size_t buckets = std::size_t(span >> m_shift) + 1;
    m_directory.assign(buckets + 1, 0);
    for (quint64 threshold : m_thresholds)
        ++m_directory[std::size_t((threshold - m_first) >> m_shift) + 1];
    for (std::size_t b = 1; b <= buckets; ++b)
        m_directory[b] += m_directory[b - 1];
    m_bucketCounts.assign(buckets, 0);
}

void ThresholdCounts::finish()
{
    // Per gap (gap g: thresholds[g - 1] <= key < thresholds[g]), then cumulative.
    std::vector<qint64>& gaps = m_below;
    gaps.assign(m_thresholds.size() + 1, 0);
    gaps.front() += m_belowAll;
    gaps.back() += m_aboveAll;
    for (std::size_t b = 0; b < m_bucketCounts.size(); ++b)
        gaps[m_directory[b]] += m_bucketCounts[b];
    for (quint64 key : m_setAside)
        ++gaps[std::size_t(std::upper_bound(m_thresholds.begin(), m_thresholds.end(), key) - m_thresholds.begin())];
    for (std::size_t gap = 1; gap < gaps.size(); ++gap)
        gaps[gap] += gaps[gap - 1];
}

qint64 ThresholdCounts::below(quint64 threshold) const
{
    // Keys below thresholds[k] are those of gaps 0..k.
    const auto it = std::lower_bound(m_thresholds.begin(), m_thresholds.end(), threshold);
    Q_ASSERT(it != m_thresholds.end() && *it == threshold);
    return m_below[std::size_t(it - m_thresholds.begin())];
}

} // namespace tare
