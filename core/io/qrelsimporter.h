// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/importtypes.h"

namespace tare {

class ProjectStore;

/// Reads relevance labels: TREC qrels (`qid iter docno grade`, whitespace-separated) or BEIR's
/// qrels TSV (`query-id corpus-id score` with a header). Every id must name a query and a
/// document of the dataset; a pair may be labelled once. Runs on the thread owning the store.
class QrelsImporter
{
public:
    enum class Format
    {
        Trec,
        BeirTsv,
    };

    /// Adds a TREC qrels file to the existing dataset options.datasetName, in one transaction.
    static ImportReport run(ProjectStore& store, const QString& path, const ImportOptions& options);

    /// Reads labels inside the caller's transaction, adding to `report`.
    static void readInto(ProjectStore& store, qint64 datasetId, const QString& path, Format format,
                         const ImportOptions& options, ImportReport& report);
};

} // namespace tare
