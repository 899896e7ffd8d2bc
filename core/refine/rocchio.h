// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/refine/refineparams.h"
#include "core/refine/refiner.h"

namespace tare {

/// The Rocchio baseline: q' = α q + β mean(judged relevant) − γ mean(judged non-relevant), where
/// a document is relevant when its judge score is >= the threshold. An empty group contributes
/// nothing. Vectors are used as given (not normalised). Reports one step with loss 0 (Rocchio has
/// no objective). Immutable; refine() may run on several threads at once.
class RocchioRefiner : public Refiner
{
public:
    /// Uses params.rocchioAlpha, rocchioBeta, rocchioGamma and rocchioThreshold.
    explicit RocchioRefiner(const RefineParams& params = {});

    RefineResult refine(const RefineInput& input, const StepObserver& observer,
                        const std::function<bool()>& cancelled) const override;

    /// "rocchio".
    QString name() const override;

private:
    RefineParams m_params;
};

} // namespace tare
