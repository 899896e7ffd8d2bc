// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/atomicfilewriter.h"

#include <QString>
#include <QStringList>

namespace tare {

class ProjectStore;

/// Writes a run for other tools: TREC run files before and after refinement (every candidate of
/// every finished query, scores with %.9g, ranked as trec_eval ranks), the same runs as ranx
/// JSON ({query_id: {doc_id: score}}, what ranx.Run.from_file reads), per-query CSV, and JSON
/// with judged documents, refined vectors and curves. Files appear whole or not at all
/// (AtomicFileWriter); existing files are replaced only with Existing::Replace. Runs on the
/// thread owning the store.
class RunExporter
{
public:
    enum class Format
    {
        Trec,
        Csv,
        Json,
        Ranx,
    };

    /// Writes into `directory` (created when missing); returns the files written.
    static QStringList write(ProjectStore& store, qint64 runId, Format format, const QString& directory,
                             AtomicFileWriter::Existing existing = AtomicFileWriter::Existing::Refuse);
};

} // namespace tare
