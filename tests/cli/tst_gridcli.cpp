// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "testserver/openaitestserver.h"
#include "testutils.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace tare;
using TestUtils::paperData;
using TestUtils::readText;

namespace {

/// `tare-cli convert nfcorpus` of the bundled NFCorpus fixture into dir/beir: its exit code.
int convertNfCorpus(const QTemporaryDir& dir)
{
    return TestUtils::runCli({QStringLiteral("convert"), QStringLiteral("nfcorpus"), paperData(QStringLiteral("nfcorpus")),
                              QStringLiteral("--out"), dir.filePath(QStringLiteral("beir"))})
        .exitCode;
}

} // namespace

/// `tare-cli grid`: the paper's table over the two bundled real sets in one command (gold and a
/// simulated judge, built-in LSA), reused entirely on a second run; an HTTP judge's grid makes zero
/// requests when run again; --dry-run changes nothing; --continue-on-error goes past a failed cell.
class TestGridCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void paperTableOverTheBundledSets();
    void secondRunMakesNoRequests();
    void dryRunChangesNothing();
    void continueOnError();
};

void TestGridCli::initTestCase()
{
    qputenv("NO_PROXY", "127.0.0.1,localhost");
    qputenv("no_proxy", "127.0.0.1,localhost");
}

void TestGridCli::paperTableOverTheBundledSets()
{
    if (!TestUtils::sharedAvailable(QStringLiteral("data/argkp21/corpus.jsonl"))
        || !TestUtils::sharedAvailable(QStringLiteral("data/banking77/corpus.jsonl")))
        QSKIP("../shared/data is not beside the checkout; the real-data grid is not run");
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("paper.tare"));
    const QString out = dir.filePath(QStringLiteral("grid"));
    const QStringList arguments{QStringLiteral("grid"),
                                project,
                                QStringLiteral("--dataset"),
                                QStringLiteral("argkp21=") + TestUtils::sharedPath(QStringLiteral("data/argkp21")),
                                QStringLiteral("--dataset"),
                                QStringLiteral("banking77=") + TestUtils::sharedPath(QStringLiteral("data/banking77")),
                                QStringLiteral("--judge"),
                                QStringLiteral("gold"),
                                QStringLiteral("--judge"),
                                QStringLiteral("simulated:flip=0.2"),
                                QStringLiteral("--steps"),
                                QStringLiteral("30"),
                                QStringLiteral("--out"),
                                out};
    const TestUtils::CliResult first = TestUtils::runCli(arguments, 540000);
    QVERIFY2(first.exitCode == 0, qPrintable(first.err + first.out));
    const QString table = readText(QDir(out).filePath(QStringLiteral("grid.md")));
    QVERIFY2(table.contains(QStringLiteral("| embedder | judge | refiner | argkp21 | banking77 | mean |")), qPrintable(table));
    QVERIFY(table.contains(QStringLiteral("| lsa | gold | kl-adam | ")));
    QVERIFY(table.contains(QStringLiteral("| lsa | simulated:flip=0.2 | kl-adam | ")));
    // Gold feedback helps on both sets (the paper's consistent gains): every relative change of the gold row is positive.
    const QString goldRow = table.section(QStringLiteral("| lsa | gold | kl-adam | "), 1).section(u'\n', 0, 0);
    QCOMPARE(goldRow.count(QStringLiteral("(+")), 3);
    const QStringList csv = readText(QDir(out).filePath(QStringLiteral("grid.csv"))).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(csv.size(), 1 + 4);
    QVERIFY(readText(QDir(out).filePath(QStringLiteral("grid.html"))).startsWith(QStringLiteral("<!DOCTYPE html>")));
    const QString latency = readText(QDir(out).filePath(QStringLiteral("latency.md")));
    QVERIFY2(latency.contains(QStringLiteral("| argkp21 | lsa | gold | kl-adam | 243 |")), qPrintable(latency));
    QVERIFY(latency.contains(QStringLiteral("| banking77 | lsa | gold | kl-adam | 77 |")));
    // The pool of ArgKP-21 is each key point's labelled arguments (the preset): 58 to 132 candidates.
    const TestUtils::CliResult info = TestUtils::runCli({QStringLiteral("info"), project});
    QVERIFY(info.out.contains(QStringLiteral("dataset 'argkp21' (pool: judged)")));
    QVERIFY(info.out.contains(QStringLiteral("judge prompts carry: Judge the relevance according to the following task: "
                                             "Given an argument, identify utterances from debates that convey this argument.")));

    // Again: every cell reused, the same table.
    const TestUtils::CliResult second = TestUtils::runCli(arguments, 300000);
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    QCOMPARE(second.out.count(QStringLiteral("(reused, run ")), 4);
    QCOMPARE(readText(QDir(out).filePath(QStringLiteral("grid.md"))), table);
}

