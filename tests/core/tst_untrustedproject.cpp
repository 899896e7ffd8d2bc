// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/projectschema.h"
#include "core/db/projectstore.h"
#include "core/db/sqliteconnection.h"
#include "core/util/tareerror.h"
#include "projectbuilder.h"
#include "testutils.h"

#include <QTemporaryDir>
#include <QTest>

#include <optional>

#include <sqlite3.h>

using namespace tare;

namespace {

/// Writes a project file with raw SQL: the first `migrations` schema versions, the Tare marks
/// with `userVersion`, then `damage` (run with foreign keys and CHECK constraints off, as a
/// hostile or broken writer would).
void writeRawProject(const QString& path, int migrations, int userVersion, const QByteArray& damage)
{
    SqliteConnection connection(path, SqliteConnection::Mode::ReadWriteCreate);
    connection.exec("PRAGMA foreign_keys = OFF; PRAGMA ignore_check_constraints = ON;");
    for (int version = 1; version <= migrations; ++version)
        connection.exec(ProjectSchema::migrationSql(version));
    const QByteArray marks = "PRAGMA application_id = " + QByteArray::number(ProjectSchema::ApplicationId)
        + "; PRAGMA user_version = " + QByteArray::number(userVersion) + ";";
    connection.exec(marks.constData());
    if (!damage.isEmpty())
        connection.exec(damage.constData());
}

void damageProject(const QString& path, const QByteArray& sql)
{
    SqliteConnection connection(path, SqliteConnection::Mode::ReadWrite);
    connection.exec("PRAGMA foreign_keys = OFF; PRAGMA ignore_check_constraints = ON;");
    connection.exec(sql.constData());
}

qint64 userVersion(const QString& path)
{
    SqliteConnection connection(path, SqliteConnection::Mode::ReadOnly);
    return connection.pragmaInt("user_version");
}

/// `error` is there and names `needle` (and `path` when given): a clear message, not a crash.
/// The caller stops when the check failed (QTest::currentTestFailed()).
void verifyErrorNames(const std::optional<QString>& error, const char* what, const QString& needle, const QString& path = {})
{
    QVERIFY2(error, what);
    QVERIFY2(error->contains(needle), qPrintable(*error));
    if (!path.isEmpty())
        QVERIFY2(error->contains(path), qPrintable(*error));
}

/// A project file written with raw SQL (writeRawProject) in a temporary folder, its SHA-256 as
/// written, and the error opening it gives.
struct RawProject
{
    QTemporaryDir dir;
    QString path;
    QByteArray before;

    RawProject(const QString& fileName, int migrations, int userVersion, const QByteArray& damage)
        : path(dir.filePath(fileName))
    {
        writeRawProject(path, migrations, userVersion, damage);
        before = TestUtils::sha256OfFile(path);
    }

    std::optional<QString> openingError() const
    {
        return TestUtils::errorOf([&] { ProjectStore store(path); });
    }
};

} // namespace

/// Project files from elsewhere: a wrong schema, absurd sizes and SQL in names give a clear
/// TareError (or are stored verbatim), never a crash, a huge allocation or executed SQL.
class TestUntrustedProject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wrongSchemaIsRefused_data();
    void wrongSchemaIsRefused();
    void absurdVectorSizesAreRefused_data();
    void absurdVectorSizesAreRefused();
    void sqlInNamesIsStoredVerbatim_data();
    void sqlInNamesIsStoredVerbatim();
    void foreignCodeIsRefused_data();
    void foreignCodeIsRefused();
    void triggersNeverFire();
};

