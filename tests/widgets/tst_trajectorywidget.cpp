// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/models/trajectorytopmodel.h"
#include "core/run/queryreplay.h"
#include "core/teach/lessonrun.h"
#include "widgets/trajectorywidget.h"
#include "viewfixture.h"
#include "widgets/journey.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QValueAxis>

#include "widgets/chartsupport.h"

#include <cmath>

using namespace tare;

class TestTrajectoryWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsDocumentsPathAndDistributions();
    void stepsAndPlays();
    void teachingDataset();
    void apAndTopTenFollowTheStep();
    void lessonCaptionsFollowTheSteps();
    void spacePlaysWhereverTheFocusIs();

private:
    bool showAndInspect(TrajectoryWidget& widget, qint64 runId, qint64 queryId);

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

/// Shows `widget` at 1300×800 and, once it is exposed, inspects the query of a run of the sample
/// project: true when the trajectory was shown within 30 s.
bool TestTrajectoryWidget::showAndInspect(TrajectoryWidget& widget, qint64 runId, qint64 queryId)
{
    if (!Journey::showExposed(&widget, {1300, 800}))
        return false;
    QSignalSpy shown(&widget, &TrajectoryWidget::trajectoryShown);
    widget.inspect(m_project.path, runId, queryId);
    return shown.wait(30000);
}

void TestTrajectoryWidget::showsDocumentsPathAndDistributions()
{
    TrajectoryWidget widget;
    QVERIFY(showAndInspect(widget, m_project.noisyRun, m_queryIds.first()));
    const Trajectory& t = widget.trajectory();
    QCOMPARE(t.steps(), m_project.steps);
    QCOMPARE(t.documents.size(), 20);

    // Documents split by gold class into two scatter series; path, start and now.
    QChart* projection = widget.projectionChart();
    int documentPoints = 0;
    QStringList names;
    for (QAbstractSeries* series : projection->series()) {
        if (series->name().isEmpty())
            continue; // the dashed frame around what the close-up shows, not in the legend
        names.append(series->name());
        if (series->name().contains(QStringLiteral("(gold)")))
            documentPoints += qobject_cast<QScatterSeries*>(series)->count();
    }
    QCOMPARE(documentPoints, 20);
    QCOMPARE(names, (QStringList{QStringLiteral("Relevant (gold)"), QStringLiteral("Not relevant (gold)"),
                                 QStringLiteral("Path"), QStringLiteral("Start"), QStringLiteral("Query now")}));
    QStringList legend;
    for (const QLegendMarker* marker : projection->legend()->markers()) {
        if (!marker->label().isEmpty())
            legend.append(marker->label());
    }
    QCOMPARE(legend, names);
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
    // The close-up holds the whole path in narrower ranges than the full picture.
    auto* x = qobject_cast<QValueAxis*>(projection->axes(Qt::Horizontal).first());
    auto* closeX = qobject_cast<QValueAxis*>(widget.closeUpChart()->axes(Qt::Horizontal).first());
    auto* closeY = qobject_cast<QValueAxis*>(widget.closeUpChart()->axes(Qt::Vertical).first());
    for (const QPointF& p : t.path) {
        QVERIFY(p.x() >= closeX->min() && p.x() <= closeX->max());
        QVERIFY(p.y() >= closeY->min() && p.y() <= closeY->max());
    }
    QVERIFY(closeX->max() - closeX->min() < x->max() - x->min());
    // Round ticks (0.08, 0.10, 0.12 … not 0.0137 …) in both pictures, labelled with the decimals they need.
    for (QValueAxis* axis : {x, closeX, closeY}) {
        QCOMPARE(axis->tickType(), QValueAxis::TicksDynamic);
        QCOMPARE(axis->tickAnchor(), 0.0);
        const double magnitude = std::pow(10.0, std::floor(std::log10(axis->tickInterval())));
        const double mantissa = axis->tickInterval() / magnitude;
        QVERIFY2(std::abs(mantissa - 1.0) < 1e-9 || std::abs(mantissa - 2.0) < 1e-9 || std::abs(mantissa - 2.5) < 1e-9 || std::abs(mantissa - 5.0) < 1e-9,
                 qPrintable(QString::number(axis->tickInterval())));
        const double ticks = (axis->max() - axis->min()) / axis->tickInterval();
        QVERIFY2(ticks >= 2.0 && ticks <= 8.0, qPrintable(QString::number(ticks)));
    }
    QVERIFY(widget.closeUpChart()->title().contains(QStringLiteral("magnified ×")));

    // A student can tell which document is which: numbers beside the marks (no two overlapping,
    // each one a judged document's rank before refinement), the same numbers under the bars, and
    // the document's text on hover.
    QStringList ranks;
    for (const TrajectoryDocument& d : t.documents)
        ranks.append(QString::number(d.rankBefore));
    const QStringList labels = widget.projectionLabels();
    QVERIFY2(labels.size() >= t.documents.size() / 2, qPrintable(labels.join(u',')));
    for (const QString& label : labels)
        QVERIFY(ranks.contains(label));
    auto* categories = qobject_cast<QBarCategoryAxis*>(widget.distributionChart()->axes(Qt::Horizontal).first());
    QCOMPARE(categories->categories(), ranks);
    // Every bar's number is shown under it (Qt Charts' own labels read "…" for 20 bars).
    QCOMPARE(widget.distributionLabels(), ranks);
    const QString tip = widget.documentToolTip(0);
    QVERIFY2(tip.startsWith(QStringLiteral("#%1 · %2").arg(t.documents[0].rankBefore).arg(t.documents[0].extId)), qPrintable(tip));
    QVERIFY(tip.contains(t.documents[0].text.left(30)));
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
    QVERIFY(showAndInspect(widget, runId, queryId));
    QCOMPARE(widget.trajectory().documents.size(), 10);
    widget.setStep(widget.trajectory().steps() / 2);
    ViewFixture::saveScreenshot(widget, QStringLiteral("trajectorywidget-teaching"));
}

