// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/sqliteconnection.h"
#include "testserver/openaitestserver.h"
#include "testutils.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace tare;

namespace {

const QByteArray s_key = QByteArrayLiteral("sk-hostile-echo-canary-93f1c0d7e2b4a6");

struct Output
{
    int exitCode = -1;
    QString out;
    QString err;
    qint64 ms = 0;
};

/// tare-cli with TARE_TEST_KEY in its environment and, when `maxBytes` > 0, its address space
/// limited (a body read whole would run out of it).
Output runCli(const QStringList& arguments, qint64 maxBytes = 0)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TARE_TEST_KEY"), QString::fromLatin1(s_key));
    process.setProcessEnvironment(environment);
    if (maxBytes > 0) {
        process.setChildProcessModifier([maxBytes] {
            TestUtils::limitAddressSpace(maxBytes);
        });
    }
    QElapsedTimer clock;
    clock.start();
    process.start(QString::fromUtf8(TARE_CLI_PATH), arguments);
    Output output;
    if (!process.waitForFinished(300000)) {
        process.kill();
        process.waitForFinished();
        output.err = QStringLiteral("timed out");
        return output;
    }
    output.ms = clock.elapsed();
    output.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    output.out = QString::fromUtf8(process.readAllStandardOutput());
    output.err = QString::fromUtf8(process.readAllStandardError());
    return output;
}

struct StoredJudgment
{
    QString status;
    QString error;
    QString rawResponse;
    bool hasScore = false;
};

QList<StoredJudgment> judgments(const QString& project)
{
    SqliteConnection connection(project, SqliteConnection::Mode::ReadOnly);
    auto& statement = connection.prepare("SELECT status, error, raw_response, score IS NOT NULL FROM judgments ORDER BY id");
    QList<StoredJudgment> result;
    while (statement.step())
        result.append({statement.text(0), statement.text(1), statement.text(2), statement.int64(3) != 0});
    statement.reset();
    return result;
}

/// Everything the project file holds, as text, to search for a secret.
QByteArray everything(const QString& project)
{
    QByteArray bytes;
    for (const char* suffix : {"", "-wal"}) {
        QFile file(project + QLatin1String(suffix));
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

} // namespace

/// What a hostile or broken server can do to the CLI: bodies that never end or inflate to
/// gigabytes are cut at a per-request limit and stored as failed judgments; a server that echoes
/// the API key gets it redacted everywhere; credentials in the endpoint's query are refused and
/// paths are appended before the query; a silent server is bounded by --timeout; a run or a
/// prefetch whose every judgment failed is not a success; a non-finite score is a failed
/// judgment, not a lost batch; a poisoned embedding is never cached.
class TestHostileServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void largeBodiesAreCut_data();
    void largeBodiesAreCut();
    void echoedKeyIsRedacted();
    void credentialsInTheQueryAreRefused();
    void pathGoesBeforeTheQuery();
    void silentServerIsBoundedByTimeout();
    void everyJudgmentFailedIsNoSuccess_data();
    void everyJudgmentFailedIsNoSuccess();
    void nonFiniteScoreIsAFailedJudgment();
    void poisonedEmbeddingIsNotCached();

private:
    QStringList judged(const QString& command, const QString& endpoint, const QStringList& more = {}) const;

    QTemporaryDir m_dir;
    QString m_project;
};

