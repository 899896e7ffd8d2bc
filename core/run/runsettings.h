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
    int evalEvery = 0;      ///< AP/AUC every n steps; 0 = automatic (automaticEvalEvery())
    QStringList queryIds;   ///< external ids; empty = every query of the dataset
    int threads = 0;        ///< 0 = one per core
    QString label;

    /// The canonical JSON stored with the run (sorted keys, no thread count); equal settings give
    /// equal bytes, which is how a run to resume is found.
    QByteArray definitionJson() const;
    /// Reads the refiner parameters and query selection back from definitionJson().
    static RunSettings fromDefinitionJson(const QByteArray& json);

    /// Candidate scores a query's curve may cost with the automatic interval (candidates times
    /// evaluated steps): every step of 100 up to 40,000 candidates, every 25th at a million.
    static constexpr qint64 curveBudget = 4'000'000;
    /// The automatic evaluation interval for a pool of `candidates` and a curve of `curveSteps`:
    /// every step while the curve's evaluations score at most curveBudget candidates, coarser above.
    /// Each evaluation is a full scoring pass, so a fixed interval would make the curve cost grow
    /// with the corpus: at a million candidates, every step would be 100 passes a query.
    static int automaticEvalEvery(qint64 candidates, int curveSteps);
    /// The evaluation interval of this run: evalEvery, or automatic.
    int evalInterval(qint64 candidates, int curveSteps) const
    {
        return evalEvery > 0 ? evalEvery : automaticEvalEvery(candidates, curveSteps);
    }
};

} // namespace tare
