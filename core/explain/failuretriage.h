// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/db/projecttypes.h"
#include "core/explain/querydrift.h"

#include <QCoreApplication>

#include <optional>

namespace tare {

class QueryReplay;

/// Why a query may have got worse.
enum class FailureReason
{
    JudgeDisagreedWithGold, ///< the judge contradicted the gold labels on top judged documents
    NoRelevantJudged,       ///< no judged document is relevant: the feedback had nothing to pull towards
    LossFellApFell,         ///< the refiner fitted the judge (the loss decreased, levelled off or not) but AP fell
    Overshoot,              ///< AP peaked during the refinement and fell while the loss kept falling
};

/// A judged document on which the judge and the gold labels disagree.
struct JudgeDisagreement
{
    QString extId;
    int rankBefore = 0;
    double score = 0.0; ///< the judge's score
    int grade = 0;      ///< the gold grade
};

/// One reason with the evidence for it.
struct FailureFinding
{
    FailureReason reason = FailureReason::NoRelevantJudged;
    QString evidence;                          ///< one translated sentence with the numbers
    QList<JudgeDisagreement> disagreements;    ///< JudgeDisagreedWithGold only
};

struct FailureTriageOptions
{
    /// The judged documents ranked highest before refinement that are checked for disagreement.
    int topJudged = 10;
    /// A judge score >= this counts as "relevant" when compared with gold (grade > 0).
    double relevantScore = 0.5;
    /// The last share of the steps over which a converged loss changes by less than plateauShare
    /// of its total drop.
    double plateauWindow = 0.1;
    double plateauShare = 0.01;
};

/// Failure triage for a query whose AP fell (ΔAP < 0): every reason that applies, each with its
/// evidence. Queries that did not get worse get no findings. A plain value; compute() is pure.
struct FailureTriage
{
    Q_DECLARE_TR_FUNCTIONS(tare::FailureTriage)

public:
    double apBefore = 0.0;
    double apAfter = 0.0;
    QList<FailureFinding> findings;

    bool worsened() const { return apAfter < apBefore; }
    bool has(FailureReason reason) const;

    /// `curve` is the query's stored curve (losses per step, AP at evaluated steps); `overshoot`
    /// what QueryDrift found on it.
    static FailureTriage compute(const QueryReplay& replay, double apBefore, double apAfter, const QList<CurvePoint>& curve,
                                 const std::optional<Overshoot>& overshoot, const FailureTriageOptions& options = {});

    /// A stable key for files: judge-disagreed, no-relevant-judged, loss-fell-ap-fell, overshoot.
    static QString reasonKey(FailureReason reason);
    /// A short translated title.
    static QString reasonTitle(FailureReason reason);
};

} // namespace tare
