// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/embed/lsamodel.h"

namespace tare {

class ProjectStore;

/// Builds an embedding space of a dataset with the built-in LSA embedder: fits the model on the
/// dataset's documents (document template applied), embeds every document and query (query
/// template with the query's or the dataset's instruction), and stores vectors and the fitted
/// model in one transaction, so new query texts can be embedded later. Runs on the thread that
/// owns the store.
class LsaSpaceBuilder
{
public:
    struct Options
    {
        QString spaceName = QStringLiteral("lsa");
        LsaParams lsa;
        QString queryTemplate = QStringLiteral("{text}");
        QString documentTemplate = QStringLiteral("{text}");
        ProgressSink sink;
    };

    /// Returns the new space's id. Throws TareError when a space of that name exists.
    static qint64 build(ProjectStore& store, qint64 datasetId, const Options& options);

    /// The fitted model of an LSA space (to embed new text or explain a vector).
    static LsaModel model(ProjectStore& store, qint64 spaceId);
};

} // namespace tare
