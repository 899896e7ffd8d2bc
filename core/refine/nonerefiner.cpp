// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/refine/nonerefiner.h"

namespace tare {

RefineResult NoneRefiner::refine(const RefineInput& input, const StepObserver& /*observer*/,
                                 const std::function<bool()>& cancelled) const
{
    checkInput(input, false);
    checkCancelled(cancelled);
    RefineResult result;
    result.query = input.query;
    return result;
}

QString NoneRefiner::name() const
{
    return QStringLiteral("none");
}

} // namespace tare
