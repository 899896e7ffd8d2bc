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
    int maxAttempts = 5;          ///< 1 + retries (network errors, timeouts, 429, 5xx)
    /// The task sentence's instruction of the dataset being judged: its instruction when it is a
    /// classification dataset, empty for search (filled by the engine from the dataset, as the
    /// paper's code does). Part of a judge's identity.
    QString taskInstruction;
};

/// Builds judges from a spec string, as the command line and run settings name them:
/// offline "gold", "simulated:flip=0.2", "simulated:sigma=0.1" (optional ",seed=N"), and over
/// HTTP "llm-yesno", "llm-rating", "llm-truefalse" (FollowIR-7B-style true/false tokens of a text
/// completion), "rerank" (TEI shape) and "rerank-cohere" (Cohere, Jina, vLLM, llama.cpp shape),
/// which need `remote`. The paper's fidelity switches are spec options: "llm-rating:raw" (ratings
/// 0–100 into the softmax, as the paper's code), "llm-yesno:content-filter=fail" (a refusal is a
/// failure rather than the paper's 0.5), "rerank:raw" (TEI raw_scores: the cross-encoder's logits,
/// as the paper's CrossEncoder). Stateless; usable from any thread.
class JudgeFactory
{
public:
    static std::unique_ptr<Judge> create(const QString& spec, const GoldJudge::Grades& grades,
                                         const RemoteJudgeSettings& remote = {});
    /// Whether a spec names a judge served over HTTP.
    static bool isRemote(const QString& spec);
};

} // namespace tare
