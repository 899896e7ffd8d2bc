// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/documentvectorwriter.h"
#include "core/db/projectschema.h"
#include "core/db/projectstore.h"
#include "core/db/spacestore.h"
#include "core/db/sqliteconnection.h"
#include "core/util/tareerror.h"
#include "tests/projectbuilder.h"
#include "testutils.h"

#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace tare;

/// Document vectors in chunks of many rows (DocumentVectorWriter, read by SpaceStore): round trips
/// over several chunks with a partial last one, out-of-order rows, replacing and adding vectors,
/// spaces with missing vectors, bad sizes refused with a clear error, a writer that stops half way
/// leaving the space as it was, and the migration of a project written with one row per vector.
class TestDocumentVectorWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsAcrossChunks();
    void readsRowsStoredOutOfOrder();
    void replacesAndAddsVectors();
    void spaceWithMissingVectors();
    void badSizesAreRefused();
    void writerThatStopsLeavesTheSpace();
    void migratesRowPerVectorProjects();
    void damagedOldVectorStopsTheMigration();
};

namespace {

/// A project with one dataset of `documents` documents (d0, d1, ...) and one space of `dim`.
struct Fixture : TestUtils::TempProject
{
    qint64 datasetId = 0;
    qint64 spaceId = 0;
    std::vector<qint64> documentIds;

    Fixture(int documents, int dim)
        : TempProject(QStringLiteral("p.tare"))
    {
        DatasetInfo info;
        info.name = QStringLiteral("set");
        datasetId = store().datasets().create(info);
        for (int i = 0; i < documents; ++i)
            documentIds.push_back(store().datasets().insertDocument(datasetId, QByteArray("d" + QByteArray::number(i)), "", "text"));
        SpaceInfo space;
        space.datasetId = datasetId;
        space.name = QStringLiteral("s");
        space.provider = QStringLiteral("imported");
        space.dim = dim;
        spaceId = store().spaces().create(space);
    }

    qint64 scalar(const char* sql) { return store().connection().queryInt64(sql, spaceId); }
};

/// The vector of document number `i` (and version `v` of it): distinct in every component.
std::vector<float> vectorOf(int i, int dim, int v = 0)
{
    std::vector<float> vector(static_cast<size_t>(dim));
    for (int k = 0; k < dim; ++k)
        vector[size_t(k)] = float(i) + float(k) * 1e-3f + float(v) * 1000.0f;
    return vector;
}

bool rowIs(const RowMatrixXf& matrix, Eigen::Index row, const std::vector<float>& expected)
{
    return std::equal(expected.begin(), expected.end(), matrix.row(row).data());
}

} // namespace

void TestDocumentVectorWriter::roundTripsAcrossChunks()
{
    // 256 KiB a vector: 32 rows a chunk, so 70 documents are chunks of 32, 32 and 6.
    const int dim = 65536;
    QCOMPARE(DocumentVectorWriter::chunkRows(dim * 4), qsizetype(32));
    Fixture fixture(70, dim);
    {
        const auto writer = fixture.store().spaces().documentVectorWriter(fixture.spaceId);
        for (int i = 0; i < 70; ++i)
            writer->add(fixture.documentIds[size_t(i)], std::span<const float>(vectorOf(i, dim)));
        QCOMPARE(writer->finish(), qint64(70));
    }
    QCOMPARE(fixture.store().spaces().find(fixture.spaceId)->documentVectorCount, qint64(70));
    QCOMPARE(fixture.scalar("SELECT count(*) FROM document_vector_chunks WHERE space_id = ?1"), qint64(3));
    QCOMPARE(fixture.scalar("SELECT max(row_count) FROM document_vector_chunks WHERE space_id = ?1"), qint64(32));
    QCOMPARE(fixture.scalar("SELECT min(row_count) FROM document_vector_chunks WHERE space_id = ?1"), qint64(6));

    std::vector<qint64> ids;
    const RowMatrixXf matrix = fixture.store().spaces().documentMatrix(fixture.spaceId, ids);
    QCOMPARE(matrix.rows(), Eigen::Index(70));
    QCOMPARE(ids, fixture.documentIds);
    for (int i = 0; i < 70; ++i)
        QVERIFY2(rowIs(matrix, i, vectorOf(i, dim)), qPrintable(QString::number(i)));

    int visited = 0;
    fixture.store().spaces().forEachDocumentVector(fixture.spaceId, [&](const QString& extId, std::span<const float> vector) {
        QCOMPARE(extId, QStringLiteral("d%1").arg(visited));
        const auto expected = vectorOf(visited, dim);
        QVERIFY(std::equal(expected.begin(), expected.end(), vector.begin(), vector.end()));
        ++visited;
    });
    QCOMPARE(visited, 70);
}

