// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/projectstore.h"
#include "core/embed/remotespacebuilder.h"
#include "core/util/tareerror.h"
#include "projectbuilder.h"
#include "testserver/openaitestserver.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tare;
using tare::test::OpenAiTestServer;

class TestRemoteSpaceBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buildsSpaceWithTemplatedTexts();
    void secondEmbedCostsNoRequest();
    void dimensionsAreANewIdentity();
    void wrongDimensionIsRefused();
    void cancelledBuildKeepsNoSpace();
    void keyNeverReachesTheProjectFile();

private:
    struct Fixture
    {
        TestUtils::ProjectBuilder project{QStringLiteral("remote.tare"), QStringLiteral("tiny"), PoolRule::Corpus,
                                          QStringLiteral("Find the zebra")};
        QString path = project.path();
        qint64 datasetId = project.datasetId();

        Fixture()
        {
            project.addDocument("d1", "a zebra in the grass", "Stripes");
            project.addDocument("d2", "a lion in the sun");
            project.addDocument("d3", "the same text twice");
            project.addDocument("d4", "the same text twice");
            project.addDocument("d5", "an elephant by the river");
            project.addQuery("q1", "where are zebras");
            project.addQuery("q2", "big cats", "Find big cats");
            project.close();
        }
    };

    static RemoteSpaceBuilder::Options options(const OpenAiTestServer& server, const QString& name)
    {
        RemoteSpaceBuilder::Options options;
        options.spaceName = name;
        options.embedder.baseUrl = server.baseUrl() + QStringLiteral("/v1");
        options.embedder.model = QStringLiteral("test-embedder");
        options.embedder.maxBatchCount = 2;
        options.embedder.maxAttempts = 1;
        options.queryTemplate = QStringLiteral("Instruct: {instruction}\nQuery: {text}");
        return options;
    }

    static bool near(std::span<const float> a, const std::vector<float>& b)
    {
        if (a.size() != b.size())
            return false;
        for (size_t i = 0; i < a.size(); ++i) {
            if (std::abs(a[i] - b[i]) > 1e-6f)
                return false;
        }
        return true;
    }
};

void TestRemoteSpaceBuilder::buildsSpaceWithTemplatedTexts()
{
    Fixture fixture;
    OpenAiTestServer server;
    ProjectStore store(fixture.path);
    const auto result = RemoteSpaceBuilder::build(store, fixture.datasetId, options(server, QStringLiteral("openai")));
    QCOMPARE(result.texts, 7);
    QCOMPARE(result.embedded, 6); // the duplicate document text is sent once
    QCOMPARE(result.fromCache, 0);
    QCOMPARE(result.dim, 8);
    QCOMPARE(server.requestCount(), 3); // 6 texts in batches of 2

    const auto space = store.spaces().find(result.spaceId);
    QVERIFY(space);
    QCOMPARE(space->dim, 8);
    QCOMPARE(space->model, QStringLiteral("test-embedder"));
    QCOMPARE(space->documentVectorCount, 5);
    QCOMPARE(space->queryVectorCount, 2);

    QHash<QString, std::vector<float>> documents;
    store.spaces().forEachDocumentVector(result.spaceId, [&](const QString& extId, std::span<const float> vector) {
        documents.insert(extId, std::vector<float>(vector.begin(), vector.end()));
    });
    // Title and text joined as BEIR's loader joins them (the dataset's default document text).
    QVERIFY(near(documents.value(QStringLiteral("d1")), OpenAiTestServer::embeddingFor(QStringLiteral("Stripes a zebra in the grass"), 8)));
    QVERIFY(near(documents.value(QStringLiteral("d4")), OpenAiTestServer::embeddingFor(QStringLiteral("the same text twice"), 8)));

    const auto queries = store.spaces().queryVectors(result.spaceId);
    const auto q2 = *store.datasets().queryId(fixture.datasetId, "q2");
    const auto q1 = *store.datasets().queryId(fixture.datasetId, "q1");
    // A query's own instruction follows its text (the paper's FollowIR loader); {instruction} is the dataset's.
    const auto expected2 = OpenAiTestServer::embeddingFor(QStringLiteral("Instruct: Find the zebra\nQuery: big cats\nFind big cats"), 8);
    const auto expected1 = OpenAiTestServer::embeddingFor(QStringLiteral("Instruct: Find the zebra\nQuery: where are zebras"), 8);
    QVERIFY(near(std::span<const float>(queries.value(q2).data(), 8), expected2));
    QVERIFY(near(std::span<const float>(queries.value(q1).data(), 8), expected1));

    QVERIFY_THROWS_EXCEPTION(TareError, RemoteSpaceBuilder::build(store, fixture.datasetId, options(server, QStringLiteral("openai"))));
}