void TestUntrustedProject::wrongSchemaIsRefused_data()
{
    QTest::addColumn<int>("migrations");
    QTest::addColumn<int>("version");
    QTest::addColumn<QByteArray>("damage");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("unchanged"); // byte for byte (an upgrade attempt switches the journal mode first)
    const int current = ProjectSchema::CurrentVersion;

    QTest::newRow("marked, one table only") << 0 << current << QByteArray("CREATE TABLE datasets(id INTEGER PRIMARY KEY, name TEXT);")
                                            << QStringLiteral("the table 'datasets' has no column 'source'") << true;
    QTest::newRow("documents dropped") << current << current << QByteArray("DROP TABLE documents;")
                                       << QStringLiteral("the table 'documents' is missing") << true;
    QTest::newRow("judgments renamed") << current << current << QByteArray("ALTER TABLE judgments RENAME TO verdicts;")
                                       << QStringLiteral("the table 'judgments' is missing") << true;
    QTest::newRow("labels is a view") << current << current
                                      << QByteArray("DROP TABLE labels; CREATE VIEW labels AS SELECT 1 AS query_id, "
                                                    "1 AS document_id, 1 AS grade;")
                                      << QStringLiteral("the table 'labels' is missing") << true;
    QTest::newRow("column renamed") << current << current << QByteArray("ALTER TABLE documents RENAME COLUMN text TO body;")
                                    << QStringLiteral("the table 'documents' has no column 'text'") << true;
    QTest::newRow("column dropped") << current << current << QByteArray("ALTER TABLE run_queries DROP COLUMN refined_vector;")
                                    << QStringLiteral("the table 'run_queries' has no column 'refined_vector'") << true;
    QTest::newRow("spaces without dim") << current << current
                                        << QByteArray("DROP TABLE spaces; CREATE TABLE spaces(id INTEGER PRIMARY KEY, "
                                                      "dataset_id INTEGER, name TEXT);")
                                        << QStringLiteral("the table 'spaces' has no column 'provider'") << true;
    QTest::newRow("negative version") << 2 << -1 << QByteArray() << QStringLiteral("not a valid Tare project (schema version -1)")
                                      << true;
    QTest::newRow("version 0 with tables") << 2 << 0 << QByteArray()
                                           << QStringLiteral("cannot upgrade the project from schema 0") << false;
    QTest::newRow("version 1 without judgments") << 1 << 1 << QByteArray("DROP TABLE judgments;")
                                                 << QStringLiteral("cannot upgrade the project from schema 1") << false;
    QTest::newRow("version 1 with a renamed column") << 1 << 1 << QByteArray("ALTER TABLE queries RENAME COLUMN ext_id TO eid;")
                                                     << QStringLiteral("the table 'queries' has no column 'ext_id'") << false;
}

void TestUntrustedProject::wrongSchemaIsRefused()
{
    QFETCH(int, migrations);
    QFETCH(int, version);
    QFETCH(QByteArray, damage);
    QFETCH(QString, message);
    QFETCH(bool, unchanged);
    const RawProject project(QStringLiteral("foreign.tare"), migrations, version, damage);
    verifyErrorNames(project.openingError(), "a project with a wrong schema was opened", message, project.path);
    if (QTest::currentTestFailed())
        return;
    if (unchanged)
        QCOMPARE(TestUtils::sha256OfFile(project.path), project.before);
    if (message.startsWith(QStringLiteral("cannot upgrade")))
        QCOMPARE(userVersion(project.path), qint64(version)); // the failed upgrade was rolled back
    // The CLI-facing API gives the same clear error the second time (no half-migrated state).
    QVERIFY(project.openingError());
}

