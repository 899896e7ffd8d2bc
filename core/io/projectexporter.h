// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/atomicfilewriter.h"

#include <QString>

namespace tare {

class ProjectStore;

/// Writes project contents back to the formats other tools read: TREC qrels, and an embedding
/// space's vectors as .npy with an id list (row i ↔ line i), so an analyst can load them in
/// Python. Files appear whole or not at all (AtomicFileWriter); existing files are replaced only
/// with Existing::Replace. Runs on the thread owning the store.
class ProjectExporter
{
public:
    using Existing = AtomicFileWriter::Existing;

    /// Returns the number of label lines written.
    static qint64 writeQrels(ProjectStore& store, qint64 datasetId, const QString& path, Existing existing = Existing::Refuse);
    /// Writes document vectors; returns the number of rows.
    static qint64 writeVectors(ProjectStore& store, qint64 spaceId, const QString& npyPath, const QString& idsPath,
                               Existing existing = Existing::Refuse);
};

} // namespace tare