void TestRemoteSpaceBuilder::secondEmbedCostsNoRequest()
{
    Fixture fixture;
    OpenAiTestServer server;
    ProjectStore store(fixture.path);
    const auto first = RemoteSpaceBuilder::build(store, fixture.datasetId, options(server, QStringLiteral("first")));
    QVERIFY(server.requestCount() > 0);
    server.resetCounters();
    const auto second = RemoteSpaceBuilder::build(store, fixture.datasetId, options(server, QStringLiteral("second")));
    QCOMPARE(server.requestCount(), 0);
    QCOMPARE(second.embedded, 0);
    QCOMPARE(second.fromCache, 6);
    QCOMPARE(store.spaces().find(second.spaceId)->documentVectorCount, 5);
    QCOMPARE(store.spaces().find(second.spaceId)->queryVectorCount, 2);

    std::vector<qint64> ids;
    const RowMatrixXf a = store.spaces().documentMatrix(first.spaceId, ids);
    const RowMatrixXf b = store.spaces().documentMatrix(second.spaceId, ids);
    QVERIFY(a.isApprox(b));

    // Another endpoint path or model is another identity: no stale hit.
    RemoteSpaceBuilder::Options other = options(server, QStringLiteral("other-model"));
    other.embedder.model = QStringLiteral("another-embedder");
    RemoteSpaceBuilder::build(store, fixture.datasetId, other);
    QCOMPARE(server.requestCount(), 3);
}

void TestRemoteSpaceBuilder::dimensionsAreANewIdentity()
{
    Fixture fixture;
    OpenAiTestServer server;
    ProjectStore store(fixture.path);
    RemoteSpaceBuilder::build(store, fixture.datasetId, options(server, QStringLiteral("full")));
    server.resetCounters();
    RemoteSpaceBuilder::Options shorter = options(server, QStringLiteral("short"));
    shorter.embedder.dimensions = 4;
    const auto result = RemoteSpaceBuilder::build(store, fixture.datasetId, shorter);
    QCOMPARE(result.dim, 4);
    QCOMPARE(server.requestCount(), 3);
    QCOMPARE(QJsonDocument::fromJson(server.seen().first().body).object().value(QStringLiteral("dimensions")).toInt(), 4);
}

void TestRemoteSpaceBuilder::wrongDimensionIsRefused()
{
    Fixture fixture;
    OpenAiTestServer server;
    ProjectStore store(fixture.path);
    RemoteSpaceBuilder::Options wrong = options(server, QStringLiteral("wrong"));
    wrong.embedder.expectedDim = 16; // the server answers 8
    try {
        RemoteSpaceBuilder::build(store, fixture.datasetId, wrong);
        QFAIL("no exception");
    } catch (const TareError& error) {
        QCOMPARE(error.kind(), TareError::Kind::Io);
        QVERIFY2(error.message().contains(QStringLiteral("8")), qPrintable(error.message()));
    }
    QVERIFY(!store.spaces().byName(fixture.datasetId, QStringLiteral("wrong")));
}

void TestRemoteSpaceBuilder::cancelledBuildKeepsNoSpace()
{
    Fixture fixture;
    OpenAiTestServer server;
    ProjectStore store(fixture.path);
    RemoteSpaceBuilder::Options cancelled = options(server, QStringLiteral("cancelled"));
    cancelled.sink.cancelled = [] { return true; };
    try {
        RemoteSpaceBuilder::build(store, fixture.datasetId, cancelled);
        QFAIL("no exception");
    } catch (const TareError& error) {
        QCOMPARE(error.kind(), TareError::Kind::Cancelled);
    }
    QVERIFY(!store.spaces().byName(fixture.datasetId, QStringLiteral("cancelled")));
}

void TestRemoteSpaceBuilder::keyNeverReachesTheProjectFile()
{
    const QByteArray key = "sk-remote-space-secret-0815";
    qputenv("TARE_TEST_EMBED_KEY", key);
    Fixture fixture;
    OpenAiTestServer server;
    server.setRequiredApiKey(key);
    QString identity;
    {
        ProjectStore store(fixture.path);
        RemoteSpaceBuilder::Options keyed = options(server, QStringLiteral("keyed"));
        keyed.embedder.apiKeyEnv = QStringLiteral("TARE_TEST_EMBED_KEY");
        const auto result = RemoteSpaceBuilder::build(store, fixture.datasetId, keyed);
        QCOMPARE(result.embedded, 6);
        OpenAiEmbedder embedder(keyed.embedder);
        identity = embedder.identity();
        QVERIFY(!identity.contains(QString::fromUtf8(key)));
        QVERIFY(identity.contains(QStringLiteral("127.0.0.1")));
        QVERIFY(identity.contains(QStringLiteral("test-embedder")));
        QCOMPARE(store.spaces().cachedEmbeddingCount(identity), 6);
    }
    qunsetenv("TARE_TEST_EMBED_KEY");
    for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
        QFile file(fixture.path + suffix);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QVERIFY2(!file.readAll().contains(key), qPrintable(fixture.path + suffix));
    }
}

QTEST_GUILESS_MAIN(TestRemoteSpaceBuilder)
#include "tst_remotespacebuilder.moc"
