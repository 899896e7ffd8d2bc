// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/db/projecttypes.h"
#include "core/run/runsettings.h"

#include <QCoreApplication>
#include <QList>

namespace tare {

class ProjectStore;

/// The lesson's run: the bundled `teaching` dataset (3 queries, 49 one-sentence documents a
/// class can read), the built-in embedder's space on it and one finished run with the gold judge
/// and KL-Adam over 100 steps. The learning rate is 1e-3, ten times the paper's default, so the
/// query visibly moves and the ranking changes within the steps a class watches.
///
/// prepare() imports, embeds and runs what the project lacks and reuses what it has (the same
/// settings give the same run). Runs on the store's thread; throws TareError.
struct LessonRun
{
    Q_DECLARE_TR_FUNCTIONS(tare::LessonRun)

public:
    static constexpr const char* datasetName = "teaching";
    static constexpr const char* label = "lesson";

    qint64 datasetId = 0;
    qint64 spaceId = 0;
    qint64 runId = 0;
    QList<QueryRecord> queries; ///< the lesson's queries, in dataset order

    /// The lesson run's settings on a dataset and space.
    static RunSettings settings(qint64 datasetId, qint64 spaceId);

    /// Makes sure the project holds the lesson (sample_data/teaching from `sampleDataDir` when the
    /// dataset is missing) and returns it.
    static LessonRun prepare(ProjectStore& store, const QString& sampleDataDir);
};

} // namespace tare
