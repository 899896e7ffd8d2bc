// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/run/judgmentprefetch.h"

#include "core/db/projectstore.h"
#include "core/run/judgingplan.h"
#include "core/util/tareerror.h"

#include <QCoreApplication>

#include <QElapsedTimer>

#include <algorithm>

namespace tare {

PrefetchSummary JudgmentPrefetch::run(ProjectStore& store, const RunSettings& settings, const RemoteJudgeSettings& remote,
                                      const ProgressSink& sink)
{
    QElapsedTimer clock;
    clock.start();
    PrefetchSummary summary;
    const JudgingInputs inputs = JudgingInputs::load(store, settings, remote);
    summary.queries = int(inputs.queries.size());

    // Every query's judged set first (scoring is cheap next to asking a judge), so the total is known.
    std::vector<JudgedSlots> pending;
    qint64 toFetch = 0;
    for (const QueryRecord& query : inputs.queries) {
        if (sink.isCancelled())
            throw TareError(TareError::Kind::Cancelled, QCoreApplication::translate("tare::RunEngine", "cancelled"));
        const ScoredPool pool = ScoredPool::score(inputs.index, inputs.queryVectors, query.id);
        if (!pool.failure.isEmpty()) {
            ++summary.queriesSkipped;
            continue;
        }
        JudgedSlots plan = JudgedSlots::prepare(pool, inputs, query, settings.refine);
        summary.selected += qint64(plan.documentIds.size());
        summary.cached += qint64(plan.documentIds.size()) - plan.missing.size();
        toFetch += plan.missing.size();
        if (!plan.missing.isEmpty())
            pending.push_back(std::move(plan));
    }
    sink.report(0, toFetch);

    // Batches of whole queries, big enough to fill the endpoint's concurrency several times over.
    const qsizetype batchSize = std::max(64, 4 * std::max(1, remote.concurrency));
    qint64 done = 0;
    size_t next = 0;
    while (next < pending.size()) {
        const size_t first = next;
        QList<JudgeRequest> batch;
        while (next < pending.size() && (batch.isEmpty() || batch.size() + pending[next].missing.size() <= batchSize))
            batch.append(pending[next++].missing);
        const QList<JudgeOutcome> outcomes = inputs.judge->judge(batch, [&sink] { return sink.isCancelled(); });
        QList<JudgmentRecord> records;
        qsizetype offset = 0;
        for (size_t q = first; q < next; ++q) {
            JudgedSlots& plan = pending[q];
            records += plan.accept(outcomes.mid(offset, plan.missing.size()), inputs.judgeId);
            offset += plan.missing.size();
        }
        store.judgments().insertAll(records);
        for (const JudgmentRecord& record : std::as_const(records)) {
            ++(record.status != u"failed" && record.score ? summary.fetched : summary.failed);
            if (record.status == u"failed" && summary.firstError.isEmpty())
                summary.firstError = record.error;
        }
        done += batch.size();
        sink.report(done, toFetch);
    }
    summary.seconds = clock.nsecsElapsed() / 1e9;
    return summary;
}

} // namespace tare
