// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/refine/refineparams.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace tare {

/// Everything that defines a run's results (dataset, space, judge, refiner and its parameters,
/// query selection), as a plain value. The thread count and label are not part of the
/// definition: results are identical for any thread count. Usable from any thread.
struct RunSettings
{
    qint64 datasetId = 0;
    qint64 spaceId = 0;
    QString judgeSpec = QStringLiteral("gold");
    QString judgeEndpoint;  ///< HTTP judges: base URL (part of the definition)
    QString judgeModel;     ///< HTTP judges: model name (part of the definition)
    QString refiner = QStringLiteral("kl-adam");
    RefineParams refine;
    int evalEvery = 0;      ///< AP/AUC every n steps; 0 = automatic (1 up to 100,000 candidates, coarser above)
    QStringList queryIds;   ///< external ids; empty = every query of the dataset
    int threads = 0;        ///< 0 = one per core
    QString label;

    /// The canonical JSON stored with the run (sorted keys, no thread count); equal settings give
    /// equal bytes, which is how a run to resume is found.
    QByteArray definitionJson() const;
    /// Reads the refiner parameters and query selection back from definitionJson().
    static RunSettings fromDefinitionJson(const QByteArray& json);

    /// The automatic evaluation interval for a number of candidates.
    static int automaticEvalEvery(qint64 candidates);
    /// The evaluation interval of this run for a pool of `candidates`: evalEvery, or automatic.
    int evalInterval(qint64 candidates) const { return evalEvery > 0 ? evalEvery : automaticEvalEvery(candidates); }
};

} // namespace tare
