// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace tare::cli {

/// `tare-cli embed PROJECT --space lsa [--dim 256] [--name NAME] [--dataset NAME]`: build an embedding space.
class EmbedCommand
{
public:
    static int run(const QStringList& arguments);
};

} // namespace tare::cli
