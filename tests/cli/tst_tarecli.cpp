// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/projectstore.h"
#include "testserver/openaitestserver.h"
#include "testutils.h"

#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tare;
using TestUtils::runCli;

class TestTareCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpOnEveryCommand_data();
    void helpOnEveryCommand();
    void exitCodes_data();
    void exitCodes();
    void importInfoExport();
    void failedFirstImportLeavesNoFile();
    void demoImportsSampleData();
    void embedRunExport();
    void probeCommand();
    void embedOpenAiCachesAndKeepsKeyOut();
    void presetsOnTheCommandLine();
    void hydeCommand();
};

void TestTareCli::helpOnEveryCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("top") << QStringList{QStringLiteral("--help")} << QStringLiteral("import beir");
    QTest::newRow("import") << QStringList{QStringLiteral("import"), QStringLiteral("--help")} << QStringLiteral("--skip-bad");
    QTest::newRow("info") << QStringList{QStringLiteral("info"), QStringLiteral("--help")} << QStringLiteral("--json");
    QTest::newRow("export") << QStringList{QStringLiteral("export"), QStringLiteral("--help")} << QStringLiteral("--out");
    QTest::newRow("demo") << QStringList{QStringLiteral("demo"), QStringLiteral("--help")} << QStringLiteral("--project");
}

void TestTareCli::helpOnEveryCommand()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const auto result = runCli(arguments);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(mentions), qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("Exit codes")));
}

void TestTareCli::exitCodes_data()
{
    TestUtils::addFailingCallColumns();
    QTest::newRow("no command") << QStringList{} << 1 << QStringLiteral("usage");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 1 << QStringLiteral("unknown command");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("info"), QStringLiteral("--bogus")} << 1
                                    << QStringLiteral("Unknown option");
    QTest::newRow("missing project option") << QStringList{QStringLiteral("import"), QStringLiteral("beir"), QStringLiteral("x")}
                                            << 1 << QStringLiteral("usage");
    QTest::newRow("bad pool") << QStringList{QStringLiteral("import"), QStringLiteral("beir"), QStringLiteral("x"),
                                             QStringLiteral("--project"), QStringLiteral("@TMP@/p.tare"), QStringLiteral("--pool"),
                                             QStringLiteral("some")}
                              << 1 << QStringLiteral("--pool must be corpus or judged");
    QTest::newRow("missing project file") << QStringList{QStringLiteral("info"), QStringLiteral("@TMP@/none.tare")} << 3
                                          << QStringLiteral("no such project file");
    QTest::newRow("missing input folder") << QStringList{QStringLiteral("import"), QStringLiteral("beir"), QStringLiteral("@TMP@/nope"),
                                                         QStringLiteral("--project"), QStringLiteral("@TMP@/p.tare")}
                                          << 3 << QStringLiteral("not a folder");
    QTest::newRow("malformed input") << QStringList{QStringLiteral("import"), QStringLiteral("beir"), QStringLiteral("@TMP@/bad"),
                                                    QStringLiteral("--project"), QStringLiteral("@TMP@/p.tare")}
                                     << 2 << QStringLiteral("corpus.jsonl:2:");
    QTest::newRow("not a project") << QStringList{QStringLiteral("info"), QStringLiteral("@TMP@/bad/corpus.jsonl")} << 2
                                   << QStringLiteral("not a Tare project");
}

void TestTareCli::exitCodes()
{
    QTemporaryDir dir;
    TestUtils::writeFile(QDir(dir.path()), QStringLiteral("bad/corpus.jsonl"), "{\"_id\": \"1\", \"text\": \"a\"}\n{oops\n");
    TestUtils::writeFile(QDir(dir.path()), QStringLiteral("bad/queries.jsonl"), "{\"_id\": \"q\", \"text\": \"a\"}\n");
    TestUtils::writeFile(QDir(dir.path()), QStringLiteral("bad/qrels/test.tsv"), "q\t1\t1\n");
    TestUtils::checkFailingCall({}, {{QStringLiteral("@TMP@"), dir.path()}});
}

