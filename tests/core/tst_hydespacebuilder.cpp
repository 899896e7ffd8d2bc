// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/projectstore.h"
#include "core/embed/embeddingtemplate.h"
#include "core/embed/hydespacebuilder.h"
#include "core/embed/lsaspacebuilder.h"
#include "core/embed/remotespacebuilder.h"
#include "core/util/tareerror.h"
#include "projectbuilder.h"
#include "testserver/openaitestserver.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tare;
using tare::test::OpenAiTestServer;

class TestHydeSpaceBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lsaSource();
    void remoteSourceThroughTheCache();
    void refusesSpacesItCannotEmbedInto();
    void cancelledWritesNoSpace();
    void withoutQuery();

private:
    struct Fixture
    {
        TestUtils::ProjectBuilder project{QStringLiteral("hyde.tare"), QStringLiteral("tiny")};
        QString path = project.path();
        qint64 datasetId = project.datasetId();

        Fixture()
        {
            const char* texts[] = {"a zebra in the grass", "a lion in the sun", "an elephant by the river",
                                   "yes we can say yes", "no way to say no", "stripes of a zebra"};
            int n = 0;
            for (const char* text : texts)
                project.addDocument(QByteArray("d" + QByteArray::number(++n)), text);
            project.addQuery("q1", "where are zebras");
            project.addQuery("q2", "big cats");
            project.close();
        }

        /// The tiny dataset's built-in LSA space (4 dimensions): the source of a HyDE space.
        qint64 lsaSpace(ProjectStore& store) const
        {
            LsaSpaceBuilder::Options lsa;
            lsa.lsa.dim = 4;
            return LsaSpaceBuilder::build(store, datasetId, lsa);
        }
    };

    static HydeSpaceBuilder::Options options(const OpenAiTestServer& server)
    {
        HydeSpaceBuilder::Options options;
        options.writer.baseUrl = server.baseUrl() + QStringLiteral("/v1");
        options.writer.model = QStringLiteral("writer");
        options.writer.maxAttempts = 1;
        return options;
    }
};

void TestHydeSpaceBuilder::lsaSource()
{
    Fixture fixture;
    OpenAiTestServer server;
    ProjectStore store(fixture.path);
    LsaSpaceBuilder::Options lsa;
    lsa.lsa.dim = 4;
    lsa.queryTemplate = QStringLiteral("query: {text}");
    const qint64 sourceId = LsaSpaceBuilder::build(store, fixture.datasetId, lsa);

    HydeSpaceBuilder::Options plain = options(server);
    plain.includeQuery = false;
    const auto result = HydeSpaceBuilder::build(store, sourceId, plain);
    QCOMPARE(result.spaceName, QStringLiteral("lsa-hyde"));
    QCOMPARE(server.requestCount(), 2); // one chat completion per query
    const auto space = store.spaces().find(result.spaceId);
    QVERIFY(space);
    QCOMPARE(space->provider, QStringLiteral("hyde"));
    QCOMPARE(space->dim, store.spaces().find(sourceId)->dim);
    QCOMPARE(space->documentVectorCount, 6);
    QCOMPARE(space->queryVectorCount, 2);

    // Documents are copied; queries are the hypothetical documents under the source's query template.
    std::vector<qint64> ids;
    std::vector<qint64> sourceIds;
    QVERIFY(store.spaces().documentMatrix(result.spaceId, ids).isApprox(store.spaces().documentMatrix(sourceId, sourceIds)));
    QCOMPARE(ids, sourceIds);
    const LsaModel model = LsaSpaceBuilder::model(store, sourceId);
    const qint64 q1 = *store.datasets().queryId(fixture.datasetId, "q1");
    const qint64 q2 = *store.datasets().queryId(fixture.datasetId, "q2");
    const auto queries = store.spaces().queryVectors(result.spaceId);
    QVERIFY(queries.value(q1).isApprox(model.embed(QStringLiteral("query: Yes."))));
    QVERIFY(queries.value(q2).isApprox(model.embed(QStringLiteral("query: No."))));

    const auto written = HydeSpaceBuilder::hypotheticalDocuments(store, result.spaceId);
    QCOMPARE(written.value(q1), QStringLiteral("Yes."));
    QCOMPARE(written.value(q2), QStringLiteral("No."));
    const QJsonObject params = QJsonDocument::fromJson(space->paramsJson).object();
    QCOMPARE(params.value(QStringLiteral("source_space")).toString(), QStringLiteral("lsa"));
    QCOMPARE(params.value(QStringLiteral("temperature")).toDouble(), 0.7);

    QVERIFY_THROWS_EXCEPTION(TareError, HydeSpaceBuilder::build(store, sourceId, options(server))); // name taken
}

