// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/refine/refiner.h"

namespace tare {

/// The identity "refiner": returns the query unchanged, with no steps (the original-embedding
/// baseline). Immutable; refine() may run on several threads at once.
class NoneRefiner : public Refiner
{
public:
    /// Returns input.query; losses stay empty and the observer is never called.
    RefineResult refine(const RefineInput& input, const StepObserver& observer,
                        const std::function<bool()>& cancelled) const override;

    /// "none".
    QString name() const override;
};

} // namespace tare
