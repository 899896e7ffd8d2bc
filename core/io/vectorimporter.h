// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/db/projecttypes.h"
#include "core/io/importtypes.h"

#include <optional>

namespace tare {

class ProjectStore;

/// Imports precomputed vectors into an embedding space of an existing dataset: a 2-D .npy with
/// an id list (one id per line, row i ↔ line i) or JSON lines {"_id": ..., "embedding": [...]}.
/// The space is created (provider "imported") when missing. An existing space is changed only
/// when asked (Options::update), only when it holds imported vectors (never a built-in or remote
/// space) and only when no run used it; its dimension and element type must match. An id given
/// twice, NaN and Inf are refused, and so is a document vector component a float16 space cannot
/// hold (beyond ±65504), with file, row and reason. Query vectors stay float32. The report says how many of the dataset's documents (or queries) still have no
/// vector. One transaction; runs on the thread owning the store.
class VectorImporter
{
public:
    enum class Target
    {
        Documents,
        Queries,
    };

    struct Options
    {
        ImportOptions common;    ///< common.datasetName names the dataset
        QString spaceName;       ///< default "imported"
        QString model;           ///< recorded with the space
        QString idsPath;         ///< required for .npy
        Target target = Target::Documents;
        bool update = false;     ///< the space may exist: add to it, replacing vectors of the same ids
        /// How a new space stores its document vectors (default float32); given for an existing
        /// space (update), it must be the space's.
        std::optional<ElementType> elementType;
    };

    static ImportReport run(ProjectStore& store, const QString& path, const Options& options);
};

} // namespace tare
