// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/refine/judgedselection.h"

#include "core/refine/pythonrandom.h"
#include "core/util/tareerror.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace tare {

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

    selection.m_sortOrder.resize(std::size_t(n));
    std::iota(selection.m_sortOrder.begin(), selection.m_sortOrder.end(), 0);
    std::stable_sort(selection.m_sortOrder.begin(), selection.m_sortOrder.end(), [&](int a, int b) {
        const float sa = initialScores[std::size_t(a)];
        const float sb = initialScores[std::size_t(b)];
        if (std::isnan(sb))
            return !std::isnan(sa);
        return sa > sb;
    });

    selection.m_positions.resize(std::size_t(selection.m_fromTop));
    std::iota(selection.m_positions.begin(), selection.m_positions.end(), 0);
    if (selection.m_total > selection.m_fromTop) {
        PythonRandom random(seed);
        for (qint64 position : random.sample(selection.m_fromTop, n, selection.m_total - selection.m_fromTop))
            selection.m_positions.push_back(int(position));
    }
    selection.m_chosen.reserve(selection.m_positions.size());
    for (int position : selection.m_positions)
        selection.m_chosen.push_back(selection.m_sortOrder[std::size_t(position)]);
    return selection;
}

} // namespace tare
