// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/projectschema.h"
#include "core/db/projectstore.h"
#include "core/db/sqliteconnection.h"
#include "core/embed/embeddingtemplatetable.h"
#include "core/util/tareerror.h"
#include "projectbuilder.h"
#include "testutils.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tare;

class TestProjectStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsSchemaInWalMode();
    void insertsAndCountsRows();
    void refusesDuplicates();
    void checksVectorDimension();
    void migratesVersionOneFile();
    void migratesVersionThreeFile();
    void datasetTaskRoundTrip();
    void refusesWithoutTouching_data();
    void refusesWithoutTouching();
    void enforcesForeignKeys();
    void separateConnectionsSeeCommittedData();
    void bulkWriteUsesARollbackJournalWhenAlone();

private:
    static QString journalMode(SqliteConnection& connection);
    static void writeOldProject(const QString& path, const QStringList& sqlFiles, int version);
};

// A project file as an older schema version wrote it: the frozen SQL of tests/data/db executed in
// order (that version's tables, then its rows), which must leave that version's number.
void TestProjectStore::writeOldProject(const QString& path, const QStringList& sqlFiles, int version)
{
    SqliteConnection raw(path, SqliteConnection::Mode::ReadWriteCreate);
    for (const QString& name : sqlFiles) {
        QFile fixture(QFINDTESTDATA(QStringLiteral("../data/db/") + name));
        QVERIFY2(fixture.open(QIODevice::ReadOnly), qPrintable(name));
        raw.exec(fixture.readAll().constData());
    }
    QCOMPARE(raw.pragmaInt("user_version"), qint64(version));
}

void TestProjectStore::createsSchemaInWalMode()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.tare"));
    {
        ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
        QCOMPARE(store.schemaVersion(), ProjectSchema::CurrentVersion);
    }
    SqliteConnection raw(path, SqliteConnection::Mode::ReadOnly);
    QCOMPARE(raw.pragmaInt("application_id"), qint64(ProjectSchema::ApplicationId));
    QCOMPARE(raw.pragmaInt("user_version"), qint64(ProjectSchema::CurrentVersion));
    auto& mode = raw.prepare("PRAGMA journal_mode");
    QVERIFY(mode.step());
    QCOMPARE(mode.text(0), QStringLiteral("wal"));
    mode.reset();

    // Opening a missing file without CreateIfMissing is an error, not a new file.
    const QString missing = dir.filePath(QStringLiteral("missing.tare"));
    QVERIFY_THROWS_EXCEPTION(TareError, ProjectStore(missing, ProjectStore::OpenMode::OpenExisting));
    QVERIFY(!QFileInfo::exists(missing));
}

void TestProjectStore::insertsAndCountsRows()
{
    QTemporaryDir dir;
    ProjectStore store(dir.filePath(QStringLiteral("p.tare")), ProjectStore::OpenMode::CreateIfMissing);
    DatasetInfo info;
    info.name = QStringLiteral("set");
    info.pool = PoolRule::Judged;
    const qint64 dataset = store.datasets().create(info);
    const qint64 d1 = store.datasets().insertDocument(dataset, "d1", "", "first text");
    const qint64 d2 = store.datasets().insertDocument(dataset, "d2", "title", "second text");
    const qint64 q1 = store.datasets().insertQuery(dataset, "q1", "a query", "an instruction");
    QVERIFY(d1 > 0 && d2 > 0 && q1 > 0);
    QVERIFY(store.datasets().insertLabel(q1, d1, 2));
    QVERIFY(store.datasets().insertLabel(q1, d2, 0));
    QCOMPARE(store.datasets().documentId(dataset, "d2"), std::optional<qint64>(d2));
    QCOMPARE(store.datasets().queryId(dataset, "nope"), std::optional<qint64>());

    const auto read = store.datasets().byName(QStringLiteral("set"));
    QVERIFY(read);
    QCOMPARE(read->pool, PoolRule::Judged);
    QCOMPARE(read->documentCount, 2);
    QCOMPARE(read->queryCount, 1);
    QCOMPARE(read->labelCount, 2);
    QCOMPARE(read->positiveLabelCount, 1);

    QList<LabelRecord> labels;
    store.datasets().forEachLabel(dataset, [&](const LabelRecord& label) { labels.append(label); });
    QCOMPARE(labels.size(), 2);
    QCOMPARE(labels[0].documentExtId, QStringLiteral("d1"));
    QCOMPARE(labels[0].grade, 2);
}

