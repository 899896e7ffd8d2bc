// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "app/appjourney.h"
#include "app/mainwindow.h"
#include "app/runcoordinator.h"
#include "core/db/projectstore.h"
#include "core/models/comparedquerymodel.h"
#include "core/models/querylistmodel.h"
#include "core/models/queryresultsmodel.h"
#include "core/run/runengine.h"
#include "projectbuilder.h"
#include "widgets/chartview.h"
#include "widgets/comparewidget.h"
#include "widgets/experimentwidget.h"
#include "widgets/explanationwidget.h"
#include "widgets/feedbackinspectorwidget.h"
#include "widgets/journey.h"
#include "widgets/queryinspectorwidget.h"
#include "widgets/querynavigator.h"
#include "widgets/querypickerwidget.h"
#include "widgets/rundashboardwidget.h"
#include "widgets/trajectorywidget.h"
#include "widgets/tsvtableview.h"

#include <QChart>
#include <QAbstractItemView>
#include <QComboBox>
#include <QHeaderView>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>

using namespace tare;

/// Step 6 of issue 14, through the real window: one query picker on every per-query page with
/// previous/next by keyboard, driving one selection; clicks in charts open a query or document;
/// Compare's per-query table.
class TestNavigationJourney : public AppJourney::Test
{
    Q_OBJECT

public:
    using Test::Test;

private Q_SLOTS:
    void initTestCase();
    void nextQueryShortcutOnTheInspector();
    void everyPerQueryPageFollowsTheSelection();
    void compareTableAndChartsOpenQueries();
    void explainBarsOpenTheirDocuments();
    void cleanupTestCase();

private:
    /// The query id shown in a picker's combo box.
    qint64 pickedQuery(QueryPickerWidget* picker) const;
    QList<QueryPickerWidget*> pickers() const { return m_window->findChildren<QueryPickerWidget*>(); }

    QString m_project;
    qint64 m_run = 0;
    std::unique_ptr<MainWindow> m_window;
};

qint64 TestNavigationJourney::pickedQuery(QueryPickerWidget* picker) const
{
    return picker->comboBox()->currentData(QueryListModel::QueryIdRole).toLongLong();
}

void TestNavigationJourney::initTestCase()
{
    m_project = m_dir.filePath(QStringLiteral("navigation.tare"));
    {
        ProjectStore store(m_project, ProjectStore::OpenMode::CreateIfMissing);
        RunSettings settings = TestUtils::sampleRunSettings(store);
        settings.refine.steps = 20;
        settings.judgeSpec = QStringLiteral("simulated:flip=0.2");
        m_run = TestUtils::runToEnd(store, settings);
    }
    m_window = std::make_unique<MainWindow>(QStringLiteral(TARE_SAMPLE_DATA_DIR));
    QVERIFY(Journey::showActive(m_window.get()));
    QVERIFY(AppJourney::openProject(*m_window, m_project));
    QCOMPARE(m_window->runCoordinator()->shownRun(), m_run);
}

void TestNavigationJourney::nextQueryShortcutOnTheInspector()
{
    // Every per-query page has a picker, all on the same list of the run's queries.
    QCOMPARE(pickers().size(), 4);
    QTRY_COMPARE(m_window->queryNavigator()->count(), 23);
    QSignalSpy inspected(m_window.get(), &MainWindow::queryInspected);
    QVERIFY(m_window->selectFirstQuery()); // the first row of the dashboard's table
    m_window->pages()->setCurrentIndex(MainWindow::InspectorPage);
    QVERIFY(inspected.wait(30000));
    const qint64 first = inspected.last().at(1).toLongLong();
    QCOMPARE(m_window->queryNavigator()->currentQuery(), first);
    QueryPickerWidget* picker = nullptr;
    for (QueryPickerWidget* candidate : pickers()) {
        if (candidate->isVisible())
            picker = candidate;
    }
    QVERIFY(picker);
    QCOMPARE(pickedQuery(picker), first);
    QCOMPARE(picker->positionText(), QStringLiteral("1 of 23"));

    // Alt+Right: the next query of the list, shown by the inspector.
    QTest::keyClick(m_window.get(), Qt::Key_Right, Qt::AltModifier);
    QVERIFY(inspected.wait(30000));
    const qint64 second = inspected.last().at(1).toLongLong();
    QVERIFY(second != first);
    QCOMPARE(pickedQuery(picker), second);
    QCOMPARE(picker->positionText(), QStringLiteral("2 of 23"));
    // The dashboard's table follows the selection.
    QCOMPARE(m_window->findChild<RunDashboardWidget*>()->tableView()->currentIndex().data(QueryResultsModel::QueryIdRole).toLongLong(), second);
    // Ctrl+[ goes back; the Go menu has both.
    QTest::keyClick(m_window.get(), Qt::Key_BracketLeft, Qt::ControlModifier);
    QVERIFY(inspected.wait(30000));
    QCOMPARE(inspected.last().at(1).toLongLong(), first);
    QVERIFY(Journey::triggerMenuPath(m_window.get(), {QStringLiteral("Go"), QStringLiteral("Next Query")}));
    QVERIFY(inspected.wait(30000));
    QCOMPARE(inspected.last().at(1).toLongLong(), second);
}

