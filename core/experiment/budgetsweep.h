// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/experiment/experimentcell.h"
#include "core/experiment/experimentresult.h"

namespace tare {

class ProjectStore;

/// The budget/parameter sweep: judged documents in total × share taken from the top (the rest
/// a seeded random sample) × steps × learning rate, one run each with the experiment's judge and
/// refiner: a MAP surface over (total, share) and MAP against the judge calls it cost.
class BudgetSweep
{
public:
    /// One cell per (share, steps, lr, total), in that nesting order.
    static QList<ExperimentCell> cells(const ExperimentSettings& settings);
    /// The from-top part of a judged set of `total` documents for a share in [0, 1].
    static int fromTop(int total, double share);
    /// MAP before/after and the judge calls of every cell, over the queries every run finished.
    static BudgetSweepResult analyse(ProjectStore& store, const QList<ExperimentCell>& cells);
};

} // namespace tare
