// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/projectstore.h"
#include "core/io/npyfile.h"
#include "testutils.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tare;
using TestUtils::paperData;
using TestUtils::readText;

/// The paper's datasets on the command line: convert, import with --paper-dataset, see the task
/// in info, change it with `dataset`, edit the model template table, and export a run's raw
/// scores and per-step vectors.
class TestPaperCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void convertImportAndInfo();
    void datasetTaskCanBeChanged();
    void templatesTable();
    void rawScoresAndSteps();
    void badUsageIsExplained_data();
    void badUsageIsExplained();
};

void TestPaperCli::convertImportAndInfo()
{
    QTemporaryDir dir;
    const QString beir = dir.filePath(QStringLiteral("argkp"));
    const TestUtils::CliResult converted =
        TestUtils::runCli({QStringLiteral("convert"), QStringLiteral("ArgKP-21"), paperData(QStringLiteral("argkp21")),
                           QStringLiteral("--out"), beir});
    QVERIFY2(converted.exitCode == 0, qPrintable(converted.err));
    QVERIFY(converted.out.contains(QStringLiteral("Converted ArgKP-21")));
    QVERIFY(converted.out.contains(QStringLiteral("--paper-dataset argkp21")));

    const QString project = dir.filePath(QStringLiteral("p.tare"));
    const TestUtils::CliResult imported = TestUtils::runCli(
        {QStringLiteral("import"), QStringLiteral("beir"), beir, QStringLiteral("--project"), project,
         QStringLiteral("--paper-dataset"), QStringLiteral("argkp21")});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const TestUtils::CliResult info = TestUtils::runCli({QStringLiteral("info"), project});
    QVERIFY(info.out.contains(QStringLiteral("dataset 'argkp21' (pool: judged): 5 documents, 3 queries, 5 labels")));
    QVERIFY2(info.out.contains(QStringLiteral("task: classification; document text: text; instruction: Given an argument, "
                                              "identify utterances from debates that convey this argument.")),
             qPrintable(info.out));
    const TestUtils::CliResult json = TestUtils::runCli({QStringLiteral("info"), project, QStringLiteral("--json")});
    const QJsonObject dataset = QJsonDocument::fromJson(json.out.toUtf8()).object()[QStringLiteral("datasets")][0].toObject();
    QCOMPARE(dataset[QStringLiteral("task_type")].toString(), QStringLiteral("classification"));
    QCOMPARE(dataset[QStringLiteral("judge_task_sentence")].toString(),
             QStringLiteral("Judge the relevance according to the following task: Given an argument, identify utterances "
                            "from debates that convey this argument. "));
}

void TestPaperCli::datasetTaskCanBeChanged()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.tare"));
    QCOMPARE(TestUtils::runCli({QStringLiteral("import"), QStringLiteral("beir"), paperData(QStringLiteral("nfcorpus")),
                                QStringLiteral("--project"), project, QStringLiteral("--name"), QStringLiteral("nf"),
                                QStringLiteral("--skip-bad")})
                 .exitCode,
             0);
    TestUtils::CliResult shown = TestUtils::runCli({QStringLiteral("dataset"), project, QStringLiteral("nf")});
    QVERIFY(shown.out.contains(QStringLiteral("task search, document text title-space")));
    QVERIFY(shown.out.contains(QStringLiteral("judge prompts carry no task sentence")));

    const TestUtils::CliResult changed = TestUtils::runCli(
        {QStringLiteral("dataset"), project, QStringLiteral("nf"), QStringLiteral("--paper-dataset"), QStringLiteral("banking77"),
         QStringLiteral("--instruction"), QStringLiteral("Given a question, find intents.")});
    QVERIFY2(changed.exitCode == 0, qPrintable(changed.err));
    QVERIFY(changed.out.contains(QStringLiteral("Changed dataset 'nf'")));
    QVERIFY(changed.out.contains(QStringLiteral("judge prompts carry: Judge the relevance according to the following task: "
                                                "Given a question, find intents.")));
    ProjectStore store(project);
    const auto dataset = store.datasets().byName(QStringLiteral("nf"));
    QCOMPARE(dataset->taskType, TaskType::Classification);
    QCOMPARE(dataset->documentJoin, DocumentJoin::TextOnly);

    const TestUtils::CliResult bad =
        TestUtils::runCli({QStringLiteral("dataset"), project, QStringLiteral("nf"), QStringLiteral("--task-type"), QStringLiteral("x")});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY(bad.err.contains(QStringLiteral("--task-type must be classification or search")));
}

