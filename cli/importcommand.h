// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace tare::cli {

/// `tare-cli import beir|classification|qrels|vectors INPUT --project FILE ...`
class ImportCommand
{
public:
    static int run(const QStringList& arguments);
};

} // namespace tare::cli
