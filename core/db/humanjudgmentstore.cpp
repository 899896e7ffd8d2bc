// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/humanjudgmentstore.h"

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
        m_judgeId = m_store.judgments().ensureJudge(info);
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
    return m_store.judgments().insert(record);
}

bool HumanJudgmentStore::undo(qint64 queryId, qint64 documentId)
{
    return m_store.judgments().deleteNewest(judgeId(), queryId, documentId);
}

std::optional<double> HumanJudgmentStore::current(qint64 queryId, qint64 documentId)
{
    return m_store.judgments().newestScore(judgeId(), queryId, documentId);
}

} // namespace tare
