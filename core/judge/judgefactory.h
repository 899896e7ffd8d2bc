// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/judge/goldjudge.h"

#include <memory>

namespace tare {

/// Where a model-based judge is served and how to reach it. endpoint and model change the
/// answers (they are part of a run's definition); the key's variable and the concurrency do not.
struct RemoteJudgeSettings
{
    QString endpoint;   ///< base URL as the service documents it, e.g. http://localhost:8000/v1
    QString model;
    QString apiKeyEnv;  ///< environment variable holding the API key (never the key itself)
    int concurrency = 16;
    bool useMaxCompletionTokens = false; ///< hosts that reject max_tokens (the capability probe tells)
    int connectTimeoutMs = 10000; ///< per attempt
    int totalTimeoutMs = 120000;  ///< per attempt
};

/// Builds judges from a spec string, as the command line and run settings name them:
/// offline "gold", "simulated:flip=0.2", "simulated:sigma=0.1" (optional ",seed=N"), and over
/// HTTP "llm-yesno", "llm-rating", "rerank" (TEI shape) and "rerank-cohere" (Cohere, Jina,
/// vLLM, llama.cpp shape), which need `remote`. Stateless; usable from any thread.
class JudgeFactory
{
public:
    static std::unique_ptr<Judge> create(const QString& spec, const GoldJudge::Grades& grades,
                                         const RemoteJudgeSettings& remote = {});
    /// Whether a spec names a judge served over HTTP.
    static bool isRemote(const QString& spec);
};

} // namespace tare
