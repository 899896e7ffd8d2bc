// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/projectstore.h"
#include "core/embed/spacebuilder.h"
#include "core/util/tareerror.h"
#include "testserver/openaitestserver.h"

#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace tare;
using tare::test::OpenAiTestServer;

namespace {

/// Points a provider's settings (the embedder's or the HyDE writer's) at the test server's
/// OpenAI-compatible endpoints and `model`, with one attempt.
template <typename Settings>
void pointAt(Settings& settings, const OpenAiTestServer& server, const QString& model)
{
    settings.baseUrl = server.baseUrl() + QStringLiteral("/v1");
    settings.model = model;
    settings.maxAttempts = 1;
}

} // namespace

/// The workbench's one entry to the space builders: each kind builds its space from a plain
/// request, reports progress through one sink, and a cancel or a taken name writes nothing.
class TestSpaceBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void builtInLsa();
    void remoteEndpoint();
    void hydeOverASource();
    void takenNameWritesNothing_data();
    void takenNameWritesNothing();
    void cancelWritesNothing_data();
    void cancelWritesNothing();

private:
    SpaceBuilder::Request remoteRequest(const OpenAiTestServer& server) const
    {
        SpaceBuilder::Request request;
        request.kind = SpaceBuilder::Kind::Remote;
        request.datasetId = m_datasetId;
        pointAt(request.remote.embedder, server, QStringLiteral("embedder"));
        return request;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    qint64 m_datasetId = 0;
};

void TestSpaceBuilder::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("spaces.tare"));
    ProjectStore store(m_path, ProjectStore::OpenMode::CreateIfMissing);
    DatasetInfo info;
    info.name = QStringLiteral("animals");
    info.instruction = QStringLiteral("Find the animal");
    m_datasetId = store.datasets().create(info);
    const char* texts[] = {"a zebra in the grass", "a lion in the sun",  "an elephant by the river", "stripes of a zebra",
                           "the lion sleeps",      "elephants remember", "grass and more grass",     "a river in the sun"};
    int n = 0;
    for (const char* text : texts)
        store.datasets().insertDocument(m_datasetId, QByteArray("d" + QByteArray::number(++n)), "", text);
    store.datasets().insertQuery(m_datasetId, "q1", "where are zebras", "");
    store.datasets().insertQuery(m_datasetId, "q2", "big cats", "");
}

void TestSpaceBuilder::builtInLsa()
{
    ProjectStore store(m_path);
    SpaceBuilder::Request request;
    request.datasetId = m_datasetId;
    request.spaceName = QStringLiteral("lsa-4");
    request.lsa.lsa.dim = 4;
    request.lsa.lsa.seed = 7;
    request.lsa.queryTemplate = QStringLiteral("{instruction}: {text}");
    QList<qint64> reported;
    ProgressSink sink;
    sink.progress = [&reported](qint64 done, qint64, const QString&) { reported.append(done); };
    const SpaceBuilder::Result result = SpaceBuilder::build(store, request, sink);

    QCOMPARE(result.spaceName, QStringLiteral("lsa-4"));
    QVERIFY(result.dim >= 1 && result.dim <= 4);
    QCOMPARE(result.documentVectors, qint64(8));
    QCOMPARE(result.queryVectors, qint64(2));
    QVERIFY(!reported.isEmpty());
    const auto space = store.spaces().find(result.spaceId);
    QCOMPARE(space->provider, QStringLiteral("lsa"));
    QCOMPARE(space->queryTemplate, QStringLiteral("{instruction}: {text}"));
    QCOMPARE(space->documentTemplate, QStringLiteral("{text}"));
    QVERIFY2(space->paramsJson.contains("\"seed\":\"7\""), space->paramsJson.constData());
    QVERIFY2(result.summary.contains(QStringLiteral("'lsa-4'")), qPrintable(result.summary));
}