void TestGridCli::secondRunMakesNoRequests()
{
    test::OpenAiTestServer server;
    QTemporaryDir dir;
    const QString beir = dir.filePath(QStringLiteral("banking77"));
    const TestUtils::CliResult converted = TestUtils::runCli(
        {QStringLiteral("convert"), QStringLiteral("banking77"), paperData(QStringLiteral("banking77/train.csv")),
         paperData(QStringLiteral("banking77/test.csv")), QStringLiteral("--out"), beir});
    QVERIFY2(converted.exitCode == 0, qPrintable(converted.err));
    const QString project = dir.filePath(QStringLiteral("http.tare"));
    const QString v1 = server.baseUrl() + QStringLiteral("/v1");
    const QStringList arguments{QStringLiteral("grid"),        project,
                                QStringLiteral("--dataset"),   QStringLiteral("banking77=") + beir,
                                QStringLiteral("--space"),     QStringLiteral("qwen=openai:model=Qwen/Qwen3-Embedding-0.6B"),
                                QStringLiteral("--space"),     QStringLiteral("lsa:dim=4"),
                                QStringLiteral("--judge"),     QStringLiteral("llm-yesno"),
                                QStringLiteral("--endpoint"),  v1,
                                QStringLiteral("--model"),     QStringLiteral("judge-model"),
                                QStringLiteral("--embed-endpoint"), v1,
                                QStringLiteral("--total"),     QStringLiteral("3"),
                                QStringLiteral("--steps"),     QStringLiteral("10"),
                                QStringLiteral("--raw-scores"), QStringLiteral("--save-steps"),
                                QStringLiteral("--out"),       dir.filePath(QStringLiteral("out"))};
    const TestUtils::CliResult first = TestUtils::runCli(arguments);
    QVERIFY2(first.exitCode == 0, qPrintable(first.err + first.out));
    const int requests = server.requestCount();
    QVERIFY(requests > 0);
    QVERIFY(!server.bodies("/v1/embeddings").isEmpty());
    QVERIFY(!server.bodies("/v1/chat/completions").isEmpty());
    // The paper's per-run outputs: raw scores and per-step vectors.
    const QDir runs(dir.filePath(QStringLiteral("out/runs")));
    QVERIFY(!runs.entryList({QStringLiteral("run*-raw-scores.csv")}, QDir::Files).isEmpty());
    QVERIFY(!runs.entryList({QStringLiteral("run*-steps")}, QDir::Dirs).isEmpty());

    const TestUtils::CliResult second = TestUtils::runCli(arguments);
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    QCOMPARE(second.out.count(QStringLiteral("(reused, run ")), 2);
    QCOMPARE(server.requestCount(), requests); // zero HTTP requests
}

void TestGridCli::dryRunChangesNothing()
{
    QTemporaryDir dir;
    const QString beir = dir.filePath(QStringLiteral("beir"));
    QCOMPARE(convertNfCorpus(dir), 0);
    const QString project = dir.filePath(QStringLiteral("dry.tare"));
    QCOMPARE(TestUtils::runCli({QStringLiteral("import"), QStringLiteral("beir"), beir, QStringLiteral("--project"), project,
                                QStringLiteral("--paper-dataset"), QStringLiteral("nfcorpus")})
                 .exitCode,
             0);
    const QByteArray before = TestUtils::sha256OfFile(project);
    const TestUtils::CliResult dry = TestUtils::runCli({QStringLiteral("grid"), project, QStringLiteral("--dataset"),
                                                        QStringLiteral("nfcorpus"), QStringLiteral("--refiner"),
                                                        QStringLiteral("kl-adam"), QStringLiteral("--refiner"),
                                                        QStringLiteral("rocchio"), QStringLiteral("--dry-run")});
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
    QVERIFY2(dry.out.contains(QStringLiteral("[1/2] nfcorpus · lsa · gold · kl-adam: build space 'lsa', then run")),
             qPrintable(dry.out));
    QVERIFY(dry.out.contains(QStringLiteral("[2/2] nfcorpus · lsa · gold · rocchio")));
    QCOMPARE(TestUtils::sha256OfFile(project), before);
}

void TestGridCli::continueOnError()
{
    test::OpenAiTestServer server;
    server.setRequiredApiKey("sk-needed");
    QTemporaryDir dir;
    const QString beir = dir.filePath(QStringLiteral("beir"));
    QCOMPARE(convertNfCorpus(dir), 0);
    const QString project = dir.filePath(QStringLiteral("errors.tare"));
    // The endpoint space fails (no key: 401); the LSA space after it runs with --continue-on-error only.
    QStringList arguments{QStringLiteral("grid"),       project,
                          QStringLiteral("--dataset"),  QStringLiteral("nfcorpus=") + beir,
                          QStringLiteral("--space"),    QStringLiteral("e=openai:model=m"),
                          QStringLiteral("--space"),    QStringLiteral("lsa:dim=2"),
                          QStringLiteral("--embed-endpoint"), server.baseUrl() + QStringLiteral("/v1"),
                          QStringLiteral("--out"),      dir.filePath(QStringLiteral("out"))};
    const TestUtils::CliResult stopped = TestUtils::runCli(arguments);
    QCOMPARE(stopped.exitCode, 3);
    QVERIFY2(readText(dir.filePath(QStringLiteral("out/grid.csv"))).contains(QStringLiteral(",lsa:dim=2,gold,kl-adam,,not run,")),
             qPrintable(readText(dir.filePath(QStringLiteral("out/grid.csv")))));

    arguments.append(QStringLiteral("--continue-on-error"));
    const TestUtils::CliResult going = TestUtils::runCli(arguments);
    QCOMPARE(going.exitCode, 3);
    const QString csv = readText(dir.filePath(QStringLiteral("out/grid.csv")));
    QVERIFY2(csv.contains(QStringLiteral("nfcorpus,e,gold,kl-adam,,failed,")), qPrintable(csv));
    QVERIFY2(csv.contains(QStringLiteral("nfcorpus,lsa:dim=2,gold,kl-adam,")) && csv.contains(QStringLiteral(",finished,")),
             qPrintable(csv));
    QVERIFY(readText(dir.filePath(QStringLiteral("out/grid.md"))).contains(QStringLiteral("401")));
}

QTEST_GUILESS_MAIN(TestGridCli)
#include "tst_gridcli.moc"
