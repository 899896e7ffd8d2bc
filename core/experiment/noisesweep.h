// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/experiment/experimentcell.h"
#include "core/experiment/experimentresult.h"

namespace tare {

class ProjectStore;

/// The feedback-noise sweep: the refiner with a simulated judge at each noise level × seed. Rate 0
/// is noise-free feedback, which is the gold judge whatever the seed, so it is one run.
class NoiseSweep
{
public:
    /// One cell per (rate, seed); the cell JSON holds rate and seed (0 for the gold judge).
    static QList<ExperimentCell> cells(const ExperimentSettings& settings);
    /// The judge spec of a noise level and seed ("gold" at rate 0).
    static QString judgeSpec(const QString& noise, double rate, int seed);
    /// ΔMAP per level with its band across seeds and the bootstrap CI across queries, over the
    /// queries every run finished. Runs on the store's thread.
    static NoiseSweepResult analyse(ProjectStore& store, const ExperimentSettings& settings, const QList<ExperimentCell>& cells);
};

} // namespace tare