void TestUntrustedProject::absurdVectorSizesAreRefused_data()
{
    QTest::addColumn<QByteArray>("damage");
    QTest::addColumn<QString>("matrixMessage");
    QTest::addColumn<QString>("visitMessage");

    // Three chunks of one row each (ids 1, 2, 3), of 16 bytes of vectors and 8 of ids.
    QTest::newRow("short blob") << QByteArray("UPDATE document_vector_chunks SET vectors = x'00010203' WHERE id = 1;")
                                << QStringLiteral("holds 4 bytes of vectors and 8 bytes of ids for 1 rows of 16 bytes")
                                << QStringLiteral("holds 4 bytes of vectors and 8 bytes of ids for 1 rows of 16 bytes");
    QTest::newRow("16 MB blob") << QByteArray("UPDATE document_vector_chunks SET vectors = zeroblob(16777216) WHERE id = 2;")
                                << QStringLiteral("holds 16777216 bytes of vectors")
                                << QStringLiteral("holds 16777216 bytes of vectors");
    QTest::newRow("empty blob") << QByteArray("UPDATE document_vector_chunks SET vectors = x'' WHERE id = 3;")
                                << QStringLiteral("holds 0 bytes of vectors") << QStringLiteral("holds 0 bytes of vectors");
    QTest::newRow("short id list") << QByteArray("UPDATE document_vector_chunks SET document_ids = x'01' WHERE id = 3;")
                                   << QStringLiteral("and 1 bytes of ids for 1 rows")
                                   << QStringLiteral("and 1 bytes of ids for 1 rows");
    QTest::newRow("dim 10^9") << QByteArray("UPDATE spaces SET dim = 1000000000;")
                              << QStringLiteral("has dimension 1000000000, outside 1..65536")
                              << QStringLiteral("has dimension 1000000000, outside 1..65536");
    QTest::newRow("dim 2^40 (0 as a 32-bit int)") << QByteArray("UPDATE spaces SET dim = 1099511627776;")
                                                  << QStringLiteral("has dimension 1099511627776")
                                                  << QStringLiteral("has dimension 1099511627776");
    QTest::newRow("dim 2^32+4 (4 as a 32-bit int)") << QByteArray("UPDATE spaces SET dim = 4294967300;")
                                                    << QStringLiteral("has dimension 4294967300")
                                                    << QStringLiteral("has dimension 4294967300");
    QTest::newRow("dim 0") << QByteArray("UPDATE spaces SET dim = 0;") << QStringLiteral("has dimension 0")
                           << QStringLiteral("has dimension 0");
    QTest::newRow("dim -4") << QByteArray("UPDATE spaces SET dim = -4;") << QStringLiteral("has dimension -4")
                            << QStringLiteral("has dimension -4");
    QTest::newRow("dim as text") << QByteArray("UPDATE spaces SET dim = 'huge';") << QStringLiteral("has dimension 0")
                                 << QStringLiteral("has dimension 0");
    // A chunk claiming a million rows of dimension 65536 would be a 262 GB matrix.
    QTest::newRow("10^6 rows, dim 65536") << QByteArray("UPDATE spaces SET dim = 65536; "
                                                        "UPDATE document_vector_chunks SET row_count = 1000000 WHERE id = 1;")
                                          << QStringLiteral("holds 16 bytes of vectors and 8 bytes of ids for 1000000 rows "
                                                            "of 262144 bytes")
                                          << QStringLiteral("holds 16 bytes of vectors and 8 bytes of ids for 1000000 rows "
                                                            "of 262144 bytes");
}

void TestUntrustedProject::absurdVectorSizesAreRefused()
{
    QFETCH(QByteArray, damage);
    QFETCH(QString, matrixMessage);
    QFETCH(QString, visitMessage);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.tare"));
    qint64 spaceId = 0;
    {
        ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
        DatasetInfo info;
        info.name = QStringLiteral("d");
        const qint64 datasetId = store.datasets().create(info);
        SpaceInfo space;
        space.datasetId = datasetId;
        space.name = QStringLiteral("s");
        space.provider = QStringLiteral("test");
        space.dim = 4;
        spaceId = store.spaces().create(space);
        for (int i = 0; i < 3; ++i) {
            const qint64 documentId = store.datasets().insertDocument(datasetId, QByteArray(QByteArrayLiteral("d") + QByteArray::number(i)), "", "text");
            const float vector[4] = {float(i), 1.0f, 2.0f, 3.0f};
            store.spaces().setDocumentVector(spaceId, documentId, vector);
        }
        std::vector<qint64> ids;
        QCOMPARE(store.spaces().documentMatrix(spaceId, ids).rows(), 3); // intact before the damage
    }
    damageProject(path, damage);

    ProjectStore store(path); // the schema is intact: only values are absurd
    std::vector<qint64> ids;
    verifyErrorNames(TestUtils::errorOf([&] { store.spaces().documentMatrix(spaceId, ids); }), "documentMatrix accepted absurd sizes",
                     matrixMessage, path);
    if (QTest::currentTestFailed())
        return;
    int visited = 0;
    const auto visitError = TestUtils::errorOf([&] {
        store.spaces().forEachDocumentVector(spaceId, [&](const QString&, std::span<const float>) { ++visited; });
    });
    verifyErrorNames(visitError, "forEachDocumentVector accepted absurd sizes", visitMessage);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(visited < 3);
    // The store stays usable after the error.
    QCOMPARE(store.datasets().all().size(), qsizetype(1));
    QVERIFY(store.spaces().find(spaceId));
}

