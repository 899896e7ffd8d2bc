// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <span>
#include <vector>

namespace tare {

/// Which candidates of one query go to the judge: the paper's selection (step 2 of the method).
/// The candidates are ordered by their initial cosine, descending (π); the judged positions are
/// the top `fromTop` plus a Python-seeded sample of the remaining positions up to `total`. Only
/// the candidates at those positions of π are found (by selection, O(N log k)), not all of π. A
/// plain value computed by a pure function; safe to use from any thread.
class JudgedSelection
{
public:
    /// Selects from the candidates' initial scores (cosines to the unrefined query).
    ///
    /// Ties: exact score ties are broken by the lower candidate index first (a stable sort).
    /// The reference uses torch.argsort, which is not stable, so for tied scores it has no
    /// defined order; this choice makes runs reproducible. NaN scores sort last.
    ///
    /// Clamping: with N candidates, fromTop is clamped to min(fromTop, total, N) and total to
    /// min(total, N), so when N < total every candidate is judged: the top fromTop in order, the
    /// rest in the seeded random order. (The paper's code would raise a ValueError there.)
    /// Throws TareError(Usage) for a negative fromTop or total.
    static JudgedSelection select(std::span<const float> initialScores, int fromTop, int total, qint64 seed);

    /// π in full: candidate indices sorted by initial score, descending (ties: lower index first,
    /// NaN last). select() picks the same candidates without computing it.
    static std::vector<int> sortOrder(std::span<const float> initialScores);
    /// S: the judged positions in π, in sample order (the top block first, then the random part).
    const std::vector<int>& positions() const { return m_positions; }
    /// π(S): the judged candidates' indices, in sample order.
    const std::vector<int>& chosen() const { return m_chosen; }
    /// The fromTop and total actually used after clamping.
    int fromTop() const { return m_fromTop; }
    int total() const { return m_total; }

private:
    std::vector<int> m_positions;
    std::vector<int> m_chosen;
    int m_fromTop = 0;
    int m_total = 0;
};

} // namespace tare
