// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/projectstore.h"
#include "testutils.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace tare;
using TestUtils::runCli;

// `tare-cli experiment` on the sample project (made by `tare-cli demo`): its JSON is a stable
// interface, so its structure and the values that are known are checked here.
class TestExperimentCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void help();
    void usageErrors_data();
    void usageErrors();
    void methodsJson();
    void noiseSweepJsonAndTable();
    void budgetSweepJson();
    void judgeQualityOfTheDemoRun();

private:
    QJsonObject runJson(const QStringList& arguments);

    QTemporaryDir m_dir;
    QString m_project;
    qint64 m_demoRun = 0;
};

void TestExperimentCli::initTestCase()
{
    m_project = m_dir.filePath(QStringLiteral("sample.tare"));
    const auto demo = runCli({QStringLiteral("demo"), QStringLiteral("--project"), m_project, QStringLiteral("--sample-data"),
                              QString::fromUtf8(TARE_SAMPLE_DATA_DIR)});
    QCOMPARE(demo.exitCode, 0);
    ProjectStore store(m_project);
    const QList<RunRecord> runs = store.runs().all();
    QCOMPARE(runs.size(), 1);
    m_demoRun = runs.first().id;
}

QJsonObject TestExperimentCli::runJson(const QStringList& arguments)
{
    const auto result = runCli(QStringList{QStringLiteral("experiment"), m_project} + arguments + QStringList{QStringLiteral("--json")});
    if (result.exitCode != 0)
        qWarning("%s", qPrintable(result.err));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(result.out.left(400)));
    return result.exitCode == 0 ? document.object() : QJsonObject();
}

