// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace tare::cli {

/// `tare-cli judge PROJECT --space S --judge J [--endpoint URL --model M --api-key-env VAR
/// --concurrency N --queries IDS --from-top T --total K --seed N]`: fetches and stores the
/// judgments a `run` with the same settings will need (JudgmentPrefetch), with progress, so the
/// run itself asks the judge nothing.
class JudgeCommand
{
public:
    static int run(const QStringList& arguments);
};

} // namespace tare::cli