void TestTrajectoryWidget::apAndTopTenFollowTheStep()
{
    TrajectoryWidget widget;
    QVERIFY(showAndInspect(widget, m_project.goldRun, m_queryIds.at(2)));
    const Trajectory& t = widget.trajectory();
    QList<CurvePoint> curve;
    {
        ProjectStore store(m_project.path);
        for (const RunQueryRecord& record : store.runs().queries(m_project.goldRun, true)) {
            if (record.queryId == m_queryIds.at(2))
                curve = record.curve;
        }
    }
    auto* ap = qobject_cast<QLineSeries*>(widget.lossChart()->series().at(1));
    QCOMPARE(ap->count(), t.steps() + 1);
    for (int step : {0, t.steps() / 2, t.steps()}) {
        widget.setStep(step);
        QCOMPARE(ap->at(step).y(), curve[step].ap);
        QCOMPARE(widget.apText(), ChartSupport::figure(curve[step].ap));
        // The top ten of this step: ranks 1..10, judged ones say their number in the pictures.
        TrajectoryTopModel* top = widget.topModel();
        QCOMPARE(top->rowCount(), 10);
        QCOMPARE(top->index(0, TrajectoryTopModel::RankColumn).data().toInt(), 1);
        for (int row = 0; row < top->rowCount(); ++row) {
            const TrajectoryRankedDocument* document = top->document(row);
            QCOMPARE(top->index(row, TrajectoryTopModel::DocumentColumn).data().toString(), document->extId);
            if (document->judged >= 0)
                QVERIFY(top->index(row, TrajectoryTopModel::JudgedColumn).data().toString().startsWith(
                    QStringLiteral("#%1").arg(t.documents[document->judged].rankBefore)));
        }
    }
    QAbstractItemModelTester tester(widget.topModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    widget.setStep(1);
}

void TestTrajectoryWidget::lessonCaptionsFollowTheSteps()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lesson.tare"));
    LessonRun lesson;
    {
        ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
        lesson = LessonRun::prepare(store, QStringLiteral(TARE_SAMPLE_DATA_DIR));
    }
    TrajectoryWidget widget;
    widget.resize(1300, 800);
    widget.show();
    QSignalSpy shown(&widget, &TrajectoryWidget::trajectoryShown);
    widget.setLesson(path, lesson.runId, lesson.queries);
    QVERIFY(widget.isLesson());
    QVERIFY(shown.wait(30000));
    QCOMPARE(widget.trajectory().queryId, lesson.queries.first().id);
    QVERIFY2(widget.captionText().contains(QStringLiteral("p = softmax of the scores")), qPrintable(widget.captionText()));
    widget.setStep(10);
    QVERIFY(widget.captionText().contains(QStringLiteral("r = softmax of the cosines")));
    widget.setStep(30);
    QVERIFY(widget.captionText().contains(QStringLiteral("KL(p‖r)")));
    widget.setStep(100);
    QVERIFY(widget.captionText().contains(QStringLiteral("After 100 steps")));
    ViewFixture::saveScreenshot(widget, QStringLiteral("trajectorywidget-lesson"));
    widget.resize(1600, 1000);
    ViewFixture::saveScreenshot(widget, QStringLiteral("trajectorywidget-lesson-1600"));
    // Another lesson query from the lesson's own choice; inspecting another run leaves the lesson.
    QComboBox* queries = nullptr;
    for (QComboBox* box : widget.findChildren<QComboBox*>()) {
        if (box->accessibleName() == QStringLiteral("Lesson query"))
            queries = box;
    }
    QVERIFY(queries);
    QVERIFY(queries->isVisible());
    QCOMPARE(queries->count(), 3);
    widget.inspect(m_project.path, m_project.goldRun, m_queryIds.first());
    QVERIFY(shown.wait(30000));
    QVERIFY(!widget.isLesson());
    QVERIFY(widget.captionText().isEmpty());
}

void TestTrajectoryWidget::spacePlaysWhereverTheFocusIs()
{
    TrajectoryWidget widget;
    QVERIFY(showAndInspect(widget, m_project.goldRun, m_queryIds.first()));
    widget.setSpeed(1.0);
    widget.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&widget));
    QCOMPARE(widget.playAction()->shortcut(), QKeySequence(Qt::Key_Space));
    const QList<QWidget*> focusable = widget.findChildren<QWidget*>();
    int tried = 0;
    for (QWidget* target : focusable) {
        if (target->focusPolicy() == Qt::NoFocus || !target->isVisible() || !target->isEnabled())
            continue;
        target->setFocus();
        QTRY_VERIFY(target->hasFocus());
        const bool before = widget.isPlaying();
        QTest::keyClick(target, Qt::Key_Space);
        QVERIFY2(widget.isPlaying() != before, qPrintable(QString::fromLatin1(target->metaObject()->className()) + QStringLiteral(" ") + target->objectName()));
        ++tried;
    }
    QVERIFY(tried >= 5);
    widget.pause();
}

QTEST_MAIN(TestTrajectoryWidget)
#include "tst_trajectorywidget.moc"