void TestHydeSpaceBuilder::remoteSourceThroughTheCache()
{
    const QByteArray key = "sk-hyde-secret-1618";
    qputenv("TARE_TEST_HYDE_KEY", key);
    Fixture fixture;
    OpenAiTestServer server;
    server.setRequiredApiKey(key);
    {
        ProjectStore store(fixture.path);
        RemoteSpaceBuilder::Options remote;
        remote.embedder.baseUrl = server.baseUrl() + QStringLiteral("/v1");
        remote.embedder.model = QStringLiteral("emb");
        remote.embedder.apiKeyEnv = QStringLiteral("TARE_TEST_HYDE_KEY");
        remote.queryTemplate = QStringLiteral("Q: {text}");
        const qint64 sourceId = RemoteSpaceBuilder::build(store, fixture.datasetId, remote).spaceId;

        server.resetCounters();
        HydeSpaceBuilder::Options hyde = options(server);
        hyde.writer.apiKeyEnv = QStringLiteral("TARE_TEST_HYDE_KEY");
        hyde.embedApiKeyEnv = QStringLiteral("TARE_TEST_HYDE_KEY");
        hyde.spaceName = QStringLiteral("mine");
        hyde.includeQuery = false;
        const auto result = HydeSpaceBuilder::build(store, sourceId, hyde);
        QCOMPARE(result.spaceName, QStringLiteral("mine"));
        QCOMPARE(server.requestCount(), 3); // two chat completions, one embeddings batch
        const qint64 q1 = *store.datasets().queryId(fixture.datasetId, "q1");
        const Eigen::VectorXf vector = store.spaces().queryVectors(result.spaceId).value(q1);
        const std::vector<float> expected = OpenAiTestServer::embeddingFor(QStringLiteral("Q: Yes."), 8);
        QCOMPARE(vector.size(), 8);
        for (int i = 0; i < 8; ++i)
            QVERIFY(std::abs(vector[i] - expected[size_t(i)]) < 1e-6f);

        // The hypothetical documents' vectors are cached too: a second HyDE space only writes.
        server.resetCounters();
        hyde.spaceName = QStringLiteral("again");
        HydeSpaceBuilder::build(store, sourceId, hyde);
        QCOMPARE(server.requestCount(), 2);
    }
    qunsetenv("TARE_TEST_HYDE_KEY");
    for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
        QFile file(fixture.path + suffix);
        if (file.open(QIODevice::ReadOnly))
            QVERIFY(!file.readAll().contains(key));
    }
}

void TestHydeSpaceBuilder::refusesSpacesItCannotEmbedInto()
{
    Fixture fixture;
    OpenAiTestServer server;
    ProjectStore store(fixture.path);
    SpaceInfo imported;
    imported.datasetId = fixture.datasetId;
    imported.name = QStringLiteral("imported");
    imported.provider = QStringLiteral("imported");
    imported.dim = 3;
    const qint64 spaceId = store.spaces().create(imported);
    try {
        HydeSpaceBuilder::build(store, spaceId, options(server));
        QFAIL("no exception");
    } catch (const TareError& error) {
        QCOMPARE(error.kind(), TareError::Kind::Usage);
    }
    QCOMPARE(server.requestCount(), 0);
}

void TestHydeSpaceBuilder::cancelledWritesNoSpace()
{
    Fixture fixture;
    OpenAiTestServer server;
    ProjectStore store(fixture.path);
    const qint64 sourceId = fixture.lsaSpace(store);
    HydeSpaceBuilder::Options cancelled = options(server);
    cancelled.sink.cancelled = [] { return true; };
    try {
        HydeSpaceBuilder::build(store, sourceId, cancelled);
        QFAIL("no exception");
    } catch (const TareError& error) {
        QCOMPARE(error.kind(), TareError::Kind::Cancelled);
    }
    QVERIFY(!store.spaces().byName(fixture.datasetId, QStringLiteral("lsa-hyde")));
}

void TestHydeSpaceBuilder::withoutQuery()
{
    // By default the hypothetical document's vector is averaged with the query's own (HyDE paper).
    Fixture fixture;
    OpenAiTestServer server;
    ProjectStore store(fixture.path);
    const qint64 sourceId = fixture.lsaSpace(store);
    const auto result = HydeSpaceBuilder::build(store, sourceId, options(server));
    const LsaModel model = LsaSpaceBuilder::model(store, sourceId);
    const qint64 q1 = *store.datasets().queryId(fixture.datasetId, "q1");
    const Eigen::VectorXf expected = 0.5f * (model.embed(QStringLiteral("Yes.")) + store.spaces().queryVectors(sourceId).value(q1));
    QVERIFY(store.spaces().queryVectors(result.spaceId).value(q1).isApprox(expected));
    QVERIFY(QJsonDocument::fromJson(store.spaces().find(result.spaceId)->paramsJson).object().value(QStringLiteral("include_query")).toBool());
}

QTEST_GUILESS_MAIN(TestHydeSpaceBuilder)
#include "tst_hydespacebuilder.moc"
