// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/net/openaiembedder.h"
#include "core/util/progress.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace tare {

class ProjectStore;

/// Builds an embedding space of a dataset through an OpenAI-compatible embeddings endpoint
/// (OpenAiEmbedder). Every vector goes through the project's embedding cache, keyed by the
/// embedder's identity (provider, endpoint without credentials, model, requested dimensions;
/// never the key) and the SHA-256 of the exact text sent, so re-embedding the same texts with
/// the same model makes no request. Fetched vectors are cached as they arrive, chunk by chunk,
/// so an interrupted build keeps what it paid for; the space and its vectors are written in one
/// transaction at the end. Runs on the thread that owns the store (it blocks on the HTTP requests).
class RemoteSpaceBuilder
{
    Q_DECLARE_TR_FUNCTIONS(tare::RemoteSpaceBuilder)

public:
    struct Options
    {
        QString spaceName = QStringLiteral("openai");
        OpenAiEmbedderSettings embedder;
        QString queryTemplate = QStringLiteral("{text}");
        QString documentTemplate = QStringLiteral("{text}");
        ProgressSink sink;
    };

    /// What a build did.
    struct Result
    {
        qint64 spaceId = 0;
        int dim = 0;
        qsizetype texts = 0;     ///< documents + queries
        qsizetype fromCache = 0; ///< distinct texts found in the cache
        qsizetype embedded = 0;  ///< distinct texts sent to the endpoint
    };

    /// Creates the space and stores every document and query vector. Throws TareError: Usage when a
    /// space of that name exists, Io when the endpoint fails or returns vectors of the wrong dimension,
    /// Cancelled when the sink asks (cached vectors stay, no space is written).
    static Result build(ProjectStore& store, qint64 datasetId, const Options& options);

    /// One vector per text through the cache of `store` under `embedder.identity()`: cached texts are
    /// read, the others embedded (each distinct text once) and cached. `fromCache`/`embedded` count
    /// distinct texts. Checks that every vector has one dimension (and `expectedDim` when > 0).
    static std::vector<std::vector<float>> embedCached(ProjectStore& store, OpenAiEmbedder& embedder,
                                                       const QStringList& texts, int expectedDim,
                                                       const ProgressSink& sink, qsizetype* fromCache = nullptr,
                                                       qsizetype* embedded = nullptr);
};

} // namespace tare
