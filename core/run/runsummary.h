// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/db/projecttypes.h"
#include "core/metrics/pairedstatistics.h"

#include <QHash>

namespace tare {

class ProjectStore;

/// A run's results gathered for reporting: per-query records and the across-query comparison of
/// AP before and after (mean Δ, win/tie/loss, paired tests, bootstrap CI) over the queries that
/// finished. A plain value; load() runs on the thread owning the store.
struct RunSummary
{
    RunRecord run;
    QString datasetName;
    QString spaceName;
    QString judgeIdentity;
    QList<RunQueryRecord> results;       ///< ordered by query id
    QHash<qint64, QString> queryExtIds;  ///< query id -> external id
    QHash<qint64, QString> queryTexts;
    qint64 finished = 0;
    qint64 failed = 0;
    double mapBefore = 0.0;              ///< over finished queries
    double mapAfter = 0.0;
    PairedComparison comparison;

    static RunSummary load(ProjectStore& store, qint64 runId, bool withCurves = false);
    /// The summary as the JSON object `tare-cli run --json` prints (keys map_before, map_after, ...).
    QByteArray toJson(bool withQueries) const;
};

} // namespace tare
