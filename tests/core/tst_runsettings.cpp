// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/run/runsettings.h"

#include <QTest>

using namespace tare;

class TestRunSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void automaticIntervalKeepsTheCurveCost_data();
    void automaticIntervalKeepsTheCurveCost();
    void explicitIntervalWins();
    void definitionRoundTrips();
};

void TestRunSettings::automaticIntervalKeepsTheCurveCost_data()
{
    QTest::addColumn<qint64>("candidates");
    QTest::addColumn<int>("steps");
    QTest::addColumn<int>("interval");
    QTest::newRow("sample") << qint64(300) << 100 << 1;
    QTest::newRow("banking77") << qint64(13'083) << 100 << 1;
    QTest::newRow("the budget exactly") << qint64(40'000) << 100 << 1;
    QTest::newRow("just above") << qint64(40'001) << 100 << 2;
    QTest::newRow("200k") << qint64(200'000) << 100 << 5;
    QTest::newRow("a million") << qint64(1'000'000) << 100 << 25;
    QTest::newRow("a million, 10 steps") << qint64(1'000'000) << 10 << 3;
    QTest::newRow("ten million") << qint64(10'000'000) << 100 << 100;
    QTest::newRow("no curve") << qint64(1'000'000) << 0 << 1;
    QTest::newRow("no candidates") << qint64(0) << 100 << 1;
}

void TestRunSettings::automaticIntervalKeepsTheCurveCost()
{
    QFETCH(qint64, candidates);
    QFETCH(int, steps);
    QFETCH(int, interval);
    RunSettings settings;
    QCOMPARE(settings.evalEvery, 0);
    QCOMPARE(settings.evalInterval(candidates, steps), interval);
    // The evaluated steps (below the last, which the re-scoring evaluates anyway) score at most the
    // budget, unless the interval is already the whole curve.
    const qint64 evaluated = steps > 0 ? (steps - 1) / interval : 0;
    QVERIFY(evaluated * candidates <= RunSettings::curveBudget || interval == steps);
    // And it is the finest interval that does: one step finer would cost more than the budget.
    if (interval > 1)
        QVERIFY(qint64(steps) * candidates > qint64(interval - 1) * RunSettings::curveBudget);
}

void TestRunSettings::explicitIntervalWins()
{
    RunSettings settings;
    settings.evalEvery = 1;
    QCOMPARE(settings.evalInterval(1'000'000, 100), 1);
    settings.evalEvery = 7;
    QCOMPARE(settings.evalInterval(300, 100), 7);
}

void TestRunSettings::definitionRoundTrips()
{
    RunSettings settings;
    settings.evalEvery = 4;
    settings.refine.steps = 30;
    settings.queryIds = {QStringLiteral("q1"), QStringLiteral("q2")};
    const RunSettings back = RunSettings::fromDefinitionJson(settings.definitionJson());
    QCOMPARE(back.evalEvery, 4);
    QCOMPARE(back.refine.steps, 30);
    QCOMPARE(back.queryIds, settings.queryIds);
    QCOMPARE(back.definitionJson(), settings.definitionJson());
    // The automatic interval is stored as 0, so a resumed run recomputes it.
    QCOMPARE(RunSettings::fromDefinitionJson(RunSettings().definitionJson()).evalEvery, 0);
}

QTEST_GUILESS_MAIN(TestRunSettings)
#include "tst_runsettings.moc"