void TestNavigationJourney::everyPerQueryPageFollowsTheSelection()
{
    const qint64 selected = m_window->queryNavigator()->currentQuery();
    auto* feedback = m_window->findChild<FeedbackInspectorWidget*>();
    QSignalSpy feedbackShown(feedback, &FeedbackInspectorWidget::inspectionShown);
    m_window->pages()->setCurrentIndex(MainWindow::FeedbackPage);
    QVERIFY(feedbackShown.wait(30000));
    QCOMPARE(feedbackShown.last().at(1).toLongLong(), selected);
    auto* trajectory = m_window->findChild<TrajectoryWidget*>();
    QSignalSpy trajectoryShown(trajectory, &TrajectoryWidget::trajectoryShown);
    // Pick another query in the trajectory page's picker: every page shows it.
    m_window->pages()->setCurrentIndex(MainWindow::TrajectoryPage);
    QVERIFY(trajectoryShown.wait(30000));
    QueryPickerWidget* picker = nullptr;
    for (QueryPickerWidget* candidate : pickers()) {
        if (candidate->isVisible())
            picker = candidate;
    }
    QVERIFY(picker);
    // The last query, chosen in the picker's list.
    QComboBox* combo = picker->comboBox();
    combo->setFocus();
    combo->showPopup();
    QTRY_VERIFY(combo->view()->isVisible());
    QTest::keyClick(combo->view(), Qt::Key_End);
    QTest::keyClick(combo->view(), Qt::Key_Return);
    const qint64 last = m_window->queryNavigator()->currentQuery();
    QVERIFY(last != selected);
    QVERIFY(trajectoryShown.wait(30000));
    QCOMPARE(trajectoryShown.last().at(1).toLongLong(), last);
    m_window->pages()->setCurrentIndex(MainWindow::FeedbackPage);
    QVERIFY(feedbackShown.wait(30000));
    QCOMPARE(feedbackShown.last().at(1).toLongLong(), last);
    QCOMPARE(picker->positionText(), QStringLiteral("23 of 23"));
}

void TestNavigationJourney::compareTableAndChartsOpenQueries()
{
    m_window->pages()->setCurrentIndex(MainWindow::ComparePage);
    auto* compare = m_window->findChild<CompareWidget*>();
    QTRY_COMPARE(compare->queryModel()->rowCount(), 23); // the run against its baseline
    // The table sorts by Δ (click the header) and opens a query with Enter.
    TsvTableView* table = compare->queryTable();
    QHeaderView* header = table->horizontalHeader();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(ComparedQueryModel::DeltaColumn) + 5, header->height() / 2));
    const double firstDelta = table->model()->index(0, ComparedQueryModel::DeltaColumn).data(ComparedQueryModel::SortRole).toDouble();
    const double lastDelta = table->model()->index(22, ComparedQueryModel::DeltaColumn).data(ComparedQueryModel::SortRole).toDouble();
    QVERIFY(firstDelta != lastDelta);
    QSignalSpy inspected(m_window.get(), &MainWindow::queryInspected);
    table->setFocus();
    table->selectRow(0);
    const qint64 chosen = table->model()->index(0, 0).data(ComparedQueryModel::QueryIdRole).toLongLong();
    QTest::keyClick(table, Qt::Key_Return);
    QVERIFY(inspected.wait(30000));
    QCOMPARE(inspected.last().at(1).toLongLong(), chosen);
    QCOMPARE(m_window->pages()->currentIndex(), int(MainWindow::InspectorPage));

    // Hover text names a query and its figures; a click on a scatter point opens it.
    m_window->pages()->setCurrentIndex(MainWindow::ComparePage);
    // The chart lays itself out on the page's first show: positions are read after that.
    QTRY_VERIFY(compare->scatterView()->isVisible());
    QTest::qWait(100);
    const ComparedQuery target = compare->comparison().queries.last();
    QVERIFY(compare->queryHoverText(target.queryId).startsWith(target.extId + QStringLiteral(": AP")));
    QScatterSeries* points = nullptr;
    for (QAbstractSeries* series : compare->scatterChart()->series()) {
        auto* scatter = qobject_cast<QScatterSeries*>(series);
        if (scatter && scatter->points().contains(QPointF(target.a, target.b)))
            points = scatter;
    }
    QVERIFY(points);
    const QPoint at = compare->scatterView()->mapFromScene(compare->scatterChart()->mapToPosition(QPointF(target.a, target.b), points));
    inspected.clear();
    QTest::mouseClick(compare->scatterView()->viewport(), Qt::LeftButton, {}, at);
    QTRY_VERIFY_WITH_TIMEOUT(!inspected.isEmpty(), 30000);
    // Markers can overlap: the query opened is one whose marker (9 px) covers the click.
    const qint64 opened = inspected.last().at(1).toLongLong();
    bool underTheClick = false;
    for (const ComparedQuery& q : compare->comparison().queries) {
        const QPoint drawn = compare->scatterView()->mapFromScene(compare->scatterChart()->mapToPosition(QPointF(q.a, q.b), points));
        underTheClick = underTheClick || (q.queryId == opened && std::abs(drawn.x() - at.x()) <= 5 && std::abs(drawn.y() - at.y()) <= 5);
    }
    QVERIFY(underTheClick);
}

void TestNavigationJourney::explainBarsOpenTheirDocuments()
{
    auto* explanation = m_window->findChild<ExplanationWidget*>();
    QSignalSpy shown(explanation, &ExplanationWidget::explanationShown);
    m_window->pages()->setCurrentIndex(MainWindow::ExplanationPage);
    QVERIFY(shown.wait(60000));
    QSignalSpy opened(explanation, &ExplanationWidget::documentActivated);
    QVERIFY(explanation->activateBar(0)); // the bottom bar, as a click on it does
    QCOMPARE(opened.size(), 1);
    const QModelIndexList rows = explanation->influenceTable()->selectionModel()->selectedRows();
    QCOMPARE(rows.size(), 1);
    QVERIFY(m_window->statusBar()->currentMessage().contains(opened.first().at(1).toString()));
}

void TestNavigationJourney::cleanupTestCase()
{
    m_window.reset();
}

JOURNEY_MAIN(TestNavigationJourney)
#include "tst_navigationjourney.moc"
