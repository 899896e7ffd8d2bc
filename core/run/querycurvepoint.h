// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/db/projecttypes.h"

namespace tare {

/// One point of one query's refinement curve, as a live run reports it and the run dashboard
/// draws it (RunJob buffers them; RunCurveSet collects them per query).
struct QueryCurvePoint
{
    qint64 queryId = 0;
    CurvePoint point;
};

} // namespace tare
