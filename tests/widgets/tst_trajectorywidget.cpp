// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/run/queryreplay.h"
#include "widgets/trajectorywidget.h"
#include "viewfixture.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QValueAxis>

using namespace tare;

class TestTrajectoryWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsDocumentsPathAndDistributions();
    void stepsAndPlays();
    void teachingDataset();

private:
    QTemporaryDir m_dir;
    ViewFixture::SampleProjectRuns m_project;
    QList<qint64> m_queryIds;
};

void TestTrajectoryWidget::initTestCase()
{
    m_project = ViewFixture::build(m_dir.filePath(QStringLiteral("sample.tare")));
    ProjectStore store(m_project.path);
    for (const RunQueryRecord& record : store.runs().queries(m_project.noisyRun, false))
        m_queryIds.append(record.queryId);
}

void TestTrajectoryWidget::showsDocumentsPathAndDistributions()
{
    TrajectoryWidget widget;
    widget.resize(1300, 800);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QSignalSpy shown(&widget, &TrajectoryWidget::trajectoryShown);
    widget.inspect(m_project.path, m_project.noisyRun, m_queryIds.first());
    QVERIFY(shown.wait(30000));
    const Trajectory& t = widget.trajectory();
    QCOMPARE(t.steps(), m_project.steps);
    QCOMPARE(t.documents.size(), 20);

    // Documents split by gold class into two scatter series; path, start and now.
    QChart* projection = widget.projectionChart();
    int documentPoints = 0;
    QStringList names;
    for (QAbstractSeries* series : projection->series()) {
        names.append(series->name());
        if (series->name().contains(QStringLiteral("(gold)")))
            documentPoints += qobject_cast<QScatterSeries*>(series)->count();
    }
    QCOMPARE(documentPoints, 20);
    QCOMPARE(names, (QStringList{QStringLiteral("Relevant (gold)"), QStringLiteral("Not relevant (gold)"),
                                 QStringLiteral("Query path"), QStringLiteral("Query at start"), QStringLiteral("Query now")}));
    QCOMPARE(projection->legend()->markers().size(), 5);
    const auto axes = projection->axes(Qt::Horizontal);
    QVERIFY(qobject_cast<QValueAxis*>(axes.first())->titleText().startsWith(QStringLiteral("Principal component 1")));

    // p and r: one bar per judged document in each set; p sums to 1.
    auto* bars = qobject_cast<QBarSeries*>(widget.distributionChart()->series().first());
    QCOMPARE(bars->barSets().size(), 2);
    QCOMPARE(bars->barSets().at(0)->count(), 20);
    double sum = 0.0;
    for (int i = 0; i < 20; ++i)
        sum += bars->barSets().at(0)->at(i);
    QCOMPARE_LE(std::abs(sum - 1.0), 1e-9);

    // The replayed loss of the first state is the run's: the stored curve's first loss.
    ProjectStore store(m_project.path);
    for (const RunQueryRecord& record : store.runs().queries(m_project.noisyRun, true)) {
        if (record.queryId == m_queryIds.first())
            QCOMPARE_LE(std::abs(t.losses.front() - record.curve.first().loss), 1e-5);
    }
    widget.setStep(t.steps() / 3);
    ViewFixture::saveScreenshot(widget, QStringLiteral("trajectorywidget"));
    // Zoomed, the whole path is inside narrower ranges.
    auto* x = qobject_cast<QValueAxis*>(projection->axes(Qt::Horizontal).first());
    auto* y = qobject_cast<QValueAxis*>(projection->axes(Qt::Vertical).first());
    const double fullWidth = x->max() - x->min();
    widget.setZoomedToPath(true);
    for (const QPointF& p : t.path) {
        QVERIFY(p.x() >= x->min() && p.x() <= x->max());
        QVERIFY(p.y() >= y->min() && p.y() <= y->max());
    }
    QVERIFY(x->max() - x->min() < fullWidth);
    ViewFixture::saveScreenshot(widget, QStringLiteral("trajectorywidget-zoomed"));
}

void TestTrajectoryWidget::stepsAndPlays()
{
    TrajectoryWidget widget;
    widget.show();
    QSignalSpy shown(&widget, &TrajectoryWidget::trajectoryShown);
    widget.inspect(m_project.path, m_project.noisyRun, m_queryIds.at(1));
    QVERIFY(shown.wait(30000));
    QCOMPARE(widget.step(), 0);
    auto* path = qobject_cast<QLineSeries*>(widget.projectionChart()->series().at(2));
    QCOMPARE(path->count(), 1);
    widget.setStep(10);
    QCOMPARE(path->count(), 11);
    const Trajectory& t = widget.trajectory();
    auto* r = qobject_cast<QBarSeries*>(widget.distributionChart()->series().first())->barSets().at(1);
    QCOMPARE(r->at(0), t.model[10][0]);
    widget.setStep(10000);
    QCOMPARE(widget.step(), t.steps());
    // r converges towards p: the loss at the end is below the loss at the start.
    QVERIFY(t.losses.back() < t.losses.front());

    widget.setStep(0);
    widget.setSpeed(100.0);
    QSignalSpy stepped(&widget, &TrajectoryWidget::stepChanged);
    widget.play();
    QVERIFY(widget.isPlaying());
    QTRY_COMPARE_WITH_TIMEOUT(widget.step(), t.steps(), 20000);
    QTRY_VERIFY(!widget.isPlaying());
    QCOMPARE(stepped.size(), t.steps());
}

void TestTrajectoryWidget::teachingDataset()
{
    // The teaching set (49 documents, 3 queries), as a class would watch it.
    QString path;
    qint64 runId = 0;
    qint64 queryId = 0;
    {
        ProjectStore store(m_project.path);
        const auto teaching = store.datasets().byName(QStringLiteral("teaching"));
        QVERIFY(teaching);
        RunSettings settings;
        settings.datasetId = teaching->id;
        settings.spaceId = LsaSpaceBuilder::build(store, teaching->id, {});
        settings.judgeSpec = QStringLiteral("simulated:flip=0.2,seed=3");
        settings.refine.fromTop = 10;
        settings.refine.total = 10;
        runId = TestUtils::runToEnd(store, settings);
        queryId = store.runs().queries(runId, false).first().queryId;
    }
    TrajectoryWidget widget;
    widget.resize(1300, 800);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QSignalSpy shown(&widget, &TrajectoryWidget::trajectoryShown);
    widget.inspect(m_project.path, runId, queryId);
    QVERIFY(shown.wait(30000));
    QCOMPARE(widget.trajectory().documents.size(), 10);
    widget.setStep(widget.trajectory().steps() / 2);
    ViewFixture::saveScreenshot(widget, QStringLiteral("trajectorywidget-teaching"));
}

QTEST_MAIN(TestTrajectoryWidget)
#include "tst_trajectorywidget.moc"
