// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/refine/refineparams.h"

namespace tare {

RefineParams RefineParams::refitDefaults()
{
    RefineParams params;
    params.refit = true;
    params.lr = 0.005;
    return params;
}

} // namespace tare
