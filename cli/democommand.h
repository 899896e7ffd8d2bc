// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace tare::cli {

/// `tare-cli demo [--project FILE]`: the main job on the bundled sample data, no network.
class DemoCommand
{
public:
    static int run(const QStringList& arguments);
};

} // namespace tare::cli