void TestDocumentVectorWriter::readsRowsStoredOutOfOrder()
{
    // Rows given in reverse document order, over several chunks: read back in document order.
    const int dim = 65536;
    Fixture fixture(40, dim);
    const auto writer = fixture.store().spaces().documentVectorWriter(fixture.spaceId);
    for (int i = 39; i >= 0; --i)
        writer->add(fixture.documentIds[size_t(i)], std::span<const float>(vectorOf(i, dim)));
    writer->finish();
    std::vector<qint64> ids;
    const RowMatrixXf matrix = fixture.store().spaces().documentMatrix(fixture.spaceId, ids);
    QCOMPARE(ids, fixture.documentIds);
    for (int i = 0; i < 40; ++i)
        QVERIFY2(rowIs(matrix, i, vectorOf(i, dim)), qPrintable(QString::number(i)));
    QStringList order;
    fixture.store().spaces().forEachDocumentVector(fixture.spaceId, [&](const QString& extId, std::span<const float> vector) {
        order << extId;
        QCOMPARE(vector[1], vectorOf(int(order.size() - 1), dim)[1]);
    });
    QCOMPARE(order.size(), 40);
    QCOMPARE(order.first(), QStringLiteral("d0"));
    QCOMPARE(order.last(), QStringLiteral("d39"));
}

void TestDocumentVectorWriter::replacesAndAddsVectors()
{
    const int dim = 4;
    Fixture fixture(12, dim);
    {
        const auto writer = fixture.store().spaces().documentVectorWriter(fixture.spaceId);
        for (int i = 0; i < 10; ++i)
            writer->add(fixture.documentIds[size_t(i)], std::span<const float>(vectorOf(i, dim)));
        writer->finish();
    }
    {
        // A second write replaces documents 3 and 7 and adds 10, which had none.
        const auto writer = fixture.store().spaces().documentVectorWriter(fixture.spaceId);
        for (int i : {7, 3, 10})
            writer->add(fixture.documentIds[size_t(i)], std::span<const float>(vectorOf(i, dim, 1)));
        writer->finish();
    }
    // One vector on its own (a chunk of one row) replaces a vector of the first chunk, twice.
    fixture.store().spaces().setDocumentVector(fixture.spaceId, fixture.documentIds[5], vectorOf(5, dim, 2));
    fixture.store().spaces().setDocumentVector(fixture.spaceId, fixture.documentIds[5], vectorOf(5, dim, 3));
    QCOMPARE(fixture.store().spaces().find(fixture.spaceId)->documentVectorCount, qint64(11));
    // The one-row chunk of the first replacement was emptied and removed, not kept empty.
    QCOMPARE(fixture.scalar("SELECT count(*) FROM document_vector_chunks WHERE space_id = ?1"), qint64(3));

    std::vector<qint64> ids;
    const RowMatrixXf matrix = fixture.store().spaces().documentMatrix(fixture.spaceId, ids);
    QCOMPARE(matrix.rows(), Eigen::Index(11));
    for (int i = 0; i < 11; ++i) {
        QCOMPARE(ids[size_t(i)], fixture.documentIds[size_t(i)]);
        const int version = (i == 3 || i == 7 || i == 10) ? 1 : i == 5 ? 3 : 0;
        QVERIFY2(rowIs(matrix, i, vectorOf(i, dim, version)), qPrintable(QString::number(i)));
    }

    // Deleting the space takes its chunks with it.
    fixture.store().spaces().remove(fixture.spaceId);
    QCOMPARE(fixture.scalar("SELECT count(*) FROM document_vector_chunks WHERE ?1 > 0"), qint64(0));
}

void TestDocumentVectorWriter::spaceWithMissingVectors()
{
    const int dim = 3;
    Fixture fixture(5, dim);
    std::vector<qint64> ids;
    QCOMPARE(fixture.store().spaces().documentMatrix(fixture.spaceId, ids).rows(), Eigen::Index(0)); // no vectors at all
    QVERIFY(ids.empty());
    int visited = 0;
    fixture.store().spaces().forEachDocumentVector(fixture.spaceId, [&](const QString&, std::span<const float>) { ++visited; });
    QCOMPARE(visited, 0);

    fixture.store().spaces().setDocumentVector(fixture.spaceId, fixture.documentIds[3], vectorOf(3, dim));
    fixture.store().spaces().setDocumentVector(fixture.spaceId, fixture.documentIds[1], vectorOf(1, dim));
    QCOMPARE(fixture.store().spaces().find(fixture.spaceId)->documentVectorCount, qint64(2));
    const RowMatrixXf matrix = fixture.store().spaces().documentMatrix(fixture.spaceId, ids);
    QCOMPARE(ids, (std::vector<qint64>{fixture.documentIds[1], fixture.documentIds[3]}));
    QVERIFY(rowIs(matrix, 0, vectorOf(1, dim)));
    QVERIFY(rowIs(matrix, 1, vectorOf(3, dim)));
    QStringList visitedIds;
    fixture.store().spaces().forEachDocumentVector(fixture.spaceId,
                                                 [&](const QString& extId, std::span<const float>) { visitedIds << extId; });
    QCOMPARE(visitedIds, QStringList({QStringLiteral("d1"), QStringLiteral("d3")}));
}

