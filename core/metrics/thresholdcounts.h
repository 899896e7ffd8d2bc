// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <span>
#include <vector>

namespace tare {

/// Counts, in one pass over many keys, how many of them lie below each of a few thresholds —
/// without sorting the keys. The thresholds are sorted once and a directory of buckets is laid
/// over their range. A key whose bucket holds no threshold only increments that bucket's count
/// (every threshold before the bucket is below the key, every one after it above); the few keys
/// that share a bucket with a threshold are set aside and placed exactly at the end. A prefix sum
/// over the gaps between thresholds then gives "keys below threshold t" for every t.
///
/// Cost: O(T log T) to set T thresholds, O(1) per key, and O(log T) per set-aside key (a small
/// share when the keys are spread out; all of them at worst). This is how the ranking metrics
/// and the separation figures get the rank of every relevant document of a million-document
/// ranking without sorting the million.
///
/// A plain value holding scratch space: keep one per thread and reuse it.
class ThresholdCounts
{
public:
    /// Sets the thresholds (any order; duplicates are merged) and clears the counts.
    void reset(std::span<const quint64> thresholds);

    /// Counts one key.
    void add(quint64 key)
    {
        if (key < m_first) {
            ++m_belowAll;
            return;
        }
        if (key >= m_last) {
            ++m_aboveAll;
            return;
        }
        const std::size_t bucket = std::size_t((key - m_first) >> m_shift);
        if (m_directory[bucket] == m_directory[bucket + 1])
            ++m_bucketCounts[bucket];
        else
            m_setAside.push_back(key);
    }

    /// Ends the counting; below() is valid afterwards, add() is not (until the next reset()).
    void finish();

    /// How many counted keys are strictly below `threshold`, which must be one of the thresholds
    /// given to reset(). O(log T).
    qint64 below(quint64 threshold) const;

    /// The thresholds, sorted and without duplicates.
    const std::vector<quint64>& thresholds() const { return m_thresholds; }

private:
    std::vector<quint64> m_thresholds;
    quint64 m_first = 0;              ///< the smallest threshold
    quint64 m_last = 0;               ///< the largest threshold
    int m_shift = 0;                  ///< a bucket spans 2^m_shift keys from m_first
    std::vector<quint32> m_directory; ///< bucket b -> index of its first threshold; one extra entry at the end
    std::vector<qint64> m_bucketCounts;
    std::vector<quint64> m_setAside;  ///< keys in buckets that hold thresholds
    qint64 m_belowAll = 0;
    qint64 m_aboveAll = 0;
    std::vector<qint64> m_below;      ///< after finish(): keys below thresholds[k]
};

} // namespace tare