void TestExperimentCli::help()
{
    const auto result = runCli({QStringLiteral("experiment"), QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    for (const char* word : {"noise-sweep", "--seeds", "--queries", "--run", "--json", "--threads"})
        QVERIFY2(result.out.contains(QLatin1String(word)), word);
    const auto top = runCli({QStringLiteral("--help")});
    QVERIFY(top.out.contains(QStringLiteral("experiment PROJECT")));
}

void TestExperimentCli::usageErrors_data()
{
    TestUtils::addFailingCallColumns();
    QTest::newRow("no kind") << QStringList{QStringLiteral("@P@")} << 1 << QStringLiteral("usage");
    QTest::newRow("unknown kind") << QStringList{QStringLiteral("@P@"), QStringLiteral("sweep")} << 1 << QStringLiteral("unknown experiment");
    QTest::newRow("two spaces named lsa") << QStringList{QStringLiteral("@P@"), QStringLiteral("methods")} << 1
                                          << QStringLiteral("--dataset");
    QTest::newRow("unknown method") << QStringList{QStringLiteral("@P@"), QStringLiteral("methods"), QStringLiteral("--dataset"),
                                                   QStringLiteral("nuance"), QStringLiteral("--methods"), QStringLiteral("hyde")}
                                    << 1 << QStringLiteral("HyDE space");
    QTest::newRow("bad rates") << QStringList{QStringLiteral("@P@"), QStringLiteral("noise-sweep"), QStringLiteral("--dataset"),
                                              QStringLiteral("nuance"), QStringLiteral("--rates"), QStringLiteral("0,x")}
                               << 1 << QStringLiteral("--rates");
    QTest::newRow("missing project") << QStringList{QStringLiteral("@D@/none.tare"), QStringLiteral("methods")} << 3
                                     << QStringLiteral("no such project file");
}

void TestExperimentCli::usageErrors()
{
    TestUtils::checkFailingCall({QStringLiteral("experiment")},
                                {{QStringLiteral("@P@"), m_project}, {QStringLiteral("@D@"), m_dir.path()}});
}

void TestExperimentCli::methodsJson()
{
    const QJsonObject result = runJson({QStringLiteral("methods"), QStringLiteral("--dataset"), QStringLiteral("nuance")});
    QCOMPARE(result.value(QStringLiteral("kind")).toString(), QStringLiteral("methods"));
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
    const QJsonObject methods = result.value(QStringLiteral("methods")).toObject();
    QCOMPARE(methods.value(QStringLiteral("judge")).toString(), QStringLiteral("gold"));
    const QJsonArray rows = methods.value(QStringLiteral("rows")).toArray();
    QStringList names;
    for (const auto& row : rows)
        names.append(row.toObject().value(QStringLiteral("method")).toString());
    // The sample project has no HyDE space, so its rows are left out.
    QCOMPARE(names, (QStringList{QStringLiteral("none"), QStringLiteral("rocchio"), QStringLiteral("refit"),
                                 QStringLiteral("kl-adam"), QStringLiteral("rerank-only")}));
    const qint64 queries = methods.value(QStringLiteral("queries")).toInteger();
    QVERIFY(queries >= 15);
    const QJsonObject none = rows[0].toObject();
    QCOMPARE(none.value(QStringLiteral("vs_none")).toObject().value(QStringLiteral("delta")).toDouble(), 0.0);
    QCOMPARE(none.value(QStringLiteral("vs_none")).toObject().value(QStringLiteral("ties")).toInteger(), queries);
    for (const auto& item : rows) {
        const QJsonObject row = item.toObject();
        const QJsonObject vs = row.value(QStringLiteral("vs_none")).toObject();
        for (const char* key : {"n", "delta", "wins", "ties", "losses", "t_test_p", "randomization_p", "ci_lower", "ci_upper"})
            QVERIFY2(vs.contains(QLatin1String(key)), key);
        QCOMPARE(vs.value(QStringLiteral("wins")).toInteger() + vs.value(QStringLiteral("ties")).toInteger()
                     + vs.value(QStringLiteral("losses")).toInteger(),
                 queries);
        const double map = row.value(QStringLiteral("map")).toDouble();
        QVERIFY(map > 0.0 && map <= 1.0);
    }
    // The demo's run (gold, KL-Adam, the paper's defaults) has exactly the kl-adam row's
    // definition, so the experiment reused it instead of computing it again.
    const QJsonObject klAdam = rows[3].toObject();
    QCOMPARE(klAdam.value(QStringLiteral("run")).toInteger(), m_demoRun);
    ProjectStore store(m_project);
    QCOMPARE(store.runs().all().size(), 1 + 3); // the demo run + none, rocchio, refit
}

void TestExperimentCli::noiseSweepJsonAndTable()
{
    const QStringList arguments{QStringLiteral("noise-sweep"), QStringLiteral("--dataset"), QStringLiteral("nuance"),
                                QStringLiteral("--rates"), QStringLiteral("0,0.3"), QStringLiteral("--seeds"), QStringLiteral("2"),
                                QStringLiteral("--queries"), QStringLiteral("5"), QStringLiteral("--threads"), QStringLiteral("2")};
    const QJsonObject result = runJson(arguments);
    const QJsonObject sweep = result.value(QStringLiteral("noise_sweep")).toObject();
    QCOMPARE(sweep.value(QStringLiteral("noise")).toString(), QStringLiteral("flip"));
    QCOMPARE(sweep.value(QStringLiteral("queries")).toInteger(), 5);
    const QJsonArray levels = sweep.value(QStringLiteral("levels")).toArray();
    QCOMPARE(levels.size(), 2);
    QCOMPARE(levels[0].toObject().value(QStringLiteral("runs")).toArray().size(), 1);
    QCOMPARE(levels[1].toObject().value(QStringLiteral("runs")).toArray().size(), 2);
    QCOMPARE(levels[1].toObject().value(QStringLiteral("rate")).toDouble(), 0.3);
    for (const auto& item : levels) {
        const QJsonObject level = item.toObject();
        for (const char* key : {"map_after", "delta", "delta_min", "delta_max", "delta_sd", "ci_lower", "ci_upper", "seed_deltas"})
            QVERIFY2(level.contains(QLatin1String(key)), key);
        QVERIFY(level.value(QStringLiteral("delta_min")).toDouble() <= level.value(QStringLiteral("delta_max")).toDouble());
    }
    QCOMPARE(result.value(QStringLiteral("runs")).toArray().size(), 3);

    // The same command again continues the same experiment: nothing new is run, and the table says so.
    ProjectStore store(m_project);
    const qsizetype runsBefore = store.runs().all().size();
    const auto table = runCli(QStringList{QStringLiteral("experiment"), m_project} + arguments);
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.contains(QStringLiteral("Noise sweep (flip): 5 queries")), qPrintable(table.out));
    QVERIFY2(table.out.contains(QStringLiteral("Experiment %1").arg(result.value(QStringLiteral("experiment")).toInteger())),
             qPrintable(table.out));
    QCOMPARE(store.runs().all().size(), runsBefore);
}

void TestExperimentCli::budgetSweepJson()
{
    const QJsonObject result = runJson({QStringLiteral("budget-sweep"), QStringLiteral("--dataset"), QStringLiteral("nuance"),
                                        QStringLiteral("--totals"), QStringLiteral("4,8"), QStringLiteral("--queries"),
                                        QStringLiteral("4"), QStringLiteral("--steps"), QStringLiteral("20")});
    const QJsonArray cells = result.value(QStringLiteral("budget_sweep")).toObject().value(QStringLiteral("cells")).toArray();
    QCOMPARE(cells.size(), 4); // two totals × shares 1 and 0.5
    const QJsonObject half = cells[3].toObject();
    QCOMPARE(half.value(QStringLiteral("total")).toInt(), 8);
    QCOMPARE(half.value(QStringLiteral("from_top")).toInt(), 4);
    QCOMPARE(half.value(QStringLiteral("judged_per_query")).toDouble(), 8.0);
    QCOMPARE(half.value(QStringLiteral("judge_calls")).toInteger(), 32);
}

void TestExperimentCli::judgeQualityOfTheDemoRun()
{
    const QJsonObject result = runJson({QStringLiteral("judge-quality"), QStringLiteral("--run"), QString::number(m_demoRun)});
    const QJsonObject quality = result.value(QStringLiteral("judge_quality")).toObject();
    QCOMPARE(quality.value(QStringLiteral("run")).toInteger(), m_demoRun);
    const QJsonArray points = quality.value(QStringLiteral("points")).toArray();
    QVERIFY(points.size() >= 15);
    // The demo's judge is gold: wherever the judged set mixes grades, it separates them perfectly.
    for (const auto& item : points) {
        const QJsonValue auc = item.toObject().value(QStringLiteral("auc"));
        QVERIFY(auc.isNull() || auc.toDouble() == 1.0);
    }
    for (const char* key : {"n", "slope", "intercept", "pearson", "spearman"})
        QVERIFY2(quality.contains(QLatin1String(key)), key);
}

QTEST_GUILESS_MAIN(TestExperimentCli)
#include "tst_experimentcli.moc"
