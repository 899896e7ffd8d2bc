// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/judge/judge.h"
#include "core/judge/judgefactory.h"
#include "core/refine/judgedselection.h"
#include "core/run/corpusindex.h"
#include "core/run/runsettings.h"

#include <QHash>
#include <QList>

#include <memory>
#include <optional>
#include <vector>

namespace tare {

class ProjectStore;

/// What judging a run's queries needs, loaded once on the thread that owns the store: the corpus,
/// the judge (with the gold grades for offline judges) and its stored identity, the query
/// vectors, the judgments already cached under that identity, the document texts for judges that
/// read them, and the run's queries. RunEngine refines with it; JudgmentPrefetch only judges.
/// Read-only after load(), shared by worker threads (the judge itself is thread-safe).
struct JudgingInputs
{
    CorpusIndex index;
    std::unique_ptr<Judge> judge;
    qint64 judgeId = 0;
    QHash<qint64, Eigen::VectorXf> queryVectors;
    QHash<QPair<qint64, qint64>, JudgmentRecord> cachedJudgments;
    QHash<qint64, QString> documentTexts; ///< filled only for judges that read texts
    QList<QueryRecord> queries;           ///< the run's queries (settings.queryIds, else all), in id order

    static JudgingInputs load(ProjectStore& store, const RunSettings& settings, const RemoteJudgeSettings& remote);

    /// The dataset's task (instruction, task type, document join); the default for an unknown id.
    static DatasetTask datasetTask(ProjectStore& store, qint64 datasetId);
    /// `remote` with the dataset's judge instruction (classification only), as every judge of a
    /// run over that dataset is built: the instruction is part of the judge's identity.
    static RemoteJudgeSettings forDataset(RemoteJudgeSettings remote, const DatasetTask& task);
};

/// One query's candidate pool scored with its initial vector: step 1 of the method, or the reason
/// the query cannot run (no vector, a zero vector, no candidates, no relevant candidate).
struct ScoredPool
{
    const Eigen::VectorXf* query = nullptr;
    CandidateSet candidates;
    std::vector<float> scores;
    QString failure; ///< non-empty: the query fails with this reason before anything is judged

    static ScoredPool score(const CorpusIndex& index, const QHash<qint64, Eigen::VectorXf>& queryVectors, qint64 queryId);
    /// score() without the scoring: the candidates, or the failure; `scores` left empty (the run
    /// engine scores a block of queries in one pass, with the same bits).
    static ScoredPool prepare(const CorpusIndex& index, const QHash<qint64, Eigen::VectorXf>& queryVectors, qint64 queryId);
};

/// The judged set of one query (step 2 and 3): the JudgedSelection over the pool, the cached
/// score of every selected document the judge already answered, and a request for each one it
/// did not. The same selection for RunEngine and JudgmentPrefetch, so a prefetch fetches exactly
/// what the run will ask for.
struct JudgedSlots
{
    JudgedSelection selection;
    std::vector<qint64> documentIds;              ///< per slot (selection order)
    std::vector<std::optional<double>> scores;    ///< per slot; empty until judged (or when the judgment failed)
    std::vector<QString> status;                  ///< per slot: ok, degraded (failed slots keep "ok" and no score)
    QList<JudgeRequest> missing;                  ///< what the judge must still be asked
    QList<int> missingSlots;                      ///< the slot of each missing request

    static JudgedSlots prepare(const ScoredPool& pool, const JudgingInputs& inputs, const QueryRecord& query, const RefineParams& params);
    /// Takes the judge's outcomes for `missing` (in order): fills the slots that succeeded and
    /// returns every outcome as a judgment record to store (failures included).
    QList<JudgmentRecord> accept(const QList<JudgeOutcome>& outcomes, qint64 judgeId);
};

} // namespace tare
