// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "app/appjourney.h"
#include "app/appsettings.h"
#include "app/mainwindow.h"
#include "core/db/projectstore.h"
#include "core/teach/lessonrun.h"
#include "widgets/chartsupport.h"
#include "widgets/journey.h"
#include "widgets/querynavigator.h"
#include "widgets/querypickerwidget.h"
#include "widgets/trajectorywidget.h"
#include "widgets/viewfixture.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QSlider>
#include <QTabWidget>

using namespace tare;

/// The teacher's journey through the real window: Help ▸ Lesson prepares the lesson run on the
/// bundled teaching dataset in the open project and shows it on the trajectory page with its
/// captions; the keyboard steps through it (→ one step), and the AP the page reads at steps 0,
/// 50 and 100 is the run's stored curve; Space plays and pauses.
class TestLessonJourney : public AppJourney::Test
{
    Q_OBJECT

public:
    using Test::Test;

private Q_SLOTS:
    void initTestCase();
    void playsALessonAndReadsTheAp();
};

void TestLessonJourney::initTestCase()
{
    QVERIFY(setUpApplication());
}

void TestLessonJourney::playsALessonAndReadsTheAp()
{
    const QString path = m_dir.filePath(QStringLiteral("class.tare"));
    ViewFixture::build(path); // the sample project (nuance and teaching) with two runs on nuance
    MainWindow window(QStringLiteral(TARE_SAMPLE_DATA_DIR));
    window.resize(1280, 800);
    window.show();
    QVERIFY(AppJourney::openProject(window, path, 30000));
    QVERIFY(Journey::activate(&window));

    auto* trajectory = window.findChild<TrajectoryWidget*>();
    QVERIFY(trajectory);
    QSignalSpy shown(trajectory, &TrajectoryWidget::trajectoryShown);
    QVERIFY(Journey::triggerMenuPath(&window, {QStringLiteral("Help"), QStringLiteral("Lesson: How Refinement Works")}));
    QVERIFY(shown.wait(60000));
    QCOMPARE(window.pages()->currentIndex(), int(MainWindow::TrajectoryPage));
    QVERIFY(trajectory->isLesson());
    QCOMPARE(trajectory->trajectory().steps(), 100);
    QVERIFY2(trajectory->captionText().contains(QStringLiteral("p = softmax of the scores")), qPrintable(trajectory->captionText()));

    // The stored curve of the lesson run's first query.
    QList<CurvePoint> curve;
    LessonRun lesson;
    {
        ProjectStore store(path);
        lesson = LessonRun::prepare(store, QStringLiteral(TARE_SAMPLE_DATA_DIR)); // finds it, runs nothing
        QCOMPARE(shown.first().at(0).toLongLong(), lesson.runId);
        for (const RunQueryRecord& record : store.runs().queries(lesson.runId, true)) {
            if (record.queryId == lesson.queries.first().id)
                curve = record.curve;
        }
    }
    QCOMPARE(curve.size(), 101);

    // The page's query picker lists the lesson run's queries (not the dashboard's run before the
    // lesson) with the lesson's query chosen; the page stays on the lesson.
    QueryPickerWidget* picker = nullptr;
    for (QueryPickerWidget* candidate : window.findChildren<QueryPickerWidget*>()) {
        if (candidate->isVisible())
            picker = candidate;
    }
    QVERIFY(picker);
    QTRY_COMPARE(window.queryNavigator()->runId(), lesson.runId);
    QList<qint64> listed;
    for (int row = 0; row < picker->comboBox()->count(); ++row)
        listed.append(picker->comboBox()->itemData(row, QueryListModel::QueryIdRole).toLongLong());
    std::sort(listed.begin(), listed.end());
    QList<qint64> lessonQueries;
    for (const QueryRecord& query : lesson.queries)
        lessonQueries.append(query.id);
    std::sort(lessonQueries.begin(), lessonQueries.end());
    QCOMPARE(listed, lessonQueries);
    QTRY_COMPARE(picker->comboBox()->currentData(QueryListModel::QueryIdRole).toLongLong(), lesson.queries.first().id);
    QCOMPARE(window.pages()->currentIndex(), int(MainWindow::TrajectoryPage));
    QVERIFY(trajectory->isLesson());
    QCOMPARE(trajectory->trajectory().queryId, lesson.queries.first().id);
    QCOMPARE(trajectory->step(), 0);

    // Every bar of p and r carries its document's number, or every k-th when they are crowded.
    QStringList ranks;
    for (const TrajectoryDocument& d : trajectory->trajectory().documents)
        ranks.append(QString::number(d.rankBefore));
    const QStringList barLabels = trajectory->distributionLabels();
    QVERIFY2(!barLabels.isEmpty() && barLabels.first() == ranks.first(), qPrintable(barLabels.join(u',')));
    QVERIFY2(barLabels.size() * 3 >= ranks.size(), qPrintable(barLabels.join(u',')));
    for (const QString& label : barLabels)
        QVERIFY(ranks.contains(label));

    // Step with the keyboard (→ is one step forward) and read the AP the page shows.
    const auto pressRight = [&window](int times) {
        for (int i = 0; i < times; ++i)
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : static_cast<QWidget*>(&window), Qt::Key_Right);
    };
    QCOMPARE(trajectory->step(), 0);
    QCOMPARE(trajectory->apText(), ChartSupport::figure(curve[0].ap));
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(trajectory->findChild<QSlider*>(QStringLiteral("trajectoryStep"))));
    pressRight(50);
    QCOMPARE(trajectory->step(), 50);
    QCOMPARE(trajectory->apText(), ChartSupport::figure(curve[50].ap));
    pressRight(50);
    QCOMPARE(trajectory->step(), 100);
    QCOMPARE(trajectory->apText(), ChartSupport::figure(curve[100].ap));
    QVERIFY(trajectory->captionText().contains(QStringLiteral("After 100 steps")));
    ViewFixture::saveScreenshot(window, QStringLiteral("journey-lesson"));

    // Back to step 50 (←), then Space plays and pauses wherever the focus is.
    const auto press = [&window](int key) {
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : static_cast<QWidget*>(&window), Qt::Key(key));
    };
    for (int i = 0; i < 50; ++i)
        press(Qt::Key_Left);
    QCOMPARE(trajectory->step(), 50);
    press(Qt::Key_Space);
    QVERIFY(trajectory->isPlaying());
    QTRY_VERIFY_WITH_TIMEOUT(trajectory->step() > 51, 20000);
    press(Qt::Key_Space);
    QVERIFY(!trajectory->isPlaying());

    // The lesson's next query from its own list (↓): still the lesson, and the pickers follow.
    auto* lessonQuery = trajectory->findChild<QComboBox*>(QStringLiteral("lessonQuery"));
    QVERIFY(lessonQuery && lessonQuery->isVisible());
    QCOMPARE(lessonQuery->currentData().toLongLong(), lesson.queries.first().id);
    shown.clear();
    QTest::keyClick(lessonQuery, Qt::Key_Down);
    QVERIFY(shown.wait(60000));
    QCOMPARE(shown.last().at(1).toLongLong(), lesson.queries.at(1).id);
    QVERIFY(trajectory->isLesson());
    QTRY_COMPARE(picker->comboBox()->currentData(QueryListModel::QueryIdRole).toLongLong(), lesson.queries.at(1).id);
    QCOMPARE(window.queryNavigator()->runId(), lesson.runId);
    QCOMPARE(window.pages()->currentIndex(), int(MainWindow::TrajectoryPage));
}

JOURNEY_MAIN(TestLessonJourney)
#include "tst_lessonjourney.moc"
