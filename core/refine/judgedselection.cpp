// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/refine/judgedselection.h"

#include "core/metrics/rankingmetrics.h"
#include "core/refine/pythonrandom.h"
#include "core/util/tareerror.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace tare {

namespace {

/// π's order as one integer: the score descending in the high word (NaN last, -0 ties +0), the
/// candidate index ascending in the low word (ties: lower index first).
quint64 orderKey(float score, int index)
{
    return (quint64(~RankingMetrics::orderedKey(score)) << 32) | quint32(index);
}

/// Puts the element of rank p of keys[first, last) at keys[p] for every p in wanted[from, to)
/// (sorted, inside [first, last)): a partition at the middle wanted position, then each side.
void selectPositions(std::vector<quint64>& keys, std::size_t first, std::size_t last, const std::vector<int>& wanted,
                     std::size_t from, std::size_t to)
{
    if (from >= to)
        return;
    const std::size_t middle = from + (to - from) / 2;
    const auto position = std::size_t(wanted[middle]);
    std::nth_element(keys.begin() + std::ptrdiff_t(first), keys.begin() + std::ptrdiff_t(position),
                     keys.begin() + std::ptrdiff_t(last));
    selectPositions(keys, first, position, wanted, from, middle);
    selectPositions(keys, position + 1, last, wanted, middle + 1, to);
}

} // namespace

std::vector<int> JudgedSelection::sortOrder(std::span<const float> initialScores)
{
    std::vector<int> order(initialScores.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const float sa = initialScores[std::size_t(a)];
        const float sb = initialScores[std::size_t(b)];
        if (std::isnan(sb))
            return !std::isnan(sa);
        return sa > sb;
    });
    return order;
}

JudgedSelection JudgedSelection::select(std::span<const float> initialScores, int fromTop, int total, qint64 seed)
{
    if (fromTop < 0 || total < 0)
        throw TareError(TareError::Kind::Usage,
                        QCoreApplication::translate("tare::JudgedSelection",
                                                    "Cannot judge %1 documents from the top out of %2: "
                                                    "both must be zero or more")
                            .arg(fromTop)
                            .arg(total));
    const int n = int(initialScores.size());
    JudgedSelection selection;
    selection.m_total = std::min(total, n);
    selection.m_fromTop = std::min({fromTop, total, n});

    selection.m_positions.resize(std::size_t(selection.m_fromTop));
    std::iota(selection.m_positions.begin(), selection.m_positions.end(), 0);
    if (selection.m_total > selection.m_fromTop) {
        PythonRandom random(seed);
        for (qint64 position : random.sample(selection.m_fromTop, n, selection.m_total - selection.m_fromTop))
            selection.m_positions.push_back(int(position));
    }

    // Only the candidates at the judged positions of π are needed: select them (one partition per
    // wanted position, O(N log k)) instead of sorting all N.
    std::vector<quint64> keys(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        keys[std::size_t(i)] = orderKey(initialScores[std::size_t(i)], i);
    std::vector<int> wanted = selection.m_positions;
    std::sort(wanted.begin(), wanted.end());
    wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
    if (!wanted.empty()) {
        // The last wanted position first: every other one lies before it (for the usual top-k
        // selection that leaves only k keys to order).
        const auto last = std::size_t(wanted.back());
        std::nth_element(keys.begin(), keys.begin() + std::ptrdiff_t(last), keys.end());
        selectPositions(keys, 0, last, wanted, 0, wanted.size() - 1);
    }
    selection.m_chosen.reserve(selection.m_positions.size());
    for (int position : selection.m_positions)
        selection.m_chosen.push_back(int(keys[std::size_t(position)] & 0xffffffffu));
    return selection;
}

} // namespace tare