void TestUntrustedProject::sqlInNamesIsStoredVerbatim_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("quote, drop table") << QStringLiteral("x'); DROP TABLE documents; --");
    QTest::newRow("double quote, drop table") << QStringLiteral("x\"); DROP TABLE datasets; --");
    QTest::newRow("always true") << QStringLiteral("Robert'); DELETE FROM datasets WHERE ('1'='1");
    QTest::newRow("pragma") << QStringLiteral("'; PRAGMA writable_schema = ON; UPDATE sqlite_master SET sql = ''; --");
    QTest::newRow("attach") << QStringLiteral("'; ATTACH DATABASE '/tmp/tare-pwned.db' AS pwn; --");
    QTest::newRow("format and template markers") << QStringLiteral("%s %n %1 {text} ?1 :name @x $y");
    QTest::newRow("unicode") << QStringLiteral("Ärger 日本語 🙂 \u202e");
    QTest::newRow("backslashes and newlines") << QStringLiteral("a\\b\nc\r\td");
    QTest::newRow("100k characters") << QString(100000, QLatin1Char('\''));
}

void TestUntrustedProject::sqlInNamesIsStoredVerbatim()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.tare"));
    const QByteArray utf8 = name.toUtf8();
    {
        ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
        DatasetInfo info;
        info.name = name;
        info.source = name;
        info.instruction = name;
        const qint64 datasetId = store.datasets().create(info);
        const qint64 documentId = store.datasets().insertDocument(datasetId, utf8, utf8, utf8);
        QVERIFY(documentId > 0);
        const qint64 queryId = store.datasets().insertQuery(datasetId, utf8, utf8, utf8);
        QVERIFY(queryId > 0);
        QVERIFY(store.datasets().insertLabel(queryId, documentId, 1));
        SpaceInfo space;
        space.datasetId = datasetId;
        space.name = name;
        space.provider = name;
        space.model = name;
        space.dim = 2;
        const qint64 spaceId = store.spaces().create(space);
        const float vector[2] = {1.0f, 0.0f};
        store.spaces().setDocumentVector(spaceId, documentId, vector);
        JudgeInfo judge;
        judge.identity = name;
        judge.kind = QStringLiteral("human");
        judge.name = name;
        QVERIFY(store.judgments().ensureJudge(judge) > 0);
        // A duplicate is refused by the typed API, not by SQL.
        QVERIFY(TestUtils::errorOf([&] { store.datasets().create(info); }));
    }

    ProjectStore store(path); // reopening validates the schema: every table and column is there
    const auto dataset = store.datasets().byName(name);
    QVERIFY(dataset);
    QCOMPARE(dataset->name, name);
    QCOMPARE(dataset->source, name);
    QCOMPARE(dataset->instruction, name);
    QCOMPARE(dataset->documentCount, qint64(1));
    QCOMPARE(dataset->queryCount, qint64(1));
    QCOMPARE(dataset->labelCount, qint64(1));
    QCOMPARE(store.datasets().all().size(), qsizetype(1));
    const auto documents = store.datasets().documents(dataset->id);
    QCOMPARE(documents.size(), qsizetype(1));
    QCOMPARE(documents.first().extId, name);
    QCOMPARE(documents.first().title, name);
    QCOMPARE(documents.first().text, name);
    QCOMPARE(store.datasets().queries(dataset->id).first().extId, name);
    QVERIFY(store.datasets().documentId(dataset->id, utf8));
    QVERIFY(store.datasets().queryId(dataset->id, utf8));
    const auto space = store.spaces().byName(dataset->id, name);
    QVERIFY(space);
    QCOMPARE(space->model, name);
    QCOMPARE(space->documentVectorCount, qint64(1));
    int labels = 0;
    store.datasets().forEachLabel(dataset->id, [&](const LabelRecord& label) {
        ++labels;
        QCOMPARE(label.queryExtId, name);
        QCOMPARE(label.documentExtId, name);
    });
    QCOMPARE(labels, 1);
    QVERIFY(!QFileInfo::exists(QStringLiteral("/tmp/tare-pwned.db")));

    QCOMPARE(TestUtils::integrityCheck(path), QStringLiteral("ok"));
}

