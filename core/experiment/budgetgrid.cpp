// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/experiment/budgetgrid.h"

#include <algorithm>
#include <cmath>

namespace tare {

QList<QPair<int, double>> BudgetGrid::parameterPoints(const BudgetSweepResult& sweep)
{
    QList<QPair<int, double>> points;
    for (const BudgetCellResult& cell : sweep.cells) {
        const QPair<int, double> point(cell.steps, cell.lr);
        if (!points.contains(point))
            points.append(point);
    }
    return points;
}

BudgetGrid BudgetGrid::from(const BudgetSweepResult& sweep, int steps, double lr, Measure measure)
{
    BudgetGrid grid;
    QList<const BudgetCellResult*> cells;
    for (const BudgetCellResult& cell : sweep.cells) {
        if (cell.steps != steps || cell.lr != lr)
            continue;
        cells.append(&cell);
        if (!grid.totals.contains(cell.total))
            grid.totals.append(cell.total);
        if (!grid.shares.contains(cell.fromTopShare))
            grid.shares.append(cell.fromTopShare);
    }
    std::sort(grid.totals.begin(), grid.totals.end());
    std::sort(grid.shares.begin(), grid.shares.end(), std::greater<>());
    grid.values.fill(std::numeric_limits<double>::quiet_NaN(), grid.totals.size() * grid.shares.size());
    grid.runIds.fill(0, grid.values.size());
    for (const BudgetCellResult* cell : cells) {
        const double value = measure == Measure::Delta ? cell->delta : cell->mapAfter;
        const qsizetype index = grid.shares.indexOf(cell->fromTopShare) * grid.totals.size() + grid.totals.indexOf(cell->total);
        grid.values[index] = value;
        grid.runIds[index] = cell->runId;
        if (std::isfinite(value)) {
            grid.minimum = std::isfinite(grid.minimum) ? std::min(grid.minimum, value) : value;
            grid.maximum = std::isfinite(grid.maximum) ? std::max(grid.maximum, value) : value;
        }
    }
    return grid;
}

} // namespace tare
