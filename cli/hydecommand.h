// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace tare::cli {

/// `tare-cli hyde PROJECT --space S --endpoint URL --model M [--api-key-env VAR]`: writes the space
/// "S-hyde" whose query vectors embed a hypothetical document per query, for the hyde baselines.
class HydeCommand
{
public:
    static int run(const QStringList& arguments);
};

} // namespace tare::cli
