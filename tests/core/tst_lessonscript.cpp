// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/teach/lessonscript.h"

#include <QTest>

using namespace tare;

Q_DECLARE_METATYPE(tare::LessonScript::Chapter)

namespace {

/// A hand-made trajectory of `steps` steps over three judged documents (ranks 1, 2 and 5
/// before refinement): p = {0.5, 0.3, 0.2}; r starts flat and moves linearly to p; the loss
/// falls from 0.1 by 0.001 a step; AP rises from 0.25 by 0.005 a step; the top list holds the
/// relevant document 1 at first and the relevant documents 1 and 5 from the middle on.
Trajectory handMade(int steps)
{
    Trajectory t;
    for (int rank : {1, 2, 5}) {
        TrajectoryDocument document;
        document.rankBefore = rank;
        document.grade = rank == 2 ? 0 : 2;
        t.documents.append(document);
    }
    t.target = {0.5, 0.3, 0.2};
    t.ranked = {TrajectoryRankedDocument{1, QStringLiteral("a"), 2, 0, {}, {}},
                TrajectoryRankedDocument{2, QStringLiteral("b"), 0, 1, {}, {}},
                TrajectoryRankedDocument{5, QStringLiteral("c"), 2, 2, {}, {}}};
    for (int step = 0; step <= steps; ++step) {
        t.path.append(QPointF(step, 0));
        const double f = steps > 0 ? double(step) / steps : 0.0;
        t.model.push_back({1.0 / 3 + f * (0.5 - 1.0 / 3), 1.0 / 3 + f * (0.3 - 1.0 / 3), 1.0 / 3 + f * (0.2 - 1.0 / 3)});
        t.losses.push_back(0.1 - 0.001 * step);
        t.aps.push_back(0.25 + 0.005 * step);
        t.top.push_back(step * 2 >= steps ? std::vector<int>{0, 2, 1} : std::vector<int>{0, 1});
    }
    return t;
}

} // namespace

class TestLessonScript : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chapters_data();
    void chapters();
    void captionsCarryTheStepsNumbers_data();
    void captionsCarryTheStepsNumbers();
    void titleNamesTheStep();
    void stepsAreClamped();
};

void TestLessonScript::chapters_data()
{
    QTest::addColumn<int>("steps");
    QTest::addColumn<int>("step");
    QTest::addColumn<LessonScript::Chapter>("chapter");
    QTest::newRow("100: start") << 100 << 0 << LessonScript::Chapter::Target;
    QTest::newRow("100: first step") << 100 << 1 << LessonScript::Chapter::Model;
    QTest::newRow("100: 20") << 100 << 20 << LessonScript::Chapter::Model;
    QTest::newRow("100: 21") << 100 << 21 << LessonScript::Chapter::Loss;
    QTest::newRow("100: 40") << 100 << 40 << LessonScript::Chapter::Loss;
    QTest::newRow("100: 50") << 100 << 50 << LessonScript::Chapter::Movement;
    QTest::newRow("100: 61") << 100 << 61 << LessonScript::Chapter::Ranking;
    QTest::newRow("100: 99") << 100 << 99 << LessonScript::Chapter::Ranking;
    QTest::newRow("100: end") << 100 << 100 << LessonScript::Chapter::Summary;
    QTest::newRow("5: 1") << 5 << 1 << LessonScript::Chapter::Model;
    QTest::newRow("5: 2") << 5 << 2 << LessonScript::Chapter::Loss;
    QTest::newRow("5: 3") << 5 << 3 << LessonScript::Chapter::Movement;
    QTest::newRow("5: 4") << 5 << 4 << LessonScript::Chapter::Ranking;
    QTest::newRow("5: 5") << 5 << 5 << LessonScript::Chapter::Summary;
    QTest::newRow("no steps") << 0 << 0 << LessonScript::Chapter::Target;
}

void TestLessonScript::chapters()
{
    QFETCH(int, steps);
    QFETCH(int, step);
    QFETCH(LessonScript::Chapter, chapter);
    const LessonScript script(handMade(steps));
    QCOMPARE(script.chapter(step), chapter);
    QCOMPARE(script.caption(step).chapter, chapter);
}

void TestLessonScript::captionsCarryTheStepsNumbers_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<QString>("phrase");

    // Step 0: p, with the favourite document by its rank and its share.
    QTest::newRow("0: p") << 0 << QStringLiteral("p = softmax of the scores");
    QTest::newRow("0: the favourite") << 0 << QStringLiteral("Document #1 gets the largest share, 0.500");
    // r: the document where r is furthest below p at step 10 is #1 (p 0.5, r 1/3 + 0.1·(1/6)).
    QTest::newRow("10: r") << 10 << QStringLiteral("Document #1 is furthest apart: p 0.500, r 0.350");
    // The loss, now and at the start.
    QTest::newRow("30: the loss") << 30 << QStringLiteral("KL(p‖r) = Σ p·log(p/r)");
    QTest::newRow("30: now and at first") << 30 << QStringLiteral("Now 0.070; it started at 0.100");
    // Movement at step 50: r = 1/3 + 0.5·(p − 1/3): towards #1 (0.417 < 0.5), away from #5
    // (0.267 > 0.2).
    QTest::newRow("50: movement")
        << 50 << QStringLiteral("towards #1 (p 0.500, r 0.417) and pushes away from #5 (p 0.200, r 0.267)");
    // The ranking: AP now and then, relevant documents in the top list now (2) and at first (1).
    QTest::newRow("80: AP") << 80 << QStringLiteral("AP is 0.650 now (0.250 at the start)");
    QTest::newRow("80: the top list") << 80 << QStringLiteral("holds 2 relevant documents (1 at the start)");
    // The summary.
    QTest::newRow("100: summary")
        << 100 << QStringLiteral("After 100 steps the loss fell from 0.100 to 0.000 and AP went from 0.250 to 0.750");
}

void TestLessonScript::captionsCarryTheStepsNumbers()
{
    QFETCH(int, step);
    QFETCH(QString, phrase);
    const LessonScript::Caption caption = LessonScript(handMade(100)).caption(step);
    QVERIFY2(caption.text.contains(phrase), qPrintable(caption.text));
}

void TestLessonScript::titleNamesTheStep()
{
    QVERIFY(LessonScript(handMade(100)).caption(10).title.contains(QStringLiteral("Step 10")));
}

void TestLessonScript::stepsAreClamped()
{
    const LessonScript script(handMade(10));
    QCOMPARE(script.caption(-3).chapter, LessonScript::Chapter::Target);
    QCOMPARE(script.caption(99).chapter, LessonScript::Chapter::Summary);
    QVERIFY(script.caption(99).text.contains(QStringLiteral("After 10 steps")));
    // An empty trajectory (nothing loaded) still gives a caption.
    const LessonScript empty{Trajectory{}};
    QVERIFY(!empty.caption(0).title.isEmpty());
}

QTEST_GUILESS_MAIN(TestLessonScript)
#include "tst_lessonscript.moc"
