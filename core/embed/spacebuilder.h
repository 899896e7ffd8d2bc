// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/embed/hydespacebuilder.h"
#include "core/embed/lsaspacebuilder.h"
#include "core/embed/remotespacebuilder.h"

#include <QCoreApplication>

namespace tare {

class ProjectStore;

/// One embedding space built as the workbench asks for it: the kind of space and that builder's
/// options go in as a plain Request (copyable, so it crosses to a worker thread), one builder
/// runs (LsaSpaceBuilder, RemoteSpaceBuilder or HydeSpaceBuilder) and a Result with what was
/// written comes back. Progress and cancel go through one ProgressSink for every kind. Runs on
/// the thread that owns the store.
class SpaceBuilder
{
    Q_DECLARE_TR_FUNCTIONS(tare::SpaceBuilder)

public:
    enum class Kind
    {
        Lsa,    ///< the built-in embedder, fitted on the dataset
        Remote, ///< an OpenAI-compatible /embeddings endpoint
        Hyde,   ///< HyDE query vectors over a source space (written by a chat model)
    };

    struct Request
    {
        Kind kind = Kind::Lsa;
        qint64 datasetId = 0;     ///< Lsa and Remote: the dataset to embed
        qint64 sourceSpaceId = 0; ///< Hyde: the space whose documents and embedder are reused
        QString spaceName;        ///< empty: the builder's default ("lsa", "openai", "<source>-hyde")
        LsaSpaceBuilder::Options lsa;
        RemoteSpaceBuilder::Options remote;
        HydeSpaceBuilder::Options hyde;
    };

    struct Result
    {
        qint64 spaceId = 0;
        QString spaceName;
        int dim = 0;
        qint64 documentVectors = 0;
        qint64 queryVectors = 0;
        QString summary; ///< one translated sentence saying what was written
    };

    /// Builds the space. Throws TareError: Usage for a taken name or an unknown dataset or source,
    /// Io when an endpoint fails, Cancelled when the sink asks (then no space is written).
    static Result build(ProjectStore& store, const Request& request, const ProgressSink& sink = {});
};

} // namespace tare
