// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace tare {
struct ExperimentResult;
}

namespace tare::cli {

/// `tare-cli experiment PROJECT noise-sweep|budget-sweep|methods|judge-quality [...]`: an
/// experiment made of runs, resumed when run again, printed as a table or as JSON.
class ExperimentCommand
{
public:
    static int run(const QStringList& arguments);
    /// The human-readable tables of a result.
    static void printResult(const ExperimentResult& result);
};

} // namespace tare::cli
