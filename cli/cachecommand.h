// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace tare::cli {

/// `tare-cli cache list|clear PROJECT [--identity ID]`: the project's cache of remote embeddings,
/// listed by embedder identity, or emptied (all of it or one identity's vectors), so vectors a
/// server got wrong can be asked for again.
class CacheCommand
{
public:
    static int run(const QStringList& arguments);
};

} // namespace tare::cli
