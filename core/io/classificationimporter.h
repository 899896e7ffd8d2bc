// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/importtypes.h"

namespace tare {

class ProjectStore;

/// Turns a labelled text table into a retrieval dataset, the way intent detection becomes
/// retrieval: every distinct text is a document (exact duplicates merge), every label a query
/// whose relevant documents are the texts with that label; the pool is the whole corpus.
/// Reads CSV (RFC 4180), TSV or JSON lines; one transaction. Runs on the thread owning the store.
class ClassificationImporter
{
public:
    enum class Format
    {
        Auto, ///< by file extension: .csv, .tsv/.tab, .jsonl/.ndjson
        Csv,
        Tsv,
        JsonLines,
    };

    struct Options
    {
        ImportOptions common;
        Format format = Format::Auto;
        QString textColumn = QStringLiteral("text");
        QString labelColumn = QStringLiteral("label");
        QString idColumn;          ///< optional; otherwise ids are <file base name>-<0-based row>
        QString descriptionsPath;  ///< optional table of label, description (query text)
    };

    static ImportReport run(ProjectStore& store, const QString& path, const Options& options);

    static Format formatFor(const QString& path, Format requested);
};

} // namespace tare