void TestTareCli::importInfoExport()
{
    QTemporaryDir dir;
    const QDir d(dir.path());
    TestUtils::writeFile(d, QStringLiteral("set/corpus.jsonl"), "{\"_id\": \"a\", \"text\": \"x\"}\n{\"_id\": \"b\", \"text\": \"y\"}\n");
    TestUtils::writeFile(d, QStringLiteral("set/queries.jsonl"), "{\"_id\": \"q\", \"text\": \"x\"}\n");
    TestUtils::writeFile(d, QStringLiteral("set/qrels/test.tsv"), "query-id\tcorpus-id\tscore\nq\ta\t1\nq\tb\t0\n");
    TestUtils::writeFile(d, QStringLiteral("v.jsonl"), "{\"_id\": \"a\", \"embedding\": [1, 0]}\n{\"_id\": \"b\", \"embedding\": [0, 1]}\n");
    const QString project = d.filePath(QStringLiteral("p.tare"));

    auto result = runCli({QStringLiteral("import"), QStringLiteral("beir"), d.filePath(QStringLiteral("set")),
                          QStringLiteral("--project"), project, QStringLiteral("--pool"), QStringLiteral("judged")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("2 documents, 1 queries, 2 labels (1 positive)")), qPrintable(result.out));
    QVERIFY(result.err.isEmpty()); // no progress when stderr is not a terminal

    result = runCli({QStringLiteral("import"), QStringLiteral("vectors"), d.filePath(QStringLiteral("v.jsonl")),
                     QStringLiteral("--project"), project, QStringLiteral("--dataset"), QStringLiteral("set")});
    QCOMPARE(result.exitCode, 0);

    result = runCli({QStringLiteral("info"), project, QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject info = QJsonDocument::fromJson(result.out.toUtf8()).object();
    const QJsonObject dataset = info.value(QStringLiteral("datasets")).toArray().first().toObject();
    QCOMPARE(dataset.value(QStringLiteral("documents")).toInt(), 2);
    QCOMPARE(dataset.value(QStringLiteral("pool")).toString(), QStringLiteral("judged"));
    QCOMPARE(dataset.value(QStringLiteral("spaces")).toArray().first().toObject().value(QStringLiteral("dim")).toInt(), 2);

    result = runCli({QStringLiteral("export"), QStringLiteral("qrels"), project, QStringLiteral("--out"), d.filePath(QStringLiteral("o.qrels"))});
    QCOMPARE(result.exitCode, 0);
    QFile qrels(d.filePath(QStringLiteral("o.qrels")));
    QVERIFY(qrels.open(QIODevice::ReadOnly));
    QCOMPARE(qrels.readAll(), QByteArray("q 0 a 1\nq 0 b 0\n"));

    result = runCli({QStringLiteral("export"), QStringLiteral("vectors"), project, QStringLiteral("--out"), d.filePath(QStringLiteral("vec"))});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(QFileInfo(d.filePath(QStringLiteral("vec.npy"))).size(), 128 + 2 * 2 * 4);
}

void TestTareCli::failedFirstImportLeavesNoFile()
{
    QTemporaryDir dir;
    TestUtils::writeFile(QDir(dir.path()), QStringLiteral("t.csv"), "text,label\n\"never closed,x\n");
    const QString project = dir.filePath(QStringLiteral("new.tare"));
    const auto result = runCli({QStringLiteral("import"), QStringLiteral("classification"), dir.filePath(QStringLiteral("t.csv")),
                                QStringLiteral("--project"), project});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(!QFileInfo::exists(project));
}

void TestTareCli::demoImportsSampleData()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("demo.tare"));
    const auto result = runCli({QStringLiteral("demo"), QStringLiteral("--project"), project,
                                QStringLiteral("--sample-data"), QString::fromUtf8(TARE_SAMPLE_DATA_DIR)});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("dataset 'nuance'")), qPrintable(result.out));
    ProjectStore store(project);
    const auto nuance = store.datasets().byName(QStringLiteral("nuance"));
    QVERIFY(nuance);
    QVERIFY(nuance->queryCount >= 15);
    QVERIFY(nuance->documentCount >= 200);
    QVERIFY(store.datasets().byName(QStringLiteral("teaching")));
}

