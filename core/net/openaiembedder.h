// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/util/progress.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace tare {

class HttpClient;

/// How an OpenAI-compatible embeddings endpoint is reached. A plain struct.
struct OpenAiEmbedderSettings
{
    QString provider = QStringLiteral("openai-compatible");
    QString baseUrl; ///< e.g. "http://localhost:11434/v1"; "/embeddings" is appended
    QString model;
    QString apiKeyEnv;       ///< the environment variable holding the API key; empty: none
    int dimensions = 0;      ///< sent as "dimensions" when > 0 (models that can shorten their vectors)
    int expectedDim = 0;     ///< the space's dimension; 0: whatever the first response has
    int maxBatchCount = 64;  ///< inputs per request
    int maxBatchChars = 60000; ///< characters per request (a single longer text goes alone)
    int concurrency = 4;
    int connectTimeoutMs = 10000;
    int totalTimeoutMs = 120000;
    int maxAttempts = 5;
};

/// Embeds texts through POST {base}/embeddings: batched by count and by characters, batches sent
/// concurrently, vectors returned in input order, every dimension checked against the space.
/// Query and document templates are applied by the caller. Thread-safe; embed() blocks its caller.
class OpenAiEmbedder
{
    Q_DECLARE_TR_FUNCTIONS(tare::OpenAiEmbedder)

public:
    /// Throws TareError(Usage) when the URL or model is missing or a named API key is unset.
    explicit OpenAiEmbedder(OpenAiEmbedderSettings settings);
    ~OpenAiEmbedder();

    /// One vector per text, in order. Progress counts texts; cancellation throws TareError(Cancelled);
    /// an HTTP failure or a malformed or wrongly sized answer throws TareError(Io) naming the batch.
    std::vector<std::vector<float>> embed(const QStringList& texts, const ProgressSink& sink = {});

    /// The cache identity of the vectors: provider, endpoint, model and requested dimensions.
    QString identity() const;

    /// Splits `texts` into [begin, end) ranges of at most `maxCount` texts and `maxChars` characters.
    static QList<QPair<qsizetype, qsizetype>> batches(const QStringList& texts, int maxCount, int maxChars);

private:
    OpenAiEmbedderSettings m_settings;
    QByteArray m_apiKey;
    std::unique_ptr<HttpClient> m_client;
};

} // namespace tare
