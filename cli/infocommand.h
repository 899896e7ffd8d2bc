// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace tare {
struct ProjectSummary;
}

namespace tare::cli {

/// `tare-cli info PROJECT [--json]`: what a project holds, per dataset and space.
class InfoCommand
{
public:
    static int run(const QStringList& arguments);
    /// The human-readable summary, shared with `demo`.
    static void print(const ProjectSummary& summary);
};

} // namespace tare::cli