void TestHostileServer::init()
{
    // A fresh project per test: judgments of one test do not answer another's.
    QVERIFY(m_dir.isValid());
    m_project = m_dir.filePath(QStringLiteral("%1.tare").arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(m_project);
    const QString teaching = QString::fromUtf8(TARE_SAMPLE_DATA_DIR) + QStringLiteral("/teaching");
    Output result = runCli({QStringLiteral("import"), QStringLiteral("beir"), teaching, QStringLiteral("--project"), m_project});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    result = runCli({QStringLiteral("embed"), m_project, QStringLiteral("--space"), QStringLiteral("lsa"), QStringLiteral("--dim"),
                     QStringLiteral("8")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
}

QStringList TestHostileServer::judged(const QString& command, const QString& endpoint, const QStringList& more) const
{
    return QStringList{command, m_project, QStringLiteral("--space"), QStringLiteral("lsa"), QStringLiteral("--judge"),
                       QStringLiteral("llm-yesno"), QStringLiteral("--endpoint"), endpoint, QStringLiteral("--model"),
                       QStringLiteral("m"), QStringLiteral("--api-key-env"), QStringLiteral("TARE_TEST_KEY"),
                       QStringLiteral("--total"), QStringLiteral("4"), QStringLiteral("--from-top"), QStringLiteral("4")}
        + more;
}

void TestHostileServer::largeBodiesAreCut_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<qint64>("bytes");
    QTest::newRow("gzip bomb, 1 GB inflated") << int(test::OpenAiTestServer::Fault::GzipBomb) << (qint64(1) << 30);
    QTest::newRow("plain 300 MB body") << int(test::OpenAiTestServer::Fault::HugeBody) << (qint64(300) << 20);
}

void TestHostileServer::largeBodiesAreCut()
{
    QFETCH(int, fault);
    QFETCH(qint64, bytes);
    test::OpenAiTestServer server;
    server.pushLargeBody(test::OpenAiTestServer::Fault(fault), bytes, 12);
    // 12 judgments at concurrency 4 with 1.5 GB of address space: reading the bodies whole
    // cannot fit, cutting them at the chat limit must.
    const auto result = runCli(judged(QStringLiteral("judge"), server.baseUrl() + QStringLiteral("/v1"),
                                      {QStringLiteral("--concurrency"), QStringLiteral("4")}),
                               qint64(1536) << 20);
    qInfo("exit %d: %s", result.exitCode, qPrintable(result.err.trimmed()));
    // The test server runs in this process: the children are the tare-cli processes only.
    rusage usage{};
    ::getrusage(RUSAGE_CHILDREN, &usage);
    qInfo("peak resident set of the tare-cli processes so far: %ld MiB", long(usage.ru_maxrss / 1024));
    QVERIFY2(usage.ru_maxrss < 1024 * 1024, "a tare-cli process took more than 1 GiB"); // ru_maxrss is in KiB
    QCOMPARE(result.exitCode, 3); // every judgment failed
    const auto stored = judgments(m_project);
    QCOMPARE(stored.size(), qsizetype(12));
    for (const StoredJudgment& judgment : stored) {
        QCOMPARE(judgment.status, QStringLiteral("failed"));
        QVERIFY2(judgment.error.contains(QStringLiteral("the response is larger than")), qPrintable(judgment.error));
        QVERIFY(judgment.rawResponse.size() < 100000);
    }
}

void TestHostileServer::echoedKeyIsRedacted()
{
    test::OpenAiTestServer server;
    server.setEchoAuthorization(true);
    const QString endpoint = server.baseUrl() + QStringLiteral("/v1");

    // Judgments: the echo lands in raw responses; a 401 puts it in the error.
    server.pushFault(test::OpenAiTestServer::Fault::Unauthorized, 1);
    const auto judge = runCli(judged(QStringLiteral("judge"), endpoint, {QStringLiteral("--concurrency"), QStringLiteral("1")}));
    QVERIFY2(!QString(judge.out + judge.err).contains(QString::fromLatin1(s_key)), qPrintable(QString(judge.out + judge.err)));
    const auto stored = judgments(m_project);
    QVERIFY(!stored.isEmpty());
    for (const StoredJudgment& judgment : stored) {
        QVERIFY2(!judgment.rawResponse.contains(QString::fromLatin1(s_key)), qPrintable(judgment.rawResponse));
        QVERIFY2(!judgment.error.contains(QString::fromLatin1(s_key)), qPrintable(judgment.error));
    }
    QVERIFY(stored.first().error.contains(QStringLiteral("<redacted>")) || stored.first().rawResponse.contains(QStringLiteral("<redacted>")));

    // probe prints what the server said; embed and hyde print its errors.
    const auto probe = runCli({QStringLiteral("probe"), endpoint, QStringLiteral("--model"), QStringLiteral("m"),
                               QStringLiteral("--api-key-env"), QStringLiteral("TARE_TEST_KEY")});
    QVERIFY2(!QString(probe.out + probe.err).contains(QString::fromLatin1(s_key)), qPrintable(QString(probe.out + probe.err)));
    server.pushFault(test::OpenAiTestServer::Fault::Unauthorized, 50);
    const auto embed = runCli({QStringLiteral("embed"), m_project, QStringLiteral("--space"), QStringLiteral("openai"),
                               QStringLiteral("--endpoint"), endpoint, QStringLiteral("--model"), QStringLiteral("e"),
                               QStringLiteral("--api-key-env"), QStringLiteral("TARE_TEST_KEY")});
    QVERIFY(embed.exitCode != 0);
    QVERIFY2(embed.err.contains(QStringLiteral("<redacted>")), qPrintable(embed.err));
    QVERIFY2(!QString(embed.out + embed.err).contains(QString::fromLatin1(s_key)), qPrintable(QString(embed.out + embed.err)));
    const auto hyde = runCli({QStringLiteral("hyde"), m_project, QStringLiteral("--space"), QStringLiteral("lsa"),
                              QStringLiteral("--endpoint"), endpoint, QStringLiteral("--model"), QStringLiteral("m"),
                              QStringLiteral("--api-key-env"), QStringLiteral("TARE_TEST_KEY")});
    QVERIFY2(!QString(hyde.out + hyde.err).contains(QString::fromLatin1(s_key)), qPrintable(QString(hyde.out + hyde.err)));
    QVERIFY(!everything(m_project).contains(s_key));
}

void TestHostileServer::credentialsInTheQueryAreRefused()
{
    test::OpenAiTestServer server;
    const QString secret = QStringLiteral("query-secret-7c2e9d41");
    for (const QString& command : {QStringLiteral("run"), QStringLiteral("judge")}) {
        const auto result = runCli(judged(command, server.baseUrl() + QStringLiteral("/v1?api-key=") + secret));
        qInfo("%s", qPrintable(result.err.trimmed()));
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("the query parameter 'api-key'")), qPrintable(result.err));
        QVERIFY(!result.err.contains(secret));
    }
    const auto embed = runCli({QStringLiteral("embed"), m_project, QStringLiteral("--space"), QStringLiteral("openai"),
                               QStringLiteral("--endpoint"), server.baseUrl() + QStringLiteral("/v1?access_token=") + secret,
                               QStringLiteral("--model"), QStringLiteral("e")});
    QCOMPARE(embed.exitCode, 1);
    QVERIFY2(embed.err.contains(QStringLiteral("'access_token'")), qPrintable(embed.err));
    QCOMPARE(server.requestCount(), 0);
    QVERIFY(!everything(m_project).contains(secret.toUtf8()));
}

