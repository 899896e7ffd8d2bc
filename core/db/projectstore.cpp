// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/projectstore.h"

#include "core/db/projectschema.h"
#include "core/util/tareerror.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <bit>
#include <cstring>

static_assert(std::endian::native == std::endian::little, "vector blobs are stored as float32 little-endian");

namespace tare {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tare::ProjectStore", text);
}

SqliteStatement& bindView(SqliteStatement& statement, int index, QByteArrayView value)
{
    return statement.bindUtf8(index, value.data(), value.size());
}

} // namespace

ProjectStore::ProjectStore(const QString& path, OpenMode mode)
    : m_thread(QThread::currentThread())
{
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (!exists && mode == OpenMode::OpenExisting)
        throw TareError(TareError::Kind::Io, tr("%1: no such project file").arg(path));
    if (exists && info.isDir())
        throw TareError(TareError::Kind::Io, tr("%1: is a folder, not a project file").arg(path));

    if (exists && info.size() > 0) {
        // Check the header ourselves so a foreign file is never handed to SQLite for writing.
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw TareError(TareError::Kind::Io, tr("%1: cannot read: %2").arg(path, file.errorString()));
        if (file.read(16) != QByteArrayView("SQLite format 3\0", 16))
            throw TareError(TareError::Kind::Input, tr("%1: not a Tare project (not an SQLite database)").arg(path));
    }

    m_connection = std::make_unique<SqliteConnection>(
        path, mode == OpenMode::CreateIfMissing ? SqliteConnection::Mode::ReadWriteCreate : SqliteConnection::Mode::ReadWrite);

    const qint64 applicationId = m_connection->pragmaInt("application_id");
    const qint64 version = m_connection->pragmaInt("user_version");
    const qint64 tableCount = [&] {
        auto& statement = m_connection->prepare("SELECT count(*) FROM sqlite_master");
        statement.step();
        const qint64 count = statement.int64(0);
        statement.reset();
        return count;
    }();

    const bool empty = applicationId == 0 && version == 0 && tableCount == 0;
    if (!empty && applicationId != ProjectSchema::ApplicationId)
        throw TareError(TareError::Kind::Input,
                        tr("%1: not a Tare project (an SQLite database of another program)").arg(path));
    if (version > ProjectSchema::CurrentVersion)
        throw TareError(TareError::Kind::Input,
                        tr("%1: written by a newer Tare (project schema %2; this build reads up to %3); "
                           "the file was not changed")
                            .arg(path)
                            .arg(version)
                            .arg(ProjectSchema::CurrentVersion));

    m_connection->exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;");
    ProjectSchema::migrate(*m_connection, empty ? 0 : int(version));
}

ProjectStore::~ProjectStore() = default;

int ProjectStore::schemaVersion()
{
    return int(m_connection->pragmaInt("user_version"));
}

std::unique_ptr<SqliteTransaction> ProjectStore::beginTransaction()
{
    Q_ASSERT(QThread::currentThread() == m_thread);
    return std::make_unique<SqliteTransaction>(*m_connection);
}

void ProjectStore::prepareForBulkWrite()
{
    m_connection->exec("PRAGMA cache_size = -65536;");
}

qint64 ProjectStore::createDataset(const DatasetInfo& info)
{
    Q_ASSERT(QThread::currentThread() == m_thread);
    if (datasetByName(info.name))
        throw TareError(TareError::Kind::Input, tr("a dataset named '%1' already exists in %2").arg(info.name, path()));
    auto& statement = m_connection->prepare(
        "INSERT INTO datasets(name, source, pool, instruction) VALUES(?1, ?2, ?3, ?4)");
    statement.bind(1, info.name).bind(2, info.source).bind(3, poolRuleName(info.pool)).bind(4, info.instruction);
    statement.run();
    return m_connection->lastInsertRowId();
}

