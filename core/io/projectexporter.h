// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace tare {

class ProjectStore;

/// Writes project contents back to the formats other tools read: TREC qrels, and an embedding
/// space's vectors as .npy with an id list (row i ↔ line i), so an analyst can load them in
/// Python. Files appear whole or not at all. Runs on the thread owning the store.
class ProjectExporter
{
public:
    /// Returns the number of label lines written.
    static qint64 writeQrels(ProjectStore& store, qint64 datasetId, const QString& path);
    /// Writes document vectors; returns the number of rows.
    static qint64 writeVectors(ProjectStore& store, qint64 spaceId, const QString& npyPath, const QString& idsPath);
};

} // namespace tare
