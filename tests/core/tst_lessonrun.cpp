// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/projectstore.h"
#include "core/inspect/trajectory.h"
#include "core/run/queryreplay.h"
#include "core/run/runengine.h"
#include "core/teach/lessonrun.h"
#include "core/util/tareerror.h"
#include "projectbuilder.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace tare;

/// The lesson on the bundled teaching dataset: prepared once (import, built-in embedder, one
/// run) and reused; its trajectories carry the ranking of every step — AP equal to the run's
/// stored curve, and the ten best documents equal to the ranking by each state.
class TestLessonRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void preparesTheTeachingRunOnce();
    void trajectoryApIsTheStoredCurve();
    void topTenFollowsTheQuery();
    void coarseCurvesAreFilledIn();
    void missingSampleDataIsAClearError();

private:
    QList<CurvePoint> storedCurve(qint64 runId, qint64 queryId);

    TestUtils::TempProject m_project{QStringLiteral("lesson.tare")};
    LessonRun m_lesson;
};

void TestLessonRun::initTestCase()
{
    m_lesson = LessonRun::prepare(*m_project, QStringLiteral(TARE_SAMPLE_DATA_DIR));
}

QList<CurvePoint> TestLessonRun::storedCurve(qint64 runId, qint64 queryId)
{
    for (const RunQueryRecord& record : m_project->runs().queries(runId, true)) {
        if (record.queryId == queryId)
            return record.curve;
    }
    return {};
}

void TestLessonRun::preparesTheTeachingRunOnce()
{
    QVERIFY(m_lesson.runId > 0);
    QCOMPARE(m_lesson.queries.size(), 3);
    QCOMPARE(m_lesson.queries.first().extId, QStringLiteral("tq1"));
    const auto run = m_project->runs().find(m_lesson.runId);
    QCOMPARE(run->status, RunStatus::Finished);
    QCOMPARE(run->finishedQueries, 3);
    QCOMPARE(run->label, QStringLiteral("lesson"));
    const RunSettings settings = RunSettings::fromDefinitionJson(run->paramsJson);
    QCOMPARE(settings.refine.steps, 100);
    QCOMPARE(settings.refine.lr, 1e-3);
    // Again: the same dataset, space and run, nothing new.
    const LessonRun again = LessonRun::prepare(*m_project, QStringLiteral(TARE_SAMPLE_DATA_DIR));
    QCOMPARE(again.runId, m_lesson.runId);
    QCOMPARE(again.spaceId, m_lesson.spaceId);
    QCOMPARE(m_project->runs().all(m_lesson.datasetId).size(), 1);
    QCOMPARE(m_project->datasets().all().size(), 1);
}

void TestLessonRun::trajectoryApIsTheStoredCurve()
{
    for (const QueryRecord& query : std::as_const(m_lesson.queries)) {
        const Trajectory t = Trajectory::load(*m_project, m_lesson.runId, query.id);
        const QList<CurvePoint> curve = storedCurve(m_lesson.runId, query.id);
        QCOMPARE(t.steps(), 100);
        QCOMPARE(t.aps.size(), size_t(101));
        QCOMPARE(curve.size(), 101); // the teaching set is small: AP at every step
        for (int step = 0; step <= 100; ++step)
            QCOMPARE(t.aps[size_t(step)], curve[step].ap); // bit for bit
        QCOMPARE(t.queryExtId, query.extId);
        // Hover texts arrive with the trajectory.
        for (const TrajectoryDocument& document : t.documents)
            QVERIFY2(!document.text.isEmpty(), qPrintable(document.extId));
    }
}

void TestLessonRun::topTenFollowsTheQuery()
{
    const qint64 queryId = m_lesson.queries.at(1).id;
    const Trajectory t = Trajectory::load(*m_project, m_lesson.runId, queryId);
    const QueryReplay replay = QueryReplay::load(*m_project, m_lesson.runId, queryId);
    const auto topOf = [&replay](const Eigen::VectorXf& query) {
        std::vector<qint32> ranks;
        replay.evaluate(query, &ranks);
        QStringList best(Trajectory::topCount);
        for (size_t i = 0; i < ranks.size(); ++i) {
            if (ranks[i] <= Trajectory::topCount)
                best[ranks[i] - 1] = replay.index().documentExtId(replay.candidates().rows[i]);
        }
        return best;
    };
    const auto shown = [&t](int step) {
        QStringList ids;
        for (int index : t.top[size_t(step)])
            ids.append(t.ranked[index].extId);
        return ids;
    };
    QCOMPARE(t.top.size(), size_t(101));
    QCOMPARE(shown(0), topOf(replay.initialQuery()));
    const std::vector<float>& refined = replay.storedRefinedVector();
    QCOMPARE(shown(100), topOf(Eigen::Map<const Eigen::VectorXf>(refined.data(), Eigen::Index(refined.size()))));
    QVERIFY(shown(0) != shown(100)); // the lesson's run changes the top of the ranking
    // Judged documents in a top list point at their marks in the picture.
    int judged = 0;
    for (const TrajectoryRankedDocument& document : t.ranked) {
        if (document.judged >= 0) {
            ++judged;
            QCOMPARE(t.documents[document.judged].documentId, document.documentId);
        }
        QVERIFY(!document.text.isEmpty());
    }
    QVERIFY(judged > 0);
}

void TestLessonRun::coarseCurvesAreFilledIn()
{
    // A run that evaluated every 10th step: the trajectory has the stored AP there and the AP of
    // the replayed state everywhere else.
    RunSettings settings = LessonRun::settings(m_lesson.datasetId, m_lesson.spaceId);
    settings.evalEvery = 10;
    settings.label = QStringLiteral("coarse");
    const qint64 runId = TestUtils::runToEnd(*m_project, settings);
    const qint64 queryId = m_lesson.queries.first().id;
    const Trajectory t = Trajectory::load(*m_project, runId, queryId);
    const QList<CurvePoint> curve = storedCurve(runId, queryId);
    const QueryReplay replay = QueryReplay::load(*m_project, runId, queryId);
    std::vector<Eigen::VectorXf> states{replay.initialQuery()};
    replay.refine(replay.storedScores(), [&states](int, float, const Eigen::VectorXf& q) { states.push_back(q); });
    for (int step = 0; step <= 100; ++step) {
        if (step % 10 == 0) {
            QCOMPARE(t.aps[size_t(step)], curve[step].ap);
        } else {
            QVERIFY(std::isnan(curve[step].ap));
            QVERIFY(std::abs(t.aps[size_t(step)] - replay.evaluate(states[size_t(step)]).ap) < 1e-9);
        }
    }
}

void TestLessonRun::missingSampleDataIsAClearError()
{
    QTemporaryDir dir;
    ProjectStore store(dir.filePath(QStringLiteral("empty.tare")), ProjectStore::OpenMode::CreateIfMissing);
    try {
        LessonRun::prepare(store, dir.filePath(QStringLiteral("nowhere")));
        QFAIL("no error");
    } catch (const TareError& error) {
        QCOMPARE(error.kind(), TareError::Kind::Io);
        QVERIFY2(error.message().contains(QStringLiteral("teaching")), qPrintable(error.message()));
    }
    QCOMPARE(store.datasets().all().size(), 0);
}

QTEST_GUILESS_MAIN(TestLessonRun)
#include "tst_lessonrun.moc"
