// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/projectstore.h"

#include "core/db/projectschema.h"
#include "core/db/runqueryjson.h"
#include "core/util/tareerror.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <bit>
#include <cmath>
#include <cstring>
#include <limits>
#include <map>

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

// Bounds checked before anything is allocated from sizes stored in a project file, which may come
// from elsewhere: the dimension the schema allows, and the largest vector matrix loaded at once.
constexpr qint64 s_maxDim = 65536;
constexpr qint64 s_maxMatrixBytes = qint64(64) << 30;

/// Table name -> column names, for every table of a database.
std::map<QString, QStringList> tableColumns(SqliteConnection& connection)
{
    QStringList tables;
    auto& list = connection.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
    while (list.step())
        tables.append(list.text(0));
    list.reset();
    std::map<QString, QStringList> result;
    auto& info = connection.prepare("SELECT name FROM pragma_table_info(?1)");
    for (const QString& table : std::as_const(tables)) {
        info.bind(1, table);
        QStringList& columns = result[table];
        while (info.step())
            columns.append(info.text(0));
        info.reset();
    }
    return result;
}

/// The tables and columns of the current schema, taken from the migrations themselves (applied to
/// an in-memory database once) so that the check cannot drift from them.
const std::map<QString, QStringList>& expectedColumns()
{
    static const std::map<QString, QStringList> columns = [] {
        SqliteConnection memory(QStringLiteral(":memory:"), SqliteConnection::Mode::ReadWriteCreate);
        ProjectSchema::migrate(memory, 0);
        return tableColumns(memory);
    }();
    return columns;
}

