// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/atomicfilewriter.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tare {

class ProjectStore;

/// The outputs the paper's code writes per run: the long raw-scores table (every candidate of
/// every finished query with its gold label, score and rank before and after refinement, whether
/// it was judged and the judge's score) as CSV, and each query's vector at every step of the
/// refinement (step 0 = the initial query) as a (steps + 1) × d float32 .npy, like its
/// save_tensors. Scores come from the stored vectors; the steps from a replay of the stored
/// judgments, whose last row equals the stored refined vector bit for bit. Files appear whole.
/// Runs on the thread owning the store.
class RunRawExporter
{
    Q_DECLARE_TR_FUNCTIONS(tare::RunRawExporter)

public:
    /// Writes `directory`/run<ID>-raw-scores.csv (the directory is created); returns its path.
    /// An existing file is an error unless `existing` is Replace.
    static QString writeRawScores(ProjectStore& store, qint64 runId, const QString& directory,
                                  AtomicFileWriter::Existing existing);
    /// Writes `directory`/run<ID>-steps/<query id>.npy per finished query; returns the files.
    /// Existing files are an error unless `existing` is Replace.
    static QStringList writeStepVectors(ProjectStore& store, qint64 runId, const QString& directory,
                                        AtomicFileWriter::Existing existing);

    /// A query id as a file name: characters other than letters, digits, '-', '_' and '.' become '_'.
    static QString fileName(const QString& id);
};

} // namespace tare
