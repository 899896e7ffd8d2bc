// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/experimentstore.h"

#include "core/db/sqliteconnection.h"

#include <string>

namespace tare {

namespace {

constexpr const char* s_columns =
    "SELECT id, dataset_id, coalesce(space_id, 0), kind, params, label, status, error, result, created_at, "
    "coalesce(finished_at, '') FROM experiments ";

ExperimentRecord readExperiment(const SqliteStatement& statement)
{
    ExperimentRecord record;
    record.id = statement.int64(0);
    record.datasetId = statement.int64(1);
    record.spaceId = statement.int64(2);
    record.kind = statement.text(3);
    record.paramsJson = statement.blob(4);
    record.label = statement.text(5);
    record.status = runStatusFromName(statement.text(6)).value_or(RunStatus::Failed);
    record.error = statement.text(7);
    record.resultJson = statement.blob(8);
    record.createdAt = statement.text(9);
    record.finishedAt = statement.text(10);
    return record;
}

} // namespace

ExperimentStore::ExperimentStore(SqliteConnection& connection)
    : m_connection(connection)
{
}

qint64 ExperimentStore::create(const ExperimentRecord& experiment)
{
    auto& statement = m_connection.prepare(
        "INSERT INTO experiments(dataset_id, space_id, kind, params, label, status, result) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    statement.bind(1, experiment.datasetId).bindIdOrNull(2, experiment.spaceId).bind(3, experiment.kind);
    statement.bind(4, QByteArrayView(experiment.paramsJson));
    statement.bind(5, experiment.label).bind(6, runStatusName(experiment.status));
    statement.bind(7, QByteArrayView(experiment.resultJson));
    statement.run();
    return m_connection.lastInsertRowId();
}

std::optional<ExperimentRecord> ExperimentStore::find(qint64 id)
{
    static const std::string sql = std::string(s_columns) + "WHERE id = ?1";
    auto& statement = m_connection.prepare(sql.c_str());
    statement.bind(1, id);
    return statement.firstRow(readExperiment);
}

QList<ExperimentRecord> ExperimentStore::all(qint64 datasetId)
{
    static const std::string sql = std::string(s_columns) + "WHERE ?1 = 0 OR dataset_id = ?1 ORDER BY id DESC";
    return m_connection.rows(sql.c_str(), datasetId, readExperiment);
}

std::optional<ExperimentRecord> ExperimentStore::latestWithDefinition(qint64 datasetId, qint64 spaceId, const QString& kind,
                                                                      const QByteArray& paramsJson)
{
    static const std::string sql = std::string(s_columns)
        + "WHERE dataset_id = ?1 AND coalesce(space_id, 0) = ?2 AND kind = ?3 AND params = ?4 ORDER BY id DESC LIMIT 1";
    auto& statement = m_connection.prepare(sql.c_str());
    statement.bind(1, datasetId).bind(2, spaceId).bind(3, kind);
    statement.bind(4, QByteArrayView(paramsJson));
    return statement.firstRow(readExperiment);
}

void ExperimentStore::setStatus(qint64 id, RunStatus status, const QString& error)
{
    auto& statement = m_connection.prepare(
        "UPDATE experiments SET status = ?2, error = ?3, "
        "finished_at = CASE WHEN ?2 = 'finished' THEN strftime('%Y-%m-%dT%H:%M:%SZ', 'now') ELSE finished_at END "
        "WHERE id = ?1");
    statement.bind(1, id).bind(2, runStatusName(status)).bind(3, error);
    statement.run();
}

void ExperimentStore::setResult(qint64 id, const QByteArray& resultJson)
{
    auto& statement = m_connection.prepare("UPDATE experiments SET result = ?2 WHERE id = ?1");
    statement.bind(1, id);
    statement.bind(2, QByteArrayView(resultJson));
    statement.run();
}

void ExperimentStore::linkRun(qint64 experimentId, qint64 runId, const QByteArray& cellJson)
{
    auto& statement = m_connection.prepare(
        "INSERT INTO experiment_runs(experiment_id, run_id, cell) VALUES(?1, ?2, ?3) "
        "ON CONFLICT(experiment_id, run_id) DO UPDATE SET cell = excluded.cell");
    statement.bind(1, experimentId).bind(2, runId);
    statement.bind(3, QByteArrayView(cellJson));
    statement.run();
}

QList<ExperimentRunLink> ExperimentStore::runs(qint64 experimentId)
{
    return m_connection.rows("SELECT run_id, cell FROM experiment_runs WHERE experiment_id = ?1 ORDER BY rowid", experimentId,
                             [](const SqliteStatement& row) { return ExperimentRunLink{row.int64(0), row.blob(1)}; });
}

} // namespace tare
