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

JudgeInfo readJudge(const SqliteStatement& statement)
{
    return JudgeInfo{statement.int64(0), statement.text(1), statement.text(2), statement.text(3), statement.blob(4)};
}

/// Reads the columns judgment_id, reason, model, prompt, raw_response, latency_ms, created_at
/// from `first` on.
JudgmentReason readReason(const SqliteStatement& statement, int first)
{
    JudgmentReason reason;
    reason.judgmentId = statement.int64(first);
    reason.text = statement.text(first + 1);
    reason.model = statement.text(first + 2);
    reason.prompt = statement.text(first + 3);
    reason.rawResponse = statement.text(first + 4);
    reason.latencyMs = statement.real(first + 5);
    reason.createdAt = statement.text(first + 6);
    return reason;
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
    return statement.firstRow(readJudge);
}

std::optional<JudgeInfo> JudgmentStore::judgeByIdentity(const QString& identity)
{
    auto& statement = m_connection.prepare("SELECT id, identity, kind, name, params FROM judges WHERE identity = ?1");
    statement.bind(1, identity);
    return statement.firstRow(readJudge);
}

QList<JudgeInfo> JudgmentStore::judges(const QString& kind)
{
    auto& statement = m_connection.prepare("SELECT id, identity, kind, name, params FROM judges "
                                           "WHERE ?1 = '' OR kind = ?1 ORDER BY id");
    statement.bind(1, kind);
    return statement.allRows(readJudge);
}

qint64 JudgmentStore::judgmentCount(qint64 judgeId, qint64 datasetId)
{
    auto& statement = m_connection.prepare(
        "SELECT count(*) FROM judgments j JOIN queries q ON q.id = j.query_id WHERE j.judge_id = ?1 AND q.dataset_id = ?2");
    statement.bind(1, judgeId).bind(2, datasetId);
    return statement.firstInt64().value_or(0);
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
    return statement.keyedRows([judgeId](const SqliteStatement& row) { return readJudgment(row, judgeId); },
                               [](const JudgmentRecord& record) { return qMakePair(record.queryId, record.documentId); });
}

QHash<qint64, JudgmentRecord> JudgmentStore::latestForQuery(qint64 judgeId, qint64 queryId)
{
    auto& statement = m_connection.prepare(
        "SELECT id, query_id, document_id, status, score, error, prompt, raw_response, latency_ms, created_at FROM judgments "
        "WHERE judge_id = ?1 AND query_id = ?2 ORDER BY id");
    statement.bind(1, judgeId).bind(2, queryId);
    return statement.keyedRows([judgeId](const SqliteStatement& row) { return readJudgment(row, judgeId); },
                               [](const JudgmentRecord& record) { return record.documentId; });
}

std::optional<double> JudgmentStore::newestScore(qint64 judgeId, qint64 queryId, qint64 documentId)
{
    auto& statement = m_connection.prepare(
        "SELECT score FROM judgments WHERE judge_id = ?1 AND query_id = ?2 AND document_id = ?3 ORDER BY id DESC LIMIT 1");
    statement.bind(1, judgeId).bind(2, queryId).bind(3, documentId);
    return statement.firstRow([](const SqliteStatement& row) { return row.optionalReal(0); }).value_or(std::nullopt);
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

void JudgmentStore::forEachJudgment(qint64 judgeId, qint64 datasetId, bool newestOnly,
                                    const std::function<void(const ExportedJudgment&)>& visit)
{
    // In query and document order (external ids as imported), each pair's history oldest first.
    auto& statement = m_connection.prepare(
        "SELECT j.id, j.query_id, j.document_id, j.status, j.score, j.error, j.prompt, j.raw_response, j.latency_ms, "
        "j.created_at, q.ext_id, d.ext_id, r.judgment_id, r.reason, r.model, r.prompt, r.raw_response, r.latency_ms, "
        "r.created_at FROM judgments j JOIN queries q ON q.id = j.query_id JOIN documents d ON d.id = j.document_id "
        "LEFT JOIN judgment_reasons r ON r.judgment_id = j.id "
        "WHERE j.judge_id = ?1 AND q.dataset_id = ?2 AND (?3 = 0 OR j.id = (SELECT max(k.id) FROM judgments k "
        "WHERE k.judge_id = j.judge_id AND k.query_id = j.query_id AND k.document_id = j.document_id)) "
        "ORDER BY q.id, d.id, j.id");
    statement.bind(1, judgeId).bind(2, datasetId).bind(3, qint64(newestOnly ? 1 : 0));
    while (statement.step()) {
        ExportedJudgment judgment;
        judgment.record = readJudgment(statement, judgeId);
        judgment.queryExtId = statement.text(10);
        judgment.documentExtId = statement.text(11);
        if (!statement.isNull(12))
            judgment.reason = readReason(statement, 12);
        visit(judgment);
    }
    statement.reset();
}

void JudgmentStore::setReason(const JudgmentReason& reason)
{
    auto& statement = m_connection.prepare(
        "INSERT INTO judgment_reasons(judgment_id, reason, model, prompt, raw_response, latency_ms) VALUES(?1, ?2, ?3, ?4, ?5, ?6) "
        "ON CONFLICT(judgment_id) DO UPDATE SET reason = excluded.reason, model = excluded.model, prompt = excluded.prompt, "
        "raw_response = excluded.raw_response, latency_ms = excluded.latency_ms, "
        "created_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");
    statement.bind(1, reason.judgmentId).bind(2, reason.text).bind(3, reason.model).bind(4, reason.prompt);
    statement.bind(5, reason.rawResponse).bind(6, reason.latencyMs);
    statement.run();
}

std::optional<JudgmentReason> JudgmentStore::reason(qint64 judgmentId)
{
    auto& statement = m_connection.prepare("SELECT judgment_id, reason, model, prompt, raw_response, latency_ms, created_at "
                                           "FROM judgment_reasons WHERE judgment_id = ?1");
    statement.bind(1, judgmentId);
    return statement.firstRow([](const SqliteStatement& row) { return readReason(row, 0); });
}

QHash<qint64, JudgmentReason> JudgmentStore::reasonsForQuery(qint64 judgeId, qint64 queryId)
{
    auto& statement = m_connection.prepare(
        "SELECT r.judgment_id, r.reason, r.model, r.prompt, r.raw_response, r.latency_ms, r.created_at "
        "FROM judgment_reasons r JOIN judgments j ON j.id = r.judgment_id WHERE j.judge_id = ?1 AND j.query_id = ?2");
    statement.bind(1, judgeId).bind(2, queryId);
    return statement.keyedRows([](const SqliteStatement& row) { return readReason(row, 0); },
                               [](const JudgmentReason& reason) { return reason.judgmentId; });
}

} // namespace tare
