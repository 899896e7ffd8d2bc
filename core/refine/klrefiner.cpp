// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/refine/klrefiner.h"

#include "core/refine/kladamloop.h"
#include "core/util/tareerror.h"

#include <QCoreApplication>

namespace tare {

KlAdamRefiner::KlAdamRefiner(const RefineParams& params)
    : m_params(params)
{
}

RefineResult KlAdamRefiner::refine(const RefineInput& input, const StepObserver& observer,
                                   const std::function<bool()>& cancelled) const
{
    if (m_params.steps < 0)
        throw TareError(TareError::Kind::Usage, QCoreApplication::translate("tare::KlAdamRefiner",
                                                                            "The number of steps must not be negative (%1)")
                                                    .arg(m_params.steps));
    checkInput(input, true);

    KlAdamLoop<float> loop(input.documents, input.scores, input.query, m_params);
    RefineResult result;
    result.losses.reserve(std::size_t(m_params.steps));
    for (int t = 1; t <= m_params.steps; ++t) {
        checkCancelled(cancelled);
        const float loss = loop.step();
        result.losses.push_back(loss);
        if (observer)
            observer(t, loss, loop.query());
    }
    result.finalLoss = loop.evaluate(false);
    result.query = loop.query();
    return result;
}

QString KlAdamRefiner::name() const
{
    return m_params.refit ? QStringLiteral("refit") : QStringLiteral("kl-adam");
}

} // namespace tare
