// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace tare::cli {

/// `tare-cli grid PROJECT --dataset D --space S --judge J --refiner R --out DIR`: the paper's
/// table over datasets × spaces × judges × refiners, resumable, with --dry-run and
/// --continue-on-error.
class GridCommand
{
public:
    static int run(const QStringList& arguments);
};

} // namespace tare::cli