void TestPaperCli::templatesTable()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.tare"));
    QCOMPARE(TestUtils::runCli({QStringLiteral("import"), QStringLiteral("beir"), paperData(QStringLiteral("nfcorpus")),
                                QStringLiteral("--project"), project, QStringLiteral("--skip-bad")})
                 .exitCode,
             0);
    TestUtils::CliResult shown =
        TestUtils::runCli({QStringLiteral("templates"), project, QStringLiteral("show"), QStringLiteral("Qwen/Qwen3-Embedding-8B")});
    QVERIFY2(shown.out.contains(QStringLiteral("query:    Instruct: {instruction}\\nQuery: {text}")), qPrintable(shown.out));
    QVERIFY(shown.out.contains(QStringLiteral("[shipped]")));
    const TestUtils::CliResult set = TestUtils::runCli(
        {QStringLiteral("templates"), project, QStringLiteral("set"), QStringLiteral("Qwen/*"), QStringLiteral("--query"),
         QStringLiteral("Task: {instruction}\\n\\n{text}")});
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    shown = TestUtils::runCli({QStringLiteral("templates"), project, QStringLiteral("show"), QStringLiteral("Qwen/Qwen3-Embedding-8B")});
    QVERIFY(shown.out.contains(QStringLiteral("query:    Task: {instruction}\\n\\n{text}")));
    QVERIFY(shown.out.contains(QStringLiteral("[this project]")));
    const TestUtils::CliResult list = TestUtils::runCli({QStringLiteral("templates"), project});
    QVERIFY(list.out.startsWith(QStringLiteral("Qwen/*  [this project]")));
    QCOMPARE(TestUtils::runCli({QStringLiteral("templates"), project, QStringLiteral("remove"), QStringLiteral("qwen/*")}).exitCode, 0);
    QCOMPARE(TestUtils::runCli({QStringLiteral("templates"), project, QStringLiteral("remove"), QStringLiteral("qwen/*")}).exitCode, 1);
}

