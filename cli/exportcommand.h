// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace tare::cli {

/// `tare-cli export qrels|vectors PROJECT ...`
class ExportCommand
{
public:
    static int run(const QStringList& arguments);
};

} // namespace tare::cli
