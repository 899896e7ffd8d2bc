// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace tare::cli {

/// `tare-cli dataset PROJECT NAME [--instruction T] [--task-type X] [--document-text J]
/// [--paper-dataset N]`: shows or changes what a dataset asks of judges and embedders.
class DatasetCommand
{
public:
    static int run(const QStringList& arguments);
};

} // namespace tare::cli
