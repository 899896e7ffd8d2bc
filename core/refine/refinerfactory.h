// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/refine/refineparams.h"
#include "core/refine/refiner.h"

#include <QStringList>

#include <memory>

namespace tare {

/// Creates refiners by name, for run configurations and the command line. Stateless; usable
/// from any thread.
class RefinerFactory
{
public:
    /// The known names: "kl-adam", "refit", "rocchio", "none".
    static QStringList names();

    /// Creates the refiner called `name` (case-sensitive). "kl-adam" forces params.refit off,
    /// "refit" forces it on; every other field is used as given, so a ReFIT run with the
    /// paper's lr starts from RefineParams::refitDefaults(). Throws TareError(Usage) for an
    /// unknown name.
    static std::unique_ptr<Refiner> create(const QString& name, const RefineParams& params = {});
};

} // namespace tare
