// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace tare {
struct RunSummary;
}

namespace tare::cli {

/// `tare-cli run PROJECT --space S --judge J --refiner R [...]`: refinement over a dataset's queries.
class RunCommand
{
public:
    static int run(const QStringList& arguments);
    /// The per-query table and the summary, shared with `demo`.
    static void printTable(const RunSummary& summary);
    static void printSummary(const RunSummary& summary);
    /// The table and summary, or one JSON object with `json`.
    static void print(const RunSummary& summary, bool json);
};

} // namespace tare::cli
