// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/embed/remotespacebuilder.h"

#include <QStringList>

namespace tare::cli {

/// `tare-cli embed PROJECT --space lsa [--dim 256] [--name NAME] [--dataset NAME]`, or
/// `--space openai --endpoint URL --model M [--api-key-env VAR] [--dimensions N]`: build an embedding space.
class EmbedCommand
{
public:
    static int run(const QStringList& arguments);

private:
    static int embedRemote(const QString& projectPath, const QString& spaceName, const QString& datasetName,
                           RemoteSpaceBuilder::Options options, bool progressShown);
};

} // namespace tare::cli
