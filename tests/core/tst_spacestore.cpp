// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/experimentstore.h"
#include "core/db/judgmentstore.h"
#include "core/db/projectstore.h"
#include "core/db/runstore.h"
#include "core/db/spacestore.h"
#include "core/util/float16.h"
#include "core/db/sqliteconnection.h"
#include "core/util/tareerror.h"
#include "projectbuilder.h"

#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace tare;

/// Deleting and renaming embedding spaces: a delete takes the space's vectors, runs and
/// experiments in one transaction and touches nothing else; a rename keeps everything attached.
/// A float16 space stores dim × 2 bytes a document and refuses what float16 cannot hold.
class TestSpaceStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deletesASpaceWithItsRunsOnly();
    void renamesASpace_data();
    void renamesASpace();
    void float16SpaceStoresHalves();
};

namespace {

/// Two spaces of one dataset "set" (a, b), each with vectors, a finished run (one result with a
/// curve) and an experiment over it; one judge with a judgment and a cached embedding.
struct TwoSpaces : TestUtils::ProjectBuilder
{
    /// A space with its run and its experiment.
    struct Space
    {
        qint64 id = 0;
        qint64 run = 0;
        qint64 experiment = 0;
    };
    Space a;
    Space b;

    TwoSpaces()
        : ProjectBuilder(QStringLiteral("p.tare"), QStringLiteral("set"))
    {
        const qint64 d1 = addDocument("d1", "one");
        const qint64 d2 = addDocument("d2", "two");
        const qint64 q1 = addQuery("q1", "query");
        label(q1, d1, 1);
        const float vector[2] = {1.0f, 0.5f};
        JudgeInfo judge;
        judge.identity = QStringLiteral("gold");
        judge.kind = QStringLiteral("gold");
        judge.name = QStringLiteral("gold");
        const qint64 judgeId = store().judgments().ensureJudge(judge);
        store().judgments().insert(TestUtils::judgmentRecord(judgeId, q1, d1, 1.0));
        store().spaces().putCachedEmbedding(QStringLiteral("openai|model"), QByteArray(32, 'x'), vector);
        for (Space* made : {&a, &b}) {
            const qint64 spaceId = addSpace(made == &a ? QStringLiteral("a") : QStringLiteral("b"), 2);
            for (const qint64 document : {d1, d2})
                store().spaces().setDocumentVector(spaceId, document, vector);
            store().spaces().setQueryVector(spaceId, q1, vector);
            RunRecord run;
            run.datasetId = datasetId();
            run.spaceId = spaceId;
            run.judgeId = judgeId;
            run.refiner = QStringLiteral("kl-adam");
            const qint64 runId = store().runs().create(run);
            RunQueryRecord row;
            row.runId = runId;
            row.queryId = q1;
            row.apBefore = 0.5;
            row.apAfter = 1.0;
            row.curve = {{0, 0.3, 0.5, 0.5}, {1, 0.2, 1.0, 1.0}};
            store().runs().insertQuery(row);
            store().runs().setStatus(runId, RunStatus::Finished);
            ExperimentRecord experiment;
            experiment.datasetId = datasetId();
            experiment.spaceId = spaceId;
            experiment.kind = QStringLiteral("noise-sweep");
            const qint64 experimentId = store().experiments().create(experiment);
            store().experiments().linkRun(experimentId, runId, "{}");
            *made = {spaceId, runId, experimentId};
        }
    }
};

} // namespace

void TestSpaceStore::deletesASpaceWithItsRunsOnly()
{
    TwoSpaces two;
    ProjectStore& store = *two;
    const qint64 judgments = store.summary().judgmentCount;

    // What the confirmation names: the runs and experiments that go with the space.
    const SpaceUsage usage = store.spaces().usage(two.a.id);
    QCOMPARE(usage.runs, qint64(1));
    QCOMPARE(usage.experiments, qint64(1));
    QCOMPARE(store.spaces().find(two.a.id)->runCount, qint64(1));

    store.spaces().remove(two.a.id);
    QVERIFY(!store.spaces().find(two.a.id));
    QVERIFY(!store.runs().find(two.a.run));
    QVERIFY(store.runs().queries(two.a.run, true).isEmpty());
    ExperimentStore& experiments = store.experiments();
    QVERIFY(!experiments.find(two.a.experiment));

    // Nothing else was touched: the other space with its vectors, run, curve and experiment; the
    // dataset; the judge's judgments; the embedding cache.
    const auto b = store.spaces().find(two.b.id);
    QVERIFY(b);
    QCOMPARE(b->documentVectorCount, qint64(2));
    QCOMPARE(b->queryVectorCount, qint64(1));
    QCOMPARE(store.runs().all().size(), qsizetype(1));
    QCOMPARE(store.runs().all().first().id, two.b.run);
    const QList<RunQueryRecord> rows = store.runs().queries(two.b.run, true);
    QCOMPARE(rows.size(), qsizetype(1));
    QCOMPARE(rows.first().curve.size(), qsizetype(2));
    QVERIFY(experiments.find(two.b.experiment));
    QCOMPARE(experiments.runs(two.b.experiment).size(), qsizetype(1));
    const auto dataset = store.datasets().find(two.datasetId());
    QCOMPARE(dataset->documentCount, qint64(2));
    QCOMPARE(dataset->labelCount, qint64(1));
    QCOMPARE(store.summary().judgmentCount, judgments);
    QCOMPARE(store.spaces().cachedEmbeddingCount(QStringLiteral("openai|model")), qint64(1));

    // An unknown space is a usage error.
    try {
        store.spaces().remove(two.a.id);
        QFAIL("deleting a deleted space must fail");
    } catch (const TareError& error) {
        QCOMPARE(error.kind(), TareError::Kind::Usage);
    }
}

