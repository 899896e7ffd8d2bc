// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/models/humanjudgmentstore.h"

#include "core/db/projectstore.h"

namespace tare {

HumanJudgmentStore::HumanJudgmentStore(ProjectStore& store)
    : m_store(store)
{
}

qint64 HumanJudgmentStore::judgeId()
{
    if (m_judgeId == 0) {
        JudgeInfo info;
        info.identity = QStringLiteral("human");
        info.kind = QStringLiteral("human");
        info.name = QStringLiteral("human");
        m_judgeId = m_store.ensureJudge(info);
    }
    return m_judgeId;
}

qint64 HumanJudgmentStore::label(qint64 queryId, qint64 documentId, double score, const QString& key)
{
    JudgmentRecord record;
    record.judgeId = judgeId();
    record.queryId = queryId;
    record.documentId = documentId;
    record.score = score;
    record.rawResponse = key;
    return m_store.insertJudgment(record);
}

bool HumanJudgmentStore::undo(qint64 queryId, qint64 documentId)
{
    auto& statement = m_store.connection().prepare(
        "DELETE FROM judgments WHERE id = (SELECT max(id) FROM judgments "
        "WHERE judge_id = ?1 AND query_id = ?2 AND document_id = ?3)");
    statement.bind(1, judgeId()).bind(2, queryId).bind(3, documentId);
    statement.run();
    return m_store.connection().changes() > 0;
}

std::optional<double> HumanJudgmentStore::current(qint64 queryId, qint64 documentId)
{
    auto& statement = m_store.connection().prepare(
        "SELECT score FROM judgments WHERE judge_id = ?1 AND query_id = ?2 AND document_id = ?3 ORDER BY id DESC LIMIT 1");
    statement.bind(1, judgeId()).bind(2, queryId).bind(3, documentId);
    std::optional<double> result;
    if (statement.step() && !statement.isNull(0))
        result = statement.real(0);
    statement.reset();
    return result;
}

QHash<qint64, JudgmentRecord> HumanJudgmentStore::latestForQuery(ProjectStore& store, qint64 judgeId, qint64 queryId)
{
    auto& statement = store.connection().prepare(
        "SELECT id, document_id, status, score, error, prompt, raw_response, latency_ms, created_at FROM judgments "
        "WHERE judge_id = ?1 AND query_id = ?2 ORDER BY id");
    statement.bind(1, judgeId).bind(2, queryId);
    QHash<qint64, JudgmentRecord> result;
    while (statement.step()) {
        JudgmentRecord record;
        record.id = statement.int64(0);
        record.judgeId = judgeId;
        record.queryId = queryId;
        record.documentId = statement.int64(1);
        record.status = statement.text(2);
        if (!statement.isNull(3))
            record.score = statement.real(3);
        record.error = statement.text(4);
        record.prompt = statement.text(5);
        record.rawResponse = statement.text(6);
        record.latencyMs = statement.real(7);
        record.createdAt = statement.text(8);
        result.insert(record.documentId, record); // later ids overwrite earlier
    }
    statement.reset();
    return result;
}

} // namespace tare
