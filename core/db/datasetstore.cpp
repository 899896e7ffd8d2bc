// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/datasetstore.h"

#include "core/db/sqliteconnection.h"
#include "core/util/tareerror.h"

#include <QCoreApplication>
#include <QThread>

namespace tare {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tare::ProjectStore", text);
}

} // namespace

DatasetStore::DatasetStore(SqliteConnection& connection)
    : m_connection(connection)
    , m_thread(QThread::currentThread())
{
}

qint64 DatasetStore::create(const DatasetInfo& info)
{
    Q_ASSERT(QThread::currentThread() == m_thread);
    if (byName(info.name))
        throw TareError(TareError::Kind::Input,
                        tr("a dataset named '%1' already exists in %2").arg(info.name, m_connection.path()));
    auto& statement = m_connection.prepare(
        "INSERT INTO datasets(name, source, pool, instruction, task_type, document_join) VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
    statement.bind(1, info.name).bind(2, info.source).bind(3, poolRuleName(info.pool)).bind(4, info.instruction);
    statement.bind(5, taskTypeName(info.taskType)).bind(6, documentJoinName(info.documentJoin));
    statement.run();
    return m_connection.lastInsertRowId();
}

void DatasetStore::setTask(qint64 datasetId, const DatasetTask& task)
{
    Q_ASSERT(QThread::currentThread() == m_thread);
    auto& statement =
        m_connection.prepare("UPDATE datasets SET instruction = ?2, task_type = ?3, document_join = ?4 WHERE id = ?1");
    statement.bind(1, datasetId).bind(2, task.instruction).bind(3, taskTypeName(task.taskType));
    statement.bind(4, documentJoinName(task.documentJoin));
    statement.run();
    if (m_connection.changes() == 0)
        throw TareError(TareError::Kind::Usage, tr("no dataset with id %1").arg(datasetId));
}

std::optional<DatasetInfo> DatasetStore::byName(const QString& name)
{
    auto& statement = m_connection.prepare("SELECT id FROM datasets WHERE name = ?1");
    statement.bind(1, name);
    const std::optional<qint64> id = statement.firstInt64();
    return id ? find(*id) : std::nullopt;
}

std::optional<DatasetInfo> DatasetStore::find(qint64 id)
{
    Q_ASSERT(QThread::currentThread() == m_thread);
    auto& statement = m_connection.prepare(
        "SELECT id, name, source, pool, instruction, task_type, document_join FROM datasets WHERE id = ?1");
    statement.bind(1, id);
    if (!statement.step())
        return std::nullopt;
    DatasetInfo info;
    info.id = statement.int64(0);
    info.name = statement.text(1);
    info.source = statement.text(2);
    info.pool = poolRuleFromName(statement.text(3)).value_or(PoolRule::Corpus);
    info.instruction = statement.text(4);
    info.taskType = taskTypeFromName(statement.text(5)).value_or(TaskType::Search);
    info.documentJoin = documentJoinFromName(statement.text(6)).value_or(DocumentJoin::TitleSpace);
    statement.reset();
    fillCounts(info);
    return info;
}

QList<DatasetInfo> DatasetStore::all()
{
    const QList<qint64> ids =
        m_connection.prepare("SELECT id FROM datasets ORDER BY id").allRows([](const SqliteStatement& row) { return row.int64(0); });
    QList<DatasetInfo> result;
    for (qint64 id : ids) {
        if (auto info = find(id))
            result.append(*info);
    }
    return result;
}

void DatasetStore::fillCounts(DatasetInfo& info)
{
    info.documentCount = m_connection.queryInt64("SELECT count(*) FROM documents WHERE dataset_id = ?1", info.id);
    info.queryCount = m_connection.queryInt64("SELECT count(*) FROM queries WHERE dataset_id = ?1", info.id);
    info.labelCount =
        m_connection.queryInt64("SELECT count(*) FROM labels JOIN queries q ON q.id = labels.query_id WHERE q.dataset_id = ?1", info.id);
    info.positiveLabelCount = m_connection.queryInt64(
        "SELECT count(*) FROM labels JOIN queries q ON q.id = labels.query_id WHERE q.dataset_id = ?1 AND grade > 0", info.id);
}

qint64 DatasetStore::insertDocument(qint64 datasetId, QByteArrayView extId, QByteArrayView title, QByteArrayView text)
{
    return insertNew("INSERT INTO documents(dataset_id, ext_id, title, text) VALUES(?1, ?2, ?3, ?4) "
                     "ON CONFLICT(dataset_id, ext_id) DO NOTHING",
                     datasetId, extId, title, text);
}

qint64 DatasetStore::insertQuery(qint64 datasetId, QByteArrayView extId, QByteArrayView text, QByteArrayView instruction)
{
    return insertNew("INSERT INTO queries(dataset_id, ext_id, text, instruction) VALUES(?1, ?2, ?3, ?4) "
                     "ON CONFLICT(dataset_id, ext_id) DO NOTHING",
                     datasetId, extId, text, instruction);
}

qint64 DatasetStore::insertNew(const char* sql, qint64 datasetId, QByteArrayView extId, QByteArrayView first, QByteArrayView second)
{
    Q_ASSERT(QThread::currentThread() == m_thread);
    auto& statement = m_connection.prepare(sql);
    statement.bind(1, datasetId).bind(2, extId).bind(3, first).bind(4, second);
    statement.step();
    return m_connection.changes() == 1 ? m_connection.lastInsertRowId() : 0;
}

std::optional<qint64> DatasetStore::documentId(qint64 datasetId, QByteArrayView extId)
{
    auto& statement = m_connection.prepare("SELECT id FROM documents WHERE dataset_id = ?1 AND ext_id = ?2");
    statement.bind(1, datasetId).bind(2, extId);
    return statement.firstInt64();
}

std::optional<qint64> DatasetStore::queryId(qint64 datasetId, QByteArrayView extId)
{
    auto& statement = m_connection.prepare("SELECT id FROM queries WHERE dataset_id = ?1 AND ext_id = ?2");
    statement.bind(1, datasetId).bind(2, extId);
    return statement.firstInt64();
}

std::optional<DocumentRecord> DatasetStore::document(qint64 documentId)
{
    auto& statement = m_connection.prepare("SELECT id, ext_id, title, text FROM documents WHERE id = ?1");
    statement.bind(1, documentId);
    return statement.firstRow(
        [](const SqliteStatement& row) { return DocumentRecord{row.int64(0), row.text(1), row.text(2), row.text(3)}; });
}

bool DatasetStore::insertLabel(qint64 queryId, qint64 documentId, int grade)
{
    auto& statement =
        m_connection.prepare("INSERT INTO labels(query_id, document_id, grade) VALUES(?1, ?2, ?3) ON CONFLICT DO NOTHING");
    statement.bind(1, queryId).bind(2, documentId).bind(3, grade);
    statement.step();
    return m_connection.changes() == 1;
}

void DatasetStore::forEachLabel(qint64 datasetId, const std::function<void(const LabelRecord&)>& visit)
{
    auto& statement = m_connection.prepare(
        "SELECT q.ext_id, d.ext_id, l.grade FROM labels l JOIN queries q ON q.id = l.query_id "
        "JOIN documents d ON d.id = l.document_id WHERE q.dataset_id = ?1 ORDER BY q.id, d.id");
    statement.bind(1, datasetId);
    LabelRecord record;
    statement.forEachRow([&](const SqliteStatement& row) {
        record.queryExtId = row.text(0);
        record.documentExtId = row.text(1);
        record.grade = int(row.int64(2));
        visit(record);
    });
}

QList<DocumentRecord> DatasetStore::documents(qint64 datasetId)
{
    return m_connection.rows("SELECT id, ext_id, title, text FROM documents WHERE dataset_id = ?1 ORDER BY id", datasetId,
                             [](const SqliteStatement& row) {
                                 return DocumentRecord{row.int64(0), row.text(1), row.text(2), row.text(3)};
                             });
}

QHash<qint64, QString> DatasetStore::documentExtIds(qint64 datasetId)
{
    QHash<qint64, QString> result;
    auto& statement = m_connection.prepare("SELECT id, ext_id FROM documents WHERE dataset_id = ?1");
    statement.bind(1, datasetId);
    statement.forEachRow([&](const SqliteStatement& row) { result.insert(row.int64(0), row.text(1)); });
    return result;
}

void DatasetStore::forEachDocumentExtId(qint64 datasetId, const std::function<void(qint64 id, const QString& extId)>& visit)
{
    auto& statement = m_connection.prepare("SELECT id, ext_id FROM documents WHERE dataset_id = ?1 ORDER BY ext_id");
    statement.bind(1, datasetId);
    statement.forEachRow([&](const SqliteStatement& row) { visit(row.int64(0), row.text(1)); });
}

QHash<QByteArray, qint64> DatasetStore::documentIdsByExtId(qint64 datasetId)
{
    QHash<QByteArray, qint64> result;
    auto& statement = m_connection.prepare("SELECT id, ext_id FROM documents WHERE dataset_id = ?1");
    statement.bind(1, datasetId);
    statement.forEachRow([&](const SqliteStatement& row) {
        const auto utf8 = row.blobView(1);
        result.insert(QByteArray(utf8.data(), qsizetype(utf8.size())), row.int64(0));
    });
    return result;
}

QList<QueryRecord> DatasetStore::queries(qint64 datasetId)
{
    return m_connection.rows("SELECT id, ext_id, text, instruction FROM queries WHERE dataset_id = ?1 ORDER BY id", datasetId,
                             [](const SqliteStatement& row) {
                                 return QueryRecord{row.int64(0), row.text(1), row.text(2), row.text(3)};
                             });
}

QHash<qint64, QList<GradedDocument>> DatasetStore::labelsByQuery(qint64 datasetId)
{
    auto& statement = m_connection.prepare(
        "SELECT l.query_id, l.document_id, l.grade FROM labels l JOIN queries q ON q.id = l.query_id "
        "WHERE q.dataset_id = ?1 ORDER BY l.query_id, l.document_id");
    statement.bind(1, datasetId);
    QHash<qint64, QList<GradedDocument>> result;
    statement.forEachRow(
        [&](const SqliteStatement& row) { result[row.int64(0)].append({row.int64(1), int(row.int64(2))}); });
    return result;
}

QString DatasetStore::labelSummary(qint64 documentId)
{
    const QStringList parts = m_connection.rows(
        "SELECT q.ext_id, l.grade FROM labels l JOIN queries q ON q.id = l.query_id WHERE l.document_id = ?1 ORDER BY q.id",
        documentId, [](const SqliteStatement& row) { return QStringLiteral("%1: %2").arg(row.text(0)).arg(row.int64(1)); });
    return parts.join(QStringLiteral(", "));
}

} // namespace tare