void TestProjectStore::refusesDuplicates()
{
    TestUtils::ProjectBuilder project(QStringLiteral("p.tare"), QStringLiteral("set"));
    DatasetStore& datasets = project->datasets();
    const qint64 dataset = project.datasetId();
    QVERIFY(project.addDocument("d1", "x") > 0);
    QCOMPARE(project.addDocument("d1", "y"), 0);
    const qint64 q = project.addQuery("q", "t");
    QCOMPARE(project.addQuery("q", "t"), 0);
    QVERIFY(datasets.insertLabel(q, *datasets.documentId(dataset, "d1"), 1));
    QVERIFY(!datasets.insertLabel(q, *datasets.documentId(dataset, "d1"), 0));
    DatasetInfo info;
    info.name = QStringLiteral("set");
    QVERIFY_THROWS_EXCEPTION(TareError, datasets.create(info));
}

void TestProjectStore::checksVectorDimension()
{
    QTemporaryDir dir;
    ProjectStore store(dir.filePath(QStringLiteral("p.tare")), ProjectStore::OpenMode::CreateIfMissing);
    DatasetInfo info;
    info.name = QStringLiteral("set");
    const qint64 dataset = store.datasets().create(info);
    const qint64 doc = store.datasets().insertDocument(dataset, "d1", "", "x");
    SpaceInfo space;
    space.datasetId = dataset;
    space.name = QStringLiteral("s");
    space.provider = QStringLiteral("imported");
    space.dim = 3;
    const qint64 spaceId = store.spaces().create(space);
    const std::vector<float> good{1.0f, -2.5f, 0.125f};
    store.spaces().setDocumentVector(spaceId, doc, good);
    const std::vector<float> bad{1.0f, 2.0f};
    QVERIFY_THROWS_EXCEPTION(TareError, store.spaces().setDocumentVector(spaceId, doc, bad));
    std::vector<float> readBack;
    store.spaces().forEachDocumentVector(spaceId, [&](const QString& id, std::span<const float> v) {
        QCOMPARE(id, QStringLiteral("d1"));
        readBack.assign(v.begin(), v.end());
    });
    QCOMPARE(readBack, good);
    space.dim = 1'000'000'000;
    space.name = QStringLiteral("huge");
    QVERIFY_THROWS_EXCEPTION(TareError, store.spaces().create(space));
}

void TestProjectStore::migratesVersionOneFile()
{
    // A file as schema version 1 wrote it, with data, must open, migrate to the current
    // version and keep every row.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.tare"));
    writeOldProject(path, {QStringLiteral("schema_v1.sql"), QStringLiteral("project_v1.sql")}, 1);
    if (QTest::currentTestFailed())
        return;
    ProjectStore store(path);
    QCOMPARE(store.schemaVersion(), ProjectSchema::CurrentVersion);
    const auto dataset = store.datasets().byName(QStringLiteral("legacy"));
    QVERIFY(dataset);
    QCOMPARE(dataset->documentCount, 3);
    QCOMPARE(dataset->queryCount, 1);
    QCOMPARE(dataset->labelCount, 2);
    // The version-2 table exists and works.
    SqliteConnection raw(path, SqliteConnection::Mode::ReadOnly);
    auto& statement = raw.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'embedding_cache'");
    QVERIFY(statement.step());
    QCOMPARE(statement.int64(0), 1);
    statement.reset();
}

