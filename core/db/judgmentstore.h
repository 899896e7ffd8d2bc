// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/db/projecttypes.h"

#include <QHash>
#include <QPair>

#include <functional>
#include <optional>

namespace tare {

class SqliteConnection;

/// The judges of a project and every judgment they gave (LLMs, rerankers, gold, simulations and
/// people), over the project's connection (ProjectStore::judgments()). A judge's identity is the
/// cache key of its judgments; the newest judgment of a (query, document) pair is the one in
/// force. Same thread rule as ProjectStore. Methods throw TareError.
class JudgmentStore
{
public:
    explicit JudgmentStore(SqliteConnection& connection);

    /// The judge with this identity, created when new; returns its id.
    qint64 ensureJudge(const JudgeInfo& judge);
    std::optional<JudgeInfo> judge(qint64 judgeId);
    /// The judge with this identity, if there is one.
    std::optional<JudgeInfo> judgeByIdentity(const QString& identity);
    /// Every judge (of one kind: gold, simulated, llm, reranker, human; empty: all), oldest first.
    QList<JudgeInfo> judges(const QString& kind = {});
    /// How many judgments a judge gave over a dataset's queries.
    qint64 judgmentCount(qint64 judgeId, qint64 datasetId);

    qint64 insert(const JudgmentRecord& judgment);
    /// Inserts judgments in one transaction (a query's new judgments land together). A successful
    /// judgment of a pair the judge already answered successfully (another process running the same
    /// judge at the same time) is not stored twice; failures are always kept.
    void insertAll(const QList<JudgmentRecord>& judgments);
    /// The latest judgment of every (query, document) pair of the dataset by this judge.
    QHash<QPair<qint64, qint64>, JudgmentRecord> latest(qint64 judgeId, qint64 datasetId);
    /// The latest judgment of every document of a query by this judge (document id -> record).
    QHash<qint64, JudgmentRecord> latestForQuery(qint64 judgeId, qint64 queryId);
    /// The score of the newest judgment of a pair by this judge, if there is one with a score.
    std::optional<double> newestScore(qint64 judgeId, qint64 queryId, qint64 documentId);
    /// Deletes the newest judgment of a pair by this judge; false when there is none.
    bool deleteNewest(qint64 judgeId, qint64 queryId, qint64 documentId);

    /// Visits a judge's judgments over a dataset's queries, oldest first, with the external ids
    /// and the reason if one was asked for; with `newestOnly`, only the one in force per pair.
    void forEachJudgment(qint64 judgeId, qint64 datasetId, bool newestOnly,
                         const std::function<void(const ExportedJudgment&)>& visit);

    /// Stores (or replaces) the reason of a judgment.
    void setReason(const JudgmentReason& reason);
    std::optional<JudgmentReason> reason(qint64 judgmentId);
    /// The reasons of a judge's judgments over one query (judgment id -> reason).
    QHash<qint64, JudgmentReason> reasonsForQuery(qint64 judgeId, qint64 queryId);

private:
    SqliteConnection& m_connection;
};

} // namespace tare
