// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace tare::cli {

/// `tare-cli report PROJECT [--run ID | --experiment ID] --format html|md|csv --out FILE`
class ReportCommand
{
public:
    static int run(const QStringList& arguments);
};

} // namespace tare::cli
