// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/judge/goldjudge.h"

#include <memory>

namespace tare {

/// Builds offline judges from a spec string, as the command line and run settings name them:
/// "gold", "simulated:flip=0.2", "simulated:sigma=0.1", with an optional ",seed=N" (or ":seed=N").
/// Stateless; usable from any thread.
class JudgeFactory
{
public:
    static std::unique_ptr<Judge> create(const QString& spec, const GoldJudge::Grades& grades);
};

} // namespace tare
