// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "app/appjourney.h"
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "core/db/projectstore.h"
#include "core/embed/lsaspacebuilder.h"
#include "core/experiment/gridrunner.h"
#include "core/io/sampleproject.h"
#include "core/models/gridcellmodel.h"
#include "core/models/gridtablemodel.h"
#include "widgets/experimentwidget.h"
#include "widgets/gridwidget.h"
#include "widgets/journey.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>

#include <cmath>

using namespace tare;

namespace {

/// Clicks the tab with this text, as a person does.
bool clickTab(QTabWidget* tabs, const QString& text)
{
    QTabBar* bar = tabs->tabBar();
    for (int i = 0; i < bar->count(); ++i) {
        if (Journey::plainText(bar->tabText(i)) == text) {
            QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(i).center());
            return tabs->currentIndex() == i;
        }
    }
    qWarning("no tab '%s'", qPrintable(text));
    return false;
}

/// Ticks exactly the entries whose values are in `values`; false when one of them is missing or disabled.
bool tickOnly(QListWidget* list, const QStringList& values)
{
    int ticked = 0;
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem* item = list->item(i);
        const bool wanted = values.contains(item->data(Qt::UserRole).toString());
        item->setCheckState(wanted ? Qt::Checked : Qt::Unchecked);
        if (wanted && (item->flags() & Qt::ItemIsEnabled))
            ++ticked;
    }
    return ticked == values.size();
}

/// The table as the window shows it, one line per row, cells joined as the Markdown table joins them.
QStringList shownRows(const QTableView* view)
{
    QStringList rows;
    const QAbstractItemModel* model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model->columnCount(); ++column)
            cells.append(model->index(row, column).data().toString());
        rows.append(QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |"));
    }
    return rows;
}

qint64 runCount(ProjectStore& store)
{
    qint64 count = 0;
    for (const DatasetInfo& dataset : store.datasets().all())
        count += store.runs().all(dataset.id).size();
    return count;
}

} // namespace

/// Issue 16's last item, through the real window: the Experiments page runs a grid (datasets ×
/// spaces × judges × refiners ticked in lists), shows the paper's table equal to what GridRunner
/// reports from the stored runs, reuses every cell when run again, keeps finished cells when
/// stopped and continues from there, and exports the table.
class TestGridJourney : public AppJourney::Test
{
    Q_OBJECT

public:
    using Test::Test;

private Q_SLOTS:
    void initTestCase();
    void gridShowsThePapersTable();
    void runAgainReusesEveryCell();
    void exportWritesTheTable();
    void stopKeepsFinishedCells();
    void screenshots();
    void cleanupTestCase();

private:
    GridWidget* grid() const { return m_window->findChild<GridWidget*>(); }
    /// The grid the test ticks, as core names it.
    GridSettings definition(const QStringList& refiners, int steps) const;
    /// Runs the grid ticked in the window with Run Grid and waits for its end; false when it failed.
    bool runGrid(bool* stopped = nullptr);

    QString m_project;
    LanguageManager m_languages;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_firstTable;
};

GridSettings TestGridJourney::definition(const QStringList& refiners, int steps) const
{
    GridSettings settings;
    settings.datasets = {QStringLiteral("nuance"), QStringLiteral("teaching")};
    settings.spaces = {GridSpace::parse(QStringLiteral("lsa"))};
    settings.judges = {QStringLiteral("gold"), QStringLiteral("simulated:flip=0.2")};
    settings.refiners = refiners;
    settings.overrides.steps = steps;
    settings.continueOnError = true;
    return settings;
}

bool TestGridJourney::runGrid(bool* stopped)
{
    QSignalSpy finished(grid(), &GridWidget::gridFinished);
    QSignalSpy failed(grid(), &GridWidget::gridFailed);
    if (!Journey::clickButton(grid(), QStringLiteral("Run Grid")))
        return false;
    if (!QTest::qWaitFor([&] { return finished.size() + failed.size() > 0; }, 300000))
        return false;
    if (!failed.isEmpty()) {
        qWarning("the grid failed: %s", qPrintable(failed.first().first().toString()));
        return false;
    }
    if (stopped)
        *stopped = finished.first().first().toBool();
    return true;
}

void TestGridJourney::initTestCase()
{
    // TARE_JOURNEY_LANGUAGE=de: the screenshots in German.
    m_languages.install(qEnvironmentVariable("TARE_JOURNEY_LANGUAGE", QStringLiteral("en")));
    m_project = m_dir.filePath(QStringLiteral("grid.tare"));
    {
        // Two datasets (the bundled sample sets), each with its LSA space.
        ProjectStore store(m_project, ProjectStore::OpenMode::CreateIfMissing);
        SampleProject::ensureImported(store, QStringLiteral(TARE_SAMPLE_DATA_DIR));
        QCOMPARE(store.datasets().all().size(), 2);
        for (const DatasetInfo& dataset : store.datasets().all())
            LsaSpaceBuilder::build(store, dataset.id, {});
    }
    m_window = std::make_unique<MainWindow>(QStringLiteral(TARE_SAMPLE_DATA_DIR), &m_languages);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy listed(grid(), &GridWidget::projectListed);
    QVERIFY(AppJourney::openProject(*m_window, m_project));
    QTRY_VERIFY_WITH_TIMEOUT(listed.size() > 0, 30000);
    QCOMPARE(listed.last().first().toInt(), 2);
}

