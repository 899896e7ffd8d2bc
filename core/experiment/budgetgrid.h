// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/experiment/experimentresult.h"

#include <QList>
#include <QPair>

#include <limits>

namespace tare {

/// One slice of a budget sweep as a grid for a heat map: judged documents per query (columns,
/// ascending) × share taken from the top of the ranking (rows, descending), at one (steps, lr)
/// point, holding MAP after refinement or ΔMAP. A plain value; from() is pure.
struct BudgetGrid
{
    enum class Measure
    {
        MapAfter,
        Delta,
    };

    QList<int> totals;    ///< the columns
    QList<double> shares; ///< the rows; 1 = every judged document from the top
    QList<double> values; ///< row-major, shares.size() × totals.size(); NaN where the sweep has no cell
    double minimum = std::numeric_limits<double>::quiet_NaN(); ///< over the finite values
    double maximum = std::numeric_limits<double>::quiet_NaN();

    QList<qint64> runIds; ///< row-major like values: the run of each cell, 0 where the sweep has none

    double value(int row, int column) const { return values[row * totals.size() + column]; }
    /// The run of the cell at (column, row), 0 when there is none.
    qint64 runAt(int column, int row) const
    {
        const qsizetype index = qsizetype(row) * totals.size() + column;
        return column >= 0 && row >= 0 && column < totals.size() && index < runIds.size() ? runIds[index] : 0;
    }

    /// The (steps, lr) points of a sweep, in the order of its cells.
    static QList<QPair<int, double>> parameterPoints(const BudgetSweepResult& sweep);
    /// The grid at one (steps, lr) point.
    static BudgetGrid from(const BudgetSweepResult& sweep, int steps, double lr, Measure measure);
};

} // namespace tare
