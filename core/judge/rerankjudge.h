// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/judge/judge.h"
#include "core/judge/judgeendpoint.h"
#include "core/net/httpclient.h"
#include "core/net/openaiwire.h"

#include <QCoreApplication>

#include <memory>

namespace tare {

class HttpClient;

/// How a reranker judge reaches its endpoint. A plain struct: settings reach core this way. The
/// base URL: TEI's "http://localhost:8080", Cohere/Jina/vLLM/llama.cpp's ".../v1"; "/rerank" is
/// appended. The model is required by the Cohere shape; TEI serves one model and ignores it.
struct RerankJudgeSettings : JudgeEndpoint
{
    OpenAiWire::RerankShape shape = OpenAiWire::RerankShape::Tei;
    QString provider = QStringLiteral("tei");
    QString queryTemplate = QStringLiteral("{query}"); ///< {query} and {instruction} (the task instruction)
    /// TEI's raw_scores: the cross-encoder's raw outputs (logits) instead of sigmoid probabilities,
    /// as the paper's CrossEncoder scores come (ms-marco cross-encoders output logits).
    bool rawScores = false;
    QString taskInstruction; ///< {instruction}; part of the identity when the template uses it
    int maxDocumentsPerRequest = 32;
};

/// A judge that scores (query, document) pairs with a cross-encoder behind a rerank endpoint, in
/// TEI's shape ({query, texts} -> [{index, score}]) or the Cohere/Jina/vLLM/llama.cpp shape
/// ({model, query, documents} -> {results: [{index, relevance_score}]}). The pairs of a batch are
/// grouped by query into requests of at most maxDocumentsPerRequest documents, sent concurrently
/// through one HttpClient owned by the judge. The score is the endpoint's score, unchanged.
/// Thread-safe: the engine's workers may call judge() at once.
class RerankJudge : public Judge
{
    Q_DECLARE_TR_FUNCTIONS(tare::RerankJudge)

public:
    /// The largest rerank response read: one score per document of a request.
    static constexpr qint64 MaxResponseBytes = HttpRequest::RerankMaxResponseBytes;

    /// Throws TareError(Usage) when the URL, the model (Cohere shape) or a named API key is missing.
    explicit RerankJudge(RerankJudgeSettings settings);
    ~RerankJudge() override;

    JudgeInfo info() const override;
    QList<JudgeOutcome> judge(const QList<JudgeRequest>& batch, const std::function<bool()>& cancelled) override;
    bool needsTexts() const override { return true; }

private:
    QString renderQuery(const JudgeRequest& request) const;

    RerankJudgeSettings m_settings;
    QByteArray m_apiKey;
    std::unique_ptr<HttpClient> m_client;
};

} // namespace tare