void TestTareCli::embedRunExport()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.tare"));
    const QString teaching = QString::fromUtf8(TARE_SAMPLE_DATA_DIR) + QStringLiteral("/teaching");
    QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("beir"), teaching, QStringLiteral("--project"), project}).exitCode, 0);

    auto result = runCli({QStringLiteral("run"), project, QStringLiteral("--space"), QStringLiteral("lsa")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("tare-cli embed")), qPrintable(result.err));

    result = runCli({QStringLiteral("embed"), project, QStringLiteral("--space"), QStringLiteral("lsa"), QStringLiteral("--dim"),
                     QStringLiteral("16")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("dim 16")), qPrintable(result.out));

    QJsonObject summaries[2];
    for (int i = 0; i < 2; ++i) {
        result = runCli({QStringLiteral("run"), project, QStringLiteral("--space"), QStringLiteral("lsa"), QStringLiteral("--judge"),
                         QStringLiteral("simulated:flip=0.2"), QStringLiteral("--refiner"), QStringLiteral("kl-adam"),
                         QStringLiteral("--lr"), QStringLiteral("0.01"), QStringLiteral("--threads"), QString::number(i + 1),
                         QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        summaries[i] = QJsonDocument::fromJson(result.out.toUtf8()).object().value(QStringLiteral("summary")).toObject();
        QVERIFY(summaries[i].value(QStringLiteral("map_before")).isDouble());
        QVERIFY(summaries[i].value(QStringLiteral("map_after")).isDouble());
        QCOMPARE(summaries[i].value(QStringLiteral("finished")).toInt(), 3);
    }
    // One thread or two: the same numbers.
    QCOMPARE(summaries[0].value(QStringLiteral("map_after")).toDouble(), summaries[1].value(QStringLiteral("map_after")).toDouble());

    result = runCli({QStringLiteral("run"), project, QStringLiteral("--refiner"), QStringLiteral("nonsense")});
    QCOMPARE(result.exitCode, 1);
    result = runCli({QStringLiteral("run"), project, QStringLiteral("--refiner"), QStringLiteral("rocchio")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("MAP ")), qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("tq1")));

    const QString out = dir.filePath(QStringLiteral("exports"));
    result = runCli({QStringLiteral("export"), QStringLiteral("run"), project, QStringLiteral("--run"), QStringLiteral("1"),
                     QStringLiteral("--format"), QStringLiteral("trec"), QStringLiteral("--out"), out});
    QCOMPARE(result.exitCode, 0);
    QFile trec(out + QStringLiteral("/run1-after.trec"));
    QVERIFY(trec.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = trec.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 3 * 49); // every candidate of every query
    QCOMPARE(lines.first().split(' ').size(), 6);
    result = runCli({QStringLiteral("export"), QStringLiteral("run"), project, QStringLiteral("--format"), QStringLiteral("json"),
                     QStringLiteral("--out"), out});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(QFileInfo::exists(out + QStringLiteral("/run3.json"))); // the latest run
}

void TestTareCli::probeCommand()
{
    auto result = runCli({QStringLiteral("probe"), QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("--api-key-env")), qPrintable(result.out));

    tare::test::OpenAiTestServer server;
    const QString url = server.baseUrl() + QStringLiteral("/v1");
    result = runCli({QStringLiteral("probe"), url, QStringLiteral("--model"), QStringLiteral("m")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("Judge modes: llm-yesno, llm-rating, rerank-cohere")), qPrintable(result.out));

    server.setNeverLogprobs(true);
    result = runCli({QStringLiteral("probe"), url, QStringLiteral("--model"), QStringLiteral("m"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(report.value(QStringLiteral("logprobs")).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("no"));
    QCOMPARE(report.value(QStringLiteral("embedding_dim")).toInt(), 8);
    QCOMPARE(report.value(QStringLiteral("judge_modes")).toArray().size(), 2); // llm-rating, rerank-cohere

    const quint16 closedPort = [] {
        tare::test::OpenAiTestServer gone;
        return gone.port();
    }();
    result = runCli({QStringLiteral("probe"), QStringLiteral("http://127.0.0.1:%1/v1").arg(closedPort)});
    QCOMPARE(result.exitCode, 3);
    result = runCli({QStringLiteral("probe")});
    QCOMPARE(result.exitCode, 1);
}

void TestTareCli::embedOpenAiCachesAndKeepsKeyOut()
{
    const QByteArray key = "sk-cli-embed-secret-2718";
    qputenv("TARE_TEST_CLI_KEY", key); // inherited by tare-cli
    tare::test::OpenAiTestServer server;
    server.setRequiredApiKey(key);
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.tare"));
    const QString teaching = QString::fromUtf8(TARE_SAMPLE_DATA_DIR) + QStringLiteral("/teaching");
    QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("beir"), teaching, QStringLiteral("--project"), project}).exitCode, 0);

    const QStringList remote{QStringLiteral("--space"), QStringLiteral("openai"), QStringLiteral("--endpoint"),
                             server.baseUrl() + QStringLiteral("/v1"), QStringLiteral("--model"), QStringLiteral("emb"),
                             QStringLiteral("--api-key-env"), QStringLiteral("TARE_TEST_CLI_KEY")};
    auto result = runCli(QStringList{QStringLiteral("embed"), project} + remote);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("dim 8")), qPrintable(result.out + result.err));
    QVERIFY2(result.out.contains(QStringLiteral("0 texts from the cache")), qPrintable(result.out));
    QVERIFY(server.requestCount() > 0);

    server.resetCounters();
    result = runCli(QStringList{QStringLiteral("embed"), project} + remote
                    + QStringList{QStringLiteral("--name"), QStringLiteral("openai-again")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(server.requestCount(), 0);
    QVERIFY2(result.out.contains(QStringLiteral(", 0 sent to the endpoint")), qPrintable(result.out));

    result = runCli({QStringLiteral("run"), project, QStringLiteral("--space"), QStringLiteral("openai-again"), QStringLiteral("--steps"),
                     QStringLiteral("5")});
    QCOMPARE(result.exitCode, 0);

    result = runCli({QStringLiteral("embed"), project, QStringLiteral("--space"), QStringLiteral("openai"), QStringLiteral("--name"),
                     QStringLiteral("x"), QStringLiteral("--model"), QStringLiteral("emb")});
    QCOMPARE(result.exitCode, 1); // no endpoint
    QVERIFY2(result.err.contains(QStringLiteral("--endpoint")), qPrintable(result.err));

    qunsetenv("TARE_TEST_CLI_KEY");
    for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
        QFile file(project + suffix);
        if (file.open(QIODevice::ReadOnly))
            QVERIFY2(!file.readAll().contains(key), qPrintable(project + suffix));
    }
}