void TestUntrustedProject::foreignCodeIsRefused_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QByteArray>("plant");
    QTest::addColumn<QString>("message");
    const int current = ProjectSchema::CurrentVersion;
    QTest::newRow("trigger flipping gold labels") << current
                                                   << QByteArray("CREATE TRIGGER flip AFTER INSERT ON runs BEGIN "
                                                                 "UPDATE labels SET grade = 1 - grade; END;")
                                                   << QStringLiteral("a trigger named 'flip'");
    QTest::newRow("recursive trigger") << current
                                       << QByteArray("CREATE TRIGGER forever AFTER INSERT ON judgments BEGIN "
                                                     "INSERT INTO judgments(judge_id, query_id, document_id, status) "
                                                     "SELECT judge_id, query_id, document_id, status FROM judgments; END;")
                                       << QStringLiteral("a trigger named 'forever'");
    QTest::newRow("trigger before delete") << current
                                           << QByteArray("CREATE TRIGGER keep BEFORE DELETE ON run_queries BEGIN "
                                                         "SELECT RAISE(IGNORE); END;")
                                           << QStringLiteral("a trigger named 'keep'");
    QTest::newRow("view") << current << QByteArray("CREATE VIEW everything AS SELECT * FROM documents;")
                          << QStringLiteral("a view named 'everything'");
    QTest::newRow("foreign virtual table") << current << QByteArray("CREATE VIRTUAL TABLE spy USING fts5(x);")
                                           << QStringLiteral("a virtual table named 'spy'");
    QTest::newRow("our index, redefined") << current
                                          << QByteArray("DROP TABLE documents_fts; CREATE VIRTUAL TABLE documents_fts "
                                                        "USING fts5(title, text);")
                                          << QStringLiteral("a virtual table named 'documents_fts'");
    QTest::newRow("trigger in a version 1 file") << 1
                                                 << QByteArray("CREATE TRIGGER early AFTER INSERT ON datasets BEGIN "
                                                               "DELETE FROM labels; END;")
                                                 << QStringLiteral("a trigger named 'early'");
}

void TestUntrustedProject::foreignCodeIsRefused()
{
    QFETCH(int, version);
    QFETCH(QByteArray, plant);
    QFETCH(QString, message);
    const RawProject project(QStringLiteral("planted.tare"), version, version, plant);
    const auto error = project.openingError();
    verifyErrorNames(error, "a project holding foreign SQL was opened", message, project.path);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(error->contains(QStringLiteral("the file was not changed")), qPrintable(*error));
    QCOMPARE(TestUtils::sha256OfFile(project.path), project.before);
    QCOMPARE(userVersion(project.path), qint64(version));
}

void TestUntrustedProject::triggersNeverFire()
{
    // A trigger added behind the store's back (by another program, while the project is open)
    // does not run on Tare's connection.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.tare"));
    ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
    sqlite3* raw = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
    QCOMPARE(sqlite3_exec(raw, "CREATE TRIGGER planted AFTER INSERT ON datasets BEGIN "
                               "INSERT INTO project_meta(key, value) VALUES('planted', 'fired'); END;",
                          nullptr, nullptr, nullptr),
             SQLITE_OK);
    sqlite3_close(raw);
    DatasetInfo info;
    info.name = QStringLiteral("d");
    store.datasets().create(info);
    auto& statement = store.connection().prepare("SELECT count(*) FROM project_meta WHERE key = 'planted'");
    QVERIFY(statement.step());
    QCOMPARE(statement.int64(0), 0);
    statement.reset();
}

QTEST_GUILESS_MAIN(TestUntrustedProject)
#include "tst_untrustedproject.moc"
