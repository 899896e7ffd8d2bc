// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/explain/failuretriage.h"

#include "core/run/queryreplay.h"
#include "core/util/enumnames.h"

#include <algorithm>
#include <cmath>

namespace tare {

bool FailureTriage::has(FailureReason reason) const
{
    return std::any_of(findings.begin(), findings.end(), [reason](const FailureFinding& f) { return f.reason == reason; });
}

QString FailureTriage::reasonKey(FailureReason reason)
{
    static constexpr EnumNames<FailureReason, 4> keys({{{FailureReason::JudgeDisagreedWithGold, u"judge-disagreed"},
                                                        {FailureReason::NoRelevantJudged, u"no-relevant-judged"},
                                                        {FailureReason::LossFellApFell, u"loss-fell-ap-fell"},
                                                        {FailureReason::Overshoot, u"overshoot"}}});
    return keys.name(reason);
}

QString FailureTriage::reasonTitle(FailureReason reason)
{
    static constexpr std::pair<FailureReason, const char*> titles[] = {
        {FailureReason::JudgeDisagreedWithGold, QT_TR_NOOP("Judge disagreed with gold")},
        {FailureReason::NoRelevantJudged, QT_TR_NOOP("No relevant document among the judged")},
        {FailureReason::LossFellApFell, QT_TR_NOOP("Loss decreased but AP fell")},
        {FailureReason::Overshoot, QT_TR_NOOP("Overshoot")},
    };
    return enumTitle("tare::FailureTriage", titles, reason);
}

FailureTriage FailureTriage::compute(const QueryReplay& replay, double apBefore, double apAfter,
                                     const QList<CurvePoint>& curve, const std::optional<Overshoot>& overshoot,
                                     const FailureTriageOptions& options)
{
    FailureTriage triage;
    triage.apBefore = apBefore;
    triage.apAfter = apAfter;
    if (!triage.worsened())
        return triage;

    // 1. Disagreement on the judged documents ranked highest before refinement.
    std::vector<const ReplayJudgedDocument*> judged;
    for (const ReplayJudgedDocument& document : replay.judged())
        judged.push_back(&document);
    std::stable_sort(judged.begin(), judged.end(), [](auto* a, auto* b) { return a->rankBefore < b->rankBefore; });
    const size_t top = std::min(judged.size(), size_t(std::max(options.topJudged, 0)));
    FailureFinding disagreement;
    disagreement.reason = FailureReason::JudgeDisagreedWithGold;
    for (size_t i = 0; i < top; ++i) {
        const ReplayJudgedDocument& document = *judged[i];
        if (document.score && (*document.score >= options.relevantScore) != (document.grade > 0))
            disagreement.disagreements.append({document.extId, document.rankBefore, *document.score, document.grade});
    }
    if (!disagreement.disagreements.isEmpty()) {
        QStringList examples;
        for (const JudgeDisagreement& d : std::as_const(disagreement.disagreements))
            examples << tr("%1 (rank %2, judge %3, gold %4)").arg(d.extId).arg(d.rankBefore).arg(d.score, 0, 'g', 3).arg(d.grade);
        disagreement.evidence = tr("the judge disagreed with gold on %1 of the top %2 judged documents: %3")
                                    .arg(disagreement.disagreements.size())
                                    .arg(top)
                                    .arg(examples.join(QStringLiteral(", ")));
        triage.findings.append(disagreement);
    }

    // 2. No relevant document among the judged.
    const bool anyRelevant = std::any_of(judged.begin(), judged.end(), [](auto* d) { return d->grade > 0; });
    if (!anyRelevant) {
        std::vector<qint32> ranks;
        replay.evaluate(replay.initialQuery(), &ranks);
        qint32 best = 0;
        for (size_t i = 0; i < ranks.size(); ++i) {
            if (replay.candidates().grades[i] > 0 && (best == 0 || ranks[i] < best))
                best = ranks[i];
        }
        FailureFinding finding;
        finding.reason = FailureReason::NoRelevantJudged;
        finding.evidence = best > 0 ? tr("none of the %1 judged documents is relevant; the first relevant document was at rank %2 "
                                         "before refinement")
                                          .arg(judged.size())
                                          .arg(best)
                                    : tr("none of the %1 judged documents is relevant, and no candidate is").arg(judged.size());
        triage.findings.append(finding);
    }

    // 3. The loss fell (the refiner fitted the judge) but AP fell.
    if (curve.size() >= 2 && std::isfinite(curve.first().loss) && std::isfinite(curve.last().loss)
        && curve.last().loss < curve.first().loss) {
        const double drop = curve.first().loss - curve.last().loss;
        const qsizetype window = std::max<qsizetype>(1, qsizetype(std::ceil(double(curve.size() - 1) * options.plateauWindow)));
        const double late = curve[curve.size() - 1 - window].loss - curve.last().loss;
        const bool converged = std::isfinite(late) && late <= options.plateauShare * drop;
        FailureFinding finding;
        finding.reason = FailureReason::LossFellApFell;
        finding.evidence = (converged ? tr("the loss fell from %1 to %2 and levelled off (the last %3 steps lowered it by %4), "
                                           "while AP fell from %5 to %6")
                                      : tr("the loss fell from %1 to %2 and was still falling (the last %3 steps lowered it by %4), "
                                           "while AP fell from %5 to %6"))
                               .arg(curve.first().loss, 0, 'g', 4)
                               .arg(curve.last().loss, 0, 'g', 4)
                               .arg(window)
                               .arg(late, 0, 'g', 3)
                               .arg(apBefore, 0, 'f', 4)
                               .arg(apAfter, 0, 'f', 4);
        triage.findings.append(finding);
    }

    // 4. Overshoot.
    if (overshoot) {
        FailureFinding finding;
        finding.reason = FailureReason::Overshoot;
        finding.evidence = tr("AP peaked at %1 at step %2 and fell to %3 by step %4 while the loss kept falling (%5 → %6)")
                               .arg(overshoot->apPeak, 0, 'f', 4)
                               .arg(overshoot->peakStep)
                               .arg(overshoot->apFinal, 0, 'f', 4)
                               .arg(overshoot->finalStep)
                               .arg(overshoot->lossAtPeak, 0, 'g', 4)
                               .arg(overshoot->lossFinal, 0, 'g', 4);
        triage.findings.append(finding);
    }
    return triage;
}

} // namespace tare
