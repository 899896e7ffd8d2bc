// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/experiment/experimentcell.h"
#include "core/experiment/experimentresult.h"

#include <QCoreApplication>

namespace tare {

class ProjectStore;

/// The method comparison on the same judgments: every method uses the experiment's judge and
/// judged-set parameters, so the original space's methods see the same judged documents (one
/// judge call each, then the cache). HyDE rows run in the "<space>-hyde" space; "rerank-only"
/// reorders the "none" run's judged documents and needs no run of its own.
class MethodComparison
{
    Q_DECLARE_TR_FUNCTIONS(tare::MethodComparison)

public:
    /// The methods to compare: settings.methods, or every one that applies (HyDE only when the
    /// space has a HyDE twin). "none" is always there: it is the baseline. Throws TareError(Usage)
    /// for an unknown method or a HyDE method without a HyDE space.
    static QStringList methods(ProjectStore& store, const ExperimentSettings& settings);
    /// One cell per method that needs a run; the cell JSON holds the method's name.
    static QList<ExperimentCell> cells(ProjectStore& store, const ExperimentSettings& settings);
    /// The table: MAP per method and its paired comparison against "none", over the queries
    /// every run finished.
    static MethodComparisonResult analyse(ProjectStore& store, const ExperimentSettings& settings,
                                          const QList<ExperimentCell>& cells);
};

} // namespace tare
