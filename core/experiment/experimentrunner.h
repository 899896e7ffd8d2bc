// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/experiment/experimentcell.h"
#include "core/experiment/experimentresult.h"
#include "core/run/runengine.h"

#include <QCoreApplication>

#include <functional>

namespace tare {

class ProjectStore;

/// What an experiment reports while it goes; called on the thread that called run().
struct ExperimentCallbacks
{
    /// The experiment was created, or an earlier one with the same definition is continued.
    std::function<void(qint64 experimentId, bool resumed)> started;
    /// A cell begins: its index among `count`, its run, and whether that run had already finished
    /// (then it is reused, not recomputed).
    std::function<void(int index, int count, const ExperimentCell& cell, bool reused)> cellStarted;
    /// Queries done over all the experiment's runs.
    std::function<void(qint64 done, qint64 total)> progress;
};

/// Runs an experiment as ordinary runs on the RunEngine, one per cell, each linked to the
/// experiment with its cell, then analyses them and stores the result as JSON.
///
/// Resumable: running the same definition again continues the newest experiment with that
/// definition; a cell's linked run is reused when finished and continued when not; a cell
/// without a link reuses a finished run of the project with exactly its run definition, or
/// continues an unfinished one (RunEngine::prepare with resume). Cancellable through the
/// RunControl (finished runs are kept); parallel through the engine's worker threads.
/// Lives on the thread that owns the store.
class ExperimentRunner
{
    Q_DECLARE_TR_FUNCTIONS(tare::ExperimentRunner)

public:
    explicit ExperimentRunner(ProjectStore& store);

    /// The engine that runs the cells; set an HTTP judge's connection on it.
    RunEngine& engine() { return m_engine; }

    /// The cells of an experiment, without running anything (validates the settings).
    QList<ExperimentCell> cells(const ExperimentSettings& settings);

    /// Runs (or continues) the experiment. Returns its result with status Finished, or
    /// Cancelled (no analysis; finished runs kept). Throws TareError for bad settings and
    /// failures of a whole run (the experiment is then marked failed).
    ExperimentResult run(ExperimentSettings settings, RunControl& control, const ExperimentCallbacks& callbacks = {});

    /// The stored result of an experiment (TareError Usage if there is none with that id).
    static ExperimentResult load(ProjectStore& store, qint64 experimentId);

private:
    qint64 finishedRunWithDefinition(const RunSettings& settings, const QList<RunRecord>& runs);
    void validate(ExperimentSettings& settings);

    ProjectStore& m_store;
    RunEngine m_engine;
};

} // namespace tare
