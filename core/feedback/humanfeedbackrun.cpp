// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/feedback/humanfeedbackrun.h"

#include "core/db/projectstore.h"
#include "core/db/humanjudgmentstore.h"
#include "core/run/queryreplay.h"
#include "core/util/tareerror.h"

namespace tare {

// Read-only lookups: the human judge is recognised by its kind, so nothing is created here.
std::optional<qint64> HumanFeedbackRun::sourceOf(ProjectStore& store, qint64 runId)
{
    const auto run = store.runs().find(runId);
    if (!run)
        return std::nullopt;
    const auto judge = store.judgments().judge(run->judgeId);
    if (!judge || judge->kind != u"human")
        return std::nullopt;
    return store.runs().baseline(runId);
}

std::optional<qint64> HumanFeedbackRun::find(ProjectStore& store, qint64 sourceRunId, qint64 humanJudgeId)
{
    if (sourceOf(store, sourceRunId))
        return sourceRunId;
    if (humanJudgeId == 0)
        return store.runs().newestDerived(sourceRunId, QStringLiteral("human"));
    return store.runs().newestDerivedByJudge(sourceRunId, humanJudgeId);
}

qint64 HumanFeedbackRun::ensure(ProjectStore& store, qint64 sourceRunId, qint64 humanJudgeId)
{
    if (humanJudgeId == 0)
        humanJudgeId = HumanJudgmentStore(store).judgeId();
    if (const auto existing = find(store, sourceRunId, humanJudgeId))
        return *existing;
    const auto judge = store.judgments().judge(humanJudgeId);
    if (!judge || judge->kind != u"human")
        throw TareError(TareError::Kind::Usage, tr("judge %1 is not a person").arg(humanJudgeId));
    const auto source = store.runs().find(sourceRunId);
    if (!source)
        throw TareError(TareError::Kind::Usage, tr("no run with id %1").arg(sourceRunId));
    RunRecord derived;
    derived.datasetId = source->datasetId;
    derived.spaceId = source->spaceId;
    derived.judgeId = humanJudgeId;
    derived.refiner = source->refiner;
    derived.paramsJson = source->paramsJson; // the refiner's parameters (the judge named there is the source's)
    // Stored data, like the workbench's own run label: not translated.
    derived.label = (source->label.isEmpty() ? QStringLiteral("run %1").arg(sourceRunId) : source->label)
                    + QStringLiteral(" · human feedback");
    if (judge->identity != HumanJudgmentStore::identityOf({}))
        derived.label += QStringLiteral(" (%1)").arg(judge->name);
    derived.status = RunStatus::Finished;
    auto transaction = store.beginTransaction();
    const qint64 runId = store.runs().create(derived);
    store.runs().setStatus(runId, derived.status); // stamps finished_at
    store.runs().setBaseline(runId, sourceRunId);
    transaction->commit();
    return runId;
}

HumanFeedbackRun::Stored HumanFeedbackRun::reRefine(ProjectStore& store, const QueryReplay& replay,
                                                    const std::vector<std::optional<double>>& scores, const std::vector<bool>& human,
                                                    qint64 humanJudgeId)
{
    Stored stored;
    stored.record = replay.record(scores, human); // the computation first: nothing is written when it throws
    stored.runId = ensure(store, replay.runId(), humanJudgeId);
    stored.record.runId = stored.runId;
    store.runs().replaceQuery(stored.record);
    return stored;
}

} // namespace tare