void TestDocumentVectorWriter::badSizesAreRefused()
{
    const int dim = 4;
    Fixture fixture(3, dim);
    {
        const auto writer = fixture.store().spaces().documentVectorWriter(fixture.spaceId);
        const auto error = TestUtils::errorOf([&] { writer->add(fixture.documentIds[0], std::span<const float>(vectorOf(0, 3))); });
        QVERIFY2(error && error->contains(QStringLiteral("a vector of 12 bytes does not fit embedding space")),
                 qPrintable(error.value_or(QString())));
    }
    {
        // One document twice in one write: refused, nothing written.
        const auto writer = fixture.store().spaces().documentVectorWriter(fixture.spaceId);
        writer->add(fixture.documentIds[0], std::span<const float>(vectorOf(0, dim)));
        writer->add(fixture.documentIds[0], std::span<const float>(vectorOf(0, dim, 1)));
        const auto error = TestUtils::errorOf([&] { writer->finish(); });
        QVERIFY2(error && error->contains(QStringLiteral("was given two vectors")), qPrintable(error.value_or(QString())));
    }
    QCOMPARE(fixture.store().spaces().find(fixture.spaceId)->documentVectorCount, qint64(0));

    for (int i = 0; i < 3; ++i)
        fixture.store().spaces().setDocumentVector(fixture.spaceId, fixture.documentIds[size_t(i)], vectorOf(i, dim));
    const auto damaged = [&](const char* sql, const QString& message) {
        fixture.store().connection().exec(sql);
        std::vector<qint64> ids;
        const auto matrixError = TestUtils::errorOf([&] { fixture.store().spaces().documentMatrix(fixture.spaceId, ids); });
        QVERIFY2(matrixError && matrixError->contains(message) && matrixError->contains(fixture.path()),
                 qPrintable(matrixError.value_or(QString())));
        const auto visitError = TestUtils::errorOf(
            [&] { fixture.store().spaces().forEachDocumentVector(fixture.spaceId, [](const QString&, std::span<const float>) {}); });
        QVERIFY2(visitError && visitError->contains(message), qPrintable(visitError.value_or(QString())));
    };
    // A chunk whose vectors are shorter than its rows need; then one listing a document twice.
    damaged("SAVEPOINT damage; UPDATE document_vector_chunks SET vectors = x'00010203' WHERE id = (SELECT min(id) FROM "
            "document_vector_chunks)",
            QStringLiteral("holds 4 bytes of vectors and 8 bytes of ids for 1 rows of 16 bytes (damaged project?)"));
    fixture.store().connection().exec("ROLLBACK TO damage; RELEASE damage");
    damaged("UPDATE document_vector_chunks SET document_ids = (SELECT document_ids FROM document_vector_chunks ORDER BY "
            "id LIMIT 1) WHERE id = (SELECT max(id) FROM document_vector_chunks)",
            QStringLiteral("has two vectors in embedding space"));
}

void TestDocumentVectorWriter::writerThatStopsLeavesTheSpace()
{
    // 40 rows of 256 KiB: one chunk is written before the writer stops (an error, a cancel).
    const int dim = 65536;
    Fixture fixture(41, dim);
    fixture.store().spaces().setDocumentVector(fixture.spaceId, fixture.documentIds[40], vectorOf(40, dim));
    {
        const auto writer = fixture.store().spaces().documentVectorWriter(fixture.spaceId);
        for (int i = 0; i < 40; ++i)
            writer->add(fixture.documentIds[size_t(i)], std::span<const float>(vectorOf(i, dim)));
        writer->add(fixture.documentIds[40], std::span<const float>(vectorOf(40, dim, 1)));
        QVERIFY(fixture.scalar("SELECT count(*) FROM document_vector_chunks WHERE space_id = ?1") > 1);
    } // no finish()
    QCOMPARE(fixture.scalar("SELECT count(*) FROM document_vector_chunks WHERE space_id = ?1"), qint64(1));
    std::vector<qint64> ids;
    const RowMatrixXf matrix = fixture.store().spaces().documentMatrix(fixture.spaceId, ids);
    QCOMPARE(ids, std::vector<qint64>{fixture.documentIds[40]});
    QVERIFY(rowIs(matrix, 0, vectorOf(40, dim)));

    // Inside a transaction that rolls back, a finished writer's rows go too.
    {
        auto transaction = fixture.store().beginTransaction();
        const auto writer = fixture.store().spaces().documentVectorWriter(fixture.spaceId);
        writer->add(fixture.documentIds[0], std::span<const float>(vectorOf(0, dim)));
        writer->finish();
    }
    QCOMPARE(fixture.store().spaces().find(fixture.spaceId)->documentVectorCount, qint64(1));
}

