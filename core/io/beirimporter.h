// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/importtypes.h"

namespace tare {

class ProjectStore;

/// Imports a BEIR folder (corpus.jsonl, queries.jsonl, qrels/<split>.tsv with header) as a new
/// dataset in one transaction: on any error nothing of it stays (unless skipBad). Streams every
/// file, so memory is bounded by a line. Runs on the thread that owns the store.
class BeirImporter
{
public:
    static ImportReport run(ProjectStore& store, const QString& folder, const ImportOptions& options);

    /// The qrels file the importer will read for a split (qrels/<split>.tsv, or the only .tsv there).
    static QString qrelsPath(const QString& folder, const QString& split);
};

} // namespace tare
