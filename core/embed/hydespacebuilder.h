// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/embed/hydequerywriter.h"

#include <QHash>

namespace tare {

class ProjectStore;

/// Builds the HyDE variant of an embedding space: a new space of the same dataset whose document
/// vectors are copied from the source and whose query vectors embed a hypothetical document per
/// query (HydeQueryWriter) with the source's query template and embedder; as in the HyDE paper,
/// that vector is averaged with the query's own vector from the source space (includeQuery). Running the refiners on
/// it gives the "hyde" (refiner none) and "hyde + refiner" baselines. Source spaces Tare can embed
/// into: "lsa" (the stored model) and OpenAI-compatible ones (RemoteSpaceBuilder, through the
/// embedding cache). The hypothetical documents are kept as the new space's model state (JSON by
/// query id), so what the model wrote stays inspectable. Runs on the thread that owns the store.
class HydeSpaceBuilder
{
    Q_DECLARE_TR_FUNCTIONS(tare::HydeSpaceBuilder)

public:
    struct Options
    {
        QString spaceName; ///< empty: "<source>-hyde"
        HydeSettings writer;
        QString embedApiKeyEnv; ///< key variable of a remote source space's embeddings endpoint
        /// Average the hypothetical document's vector with the source's query vector (Gao et al.'s
        /// (f(d) + f(q)) / 2); false: the hypothetical document's vector alone.
        bool includeQuery = true;
        ProgressSink sink;
    };

    struct Result
    {
        qint64 spaceId = 0;
        QString spaceName;
        int dim = 0;
        qsizetype documents = 0;
        qsizetype queries = 0;
    };

    /// Throws TareError: Usage for an unknown source space, a taken name or a source Tare cannot embed
    /// into; Io when the chat or embeddings endpoint fails; Cancelled when asked (no space written).
    static Result build(ProjectStore& store, qint64 sourceSpaceId, const Options& options);

    /// The hypothetical documents of a HyDE space by query id (empty for other spaces).
    static QHash<qint64, QString> hypotheticalDocuments(ProjectStore& store, qint64 spaceId);
};

} // namespace tare
