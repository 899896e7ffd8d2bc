// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/judge/judge.h"

namespace tare {

Judge::~Judge() = default;

} // namespace tare