void TestHostileServer::pathGoesBeforeTheQuery()
{
    // A query without secrets (Azure's api-version) stays, after the path.
    test::OpenAiTestServer server;
    const auto result = runCli(judged(QStringLiteral("judge"), server.baseUrl() + QStringLiteral("/v1?api-version=2024-06-01")));
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const auto seen = server.seen();
    QVERIFY(!seen.isEmpty());
    for (const auto& request : seen) {
        QCOMPARE(request.path, QByteArray("/v1/chat/completions"));
        QCOMPARE(request.query, QByteArray("api-version=2024-06-01"));
    }
}

void TestHostileServer::silentServerIsBoundedByTimeout()
{
    test::OpenAiTestServer server;
    server.pushFault(test::OpenAiTestServer::Fault::Hang, 1000);
    const auto result = runCli(judged(QStringLiteral("run"), server.baseUrl() + QStringLiteral("/v1"),
                                      {QStringLiteral("--timeout"), QStringLiteral("1"), QStringLiteral("--connect-timeout"),
                                       QStringLiteral("1"), QStringLiteral("--retries"), QStringLiteral("1")}));
    qInfo("exit %d after %lld ms: %s", result.exitCode, result.ms, qPrintable(result.err.trimmed()));
    server.stop();
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.ms < 30000, qPrintable(QString::number(result.ms)));
    const auto stored = judgments(m_project);
    QVERIFY(!stored.isEmpty());
    for (const StoredJudgment& judgment : stored)
        QVERIFY2(judgment.error.contains(QStringLiteral("after 2 attempt(s)")), qPrintable(judgment.error));
}

void TestHostileServer::everyJudgmentFailedIsNoSuccess_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("failure");
    QTest::addColumn<QString>("message");
    for (const QString& command : {QStringLiteral("run"), QStringLiteral("judge")}) {
        QTest::newRow(qPrintable(command + QStringLiteral(", 401"))) << command << QStringLiteral("401")
                                                                     << QStringLiteral("HTTP 401");
        QTest::newRow(qPrintable(command + QStringLiteral(", 500 storm"))) << command << QStringLiteral("500")
                                                                           << QStringLiteral("HTTP 500 after 5 attempt(s)");
        QTest::newRow(qPrintable(command + QStringLiteral(", redirect"))) << command << QStringLiteral("redirect")
                                                                          << QStringLiteral("redirects to http://elsewhere.example/v1");
    }
}