void TestProjectStore::migratesVersionThreeFile()
{
    // Schema 4 adds the datasets' task type and document text, lets a judgment be "filtered" (the
    // judgments table is rebuilt for its CHECK) and stores per-query timings. A version-3 file
    // keeps every row, and its datasets keep what their judges and embedders were sent.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.tare"));
    writeOldProject(path, {QStringLiteral("schema_v1.sql"), QStringLiteral("schema_v3.sql"), QStringLiteral("project_v3.sql")}, 3);
    if (QTest::currentTestFailed())
        return;
    ProjectStore store(path);
    QCOMPARE(store.schemaVersion(), ProjectSchema::CurrentVersion); // and on through the later steps
    const auto intents = store.datasets().byName(QStringLiteral("intents"));
    const auto papers = store.datasets().byName(QStringLiteral("papers"));
    QVERIFY(intents && papers);
    // An instruction was the task sentence before; no titles: the text alone.
    QCOMPARE(intents->taskType, TaskType::Classification);
    QCOMPARE(intents->documentJoin, DocumentJoin::TextOnly);
    QCOMPARE(intents->instruction, QStringLiteral("Given an intent, find utterances."));
    QCOMPARE(papers->taskType, TaskType::Search);
    QCOMPARE(papers->documentJoin, DocumentJoin::TitleNewline);
    QCOMPARE(papers->labelCount, 2);

    // Every judgment survived the rebuild, with its status, score and latency.
    const auto judgments = store.judgments().latest(1, intents->id);
    QCOMPARE(judgments.size(), 2);
    QCOMPARE(judgments.value({1, 1}).status, QStringLiteral("ok"));
    QCOMPARE(*judgments.value({1, 1}).score, 0.91);
    QCOMPARE(judgments.value({1, 1}).latencyMs, 120.5);
    QCOMPARE(judgments.value({1, 2}).status, QStringLiteral("failed"));
    QVERIFY(!judgments.value({1, 2}).score);
    QCOMPARE(store.judgments().latest(1, papers->id).value({2, 3}).status, QStringLiteral("degraded"));

    // A content-filter refusal can now be stored as such; anything else is still refused.
    JudgmentRecord filtered;
    filtered.judgeId = 1;
    filtered.queryId = 1;
    filtered.documentId = 2;
    filtered.status = QStringLiteral("filtered");
    filtered.score = 0.5;
    store.judgments().insert(filtered);
    QCOMPARE(store.judgments().latest(1, intents->id).value({1, 2}).status, QStringLiteral("filtered"));
    filtered.status = QStringLiteral("made-up");
    QVERIFY_THROWS_EXCEPTION(TareError, store.judgments().insert(filtered));

    SqliteConnection raw(path, SqliteConnection::Mode::ReadOnly);
    auto& statement = raw.prepare("SELECT count(*) FROM sqlite_master WHERE name IN ('run_query_timings', "
                                  "'judgments_lookup', 'judgments_by_query')");
    QVERIFY(statement.step());
    QCOMPARE(statement.int64(0), 3);
    statement.reset();
}

void TestProjectStore::datasetTaskRoundTrip()
{
    QTemporaryDir dir;
    ProjectStore store(dir.filePath(QStringLiteral("task.tare")), ProjectStore::OpenMode::CreateIfMissing);
    DatasetInfo info;
    info.name = QStringLiteral("d");
    info.instruction = QStringLiteral("Find it.");
    info.taskType = TaskType::Classification;
    info.documentJoin = DocumentJoin::TitleNewline;
    const qint64 id = store.datasets().create(info);
    QCOMPARE(store.datasets().find(id)->task(), info.task());

    const DatasetTask changed{QStringLiteral("Search it."), TaskType::Search, DocumentJoin::TextOnly};
    store.datasets().setTask(id, changed);
    QCOMPARE(store.datasets().find(id)->task(), changed);
    QVERIFY_THROWS_EXCEPTION(TareError, store.datasets().setTask(id + 100, changed));

    // The project's model template table is stored with it.
    EmbeddingTemplateTable table = store.spaces().templateTable();
    QCOMPARE(table.projectEntries().size(), 0);
    table.set({QStringLiteral("acme/*"), QStringLiteral("Q: {text}"), QStringLiteral("D: {text}"), QString(), false});
    store.spaces().setTemplateTable(table);
    QCOMPARE(store.spaces().templateTable().lookup(QStringLiteral("acme/e1")).queryTemplate, QStringLiteral("Q: {text}"));
    table.remove(QStringLiteral("acme/*"));
    store.spaces().setTemplateTable(table);
    QCOMPARE(store.spaces().templateTable().projectEntries().size(), 0);
}

void TestProjectStore::refusesWithoutTouching_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<QByteArray>("rawBytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("newer schema") << QByteArray("PRAGMA application_id = 1415672421; PRAGMA user_version = 99; "
                                                "CREATE TABLE datasets(id INTEGER PRIMARY KEY);")
                                  << QByteArray() << QStringLiteral("newer Tare");
    QTest::newRow("other program's database")
        << QByteArray("CREATE TABLE contacts(id INTEGER PRIMARY KEY, name TEXT); INSERT INTO contacts VALUES(1, 'x');")
        << QByteArray() << QStringLiteral("another program");
    QTest::newRow("text file") << QByteArray() << QByteArray("hello, I am not a database\n")
                               << QStringLiteral("not an SQLite database");
    QTest::newRow("truncated header") << QByteArray() << QByteArray("SQLite format 3\0garbage-garbage-garbage", 40)
                                      << QStringLiteral("damaged");
    // Opening is not creating: neither an empty file nor an empty database becomes a project.
    QTest::newRow("zero-byte file") << QByteArray() << QByteArray() << QStringLiteral("the file is empty");
    QTest::newRow("database without tables") << QByteArray("CREATE TABLE t(x); DROP TABLE t;") << QByteArray()
                                             << QStringLiteral("the file is empty");
}