std::optional<DatasetInfo> ProjectStore::datasetByName(const QString& name)
{
    auto& statement = m_connection->prepare("SELECT id FROM datasets WHERE name = ?1");
    statement.bind(1, name);
    if (!statement.step())
        return std::nullopt;
    const qint64 id = statement.int64(0);
    statement.reset();
    return dataset(id);
}

std::optional<DatasetInfo> ProjectStore::dataset(qint64 id)
{
    Q_ASSERT(QThread::currentThread() == m_thread);
    auto& statement = m_connection->prepare("SELECT id, name, source, pool, instruction FROM datasets WHERE id = ?1");
    statement.bind(1, id);
    if (!statement.step())
        return std::nullopt;
    DatasetInfo info;
    info.id = statement.int64(0);
    info.name = statement.text(1);
    info.source = statement.text(2);
    info.pool = poolRuleFromName(statement.text(3)).value_or(PoolRule::Corpus);
    info.instruction = statement.text(4);
    statement.reset();
    fillCounts(info);
    return info;
}

QList<DatasetInfo> ProjectStore::datasets()
{
    QList<qint64> ids;
    auto& statement = m_connection->prepare("SELECT id FROM datasets ORDER BY id");
    while (statement.step())
        ids.append(statement.int64(0));
    statement.reset();
    QList<DatasetInfo> result;
    for (qint64 id : ids) {
        if (auto info = dataset(id))
            result.append(*info);
    }
    return result;
}

void ProjectStore::fillCounts(DatasetInfo& info)
{
    auto count = [&](const char* sql) {
        auto& statement = m_connection->prepare(sql);
        statement.bind(1, info.id);
        statement.step();
        const qint64 value = statement.int64(0);
        statement.reset();
        return value;
    };
    info.documentCount = count("SELECT count(*) FROM documents WHERE dataset_id = ?1");
    info.queryCount = count("SELECT count(*) FROM queries WHERE dataset_id = ?1");
    info.labelCount = count("SELECT count(*) FROM labels JOIN queries q ON q.id = labels.query_id WHERE q.dataset_id = ?1");
    info.positiveLabelCount = count(
        "SELECT count(*) FROM labels JOIN queries q ON q.id = labels.query_id WHERE q.dataset_id = ?1 AND grade > 0");
}

qint64 ProjectStore::insertDocument(qint64 datasetId, QByteArrayView extId, QByteArrayView title, QByteArrayView text)
{
    Q_ASSERT(QThread::currentThread() == m_thread);
    auto& statement = m_connection->prepare(
        "INSERT INTO documents(dataset_id, ext_id, title, text) VALUES(?1, ?2, ?3, ?4) "
        "ON CONFLICT(dataset_id, ext_id) DO NOTHING");
    statement.bind(1, datasetId);
    bindView(statement, 2, extId);
    bindView(statement, 3, title);
    bindView(statement, 4, text);
    statement.step();
    return m_connection->changes() == 1 ? m_connection->lastInsertRowId() : 0;
}

qint64 ProjectStore::insertQuery(qint64 datasetId, QByteArrayView extId, QByteArrayView text, QByteArrayView instruction)
{
    Q_ASSERT(QThread::currentThread() == m_thread);
    auto& statement = m_connection->prepare(
        "INSERT INTO queries(dataset_id, ext_id, text, instruction) VALUES(?1, ?2, ?3, ?4) "
        "ON CONFLICT(dataset_id, ext_id) DO NOTHING");
    statement.bind(1, datasetId);
    bindView(statement, 2, extId);
    bindView(statement, 3, text);
    bindView(statement, 4, instruction);
    statement.step();
    return m_connection->changes() == 1 ? m_connection->lastInsertRowId() : 0;
}

std::optional<qint64> ProjectStore::documentId(qint64 datasetId, QByteArrayView extId)
{
    auto& statement = m_connection->prepare("SELECT id FROM documents WHERE dataset_id = ?1 AND ext_id = ?2");
    statement.bind(1, datasetId);
    bindView(statement, 2, extId);
    std::optional<qint64> id;
    if (statement.step())
        id = statement.int64(0);
    statement.reset();
    return id;
}