void TestGridJourney::gridShowsThePapersTable()
{
    // Experiments by its tab, then the grid by its tab.
    QVERIFY(clickTab(m_window->pages(), QStringLiteral("Experiments")));
    auto* experiments = m_window->findChild<ExperimentWidget*>();
    QCOMPARE(m_window->pages()->currentWidget(), experiments);
    QVERIFY(clickTab(experiments->modeTabs(), QStringLiteral("Grid")));
    GridWidget* widget = grid();
    QVERIFY(widget->isVisible());
    for (QWidget* control : std::initializer_list<QWidget*>{widget->datasetsList(), widget->spacesList(), widget->judgesList(),
                                                            widget->refinersList(), widget->stepsBox(), widget->tableView(),
                                                            widget->cellView()})
        QVERIFY2(!control->accessibleName().isEmpty(), control->metaObject()->className());

    // 2 datasets × 1 space × 2 judges × 1 refiner.
    QVERIFY(tickOnly(widget->datasetsList(), {QStringLiteral("nuance"), QStringLiteral("teaching")}));
    QVERIFY(tickOnly(widget->spacesList(), {QStringLiteral("lsa")}));
    QVERIFY(tickOnly(widget->judgesList(), {QStringLiteral("gold"), QStringLiteral("simulated:flip=0.2")}));
    QVERIFY(tickOnly(widget->refinersList(), {QStringLiteral("kl-adam")}));
    widget->stepsBox()->setValue(20);
    QVERIFY(widget->continueBox()->isChecked());
    qint64 before = 0;
    {
        ProjectStore store(m_project);
        before = runCount(store);
    }
    QVERIFY(runGrid());
    QCOMPARE(widget->cellModel()->count(), 4);
    QCOMPARE(widget->cellModel()->countWithStatus(QStringLiteral("finished")), 4);

    // What core's GridRunner reports for the same grid from the stored runs (all reused now), with
    // its MAPs checked against the runs' stored per-query APs.
    ProjectStore store(m_project);
    QCOMPARE(runCount(store), before + 4);
    const GridSettings settings = definition({QStringLiteral("kl-adam")}, 20);
    GridRunner runner(store);
    GridReport expected;
    expected.datasets = settings.datasets;
    for (const GridCellPlan& cell : runner.plan(settings)) {
        QCOMPARE(cell.action, QStringLiteral("reuse"));
        GridCellResult result = runner.collect(cell, cell.runId, settings);
        double apBefore = 0, apAfter = 0;
        int finished = 0;
        for (const RunQueryRecord& query : store.runs().queries(cell.runId, false)) {
            if (query.finished()) {
                apBefore += query.apBefore;
                apAfter += query.apAfter;
                ++finished;
            }
        }
        QVERIFY(finished > 0);
        QVERIFY(std::abs(result.mapBefore - apBefore / finished) < 1e-12);
        QVERIFY(std::abs(result.mapAfter - apAfter / finished) < 1e-12);
        expected.cells.append(result);
    }
    QStringList expectedRows;
    for (const GridReport::Row& row : expected.rows()) {
        QStringList cells{row.space, row.judge, row.refiner};
        for (const GridCellResult* cell : row.perDataset)
            cells.append(GridReport::cellText(cell));
        cells.append(GridReport::mapText(row.meanBefore, row.meanAfter));
        expectedRows.append(QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |"));
    }
    QCOMPARE(expectedRows.size(), 2);
    m_firstTable = shownRows(widget->tableView());
    QCOMPARE(m_firstTable, expectedRows);
    // And every row is a line of the Markdown table core writes (the CLI's grid.md).
    for (const QString& row : std::as_const(m_firstTable))
        QVERIFY2(expected.markdown().contains(row + u'\n'), qPrintable(row));
    const QAbstractItemModel* shown = widget->tableView()->model();
    QCOMPARE(shown->headerData(GridTableModel::FirstDatasetColumn, Qt::Horizontal).toString(), QStringLiteral("nuance"));
    QCOMPARE(shown->headerData(GridTableModel::FirstDatasetColumn + 1, Qt::Horizontal).toString(), QStringLiteral("teaching"));
}

void TestGridJourney::runAgainReusesEveryCell()
{
    GridWidget* widget = grid();
    qint64 before = 0;
    {
        ProjectStore store(m_project);
        before = runCount(store);
    }
    QVERIFY(runGrid());
    QCOMPARE(widget->cellModel()->countWithStatus(QStringLiteral("reused")), 4);
    for (int row = 0; row < 4; ++row) {
        const QString state = widget->cellView()->model()->index(row, GridCellModel::StateColumn).data().toString();
        QVERIFY2(state.startsWith(QStringLiteral("reused run ")), qPrintable(state));
    }
    ProjectStore store(m_project);
    QCOMPARE(runCount(store), before); // no new run rows
    QCOMPARE(shownRows(widget->tableView()), m_firstTable);
}

void TestGridJourney::exportWritesTheTable()
{
    GridWidget* widget = grid();
    const QString path = m_dir.filePath(QStringLiteral("table.md"));
    QSignalSpy exported(widget, &GridWidget::tableExported);
    const auto answered = Journey::answerFileDialog(path);
    QVERIFY(Journey::clickButton(widget, QStringLiteral("Export Table…")));
    QTRY_VERIFY(*answered);
    QVERIFY(exported.wait(20000));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QCOMPARE(text, widget->report().markdown());
    for (const QString& row : std::as_const(m_firstTable))
        QVERIFY2(text.contains(row), qPrintable(row));
}

void TestGridJourney::stopKeepsFinishedCells()
{
    GridWidget* widget = grid();
    // A longer grid: 2 × 1 × 2 × 3 cells of 2000 steps.
    const QStringList refiners{QStringLiteral("kl-adam"), QStringLiteral("rocchio"), QStringLiteral("refit")};
    QVERIFY(tickOnly(widget->refinersList(), refiners));
    widget->stepsBox()->setValue(2000);
    qint64 before = 0;
    {
        ProjectStore store(m_project);
        before = runCount(store);
    }
    QSignalSpy finished(widget, &GridWidget::gridFinished);
    QSignalSpy cellDone(widget, &GridWidget::cellFinished);
    QVERIFY(Journey::clickButton(widget, QStringLiteral("Run Grid")));
    QTRY_VERIFY_WITH_TIMEOUT(!cellDone.isEmpty(), 300000);
    QCOMPARE(cellDone.first().at(1).toString(), QStringLiteral("finished"));
    QVERIFY(Journey::clickButton(widget, QStringLiteral("Stop")));
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 120000);
    QCOMPARE(finished.first().first().toBool(), true); // stopped before the end
    GridCellModel* cells = widget->cellModel();
    QCOMPARE(cells->count(), 12);
    const int kept = cells->countWithStatus(QStringLiteral("finished"));
    QVERIFY(kept >= 1);
    QVERIFY2(kept < 12, "the grid ended before Stop took effect");
    QCOMPARE(cells->countWithStatus(QStringLiteral("cancelled")), 12 - kept);
    QVERIFY2(widget->statusText().contains(QStringLiteral("stopped")), qPrintable(widget->statusText()));
    QList<qint64> keptRuns;
    {
        ProjectStore store(m_project);
        for (int row = 0; row < cells->rowCount(); ++row) {
            const QModelIndex index = cells->index(row, 0);
            if (index.data(GridCellModel::StatusRole).toString() != u"finished")
                continue;
            const qint64 run = index.data(GridCellModel::RunIdRole).toLongLong();
            keptRuns.append(run);
            QCOMPARE(store.runs().find(run)->status, RunStatus::Finished);
        }
    }

    // Again: the finished cells are reused, the stopped one continues its run, the rest run.
    bool stopped = true;
    QVERIFY(runGrid(&stopped));
    QVERIFY(!stopped);
    QCOMPARE(cells->countWithStatus(QStringLiteral("reused")), kept);
    QCOMPARE(cells->countWithStatus(QStringLiteral("finished")), 12 - kept);
    for (int row = 0; row < cells->rowCount(); ++row) {
        const QModelIndex index = cells->index(row, 0);
        if (index.data(GridCellModel::StatusRole).toString() == u"reused")
            QVERIFY(keptRuns.contains(index.data(GridCellModel::RunIdRole).toLongLong()));
    }
    ProjectStore store(m_project);
    QCOMPARE(runCount(store), before + 12); // one run per cell: nothing ran twice
    QCOMPARE(widget->tableView()->model()->rowCount(), 6);
}

void TestGridJourney::screenshots()
{
    // TARE_SCREENSHOT_DIR: where to keep them (for a person to look at).
    const QString folder = qEnvironmentVariable("TARE_SCREENSHOT_DIR", m_dir.path());
    const QString language = qEnvironmentVariable("TARE_JOURNEY_LANGUAGE", QStringLiteral("en"));
    for (const QSize& size : {QSize(1280, 800), QSize(1600, 1000)}) {
        m_window->resize(size);
        QTest::qWait(200);
        const QImage image = m_window->grab().toImage();
        QCOMPARE(image.size(), size);
        QVERIFY(image.save(QDir(folder).filePath(QStringLiteral("grid-%1-%2x%3.png").arg(language).arg(size.width()).arg(size.height()))));
    }
}

void TestGridJourney::cleanupTestCase()
{
    m_window.reset();
}

JOURNEY_MAIN(TestGridJourney)
#include "tst_gridjourney.moc"