void TestProjectStore::refusesWithoutTouching()
{
    QFETCH(QByteArray, sql);
    QFETCH(QByteArray, rawBytes);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("foreign.db"));
    if (!sql.isEmpty()) {
        SqliteConnection raw(path, SqliteConnection::Mode::ReadWriteCreate);
        raw.exec(sql.constData());
    } else {
        TestUtils::writeFile(QDir(dir.path()), QStringLiteral("foreign.db"), rawBytes);
    }
    const QByteArray before = TestUtils::sha256OfFile(path);
    try {
        ProjectStore store(path);
        QFAIL("opening a foreign file must fail");
    } catch (const TareError& error) {
        QVERIFY2(error.message().contains(expected), qPrintable(error.message()));
        QVERIFY2(error.message().contains(path), qPrintable(error.message()));
    }
    QCOMPARE(TestUtils::sha256OfFile(path), before);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
}

void TestProjectStore::enforcesForeignKeys()
{
    TestUtils::ProjectBuilder project(QStringLiteral("p.tare"), QStringLiteral("set"));
    const qint64 doc = project.addDocument("d1", "x");
    const qint64 query = project.addQuery("q1", "y");
    project.label(query, doc, 1);
    // Foreign keys are on: a label cannot point at a missing document.
    QVERIFY_THROWS_EXCEPTION(TareError, project.label(query, doc + 1000, 1));
}

void TestProjectStore::separateConnectionsSeeCommittedData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.tare"));
    ProjectStore writer(path, ProjectStore::OpenMode::CreateIfMissing);
    ProjectStore reader(path);
    DatasetInfo info;
    info.name = QStringLiteral("set");
    {
        auto transaction = writer.beginTransaction();
        writer.datasets().create(info);
        // Not committed yet: the other connection does not see it.
        QVERIFY(!reader.datasets().byName(QStringLiteral("set")));
        transaction->commit();
    }
    QVERIFY(reader.datasets().byName(QStringLiteral("set")));
    {
        auto transaction = writer.beginTransaction();
        info.name = QStringLiteral("rolled back");
        writer.datasets().create(info);
    }
    QVERIFY(!reader.datasets().byName(QStringLiteral("rolled back")));
}

QString TestProjectStore::journalMode(SqliteConnection& connection)
{
    auto& mode = connection.prepare("PRAGMA journal_mode");
    return mode.firstRow([](const SqliteStatement& row) { return row.text(0); }).value_or(QString());
}

void TestProjectStore::bulkWriteUsesARollbackJournalWhenAlone()
{
    // Alone with the file, a bulk write goes through a rollback journal (new pages written once,
    // not twice as through the WAL) and the WAL comes back after it; its rows are committed.
    TestUtils::TempProject project(QStringLiteral("bulk.tare"));
    ProjectStore& store = *project;
    QCOMPARE(journalMode(store.connection()), QStringLiteral("wal"));
    {
        const auto bulk = store.prepareForBulkWrite();
        QCOMPARE(journalMode(store.connection()), QStringLiteral("delete"));
        QCOMPARE(store.connection().pragmaInt("synchronous"), qint64(2)); // FULL: crash safe without the WAL
        auto transaction = store.beginTransaction();
        DatasetInfo info;
        info.name = QStringLiteral("bulk");
        store.datasets().create(info);
        transaction->commit();
    }
    QCOMPARE(journalMode(store.connection()), QStringLiteral("wal"));
    QCOMPARE(store.connection().pragmaInt("synchronous"), qint64(1)); // NORMAL again
    QVERIFY(store.datasets().byName(QStringLiteral("bulk")));
    {
        // Another connection has the file open: the WAL stays (the switch does not wait for it).
        ProjectStore other(project.path());
        const auto bulk = store.prepareForBulkWrite();
        QCOMPARE(journalMode(store.connection()), QStringLiteral("wal"));
    }
    QCOMPARE(journalMode(store.connection()), QStringLiteral("wal"));
}

QTEST_GUILESS_MAIN(TestProjectStore)
#include "tst_projectstore.moc"