std::optional<qint64> ProjectStore::queryId(qint64 datasetId, QByteArrayView extId)
{
    auto& statement = m_connection->prepare("SELECT id FROM queries WHERE dataset_id = ?1 AND ext_id = ?2");
    statement.bind(1, datasetId);
    bindView(statement, 2, extId);
    std::optional<qint64> id;
    if (statement.step())
        id = statement.int64(0);
    statement.reset();
    return id;
}

bool ProjectStore::insertLabel(qint64 queryId, qint64 documentId, int grade)
{
    auto& statement = m_connection->prepare(
        "INSERT INTO labels(query_id, document_id, grade) VALUES(?1, ?2, ?3) ON CONFLICT DO NOTHING");
    statement.bind(1, queryId).bind(2, documentId).bind(3, grade);
    statement.step();
    return m_connection->changes() == 1;
}

void ProjectStore::forEachLabel(qint64 datasetId, const std::function<void(const LabelRecord&)>& visit)
{
    auto& statement = m_connection->prepare(
        "SELECT q.ext_id, d.ext_id, l.grade FROM labels l JOIN queries q ON q.id = l.query_id "
        "JOIN documents d ON d.id = l.document_id WHERE q.dataset_id = ?1 ORDER BY q.id, d.id");
    statement.bind(1, datasetId);
    LabelRecord record;
    while (statement.step()) {
        record.queryExtId = statement.text(0);
        record.documentExtId = statement.text(1);
        record.grade = int(statement.int64(2));
        visit(record);
    }
    statement.reset();
}

