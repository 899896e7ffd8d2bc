// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace tare::cli {

/// `tare-cli probe URL [--model M] [--api-key-env VAR] [--preset NAME] [--json]`: what an
/// endpoint can do (chat, logprobs, max_completion_tokens, embeddings, both rerank shapes) and
/// the judge modes that follow.
class ProbeCommand
{
public:
    static int run(const QStringList& arguments);
};

} // namespace tare::cli
