// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/judgmentstore.h"

#include "core/db/sqliteconnection.h"
#include "core/util/tareerror.h"

#include <QCoreApplication>

#include <cmath>

namespace tare {

namespace {

/// Reads the columns id, query_id, document_id, status, score, error, prompt, raw_response,
/// latency_ms, created_at.
JudgmentRecord readJudgment(const SqliteStatement& statement, qint64 judgeId)
{
    JudgmentRecord record;
    record.id = statement.int64(0);
    record.judgeId = judgeId;
    record.queryId = statement.int64(1);
    record.documentId = statement.int64(2);
    record.status = statement.text(3);
    record.score = statement.optionalReal(4);
    record.error = statement.text(5);
    record.prompt = statement.text(6);
    record.rawResponse = statement.text(7);
    record.latencyMs = statement.real(8);
    record.createdAt = statement.text(9);
    return record;
}

} // namespace

JudgmentStore::JudgmentStore(SqliteConnection& connection)
    : m_connection(connection)
{
}

qint64 JudgmentStore::ensureJudge(const JudgeInfo& judge)
{
    auto& find = m_connection.prepare("SELECT id FROM judges WHERE identity = ?1");
    find.bind(1, judge.identity);
    if (const auto id = find.firstInt64())
        return *id;
    // Another process starting a run with the same judge may insert it between the two
    // statements: then its row is the one to use.
    auto& insert = m_connection.prepare(
        "INSERT INTO judges(identity, kind, name, params) VALUES(?1, ?2, ?3, ?4) ON CONFLICT(identity) DO NOTHING");
    insert.bind(1, judge.identity).bind(2, judge.kind).bind(3, judge.name).bind(4, QByteArrayView(judge.paramsJson));
    insert.run();
    find.bind(1, judge.identity);
    if (const auto id = find.firstInt64())
        return *id;
    throw TareError(TareError::Kind::Internal,
                    QCoreApplication::translate("tare::ProjectStore", "the judge '%1' is missing right after it was stored")
                        .arg(judge.identity));
}

std::optional<JudgeInfo> JudgmentStore::judge(qint64 judgeId)
{
    auto& statement = m_connection.prepare("SELECT id, identity, kind, name, params FROM judges WHERE id = ?1");
    statement.bind(1, judgeId);
    if (!statement.step())
        return std::nullopt;
    JudgeInfo info{statement.int64(0), statement.text(1), statement.text(2), statement.text(3), statement.blob(4)};
    statement.reset();
    return info;
}

qint64 JudgmentStore::insert(const JudgmentRecord& judgment)
{
    auto& statement = m_connection.prepare(
        "INSERT INTO judgments(judge_id, query_id, document_id, status, score, error, prompt, raw_response, latency_ms) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    statement.bind(1, judgment.judgeId).bind(2, judgment.queryId).bind(3, judgment.documentId).bind(4, judgment.status);
    statement.bindRealOrNull(5, judgment.score ? *judgment.score : std::nan(""));
    statement.bind(6, judgment.error).bind(7, judgment.prompt).bind(8, judgment.rawResponse).bind(9, judgment.latencyMs);
    statement.run();
    return m_connection.lastInsertRowId();
}

void JudgmentStore::insertAll(const QList<JudgmentRecord>& judgments)
{
    if (judgments.isEmpty())
        return;
    SqliteTransaction transaction(m_connection);
    auto& answered = m_connection.prepare("SELECT 1 FROM judgments WHERE judge_id = ?1 AND query_id = ?2 AND document_id = ?3 "
                                          "AND status <> 'failed' LIMIT 1");
    for (const JudgmentRecord& judgment : judgments) {
        if (judgment.status != u"failed") {
            answered.bind(1, judgment.judgeId).bind(2, judgment.queryId).bind(3, judgment.documentId);
            const bool exists = answered.step();
            answered.reset();
            if (exists)
                continue;
        }
        insert(judgment);
    }
    transaction.commit();
}

QHash<QPair<qint64, qint64>, JudgmentRecord> JudgmentStore::latest(qint64 judgeId, qint64 datasetId)
{
    auto& statement = m_connection.prepare(
        "SELECT j.id, j.query_id, j.document_id, j.status, j.score, j.error, j.prompt, j.raw_response, j.latency_ms, "
        "j.created_at FROM judgments j JOIN queries q ON q.id = j.query_id "
        "WHERE j.judge_id = ?1 AND q.dataset_id = ?2 ORDER BY j.id");
    statement.bind(1, judgeId).bind(2, datasetId);
    QHash<QPair<qint64, qint64>, JudgmentRecord> result;
    while (statement.step()) {
        const JudgmentRecord record = readJudgment(statement, judgeId);
        result.insert({record.queryId, record.documentId}, record); // later ids overwrite earlier
    }
    statement.reset();
    return result;
}

QHash<qint64, JudgmentRecord> JudgmentStore::latestForQuery(qint64 judgeId, qint64 queryId)
{
    auto& statement = m_connection.prepare(
        "SELECT id, query_id, document_id, status, score, error, prompt, raw_response, latency_ms, created_at FROM judgments "
        "WHERE judge_id = ?1 AND query_id = ?2 ORDER BY id");
    statement.bind(1, judgeId).bind(2, queryId);
    QHash<qint64, JudgmentRecord> result;
    while (statement.step()) {
        const JudgmentRecord record = readJudgment(statement, judgeId);
        result.insert(record.documentId, record); // later ids overwrite earlier
    }
    statement.reset();
    return result;
}

std::optional<double> JudgmentStore::newestScore(qint64 judgeId, qint64 queryId, qint64 documentId)
{
    auto& statement = m_connection.prepare(
        "SELECT score FROM judgments WHERE judge_id = ?1 AND query_id = ?2 AND document_id = ?3 ORDER BY id DESC LIMIT 1");
    statement.bind(1, judgeId).bind(2, queryId).bind(3, documentId);
    std::optional<double> result;
    if (statement.step())
        result = statement.optionalReal(0);
    statement.reset();
    return result;
}

bool JudgmentStore::deleteNewest(qint64 judgeId, qint64 queryId, qint64 documentId)
{
    auto& statement = m_connection.prepare(
        "DELETE FROM judgments WHERE id = (SELECT max(id) FROM judgments "
        "WHERE judge_id = ?1 AND query_id = ?2 AND document_id = ?3)");
    statement.bind(1, judgeId).bind(2, queryId).bind(3, documentId);
    statement.run();
    return m_connection.changes() > 0;
}

} // namespace tare
