// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tare {

/// What to probe: an OpenAI-compatible (or TEI) base URL as the service documents it. A plain struct.
struct CapabilityProbeSettings
{
    QString baseUrl;   ///< e.g. "http://localhost:8000/v1"; "/chat/completions", "/embeddings", "/rerank" are appended
    QString model;     ///< needed for chat completions and embeddings; empty: those checks are skipped
    QString apiKeyEnv; ///< the environment variable holding the API key; empty: none
    int connectTimeoutMs = 5000;
    int totalTimeoutMs = 60000;
    int maxAttempts = 2; ///< per request (a probe should answer quickly, not wait out an outage)
};

/// The outcome of one capability check.
struct CapabilityCheck
{
    enum class Status
    {
        Yes,
        No,
        Skipped, ///< not tested (e.g. no model given, or what it depends on failed)
    };

    Status status = Status::Skipped;
    QString message; ///< what was seen: the dimension, the server's error, why it was skipped

    bool yes() const { return status == Status::Yes; }
    /// "yes", "no" or "skipped".
    QString statusName() const;
};

/// What an endpoint can do, as measured by CapabilityProbe. A plain value type.
struct CapabilityReport
{
    QString baseUrl; ///< without user info, query or key
    QString model;
    CapabilityCheck chat;                ///< POST /chat/completions answers
    CapabilityCheck logprobs;            ///< chat replies carry choices[0].logprobs.content[i].top_logprobs
    CapabilityCheck maxCompletionTokens; ///< yes: the server rejects max_tokens and wants max_completion_tokens
    CapabilityCheck embeddings;          ///< POST /embeddings answers with vectors
    int embeddingDim = 0;
    CapabilityCheck rerankTei;    ///< POST /rerank {query, texts} -> [{index, score}]
    CapabilityCheck rerankCohere; ///< POST /rerank {model, query, documents} -> {results: [...]}

    /// The judge specs (see JudgeFactory) this endpoint supports: llm-yesno needs logprobs,
    /// llm-rating chat alone, rerank and rerank-cohere their rerank shape.
    QStringList judgeModes() const;
};

/// Probes an endpoint with a handful of small real requests: a 1-token chat completion asking for
/// logprobs (retried with max_completion_tokens when the server rejects max_tokens with a 400 that
/// names it), a 2-text embeddings request, and both rerank shapes. Blocks its caller for the
/// length of those requests; usable from any thread. The API key is read from the environment
/// and only sent, never reported.
class CapabilityProbe
{
    Q_DECLARE_TR_FUNCTIONS(tare::CapabilityProbe)

public:
    /// Throws TareError(Usage) when the URL is missing or invalid or a named key variable is unset;
    /// every failure of the endpoint itself is reported in the result, never thrown.
    static CapabilityReport probe(const CapabilityProbeSettings& settings);

    /// A human-readable multi-line report (what `tare-cli probe` prints).
    static QString describe(const CapabilityReport& report);
};

} // namespace tare
