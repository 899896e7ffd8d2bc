// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/refine/refineparams.h"
#include "core/run/runsettings.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tare {

/// What an experiment studies.
enum class ExperimentKind
{
    NoiseSweep,   ///< simulated judge at rising noise × seeds: ΔMAP per noise level with a band
    BudgetSweep,  ///< judged documents × from-top share (× steps × lr): MAP surface, MAP vs judge calls
    Methods,      ///< none, Rocchio, ReFIT, KL-Adam, HyDE (+ KL-Adam), rerank-only on the same judgments
    JudgeQuality, ///< per query, judge-vs-gold AUC over the judged documents against ΔAP
};

/// "noise-sweep", "budget-sweep", "methods", "judge-quality".
QString experimentKindName(ExperimentKind kind);
std::optional<ExperimentKind> experimentKindFromName(const QString& name);

/// Everything that defines an experiment's results, as a plain value. The parts a kind does not
/// use are left out of its definition, so they do not keep an experiment from being resumed.
/// Usable from any thread.
struct ExperimentSettings
{
    ExperimentKind kind = ExperimentKind::NoiseSweep;
    qint64 datasetId = 0;
    qint64 spaceId = 0;
    QStringList queryIds; ///< external ids; empty = every query of the dataset

    /// The judge of budget sweeps, method comparisons and judge-quality runs (noise sweeps
    /// simulate theirs). HTTP judges also need the endpoint and model.
    QString judgeSpec = QStringLiteral("gold");
    QString judgeEndpoint;
    QString judgeModel;
    /// The refiner of noise and budget sweeps and of judge-quality runs, and its parameters
    /// (the judged-set parameters total/fromTop/seed hold for every method of a comparison).
    QString refiner = QStringLiteral("kl-adam");
    RefineParams refine;

    // Noise sweep.
    QString noise = QStringLiteral("flip"); ///< "flip" (label flip rate) or "sigma" (Gaussian noise)
    QList<double> rates{0.0, 0.1, 0.2, 0.3, 0.4, 0.5};
    int seeds = 3; ///< judge seeds 1..seeds at every rate above 0 (rate 0 is the gold judge, seed-free)

    // Budget sweep.
    QList<int> totals{5, 10, 20, 30, 50};
    QList<double> fromTopShares{1.0, 0.5}; ///< fromTop = round(share × total); the rest is sampled at random
    QList<int> stepsList;  ///< empty: refine.steps only
    QList<double> lrList;  ///< empty: refine.lr only

    // Methods: empty = every applicable one (HyDE rows only when the space has a "<space>-hyde" twin).
    QStringList methods;

    // Judge quality: analyse this run instead of running one (0: run refiner × judgeSpec).
    qint64 runId = 0;

    int threads = 0; ///< not part of the definition: results are identical for any thread count
    QString label;

    /// The canonical JSON of the definition (sorted keys; no thread count or label): equal
    /// settings give equal bytes, which is how an experiment to continue is found.
    QByteArray definitionJson() const;

    /// A run on the experiment's dataset, space, queries, judge, refiner and parameters: what
    /// every cell starts from before it sets its own point.
    RunSettings runSettings() const;

    /// The method names of a comparison, in table order.
    static QStringList allMethods();
};

} // namespace tare
