// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/humanjudgmentstore.h"
#include "core/db/projectstore.h"
#include "projectbuilder.h"

#include <QTest>

using namespace tare;

class TestJudgmentStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void judgesAndLatestJudgments();
    void humanLabelsUndoNewestFirst();
};

void TestJudgmentStore::judgesAndLatestJudgments()
{
    TestUtils::ProjectBuilder project(QStringLiteral("judgments.tare"));
    ProjectStore& store = project.store();
    const qint64 set = project.datasetId();
    const qint64 q = project.addQuery("q1", "query");
    const qint64 d1 = project.addDocument("d1", "one");
    const qint64 d2 = project.addDocument("d2", "two");

    JudgmentStore& judgments = store.judgments();
    JudgeInfo judge;
    judge.identity = QStringLiteral("llm:model@host");
    judge.kind = QStringLiteral("llm");
    const qint64 id = judgments.ensureJudge(judge);
    QCOMPARE(judgments.ensureJudge(judge), id); // the same identity is the same judge
    QCOMPARE(judgments.judge(id)->kind, QStringLiteral("llm"));

    JudgmentRecord failed{0, id, q, d1, QStringLiteral("failed"), std::nullopt, QStringLiteral("timeout")};
    JudgmentRecord answer{0, id, q, d1, QStringLiteral("ok"), 0.8};
    JudgmentRecord other{0, id, q, d2, QStringLiteral("degraded"), 0.3};
    judgments.insertAll({failed, answer, other});
    judgments.insertAll({});
    const auto latest = judgments.latest(id, set);
    QCOMPARE(latest.size(), 2);
    QCOMPARE(latest.value({q, d1}).score, std::optional<double>(0.8)); // the newest of the pair
    QCOMPARE(judgments.latestForQuery(id, q).value(d2).status, QStringLiteral("degraded"));
    QCOMPARE(judgments.newestScore(id, q, d1), std::optional<double>(0.8));
    QVERIFY(judgments.deleteNewest(id, q, d1));
    QVERIFY(!judgments.newestScore(id, q, d1)); // the failed answer before it has no score
    QVERIFY(judgments.deleteNewest(id, q, d1));
    QVERIFY(!judgments.deleteNewest(id, q, d1));
    QCOMPARE(store.summary().judgmentCount, 1);
}

void TestJudgmentStore::humanLabelsUndoNewestFirst()
{
    TestUtils::ProjectBuilder project(QStringLiteral("human.tare"));
    ProjectStore& store = project.store();
    const qint64 q = project.addQuery("q1", "query");
    const qint64 d = project.addDocument("d1", "one");
    HumanJudgmentStore humans(store);
    QCOMPARE(store.judgments().judge(humans.judgeId())->identity, QStringLiteral("human"));
    QVERIFY(!humans.current(q, d));
    humans.label(q, d, 1.0, QStringLiteral("Y"));
    humans.label(q, d, 0.0, QStringLiteral("N"));
    QCOMPARE(humans.current(q, d), std::optional<double>(0.0));
    QCOMPARE(store.judgments().latestForQuery(humans.judgeId(), q).value(d).rawResponse, QStringLiteral("N"));
    QVERIFY(humans.undo(q, d));
    QCOMPARE(humans.current(q, d), std::optional<double>(1.0));
    QVERIFY(humans.undo(q, d));
    QVERIFY(!humans.undo(q, d));
    QVERIFY(!humans.current(q, d));
}

QTEST_GUILESS_MAIN(TestJudgmentStore)
#include "tst_judgmentstore.moc"
