// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/db/projecttypes.h"
#include "core/run/runsettings.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace tare {

class ProjectStore;

/// Whether a run fits into the machine's memory, asked before the run starts: the memory it will
/// hold (the space's vectors, each worker thread's buffers, the score arrays of a scoring block)
/// against the memory available (MemAvailable of /proc/meminfo, or the cgroup's limit when that
/// is lower). A run that does not fit is refused with both figures and the way out, instead of
/// being killed by the kernel half-way. Pure functions and one read of /proc; any thread.
class RunFitCheck
{
    Q_DECLARE_TR_FUNCTIONS(tare::RunFitCheck)

public:
    /// The bytes a run will hold, by part.
    struct Estimate
    {
        qint64 spaceBytes = 0;   ///< the document vectors as one matrix (float32 or float16)
        qint64 indexBytes = 0;   ///< ids, labels and tie ranks of the documents
        qint64 threadBytes = 0;  ///< every worker's buffers (candidates, scores, curve blocks)
        qint64 blockBytes = 0;   ///< the score arrays of one scoring block (before and after, the curves' steps)
        ElementType elementType = ElementType::Float32; ///< of the vectors (the way out names float16 for float32)
        qint64 total() const { return spaceBytes + indexBytes + threadBytes + blockBytes; }
    };

    /// The estimate for a run over `documents` vectors of dimension `dim` stored as `type` with
    /// these settings, `threads` workers and scoring blocks of `blockQueries` queries.
    static Estimate estimate(qint64 documents, int dim, ElementType type, const RunSettings& settings, int threads,
                             int blockQueries);
    /// The same for a run's dataset and space as stored (their vector count, dimension and element type).
    /// TareError(Usage) for an unknown space.
    static Estimate estimate(ProjectStore& store, const RunSettings& settings, int threads, int blockQueries);

    /// Bytes available to this process now: MemAvailable, capped by a cgroup memory limit (v2 or
    /// v1) minus the cgroup's usage. The variable TARE_AVAILABLE_MEMORY (bytes) replaces the
    /// figure (tests; a user who knows better). Empty when nothing can be read.
    static std::optional<qint64> availableMemory();

    /// The refusal for a run needing `estimate` with `available` bytes, or an empty string when it
    /// fits: "needs 31.2 GB, 22.8 GB available: …" with the way out (float16 for a float32
    /// space, fewer dimensions, fewer threads); `overrule` (say, how the
    /// front end runs it anyway) ends the sentence when given.
    static QString refusal(const Estimate& estimate, qint64 available, const QString& overrule = {});

    /// Throws TareError(Usage) with refusal() when the run does not fit into availableMemory()
    /// (nothing is refused when the figure cannot be read).
    static void require(ProjectStore& store, const RunSettings& settings, int threads, int blockQueries,
                        const QString& overrule = {});

    /// "31.2 GB", "512 MB": bytes in decimal units with one decimal.
    static QString formatBytes(qint64 bytes);
};

} // namespace tare
