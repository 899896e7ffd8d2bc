// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace tare::cli {

/// `tare-cli convert DATASET INPUT... --out DIR`: one of the paper's six datasets from its public
/// release format into a BEIR folder built as the paper's loader builds it.
class ConvertCommand
{
public:
    static int run(const QStringList& arguments);
};

} // namespace tare::cli