/// Refuses a file marked as a Tare project whose tables or columns are not those of the schema
/// (damaged, or written by another program), before anything reads or writes them.
void validateSchema(SqliteConnection& connection, const QString& path, bool unchanged)
{
    const QString untouched = unchanged ? QCoreApplication::translate("tare::ProjectStore", "; the file was not changed") : QString();
    const auto actual = tableColumns(connection);
    for (const auto& [table, columns] : expectedColumns()) {
        const auto found = actual.find(table);
        if (found == actual.end())
            throw TareError(TareError::Kind::Input,
                            QCoreApplication::translate("tare::ProjectStore", "%1: not a valid Tare project: the table '%2' is missing (damaged, or written by another "
                               "program)%3")
                                .arg(path, table, untouched));
        for (const QString& column : columns) {
            if (!found->second.contains(column))
                throw TareError(TareError::Kind::Input,
                                QCoreApplication::translate("tare::ProjectStore", "%1: not a valid Tare project: the table '%2' has no column '%3' (damaged, or written "
                                   "by another program)%4")
                                    .arg(path, table, column, untouched));
        }
    }
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

    if (version < 0)
        throw TareError(TareError::Kind::Input,
                        tr("%1: not a valid Tare project (schema version %2); the file was not changed").arg(path).arg(version));
    // A file of the current schema is checked before anything (even the journal mode) is written.
    if (!empty && version == ProjectSchema::CurrentVersion)
        validateSchema(*m_connection, path, true);
    m_connection->exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;");
    if (empty || version == ProjectSchema::CurrentVersion) {
        ProjectSchema::migrate(*m_connection, empty ? 0 : int(version));
        return;
    }
    try {
        ProjectSchema::migrate(*m_connection, int(version));
    } catch (const TareError& error) {
        // migrate() runs in one transaction: a failed upgrade leaves the file as it was.
        throw TareError(TareError::Kind::Input, tr("%1: cannot upgrade the project from schema %2 (damaged?): %3")
                                                    .arg(path)
                                                    .arg(version)
                                                    .arg(error.message()));
    }
    validateSchema(*m_connection, path, false);
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

DatasetInfo ProjectStore::datasetForNewSpace(qint64 datasetId, const QString& spaceName)
{
    const auto found = dataset(datasetId);
    if (!found)
        throw TareError(TareError::Kind::Usage, tr("no dataset with id %1").arg(datasetId));
    if (spaceByName(datasetId, spaceName))
        throw TareError(TareError::Kind::Usage,
                        tr("dataset '%1' already has a space named '%2'").arg(found->name, spaceName));
    return *found;
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
    const qint64 dim = statement.int64(0);
    statement.reset();
    // Checked on write, but a file from elsewhere may hold anything: refuse before allocating.
    if (dim < 1 || dim > s_maxDim)
        throw TareError(TareError::Kind::Input, tr("%1: embedding space %2 has dimension %3, outside 1..%4 (damaged project?)")
                                                    .arg(path())
                                                    .arg(spaceId)
                                                    .arg(dim)
                                                    .arg(s_maxDim));
    return int(dim);
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

namespace tare {

namespace {

QByteArray floatBlob(std::span<const float> values)
{
    return QByteArray(reinterpret_cast<const char*>(values.data()), qsizetype(values.size_bytes()));
}

std::optional<double> optionalReal(const SqliteStatement& statement, int column)
{
    if (statement.isNull(column))
        return std::nullopt;
    return statement.real(column);
}

double realOrNan(const SqliteStatement& statement, int column)
{
    return statement.isNull(column) ? std::numeric_limits<double>::quiet_NaN() : statement.real(column);
}

void bindRealOrNull(SqliteStatement& statement, int index, double value)
{
    if (std::isfinite(value))
        statement.bind(index, value);
    else
        statement.bindNull(index);
}

} // namespace

QList<DocumentRecord> ProjectStore::documents(qint64 datasetId)
{
    auto& statement = m_connection->prepare("SELECT id, ext_id, title, text FROM documents WHERE dataset_id = ?1 ORDER BY id");
    statement.bind(1, datasetId);
    QList<DocumentRecord> result;
    while (statement.step())
        result.append({statement.int64(0), statement.text(1), statement.text(2), statement.text(3)});
    statement.reset();
    return result;
}

QList<QueryRecord> ProjectStore::queries(qint64 datasetId)
{
    auto& statement =
        m_connection->prepare("SELECT id, ext_id, text, instruction FROM queries WHERE dataset_id = ?1 ORDER BY id");
    statement.bind(1, datasetId);
    QList<QueryRecord> result;
    while (statement.step())
        result.append({statement.int64(0), statement.text(1), statement.text(2), statement.text(3)});
    statement.reset();
    return result;
}

QHash<qint64, QList<GradedDocument>> ProjectStore::labelsByQuery(qint64 datasetId)
{
    auto& statement = m_connection->prepare(
        "SELECT l.query_id, l.document_id, l.grade FROM labels l JOIN queries q ON q.id = l.query_id "
        "WHERE q.dataset_id = ?1 ORDER BY l.query_id, l.document_id");
    statement.bind(1, datasetId);
    QHash<qint64, QList<GradedDocument>> result;
    while (statement.step())
        result[statement.int64(0)].append({statement.int64(1), int(statement.int64(2))});
    statement.reset();
    return result;
}

void ProjectStore::setSpaceModelState(qint64 spaceId, const QByteArray& state)
{
    auto& statement = m_connection->prepare("UPDATE spaces SET model_state = ?2 WHERE id = ?1");
    statement.bind(1, spaceId).bindBlob(2, state.constData(), state.size());
    statement.run();
}

QByteArray ProjectStore::spaceModelState(qint64 spaceId)
{
    auto& statement = m_connection->prepare("SELECT model_state FROM spaces WHERE id = ?1");
    statement.bind(1, spaceId);
    QByteArray state;
    if (statement.step())
        state = statement.blob(0);
    statement.reset();
    return state;
}

std::optional<SpaceInfo> ProjectStore::space(qint64 spaceId)
{
    auto& statement = m_connection->prepare("SELECT dataset_id FROM spaces WHERE id = ?1");
    statement.bind(1, spaceId);
    if (!statement.step())
        return std::nullopt;
    const qint64 datasetId = statement.int64(0);
    statement.reset();
    for (const auto& info : spaces(datasetId)) {
        if (info.id == spaceId)
            return info;
    }
    return std::nullopt;
}

RowMatrixXf ProjectStore::documentMatrix(qint64 spaceId, std::vector<qint64>& documentIds)
{
    const int dim = spaceDim(spaceId);
    // Sizes come from the file: check that the stored blobs add up to rows x dim floats, and that
    // the matrix is of a size one may load, before allocating it.
    auto& count = m_connection->prepare(
        "SELECT count(*), coalesce(sum(length(vector)), 0) FROM document_vectors WHERE space_id = ?1");
    count.bind(1, spaceId);
    count.step();
    const qint64 rows = count.int64(0);
    const qint64 storedBytes = count.int64(1);
    count.reset();
    const qint64 matrixBytes = rows * dim * qint64(sizeof(float));
    if (storedBytes != matrixBytes)
        throw TareError(TareError::Kind::Input,
                        tr("%1: the %2 vectors of embedding space %3 hold %4 bytes, expected %5 for dimension %6 "
                           "(damaged project?)")
                            .arg(path())
                            .arg(rows)
                            .arg(spaceId)
                            .arg(storedBytes)
                            .arg(matrixBytes)
                            .arg(dim));
    if (matrixBytes > s_maxMatrixBytes)
        throw TareError(TareError::Kind::Input, tr("%1: embedding space %2 is too large to load: %3 vectors of dimension %4 "
                                                   "need %5 GiB (the limit is %6 GiB)")
                                                    .arg(path())
                                                    .arg(spaceId)
                                                    .arg(rows)
                                                    .arg(dim)
                                                    .arg(double(matrixBytes) / double(qint64(1) << 30), 0, 'f', 1)
                                                    .arg(s_maxMatrixBytes >> 30));
    RowMatrixXf matrix(rows, dim);
    documentIds.clear();
    documentIds.reserve(size_t(rows));
    auto& statement = m_connection->prepare(
        "SELECT document_id, vector FROM document_vectors WHERE space_id = ?1 ORDER BY document_id");
    statement.bind(1, spaceId);
    qint64 row = 0;
    while (statement.step() && row < rows) {
        const auto bytes = statement.blobView(1);
        if (qsizetype(bytes.size()) != qsizetype(dim) * qsizetype(sizeof(float))) {
            statement.reset();
            throw TareError(TareError::Kind::Input, tr("%1: a stored vector has %2 bytes, expected %3 (damaged project?)")
                                                        .arg(path())
                                                        .arg(bytes.size())
                                                        .arg(dim * sizeof(float)));
        }
        std::memcpy(matrix.row(row).data(), bytes.data(), bytes.size());
        documentIds.push_back(statement.int64(0));
        ++row;
    }
    statement.reset();
    if (row < rows)
        matrix.conservativeResize(row, dim);
    return matrix;
}

QHash<qint64, Eigen::VectorXf> ProjectStore::queryVectors(qint64 spaceId)
{
    const int dim = spaceDim(spaceId);
    auto& statement = m_connection->prepare("SELECT query_id, vector FROM query_vectors WHERE space_id = ?1");
    statement.bind(1, spaceId);
    QHash<qint64, Eigen::VectorXf> result;
    while (statement.step()) {
        const auto bytes = statement.blobView(1);
        if (qsizetype(bytes.size()) != qsizetype(dim) * qsizetype(sizeof(float)))
            continue; // validated on write; a damaged row is treated as missing
        Eigen::VectorXf vector(dim);
        std::memcpy(vector.data(), bytes.data(), bytes.size());
        result.insert(statement.int64(0), vector);
    }
    statement.reset();
    return result;
}

std::optional<std::vector<float>> ProjectStore::cachedEmbedding(const QString& identity, const QByteArray& textSha256)
{
    auto& statement =
        m_connection->prepare("SELECT vector FROM embedding_cache WHERE identity = ?1 AND text_sha256 = ?2");
    statement.bind(1, identity).bindBlob(2, textSha256.constData(), textSha256.size());
    std::optional<std::vector<float>> vector;
    if (statement.step()) {
        const auto bytes = statement.blobView(0);
        if (!bytes.empty() && bytes.size() % sizeof(float) == 0) { // a damaged row is treated as missing
            vector.emplace(bytes.size() / sizeof(float));
            std::memcpy(vector->data(), bytes.data(), bytes.size());
        }
    }
    statement.reset();
    return vector;
}

void ProjectStore::putCachedEmbedding(const QString& identity, const QByteArray& textSha256, std::span<const float> vector)
{
    auto& statement = m_connection->prepare(
        "INSERT INTO embedding_cache(identity, text_sha256, vector) VALUES(?1, ?2, ?3) "
        "ON CONFLICT(identity, text_sha256) DO UPDATE SET vector = excluded.vector");
    statement.bind(1, identity)
        .bindBlob(2, textSha256.constData(), textSha256.size())
        .bindBlob(3, vector.data(), qsizetype(vector.size_bytes()));
    statement.run();
}

qint64 ProjectStore::cachedEmbeddingCount(const QString& identity)
{
    auto& statement = m_connection->prepare("SELECT COUNT(*) FROM embedding_cache WHERE identity = ?1");
    statement.bind(1, identity);
    const qint64 count = statement.step() ? statement.int64(0) : 0;
    statement.reset();
    return count;
}

qint64 ProjectStore::ensureJudge(const JudgeInfo& judge)
{
    auto& find = m_connection->prepare("SELECT id FROM judges WHERE identity = ?1");
    find.bind(1, judge.identity);
    if (find.step()) {
        const qint64 id = find.int64(0);
        find.reset();
        return id;
    }
    find.reset();
    auto& insert = m_connection->prepare("INSERT INTO judges(identity, kind, name, params) VALUES(?1, ?2, ?3, ?4)");
    insert.bind(1, judge.identity).bind(2, judge.kind).bind(3, judge.name);
    bindView(insert, 4, judge.paramsJson);
    insert.run();
    return m_connection->lastInsertRowId();
}

std::optional<JudgeInfo> ProjectStore::judge(qint64 judgeId)
{
    auto& statement = m_connection->prepare("SELECT id, identity, kind, name, params FROM judges WHERE id = ?1");
    statement.bind(1, judgeId);
    if (!statement.step())
        return std::nullopt;
    JudgeInfo info{statement.int64(0), statement.text(1), statement.text(2), statement.text(3), statement.blob(4)};
    statement.reset();
    return info;
}

qint64 ProjectStore::insertJudgment(const JudgmentRecord& judgment)
{
    auto& statement = m_connection->prepare(
        "INSERT INTO judgments(judge_id, query_id, document_id, status, score, error, prompt, raw_response, latency_ms) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    statement.bind(1, judgment.judgeId).bind(2, judgment.queryId).bind(3, judgment.documentId).bind(4, judgment.status);
    if (judgment.score && std::isfinite(*judgment.score))
        statement.bind(5, *judgment.score);
    else
        statement.bindNull(5);
    statement.bind(6, judgment.error).bind(7, judgment.prompt).bind(8, judgment.rawResponse).bind(9, judgment.latencyMs);
    statement.run();
    return m_connection->lastInsertRowId();
}

QHash<QPair<qint64, qint64>, JudgmentRecord> ProjectStore::latestJudgments(qint64 judgeId, qint64 datasetId)
{
    auto& statement = m_connection->prepare(
        "SELECT j.id, j.query_id, j.document_id, j.status, j.score, j.error, j.prompt, j.raw_response, j.latency_ms, "
        "j.created_at FROM judgments j JOIN queries q ON q.id = j.query_id "
        "WHERE j.judge_id = ?1 AND q.dataset_id = ?2 ORDER BY j.id");
    statement.bind(1, judgeId).bind(2, datasetId);
    QHash<QPair<qint64, qint64>, JudgmentRecord> result;
    while (statement.step()) {
        JudgmentRecord record;
        record.id = statement.int64(0);
        record.judgeId = judgeId;
        record.queryId = statement.int64(1);
        record.documentId = statement.int64(2);
        record.status = statement.text(3);
        record.score = optionalReal(statement, 4);
        record.error = statement.text(5);
        record.prompt = statement.text(6);
        record.rawResponse = statement.text(7);
        record.latencyMs = statement.real(8);
        record.createdAt = statement.text(9);
        result.insert({record.queryId, record.documentId}, record); // later ids overwrite earlier
    }
    statement.reset();
    return result;
}

qint64 ProjectStore::createRun(const RunRecord& run)
{
    auto& statement = m_connection->prepare(
        "INSERT INTO runs(dataset_id, space_id, judge_id, refiner, params, label, status) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    statement.bind(1, run.datasetId).bind(2, run.spaceId);
    if (run.judgeId > 0)
        statement.bind(3, run.judgeId);
    else
        statement.bindNull(3);
    statement.bind(4, run.refiner);
    bindView(statement, 5, run.paramsJson);
    statement.bind(6, run.label).bind(7, runStatusName(run.status));
    statement.run();
    return m_connection->lastInsertRowId();
}

void ProjectStore::setRunStatus(qint64 runId, RunStatus status, const QString& error)
{
    auto& statement = m_connection->prepare(
        "UPDATE runs SET status = ?2, error = ?3, "
        "finished_at = CASE WHEN ?2 = 'finished' THEN strftime('%Y-%m-%dT%H:%M:%SZ', 'now') ELSE finished_at END "
        "WHERE id = ?1");
    statement.bind(1, runId).bind(2, runStatusName(status)).bind(3, error);
    statement.run();
}

namespace {
constexpr const char* s_runColumns =
    "SELECT r.id, r.dataset_id, r.space_id, coalesce(r.judge_id, 0), r.refiner, r.params, r.label, r.status, r.error, "
    "r.created_at, coalesce(r.finished_at, ''), "
    "(SELECT count(*) FROM run_queries x WHERE x.run_id = r.id AND x.status = 'finished'), "
    "(SELECT count(*) FROM run_queries x WHERE x.run_id = r.id AND x.status = 'failed') FROM runs r ";

RunRecord readRun(const SqliteStatement& statement)
{
    RunRecord run;
    run.id = statement.int64(0);
    run.datasetId = statement.int64(1);
    run.spaceId = statement.int64(2);
    run.judgeId = statement.int64(3);
    run.refiner = statement.text(4);
    run.paramsJson = statement.blob(5);
    run.label = statement.text(6);
    run.status = runStatusFromName(statement.text(7)).value_or(RunStatus::Failed);
    run.error = statement.text(8);
    run.createdAt = statement.text(9);
    run.finishedAt = statement.text(10);
    run.finishedQueries = statement.int64(11);
    run.failedQueries = statement.int64(12);
    return run;
}
} // namespace

std::optional<RunRecord> ProjectStore::run(qint64 runId)
{
    static const std::string sql = std::string(s_runColumns) + "WHERE r.id = ?1";
    auto& statement = m_connection->prepare(sql.c_str());
    statement.bind(1, runId);
    std::optional<RunRecord> result;
    if (statement.step())
        result = readRun(statement);
    statement.reset();
    return result;
}

QList<RunRecord> ProjectStore::runs(qint64 datasetId)
{
    static const std::string sql = std::string(s_runColumns) + "WHERE ?1 = 0 OR r.dataset_id = ?1 ORDER BY r.id DESC";
    auto& statement = m_connection->prepare(sql.c_str());
    statement.bind(1, datasetId);
    QList<RunRecord> result;
    while (statement.step())
        result.append(readRun(statement));
    statement.reset();
    return result;
}

std::optional<qint64> ProjectStore::runBaseline(qint64 runId)
{
    auto& statement = m_connection->prepare("SELECT baseline_run_id FROM runs WHERE id = ?1 AND baseline_run_id IS NOT NULL");
    statement.bind(1, runId);
    std::optional<qint64> result;
    if (statement.step())
        result = statement.int64(0);
    statement.reset();
    return result;
}

void ProjectStore::setRunBaseline(qint64 runId, qint64 baselineRunId)
{
    auto& statement = m_connection->prepare("UPDATE runs SET baseline_run_id = ?2 WHERE id = ?1");
    statement.bind(1, runId).bind(2, baselineRunId);
    statement.run();
}

std::optional<qint64> ProjectStore::newestDerivedRun(qint64 baselineRunId, const QString& judgeKind)
{
    auto& statement = m_connection->prepare(
        "SELECT r.id FROM runs r JOIN judges j ON j.id = r.judge_id WHERE r.baseline_run_id = ?1 AND j.kind = ?2 "
        "ORDER BY r.id DESC LIMIT 1");
    statement.bind(1, baselineRunId).bind(2, judgeKind);
    std::optional<qint64> result;
    if (statement.step())
        result = statement.int64(0);
    statement.reset();
    return result;
}

std::optional<RunRecord> ProjectStore::latestUnfinishedRun(const RunRecord& settings)
{
    static const std::string sql = std::string(s_runColumns)
        + "WHERE r.dataset_id = ?1 AND r.space_id = ?2 AND coalesce(r.judge_id, 0) = ?3 AND r.refiner = ?4 "
          "AND r.params = ?5 AND r.status <> 'finished' ORDER BY r.id DESC LIMIT 1";
    auto& statement = m_connection->prepare(sql.c_str());
    statement.bind(1, settings.datasetId).bind(2, settings.spaceId).bind(3, settings.judgeId).bind(4, settings.refiner);
    bindView(statement, 5, settings.paramsJson);
    std::optional<RunRecord> result;
    if (statement.step())
        result = readRun(statement);
    statement.reset();
    return result;
}

void ProjectStore::insertRunQuery(const RunQueryRecord& result)
{
    auto transaction = beginTransaction();
    writeRunQuery(result);
    transaction->commit();
}

void ProjectStore::replaceRunQuery(const RunQueryRecord& result)
{
    auto transaction = beginTransaction();
    auto& remove = m_connection->prepare("DELETE FROM run_queries WHERE run_id = ?1 AND query_id = ?2"); // curves cascade
    remove.bind(1, result.runId).bind(2, result.queryId);
    remove.run();
    writeRunQuery(result);
    transaction->commit();
}

void ProjectStore::writeRunQuery(const RunQueryRecord& result)
{
    auto& statement = m_connection->prepare(
        "INSERT INTO run_queries(run_id, query_id, status, error, ap_before, ap_after, metrics_before, metrics_after, "
        "judged, refined_vector, elapsed_ms) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    statement.bind(1, result.runId).bind(2, result.queryId).bind(3, queryOutcomeName(result.outcome)).bind(4, result.error);
    bindRealOrNull(statement, 5, result.apBefore);
    bindRealOrNull(statement, 6, result.apAfter);
    bindView(statement, 7, RunQueryJson::metricsBytes(result.before));
    bindView(statement, 8, RunQueryJson::metricsBytes(result.after));
    bindView(statement, 9, RunQueryJson::judgedBytes(result.judged));
    if (result.refinedVector.empty()) {
        statement.bindNull(10);
    } else {
        const QByteArray blob = floatBlob(result.refinedVector);
        statement.bindBlob(10, blob.constData(), blob.size());
    }
    statement.bind(11, result.elapsedMs);
    statement.run();
    auto& curve = m_connection->prepare(
        "INSERT INTO run_curves(run_id, query_id, step, loss, ap, auc) VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
    for (const CurvePoint& point : result.curve) {
        curve.bind(1, result.runId).bind(2, result.queryId).bind(3, point.step);
        bindRealOrNull(curve, 4, point.loss);
        bindRealOrNull(curve, 5, point.ap);
        bindRealOrNull(curve, 6, point.auc);
        curve.run();
    }
}

QSet<qint64> ProjectStore::recordedQueryIds(qint64 runId)
{
    auto& statement = m_connection->prepare("SELECT query_id FROM run_queries WHERE run_id = ?1");
    statement.bind(1, runId);
    QSet<qint64> result;
    while (statement.step())
        result.insert(statement.int64(0));
    statement.reset();
    return result;
}

QList<RunQueryRecord> ProjectStore::runQueries(qint64 runId, bool withCurves)
{
    auto& statement = m_connection->prepare(
        "SELECT query_id, status, error, ap_before, ap_after, metrics_before, metrics_after, judged, refined_vector, "
        "elapsed_ms FROM run_queries WHERE run_id = ?1 ORDER BY query_id");
    statement.bind(1, runId);
    QList<RunQueryRecord> result;
    while (statement.step()) {
        RunQueryRecord record;
        record.runId = runId;
        record.queryId = statement.int64(0);
        record.outcome = queryOutcomeFromName(statement.text(1)).value_or(QueryOutcome::Failed);
        record.error = statement.text(2);
        record.apBefore = realOrNan(statement, 3);
        record.apAfter = realOrNan(statement, 4);
        record.before = RunQueryJson::parseMetrics(statement.blob(5));
        record.after = RunQueryJson::parseMetrics(statement.blob(6));
        record.judged = RunQueryJson::parseJudged(statement.blob(7));
        const auto bytes = statement.blobView(8);
        record.refinedVector.resize(bytes.size() / sizeof(float));
        if (!record.refinedVector.empty()) // a failed query has no vector (and a null blob pointer)
            std::memcpy(record.refinedVector.data(), bytes.data(), record.refinedVector.size() * sizeof(float));
        record.elapsedMs = statement.real(9);
        result.append(record);
    }
    statement.reset();
    if (withCurves) {
        auto& curve = m_connection->prepare(
            "SELECT query_id, step, loss, ap, auc FROM run_curves WHERE run_id = ?1 ORDER BY query_id, step");
        curve.bind(1, runId);
        QHash<qint64, QList<CurvePoint>> curves;
        while (curve.step())
            curves[curve.int64(0)].append({int(curve.int64(1)), realOrNan(curve, 2), realOrNan(curve, 3), realOrNan(curve, 4)});
        curve.reset();
        for (auto& record : result)
            record.curve = curves.value(record.queryId);
    }
    return result;
}

} // namespace tare