void TestPaperCli::rawScoresAndSteps()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.tare"));
    const QString beir = dir.filePath(QStringLiteral("banking"));
    QCOMPARE(TestUtils::runCli({QStringLiteral("convert"), QStringLiteral("banking77"), paperData(QStringLiteral("banking77/train.csv")),
                                paperData(QStringLiteral("banking77/test.csv")), QStringLiteral("--out"), beir})
                 .exitCode,
             0);
    QCOMPARE(TestUtils::runCli({QStringLiteral("import"), QStringLiteral("beir"), beir, QStringLiteral("--project"), project,
                                QStringLiteral("--paper-dataset"), QStringLiteral("banking77")})
                 .exitCode,
             0);
    QCOMPARE(TestUtils::runCli({QStringLiteral("embed"), project, QStringLiteral("--space"), QStringLiteral("lsa"),
                                QStringLiteral("--dim"), QStringLiteral("3")})
                 .exitCode,
             0);
    const TestUtils::CliResult run = TestUtils::runCli({QStringLiteral("run"), project, QStringLiteral("--space"), QStringLiteral("lsa"),
                                                        QStringLiteral("--total"), QStringLiteral("3"), QStringLiteral("--steps"),
                                                        QStringLiteral("7")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    const QString out = dir.filePath(QStringLiteral("out"));
    const TestUtils::CliResult raw = TestUtils::runCli(
        {QStringLiteral("export"), QStringLiteral("run"), project, QStringLiteral("--format"), QStringLiteral("raw-scores"),
         QStringLiteral("--out"), out});
    QVERIFY2(raw.exitCode == 0, qPrintable(raw.err));
    const QStringList lines = readText(QDir(out).filePath(QStringLiteral("run1-raw-scores.csv"))).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.first(),
             QStringLiteral("query,document,gold_label,score_before,rank_before,score_after,rank_after,judged,judge_score"));
    QCOMPARE(lines.size(), 1 + 4 * 5); // every candidate of every query
    int judged = 0;
    int gold = 0;
    for (const QString& line : lines.mid(1)) {
        const QStringList fields = line.split(u',');
        QCOMPARE(fields.size(), 9);
        judged += fields[7] == u"1" ? 1 : 0;
        gold += fields[2].toInt();
        if (fields[7] == u"1")
            QCOMPARE(fields[8], fields[2]); // the gold judge's score is the label
        else
            QVERIFY(fields[8].isEmpty());
    }
    QCOMPARE(judged, 4 * 3);
    QCOMPARE(gold, 6);

    const TestUtils::CliResult steps = TestUtils::runCli(
        {QStringLiteral("export"), QStringLiteral("run"), project, QStringLiteral("--format"), QStringLiteral("steps"),
         QStringLiteral("--out"), out});
    QVERIFY2(steps.exitCode == 0, qPrintable(steps.err));
    const QString npy = QDir(out).filePath(QStringLiteral("run1-steps/card_arrival.npy"));
    NpyReader reader(npy);
    QCOMPARE(reader.rows(), qint64(1 + 7));
    QCOMPARE(reader.columns(), 3);
    // The last step is the stored refined vector, bit for bit (a replay of the stored run).
    std::vector<float> row;
    std::vector<float> last;
    while (reader.nextRow(row))
        last = row;
    const TestUtils::CliResult json = TestUtils::runCli({QStringLiteral("export"), QStringLiteral("run"), project,
                                                         QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), out});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray queries = QJsonDocument::fromJson(readText(QDir(out).filePath(QStringLiteral("run1.json"))).toUtf8())
                                   .object()[QStringLiteral("queries")]
                                   .toArray();
    bool found = false;
    for (const QJsonValue& query : queries) {
        if (query[QStringLiteral("query")].toString() != u"card_arrival")
            continue;
        found = true;
        const QJsonArray refined = query[QStringLiteral("refined_vector")].toArray();
        QCOMPARE(qsizetype(refined.size()), qsizetype(last.size()));
        for (qsizetype i = 0; i < refined.size(); ++i)
            QCOMPARE(float(refined[i].toDouble()), last[size_t(i)]);
    }
    QVERIFY(found);
}

void TestPaperCli::badUsageIsExplained_data()
{
    TestUtils::addFailingCallColumns();
    QTest::newRow("convert: unknown dataset") << QStringList{QStringLiteral("convert"), QStringLiteral("msmarco"), QStringLiteral("x"),
                                                             QStringLiteral("--out"), QStringLiteral("/tmp/never")}
                                              << 1 << QStringLiteral("unknown dataset 'msmarco'");
    QTest::newRow("convert: missing input") << QStringList{QStringLiteral("convert"), QStringLiteral("banking77"),
                                                           QStringLiteral("/nonexistent/train.csv"), QStringLiteral("--out"),
                                                           QStringLiteral("/tmp/never")}
                                            << 3 << QStringLiteral("/nonexistent/train.csv");
    QTest::newRow("import: unknown preset") << QStringList{QStringLiteral("import"), QStringLiteral("beir"), QStringLiteral("/x"),
                                                           QStringLiteral("--project"), QStringLiteral("/tmp/never.tare"),
                                                           QStringLiteral("--paper-dataset"), QStringLiteral("msmarco")}
                                            << 1 << QStringLiteral("--paper-dataset must be one of argkp21");
}

void TestPaperCli::badUsageIsExplained()
{
    TestUtils::checkFailingCall();
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!QFile::exists(QStringLiteral("/tmp/never.tare")));
}

QTEST_GUILESS_MAIN(TestPaperCli)
#include "tst_papercli.moc"
