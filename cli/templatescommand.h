// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace tare::cli {

/// `tare-cli templates PROJECT [list | show MODEL | set MODEL --query T --document T | remove MODEL]`:
/// the model template table that endpoint spaces are built with.
class TemplatesCommand
{
public:
    static int run(const QStringList& arguments);
};

} // namespace tare::cli