void TestTareCli::presetsOnTheCommandLine()
{
    auto result = runCli({QStringLiteral("probe"), QStringLiteral("--preset"), QStringLiteral("skynet")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("ollama")), qPrintable(result.err));

    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.tare"));
    const QString teaching = QString::fromUtf8(TARE_SAMPLE_DATA_DIR) + QStringLiteral("/teaching");
    QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("beir"), teaching, QStringLiteral("--project"), project}).exitCode, 0);
    result = runCli({QStringLiteral("embed"), project, QStringLiteral("--space"), QStringLiteral("openai"), QStringLiteral("--model"),
                     QStringLiteral("m"), QStringLiteral("--preset"), QStringLiteral("skynet")});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(runCli({QStringLiteral("embed"), project, QStringLiteral("--dim"), QStringLiteral("8")}).exitCode, 0);
    result = runCli({QStringLiteral("run"), project, QStringLiteral("--judge"), QStringLiteral("llm-yesno"), QStringLiteral("--model"),
                     QStringLiteral("m"), QStringLiteral("--preset"), QStringLiteral("skynet")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("unknown endpoint preset")), qPrintable(result.err));
    // The preset supplies the key variable: OpenAI's, unset here, is named in the error.
    qunsetenv("OPENAI_API_KEY");
    result = runCli({QStringLiteral("run"), project, QStringLiteral("--judge"), QStringLiteral("llm-yesno"), QStringLiteral("--model"),
                     QStringLiteral("m"), QStringLiteral("--preset"), QStringLiteral("openai")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("OPENAI_API_KEY")), qPrintable(result.err));
}

void TestTareCli::hydeCommand()
{
    tare::test::OpenAiTestServer server;
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.tare"));
    const QString teaching = QString::fromUtf8(TARE_SAMPLE_DATA_DIR) + QStringLiteral("/teaching");
    QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("beir"), teaching, QStringLiteral("--project"), project}).exitCode, 0);
    QCOMPARE(runCli({QStringLiteral("embed"), project, QStringLiteral("--dim"), QStringLiteral("8")}).exitCode, 0);

    auto result = runCli({QStringLiteral("hyde"), project, QStringLiteral("--space"), QStringLiteral("lsa"), QStringLiteral("--model"),
                          QStringLiteral("writer")});
    QCOMPARE(result.exitCode, 1); // no endpoint
    result = runCli({QStringLiteral("hyde"), project, QStringLiteral("--space"), QStringLiteral("lsa"), QStringLiteral("--endpoint"),
                     server.baseUrl() + QStringLiteral("/v1"), QStringLiteral("--model"), QStringLiteral("writer")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("'lsa-hyde'")), qPrintable(result.out + result.err));
    QCOMPARE(server.requestCount(), 3); // one per query of the teaching set

    for (const QString& refiner : {QStringLiteral("none"), QStringLiteral("kl-adam")}) {
        result = runCli({QStringLiteral("run"), project, QStringLiteral("--space"), QStringLiteral("lsa-hyde"), QStringLiteral("--refiner"),
                         refiner, QStringLiteral("--steps"), QStringLiteral("5"), QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject summary = QJsonDocument::fromJson(result.out.toUtf8()).object().value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("finished")).toInt(), 3);
    }
}

QTEST_GUILESS_MAIN(TestTareCli)
#include "tst_tarecli.moc"