namespace {

/// A project file as schema version 6 wrote it: every vector one row of document_vectors.
/// Space 1 (dim 3) has vectors for d2, d0, d1 (in that insertion order), space 2 (dim 2) for d1.
void writeVersion6Project(const QString& path, const QByteArray& extra = {})
{
    SqliteConnection raw(path, SqliteConnection::Mode::ReadWriteCreate);
    for (int step = 1; step <= 6; ++step)
        raw.exec(ProjectSchema::migrationSql(step));
    const QByteArray sql = "PRAGMA application_id = 1415672421; PRAGMA user_version = 6;"
                           "INSERT INTO datasets(id, name, pool) VALUES(1, 'old', 'corpus');"
                           "INSERT INTO documents(id, dataset_id, ext_id, text) VALUES(1, 1, 'd0', 'zero'), "
                           "(2, 1, 'd1', 'one'), (3, 1, 'd2', 'two');"
                           "INSERT INTO spaces(id, dataset_id, name, provider, dim) VALUES(1, 1, 'three', 'imported', 3), "
                           "(2, 1, 'two', 'imported', 2);"
        + extra;
    raw.exec(sql.constData());
    auto& insert = raw.prepare("INSERT INTO document_vectors(space_id, document_id, vector) VALUES(?1, ?2, ?3)");
    const auto put = [&](qint64 space, qint64 document, std::vector<float> vector) {
        insert.bind(1, space).bind(2, document).bindBlob(3, vector.data(), qsizetype(vector.size() * sizeof(float)));
        insert.run();
    };
    put(1, 3, vectorOf(2, 3));
    put(1, 1, vectorOf(0, 3));
    put(1, 2, vectorOf(1, 3));
    put(2, 2, vectorOf(1, 2));
}

} // namespace

void TestDocumentVectorWriter::migratesRowPerVectorProjects()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.tare"));
    writeVersion6Project(path);
    ProjectStore store(path);
    QCOMPARE(store.schemaVersion(), ProjectSchema::CurrentVersion);
    QCOMPARE(store.connection().queryInt64("SELECT count(*) FROM sqlite_master WHERE name = 'document_vectors' AND ?1",
                                           1),
             qint64(0));
    std::vector<qint64> ids;
    const RowMatrixXf three = store.spaces().documentMatrix(1, ids);
    QCOMPARE(ids, (std::vector<qint64>{1, 2, 3}));
    for (int i = 0; i < 3; ++i)
        QVERIFY(rowIs(three, i, vectorOf(i, 3)));
    QCOMPARE(store.spaces().find(1)->documentVectorCount, qint64(3));
    const RowMatrixXf two = store.spaces().documentMatrix(2, ids);
    QCOMPARE(ids, std::vector<qint64>{2});
    QVERIFY(rowIs(two, 0, vectorOf(1, 2)));
    QCOMPARE(store.spaces().find(2)->documentVectorCount, qint64(1));
}

void TestDocumentVectorWriter::damagedOldVectorStopsTheMigration()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.tare"));
    writeVersion6Project(path);
    {
        SqliteConnection raw(path, SqliteConnection::Mode::ReadWrite);
        raw.exec("UPDATE document_vectors SET vector = x'0001' WHERE space_id = 2");
    }
    const auto error = TestUtils::errorOf([&] { ProjectStore store(path); });
    QVERIFY2(error && error->contains(QStringLiteral("the vector of document 2 in embedding space 2 has 2 bytes, expected 8"))
                 && error->contains(path),
             qPrintable(error.value_or(QString())));
    // Rolled back whole: still version 6 with its four vectors (an upgrade attempt only switches
    // the journal mode), and opening again says the same.
    {
        SqliteConnection raw(path, SqliteConnection::Mode::ReadOnly);
        QCOMPARE(raw.pragmaInt("user_version"), qint64(6));
        QCOMPARE(raw.queryInt64("SELECT count(*) FROM document_vectors WHERE ?1", 1), qint64(4));
    }
    QCOMPARE(TestUtils::errorOf([&] { ProjectStore store(path); }), error);
}

QTEST_GUILESS_MAIN(TestDocumentVectorWriter)
#include "tst_documentvectorwriter.moc"
