// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/projectstore.h"
#include "core/embed/lsaspacebuilder.h"
#include "core/io/sampleproject.h"
#include "core/feedback/feedbackinspection.h"
#include "core/models/feedbackmodel.h"
#include "core/db/humanjudgmentstore.h"
#include "core/inspect/queryranking.h"
#include "core/inspect/trajectory.h"
#include "core/run/runengine.h"
#include "projectbuilder.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace tare;

/// Feedback, human labels, trajectories and per-query rankings over a real run of the sample.
class TestFeedbackInspection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void topTokens();
    void humanLabelsAndUndo();
    void loadsTheJudgedDocuments();
    void trajectoryReplaysTheRun();
    void rankingCoversTheCorpus();

private:
    TestUtils::TempProject m_project{QStringLiteral("s.tare")};
    qint64 m_runId = 0;
    qint64 m_queryId = 0;
};

void TestFeedbackInspection::initTestCase()
{
    RunSettings settings = TestUtils::sampleRunSettings(*m_project);
    settings.judgeSpec = QStringLiteral("simulated:flip=0.25,seed=7");
    m_runId = TestUtils::runToEnd(*m_project, settings);
    m_queryId = m_project->runs().queries(m_runId, false).first().queryId;
}

void TestFeedbackInspection::topTokens()
{
    const QString response = QStringLiteral(
        R"({"choices":[{"message":{"content":"Yes"},"finish_reason":"stop","logprobs":{"content":[)"
        R"({"token":"Yes","logprob":-0.2,"top_logprobs":[{"token":"No","logprob":-1.8},{"token":"Yes","logprob":-0.2}]}]}}]})");
    const auto tokens = FeedbackInspection::topTokens(response);
    QCOMPARE(tokens.size(), 2);
    QCOMPARE(tokens.at(0).first, QStringLiteral("Yes")); // most likely first
    QVERIFY(std::abs(tokens.at(0).second - std::exp(-0.2)) < 1e-12);
    QVERIFY(std::abs(tokens.at(1).second - std::exp(-1.8)) < 1e-12);
    QCOMPARE(FeedbackModel::formatTopTokens(tokens), QStringLiteral("Yes 0.82 · No 0.17"));
    QVERIFY(FeedbackInspection::topTokens(QStringLiteral("not json")).isEmpty());
    QVERIFY(FeedbackInspection::topTokens(QStringLiteral(R"({"choices":[{"message":{"content":"Yes"}}]})")).isEmpty());
}

void TestFeedbackInspection::humanLabelsAndUndo()
{
    HumanJudgmentStore humans(*m_project);
    const qint64 judge = humans.judgeId();
    QCOMPARE(m_project->judgments().judge(judge)->kind, QStringLiteral("human"));
    QCOMPARE(HumanJudgmentStore(*m_project).judgeId(), judge); // one human judge per project
    const qint64 document = 1;
    QCOMPARE(humans.current(m_queryId, document), std::nullopt);
    humans.label(m_queryId, document, 1.0, QStringLiteral("Y"));
    humans.label(m_queryId, document, 0.0, QStringLiteral("N"));
    QCOMPARE(humans.current(m_queryId, document), std::optional<double>(0.0));
    QCOMPARE(m_project->judgments().latestForQuery(judge, m_queryId).value(document).rawResponse, QStringLiteral("N"));
    // Undo deletes the newest row: the earlier label is in force again, then none.
    QVERIFY(humans.undo(m_queryId, document));
    QCOMPARE(humans.current(m_queryId, document), std::optional<double>(1.0));
    QVERIFY(humans.undo(m_queryId, document));
    QCOMPARE(humans.current(m_queryId, document), std::nullopt);
    QVERIFY(!humans.undo(m_queryId, document));
}

