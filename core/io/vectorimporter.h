// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/importtypes.h"

namespace tare {

class ProjectStore;

/// Imports precomputed vectors into an embedding space of an existing dataset: a 2-D .npy with
/// an id list (one id per line, row i ↔ line i) or JSON lines {"_id": ..., "embedding": [...]}.
/// The space is created (provider "imported") when missing; its dimension must match. NaN and
/// Inf are refused. One transaction; runs on the thread owning the store.
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
    };

    static ImportReport run(ProjectStore& store, const QString& path, const Options& options);
};

} // namespace tare
