// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/refine/refineparams.h"
#include "core/refine/refiner.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace tare {

/// One refiner as the project knows it: the name runs store, a label for people, whether it
/// iterates (takes steps and a learning rate) and the parameters a new run starts from.
struct RefinerInfo
{
    QString name;           ///< "kl-adam", "refit", "rocchio", "none"
    const char* label = ""; ///< untranslated; RefinerCatalogue::label() translates it
    bool iterative = false; ///< KL refiners: steps and lr apply
    RefineParams defaults;  ///< e.g. ReFIT's lr 0.005
    int curveSteps = -1;    ///< updates of its curve after step 0; -1: the run's steps
};

/// The one list of refiners: names, labels, defaults, the steps of their curves, and the factory.
/// The command line, the run dashboard, experiments and the engine all read it. Stateless; usable
/// from any thread.
class RefinerCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(tare::RefinerCatalogue)

public:
    /// Every refiner, in the order they are offered ("kl-adam", "refit", "rocchio", "none").
    static const QList<RefinerInfo>& all();
    static QStringList names();
    /// The refiner called `name`, or nullptr.
    static const RefinerInfo* find(const QString& name);
    /// The translated label ("KL-Adam", "None (baseline)", ...); the name for an unknown refiner.
    static QString label(const QString& name);
    /// The parameters a run of this refiner starts from (RefineParams{} for an unknown name).
    static RefineParams defaults(const QString& name);
    /// The steps of a refiner's curve after step 0: none 0, rocchio 1 (one update), the KL
    /// refiners refine.steps.
    static int curveSteps(const QString& name, const RefineParams& refine);

    /// Creates the refiner called `name` (case-sensitive). "kl-adam" forces params.refit off,
    /// "refit" forces it on; every other field is used as given, so a ReFIT run with the
    /// paper's lr starts from defaults("refit"). Throws TareError(Usage) for an unknown name.
    static std::unique_ptr<Refiner> create(const QString& name, const RefineParams& params = {});
};

} // namespace tare
