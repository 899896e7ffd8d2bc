// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/embed/lsamodel.h"
#include "core/net/openaiembedder.h"
#include "core/report/gridreport.h"
#include "core/run/runengine.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace tare {

class ProjectStore;

/// An embedding space of a grid, by name, and how to build it when a dataset has none of that
/// name: the built-in LSA embedder or an OpenAI-compatible endpoint (whose templates come from
/// the project's model template table). Parsed from "NAME", "lsa", "NAME=lsa:dim=128,seed=7" or
/// "NAME=openai:model=M,dimensions=N" (without NAME, an endpoint space is named after its model).
struct GridSpace
{
    enum class Builder
    {
        Existing, ///< the space must exist in every dataset
        Lsa,
        Endpoint,
    };

    QString name;
    Builder builder = Builder::Existing;
    LsaParams lsa;
    OpenAiEmbedderSettings endpoint; ///< model and dimensions from the spec; URL, key and preset from the grid

    /// Throws TareError(Usage) naming what is wrong.
    static GridSpace parse(const QString& spec);
};

/// A grid: datasets × spaces × judges × refiners, each cell an ordinary run with the same
/// refinement parameters.
struct GridSettings
{
    QStringList datasets; ///< names of datasets of the project
    QList<GridSpace> spaces;
    QStringList judges;   ///< judge specs (gold, simulated:flip=0.2, llm-yesno, ...)
    QStringList refiners; ///< kl-adam, refit, rocchio, none
    /// What differs from each refiner's defaults (RefinerCatalogue::defaults: the paper's, ReFIT's lr).
    struct Overrides
    {
        std::optional<int> steps;
        std::optional<double> lr;
        std::optional<int> total;
        std::optional<int> fromTop;
        std::optional<qint64> seed;
    } overrides;
    int evalEvery = 0;
    int threads = 0;
    RemoteJudgeSettings judgeConnection;    ///< endpoint and model of the HTTP judges, key source, concurrency
    OpenAiEmbedderSettings embedConnection; ///< endpoint, key source and concurrency of the endpoint spaces
    bool continueOnError = false;           ///< a failed cell is reported and the grid goes on
    bool measureEmbedLatency = false;       ///< endpoint spaces: embed every query once more, alone and uncached, to time it
};

/// One cell of a grid and what running it will do (or did).
struct GridCellPlan
{
    QString dataset;
    qint64 datasetId = 0;
    GridSpace space;
    qint64 spaceId = 0; ///< 0: the space will be built first
    QString judge;
    QString refiner;
    RunSettings settings; ///< spaceId filled once the space exists
    qint64 runId = 0;     ///< an earlier run with exactly this definition, when there is one
    QString action;       ///< reuse (finished), resume (unfinished), run (new)
};

/// What a grid reports while it goes; called on the thread that runs it.
struct GridCallbacks
{
    /// A space is built for a dataset (before its cells run).
    std::function<void(const QString& dataset, const QString& space)> buildingSpace;
    /// A cell begins: its index among `count` and what it does (reuse, resume, run).
    std::function<void(int index, int count, const GridCellPlan& cell)> cellStarted;
    /// A cell ended: finished, failed (with the error) or cancelled.
    std::function<void(int index, int count, const GridCellResult& result)> cellFinished;
    /// Queries of the current cell's run.
    std::function<void(int done, int total)> progress;
};

/// Runs a grid as ordinary runs on the RunEngine, the way the paper's run_experiments.py runs its
/// models × datasets, and gathers the paper's table and the per-query latency breakdown.
/// Resumable: a cell whose run already finished with exactly its definition is reused (nothing is
/// recomputed, no request is sent), an unfinished one is continued. Missing spaces are built
/// first (LSA, or an endpoint through the embedding cache). With continueOnError a failed cell is
/// reported and the next one runs; otherwise the grid stops at the first failure. Cancelled
/// through the RunControl (finished cells and queries are kept). Lives on the thread that owns
/// the store.
class GridRunner
{
    Q_DECLARE_TR_FUNCTIONS(tare::GridRunner)

public:
    explicit GridRunner(ProjectStore& store);

    /// The engine that runs the cells; set an HTTP judge's connection on it.
    RunEngine& engine() { return m_engine; }

    /// Every cell and what it would do, without building or running anything (--dry-run).
    /// Throws TareError(Usage) for an unknown dataset, space, judge or refiner.
    QList<GridCellPlan> plan(const GridSettings& settings);

    /// Runs the grid. The report has every cell in plan order: finished, failed or, after a
    /// stop, "not run". Throws TareError only for errors outside the cells (the project file).
    GridReport run(const GridSettings& settings, RunControl& control, const GridCallbacks& callbacks = {});

    /// A cell's figures and per-query latencies from its stored run.
    GridCellResult collect(const GridCellPlan& cell, qint64 runId, const GridSettings& settings);

private:
    qint64 ensureSpace(const GridCellPlan& cell, const GridSettings& settings, const GridCallbacks& callbacks);
    qint64 runWithDefinition(const RunSettings& settings, bool finished);
    QList<double> embedLatencies(const GridCellPlan& cell, const GridSettings& settings, qint64 spaceId,
                                 const QList<qint64>& queryIds);

    ProjectStore& m_store;
    RunEngine m_engine;
};

} // namespace tare