void TestFeedbackInspection::loadsTheJudgedDocuments()
{
    const QueryReplay replay = QueryReplay::load(*m_project, m_runId, m_queryId);
    // A chat judge's answer stored for the first judged document (as the newest row of the run's judge).
    const RunRecord run = *m_project->runs().find(m_runId);
    JudgmentRecord answer;
    answer.judgeId = run.judgeId;
    answer.queryId = m_queryId;
    answer.documentId = replay.judged().front().documentId;
    answer.score = replay.judged().front().score;
    answer.rawResponse = QStringLiteral(
        R"({"choices":[{"message":{"content":"no"},"logprobs":{"content":[{"token":"no","logprob":-0.1,)"
        R"("top_logprobs":[{"token":"no","logprob":-0.1},{"token":"yes","logprob":-2.4}]}]}}]})");
    m_project->judgments().insert(answer);
    HumanJudgmentStore(*m_project).label(m_queryId, replay.judged().at(1).documentId, 1.0);

    const FeedbackInspection inspection = FeedbackInspection::load(*m_project, m_runId, m_queryId);
    QCOMPARE(inspection.items.size(), qsizetype(replay.judged().size()));
    QCOMPARE(inspection.items.first().topTokens.size(), 2);
    QCOMPARE(inspection.items.first().topTokens.first().first, QStringLiteral("no"));
    QVERIFY(!inspection.items.first().text.isEmpty());
    QCOMPARE(inspection.items.at(1).human, std::optional<double>(1.0));
    QCOMPARE(inspection.items.at(0).human, std::nullopt);
    for (qsizetype i = 0; i < inspection.items.size(); ++i) {
        QCOMPARE(inspection.items[i].rankBefore, replay.judged()[size_t(i)].rankBefore);
        QCOMPARE(inspection.items[i].score, replay.judged()[size_t(i)].score);
    }

    FeedbackModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setInspection(inspection);
    QCOMPARE(model.rowCount(), 20);
    // The effective scores are the judge's, except where the person labelled.
    const auto effective = model.effectiveScores();
    QCOMPARE(effective.at(1), std::optional<double>(1.0));
    QCOMPARE(effective.at(2), inspection.items.at(2).score);
    model.setHuman(2, 0.0);
    QCOMPARE(model.effectiveScores().at(2), std::optional<double>(0.0));
    QCOMPARE(model.humanLabelCount(), 2);
    HumanJudgmentStore(*m_project).undo(m_queryId, replay.judged().at(1).documentId);
}

void TestFeedbackInspection::trajectoryReplaysTheRun()
{
    const QueryReplay replay = QueryReplay::load(*m_project, m_runId, m_queryId);
    const Trajectory t = Trajectory::compute(replay);
    QCOMPARE(t.steps(), replay.settings().refine.steps);
    QCOMPARE(t.documents.size(), 20);
    QCOMPARE(t.model.size(), size_t(t.steps() + 1));
    double sum = 0.0;
    for (double p : t.target)
        sum += p;
    QVERIFY(std::abs(sum - 1.0) < 1e-12);
    // p = softmax(scores): two documents with equal scores get equal p, a higher score more.
    for (qsizetype i = 1; i < t.documents.size(); ++i) {
        const double a = t.documents[0].score, b = t.documents[i].score;
        if (a == b)
            QCOMPARE(t.target[0], t.target[size_t(i)]);
        else
            QCOMPARE(a > b, t.target[0] > t.target[size_t(i)]);
    }
    // The losses are the refiner's (float there, double here) and fall.
    const QList<CurvePoint> curve = [&] {
        for (const RunQueryRecord& record : m_project->runs().queries(m_runId, true)) {
            if (record.queryId == m_queryId)
                return record.curve;
        }
        return QList<CurvePoint>();
    }();
    QVERIFY(std::abs(t.losses.front() - curve.first().loss) < 1e-5);
    QVERIFY(std::abs(t.losses.back() - curve.last().loss) < 1e-5);
    QVERIFY(t.losses.back() < t.losses.front());
    QVERIFY(t.explained[0] >= t.explained[1]);
    QVERIFY(t.explained[0] + t.explained[1] <= 1.0 + 1e-12);
    QVERIFY(t.path.first() != t.path.last());
}

void TestFeedbackInspection::rankingCoversTheCorpus()
{
    const QueryRanking ranking = QueryRanking::load(*m_project, m_runId, m_queryId);
    QCOMPARE(ranking.candidates.size(), 400); // nuance ranks the whole corpus
    const QueryReplay replay = QueryReplay::load(*m_project, m_runId, m_queryId);
    for (const ReplayJudgedDocument& document : replay.judged()) {
        QCOMPARE(ranking.candidates.value(document.documentId).rankBefore, document.rankBefore);
        QCOMPARE(ranking.candidates.value(document.documentId).rankAfter, document.rankAfter);
        QVERIFY(ranking.judgments.contains(document.documentId));
    }
}

QTEST_GUILESS_MAIN(TestFeedbackInspection)
#include "tst_feedbackinspection.moc"