qint64 ProjectStore::createSpace(const SpaceInfo& info)
{
    Q_ASSERT(QThread::currentThread() == m_thread);
    if (info.dim <= 0 || info.dim > 65536)
        throw TareError(TareError::Kind::Input, tr("embedding dimension %1 is out of range (1..65536)").arg(info.dim));
    if (spaceByName(info.datasetId, info.name))
        throw TareError(TareError::Kind::Input, tr("an embedding space named '%1' already exists").arg(info.name));
    auto& statement = m_connection->prepare(
        "INSERT INTO spaces(dataset_id, name, provider, model, dim, query_template, document_template, params) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    statement.bind(1, info.datasetId).bind(2, info.name).bind(3, info.provider).bind(4, info.model).bind(5, info.dim);
    statement.bind(6, info.queryTemplate).bind(7, info.documentTemplate);
    bindView(statement, 8, info.paramsJson);
    statement.run();
    return m_connection->lastInsertRowId();
}

std::optional<SpaceInfo> ProjectStore::spaceByName(qint64 datasetId, const QString& name)
{
    const auto all = spaces(datasetId);
    for (const auto& space : all) {
        if (space.name == name)
            return space;
    }
    return std::nullopt;
}

QList<SpaceInfo> ProjectStore::spaces(qint64 datasetId)
{
    auto& statement = m_connection->prepare(
        "SELECT id, dataset_id, name, provider, model, dim, query_template, document_template, params "
        "FROM spaces WHERE dataset_id = ?1 ORDER BY id");
    statement.bind(1, datasetId);
    QList<SpaceInfo> result;
    while (statement.step()) {
        SpaceInfo info;
        info.id = statement.int64(0);
        info.datasetId = statement.int64(1);
        info.name = statement.text(2);
        info.provider = statement.text(3);
        info.model = statement.text(4);
        info.dim = int(statement.int64(5));
        info.queryTemplate = statement.text(6);
        info.documentTemplate = statement.text(7);
        info.paramsJson = statement.blob(8);
        result.append(info);
    }
    statement.reset();
    for (auto& info : result)
        fillCounts(info);
    return result;
}

void ProjectStore::fillCounts(SpaceInfo& info)
{
    auto count = [&](const char* sql) {
        auto& statement = m_connection->prepare(sql);
        statement.bind(1, info.id);
        statement.step();
        const qint64 value = statement.int64(0);
        statement.reset();
        return value;
    };
    info.documentVectorCount = count("SELECT count(*) FROM document_vectors WHERE space_id = ?1");
    info.queryVectorCount = count("SELECT count(*) FROM query_vectors WHERE space_id = ?1");
}

int ProjectStore::spaceDim(qint64 spaceId)
{
    auto& statement = m_connection->prepare("SELECT dim FROM spaces WHERE id = ?1");
    statement.bind(1, spaceId);
    if (!statement.step())
        throw TareError(TareError::Kind::Internal, tr("no embedding space with id %1").arg(spaceId));
    const int dim = int(statement.int64(0));
    statement.reset();
    return dim;
}

void ProjectStore::setDocumentVector(qint64 spaceId, qint64 documentId, std::span<const float> vector)
{
    if (qsizetype(vector.size()) != spaceDim(spaceId))
        throw TareError(TareError::Kind::Input,
                        tr("vector of dimension %1 does not fit a space of dimension %2").arg(vector.size()).arg(spaceDim(spaceId)));
    auto& statement = m_connection->prepare(
        "INSERT INTO document_vectors(space_id, document_id, vector) VALUES(?1, ?2, ?3) "
        "ON CONFLICT(space_id, document_id) DO UPDATE SET vector = excluded.vector");
    statement.bind(1, spaceId).bind(2, documentId).bindBlob(3, vector.data(), qsizetype(vector.size_bytes()));
    statement.run();
}

void ProjectStore::setQueryVector(qint64 spaceId, qint64 queryId, std::span<const float> vector)
{
    if (qsizetype(vector.size()) != spaceDim(spaceId))
        throw TareError(TareError::Kind::Input,
                        tr("vector of dimension %1 does not fit a space of dimension %2").arg(vector.size()).arg(spaceDim(spaceId)));
    auto& statement = m_connection->prepare(
        "INSERT INTO query_vectors(space_id, query_id, vector) VALUES(?1, ?2, ?3) "
        "ON CONFLICT(space_id, query_id) DO UPDATE SET vector = excluded.vector");
    statement.bind(1, spaceId).bind(2, queryId).bindBlob(3, vector.data(), qsizetype(vector.size_bytes()));
    statement.run();
}

void ProjectStore::forEachDocumentVector(qint64 spaceId,
                                         const std::function<void(const QString&, std::span<const float>)>& visit)
{
    const int dim = spaceDim(spaceId);
    auto& statement = m_connection->prepare(
        "SELECT d.ext_id, v.vector FROM document_vectors v JOIN documents d ON d.id = v.document_id "
        "WHERE v.space_id = ?1 ORDER BY d.id");
    statement.bind(1, spaceId);
    std::vector<float> buffer(static_cast<size_t>(dim));
    while (statement.step()) {
        const auto bytes = statement.blobView(1);
        if (bytes.size() != buffer.size() * sizeof(float)) {
            statement.reset();
            throw TareError(TareError::Kind::Input,
                            tr("%1: a stored vector has %2 bytes, expected %3 (damaged project?)")
                                .arg(path())
                                .arg(bytes.size())
                                .arg(buffer.size() * sizeof(float)));
        }
        std::memcpy(buffer.data(), bytes.data(), bytes.size());
        visit(statement.text(0), buffer);
    }
    statement.reset();
}

ProjectSummary ProjectStore::summary()
{
    ProjectSummary result;
    result.path = path();
    result.schemaVersion = schemaVersion();
    result.datasets = datasets();
    for (const auto& dataset : std::as_const(result.datasets))
        result.spaces += spaces(dataset.id);
    auto count = [&](const char* sql) {
        auto& statement = m_connection->prepare(sql);
        statement.step();
        const qint64 value = statement.int64(0);
        statement.reset();
        return value;
    };
    result.judgeCount = count("SELECT count(*) FROM judges");
    result.judgmentCount = count("SELECT count(*) FROM judgments");
    result.runCount = count("SELECT count(*) FROM runs");
    return result;
}

} // namespace tare