void TestSpaceBuilder::remoteEndpoint()
{
    OpenAiTestServer server;
    ProjectStore store(m_path);
    SpaceBuilder::Request request = remoteRequest(server);
    request.remote.queryTemplate = QStringLiteral("Instruct: {instruction}\nQuery: {text}");
    const SpaceBuilder::Result result = SpaceBuilder::build(store, request);
    QCOMPARE(result.spaceName, QStringLiteral("openai")); // the builder's default name
    QCOMPARE(result.documentVectors, qint64(8));
    QCOMPARE(result.queryVectors, qint64(2));
    QVERIFY(server.requestCount() > 0);
    QVERIFY2(result.summary.contains(QStringLiteral("sent to the endpoint: 10")), qPrintable(result.summary));
    QCOMPARE(store.spaces().find(result.spaceId)->queryTemplate, QStringLiteral("Instruct: {instruction}\nQuery: {text}"));
}

void TestSpaceBuilder::hydeOverASource()
{
    OpenAiTestServer server;
    ProjectStore store(m_path);
    SpaceBuilder::Request lsa;
    lsa.datasetId = m_datasetId;
    lsa.lsa.lsa.dim = 4;
    const qint64 source = SpaceBuilder::build(store, lsa).spaceId;

    SpaceBuilder::Request request;
    request.kind = SpaceBuilder::Kind::Hyde;
    request.sourceSpaceId = source;
    pointAt(request.hyde.writer, server, QStringLiteral("writer"));
    const SpaceBuilder::Result result = SpaceBuilder::build(store, request);
    QCOMPARE(result.spaceName, QStringLiteral("lsa-hyde"));
    QCOMPARE(result.documentVectors, qint64(8));
    QCOMPARE(result.queryVectors, qint64(2));
    QCOMPARE(store.spaces().find(result.spaceId)->provider, QStringLiteral("hyde"));
}

void TestSpaceBuilder::takenNameWritesNothing_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("lsa") << int(SpaceBuilder::Kind::Lsa);
    QTest::newRow("remote") << int(SpaceBuilder::Kind::Remote);
}

void TestSpaceBuilder::takenNameWritesNothing()
{
    QFETCH(int, kind);
    OpenAiTestServer server;
    ProjectStore store(m_path);
    SpaceInfo taken;
    taken.datasetId = m_datasetId;
    taken.name = QStringLiteral("taken");
    taken.provider = QStringLiteral("imported");
    taken.dim = 3;
    store.spaces().create(taken);
    SpaceBuilder::Request request = remoteRequest(server);
    request.kind = SpaceBuilder::Kind(kind);
    request.spaceName = QStringLiteral("taken");
    try {
        SpaceBuilder::build(store, request);
        QFAIL("a taken name must be refused");
    } catch (const TareError& error) {
        QCOMPARE(error.kind(), TareError::Kind::Usage);
        QVERIFY2(error.message().contains(QStringLiteral("taken")), qPrintable(error.message()));
    }
    QCOMPARE(store.spaces().all(m_datasetId).size(), qsizetype(1));
    QCOMPARE(server.requestCount(), 0); // refused before anything was sent
}

void TestSpaceBuilder::cancelWritesNothing_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("cancelAfter"); ///< progress reports before the cancel
    QTest::newRow("lsa at once") << int(SpaceBuilder::Kind::Lsa) << 0;
    QTest::newRow("lsa while fitting") << int(SpaceBuilder::Kind::Lsa) << 1;
    QTest::newRow("remote") << int(SpaceBuilder::Kind::Remote) << 0;
}

void TestSpaceBuilder::cancelWritesNothing()
{
    QFETCH(int, kind);
    QFETCH(int, cancelAfter);
    OpenAiTestServer server;
    ProjectStore store(m_path);
    SpaceBuilder::Request request = remoteRequest(server);
    request.kind = SpaceBuilder::Kind(kind);
    request.lsa.lsa.dim = 4;
    std::atomic<int> reports{0};
    ProgressSink sink;
    sink.progress = [&reports](qint64, qint64, const QString&) { ++reports; };
    sink.cancelled = [&reports, cancelAfter] { return reports >= cancelAfter; };
    try {
        SpaceBuilder::build(store, request, sink);
        QFAIL("a cancelled build must throw");
    } catch (const TareError& error) {
        QCOMPARE(error.kind(), TareError::Kind::Cancelled);
    }
    QVERIFY(store.spaces().all(m_datasetId).isEmpty());
}

QTEST_GUILESS_MAIN(TestSpaceBuilder)
#include "tst_spacebuilder.moc"