void TestHostileServer::everyJudgmentFailedIsNoSuccess()
{
    QFETCH(QString, command);
    QFETCH(QString, failure);
    QFETCH(QString, message);
    test::OpenAiTestServer server;
    if (failure == u"401")
        server.pushFault(test::OpenAiTestServer::Fault::Unauthorized, 1000);
    else if (failure == u"500")
        server.pushFault(test::OpenAiTestServer::Fault::ServerError, 1000);
    else
        server.pushRedirect("http://elsewhere.example/v1/chat/completions", 1000);
    const auto result = runCli(judged(command, server.baseUrl() + QStringLiteral("/v1")));
    qInfo("exit %d: %s", result.exitCode, qPrintable(result.err.trimmed()));
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY2(!result.out.contains(QStringLiteral(": finished")), qPrintable(result.out));
    if (command == u"run") {
        SqliteConnection connection(m_project, SqliteConnection::Mode::ReadOnly);
        auto& statement = connection.prepare("SELECT status, error FROM runs ORDER BY id DESC LIMIT 1");
        QVERIFY(statement.step());
        QCOMPARE(statement.text(0), QStringLiteral("failed"));
        QVERIFY2(statement.text(1).contains(message), qPrintable(statement.text(1)));
        statement.reset();
    }
}

void TestHostileServer::nonFiniteScoreIsAFailedJudgment()
{
    test::OpenAiTestServer server;
    // One answer of the batch claims a log-probability of 1e308 for "Yes".
    std::atomic<int> poisoned{0};
    server.setResponseHook([&poisoned](const test::OpenAiTestServer::Seen&, const QByteArray& body) {
        if (poisoned.fetch_add(1) != 0)
            return body;
        QByteArray hostile = body;
        static const QRegularExpression logprob(QStringLiteral("\"logprob\":-?[0-9.eE+-]+"));
        return QString::fromUtf8(hostile).replace(logprob, QStringLiteral("\"logprob\":1e308")).toUtf8();
    });
    const auto result = runCli(judged(QStringLiteral("judge"), server.baseUrl() + QStringLiteral("/v1"),
                                      {QStringLiteral("--concurrency"), QStringLiteral("1")}));
    qInfo("exit %d: %s %s", result.exitCode, qPrintable(result.out.trimmed()), qPrintable(result.err.trimmed()));
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const auto stored = judgments(m_project);
    QCOMPARE(stored.size(), qsizetype(12)); // every answer stored
    int failed = 0;
    for (const StoredJudgment& judgment : stored) {
        if (judgment.status == u"failed") {
            ++failed;
            QVERIFY2(judgment.error.contains(QStringLiteral("not a log-probability")), qPrintable(judgment.error));
            QVERIFY(!judgment.hasScore);
        } else {
            QVERIFY(judgment.hasScore);
        }
    }
    QCOMPARE(failed, 1);

    // A run with these settings uses the eleven good answers and asks again for the bad one.
    server.resetCounters();
    const auto run = runCli(judged(QStringLiteral("run"), server.baseUrl() + QStringLiteral("/v1"), {QStringLiteral("--steps"), QStringLiteral("3")}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(server.requestCount(), 1);
}

void TestHostileServer::poisonedEmbeddingIsNotCached()
{
    test::OpenAiTestServer server;
    const QString endpoint = server.baseUrl() + QStringLiteral("/v1");
    // Every first component is 1e39: beyond float, it would be stored as +inf.
    server.setResponseHook([](const test::OpenAiTestServer::Seen& request, const QByteArray& body) {
        if (request.path != "/v1/embeddings")
            return body;
        static const QRegularExpression first(QStringLiteral("\"embedding\":\\[[-0-9.eE+]+"));
        return QString::fromUtf8(body).replace(first, QStringLiteral("\"embedding\":[1e39")).toUtf8();
    });
    const QStringList embed{QStringLiteral("embed"), m_project, QStringLiteral("--space"), QStringLiteral("openai"),
                            QStringLiteral("--endpoint"), endpoint, QStringLiteral("--model"), QStringLiteral("e"),
                            QStringLiteral("--dimensions"), QStringLiteral("8")};
    auto result = runCli(embed);
    qInfo("exit %d: %s", result.exitCode, qPrintable(result.err.trimmed()));
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains(QStringLiteral("outside the range of float32")), qPrintable(result.err));
    auto cached = [&] {
        SqliteConnection connection(m_project, SqliteConnection::Mode::ReadOnly);
        auto& statement = connection.prepare("SELECT count(*) FROM embedding_cache");
        statement.step();
        const qint64 count = statement.int64(0);
        statement.reset();
        return count;
    };
    QCOMPARE(cached(), 0);

    // The server mended: the next embed asks again and succeeds, and the cache can be emptied.
    server.setResponseHook({});
    server.resetCounters();
    result = runCli(embed);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(server.requestCount() > 0);
    QVERIFY(cached() > 0);
    result = runCli({QStringLiteral("cache"), QStringLiteral("clear"), m_project});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(QStringLiteral("Removed")), qPrintable(result.out));
    QCOMPARE(cached(), 0);
}

QTEST_GUILESS_MAIN(TestHostileServer)
#include "tst_hostileserver.moc"