void TestSpaceStore::renamesASpace_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected"); ///< the name afterwards; empty: refused
    QTest::newRow("new name") << QStringLiteral("lsa-256") << QStringLiteral("lsa-256");
    QTest::newRow("trimmed") << QStringLiteral("  spaced  ") << QStringLiteral("spaced");
    QTest::newRow("same name") << QStringLiteral("a") << QStringLiteral("a");
    QTest::newRow("taken") << QStringLiteral("b") << QString();
    QTest::newRow("empty") << QStringLiteral("   ") << QString();
}

void TestSpaceStore::renamesASpace()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    TwoSpaces two;
    ProjectStore& store = *two;
    try {
        store.spaces().rename(two.a.id, name);
        QVERIFY2(!expected.isEmpty(), "the rename must be refused");
    } catch (const TareError& error) {
        QVERIFY2(expected.isEmpty(), qPrintable(error.message()));
        QCOMPARE(error.kind(), TareError::Kind::Usage);
    }
    QCOMPARE(store.spaces().find(two.a.id)->name, expected.isEmpty() ? QStringLiteral("a") : expected);
    QCOMPARE(store.spaces().find(two.b.id)->name, QStringLiteral("b"));
    QCOMPARE(store.spaces().find(two.a.id)->documentVectorCount, qint64(2)); // vectors and runs stay with it
    QCOMPARE(store.runs().find(two.a.run)->spaceId, two.a.id);
}

void TestSpaceStore::float16SpaceStoresHalves()
{
    TestUtils::ProjectBuilder project(QStringLiteral("half.tare"), QStringLiteral("set"));
    const QString path = project.path();
    {
        const qint64 d1 = project.addDocument("d1", "one");
        const qint64 q1 = project.addQuery("q1", "query");
        const qint64 spaceId = project.addSpace(QStringLiteral("half"), 3, ElementType::Float16);
        const Eigen::VectorXf vector = Eigen::Vector3f(0.1f, -2.0f, 65504.0f);
        project.setDocumentVector(d1, vector);
        project.setQueryVector(q1, vector);
        // Beyond ±65504, NaN: refused, the stored vector stays.
        for (const float bad : {65536.0f, std::numeric_limits<float>::quiet_NaN()}) {
            const Eigen::VectorXf worse = Eigen::Vector3f(0.1f, bad, 0.0f);
            QVERIFY_THROWS_EXCEPTION(TareError, project.setDocumentVector(d1, worse, spaceId));
        }
        project.close();
    }
    ProjectStore store(path);
    const auto space = store.spaces().byName(store.datasets().byName(QStringLiteral("set"))->id, QStringLiteral("half"));
    QVERIFY(space);
    QCOMPARE(space->elementType, ElementType::Float16);
    QCOMPARE(space->documentVectorCount, qint64(1));
    SqliteConnection raw(path, SqliteConnection::Mode::ReadOnly);
    QCOMPARE(raw.queryInt64("SELECT length(vectors) FROM document_vector_chunks WHERE space_id = ?1", space->id), qint64(6));
    QCOMPARE(raw.queryInt64("SELECT length(vector) FROM query_vectors WHERE space_id = ?1", space->id), qint64(12)); // float32
    std::vector<qint64> ids;
    const std::vector<quint16> halves = store.spaces().documentHalves(space->id, ids);
    QCOMPARE(halves, (std::vector<quint16>{Float16::fromFloat(0.1f), 0xc000, 0x7bff}));
    const auto queries = store.spaces().queryVectors(space->id);
    QCOMPARE(queries.size(), 1);
    QCOMPARE(queries.begin()->x(), 0.1f); // not rounded
}

QTEST_GUILESS_MAIN(TestSpaceStore)
#include "tst_spacestore.moc"
