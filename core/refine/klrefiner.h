// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/refine/refineparams.h"
#include "core/refine/refiner.h"

namespace tare {

/// The paper's refiner: Adam on the query so that the softmax of its cosines to the judged
/// documents follows the softmax of the judge's scores (KL divergence), in float32 with an
/// analytic gradient (KlAdamLoop<float>). With params.refit it is the ReFIT variant. Immutable;
/// refine() may run on several threads at once.
class KlAdamRefiner : public Refiner
{
public:
    explicit KlAdamRefiner(const RefineParams& params = {});

    /// Runs params.steps iterations. Throws TareError(Usage) for a negative step count or no
    /// judged documents, TareError(Cancelled) when `cancelled` returns true before a step.
    RefineResult refine(const RefineInput& input, const StepObserver& observer,
                        const std::function<bool()>& cancelled) const override;

    /// "refit" when params.refit is set, else "kl-adam".
    QString name() const override;

    const RefineParams& params() const { return m_params; }

private:
    RefineParams m_params;
};

} // namespace tare
