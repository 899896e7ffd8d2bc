// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "app/appjourney.h"
#include "app/mainwindow.h"
#include "core/db/projectstore.h"
#include "core/models/queryresultsmodel.h"
#include "core/models/runlistmodel.h"
#include "core/run/runsettings.h"
#include "projectbuilder.h"
#include "testserver/openaitestserver.h"
#include "testutils.h"
#include "widgets/chartview.h"
#include "widgets/journey.h"
#include "widgets/judgechooserwidget.h"
#include "widgets/rundashboardwidget.h"
#include "widgets/runformwidget.h"
#include "widgets/rungainwidget.h"
#include "widgets/runlistwidget.h"
#include "widgets/runspage.h"
#include "widgets/settingsdialog.h"
#include "widgets/tsvtableview.h"

#include "app/appsettings.h"

#include <QAreaSeries>
#include <QChart>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QLineSeries>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

using namespace tare;
using tare::test::OpenAiTestServer;

namespace {

QJsonObject cliJson(const QStringList& arguments)
{
    const TestUtils::CliResult result = TestUtils::runCli(arguments);
    if (result.exitCode != 0)
        qWarning("tare-cli %s: %s", qPrintable(arguments.join(u' ')), qPrintable(result.err));
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

/// Replaces a spin box's value by typing, as a person does.
void typeNumber(QAbstractSpinBox* box, const QString& text)
{
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, text);
    QTest::keyClick(box, Qt::Key_Tab);
}

/// The row of the run list showing `runId`, in view order; -1 when not shown.
int viewRowOf(QTableView* table, qint64 runId)
{
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data(RunListModel::RunIdRole).toLongLong() == runId)
            return row;
    }
    return -1;
}

} // namespace

/// Step 4 and 5 of issue 14, through the real window: every run of the project in the run list
/// (command line, experiment cells, workbench, HTTP judge), opening any of them in the dashboard,
/// the form for the next run apart from the run shown, renaming and deleting; and "is it
/// helping" with the numbers tare-cli prints for the same run.
class TestRunsJourney : public AppJourney::Test
{
    Q_OBJECT

public:
    using Test::Test;

private Q_SLOTS:
    void initTestCase();
    void opensTheNewestRunMadeOutsideExperiments();
    void runListOpensAnExperimentCellWithTheCommandLinesNumbers();
    void formRunsTheNextRunApartFromTheShownOne();
    void aRunThatDoesNotFitAsksBeforeItStarts();
    void httpJudgeRunsWithTheEndpointOfSettings();
    void aDeltaBarOpensItsQuery();
    void renamesAndDeletesFromTheList();
    void cleanupTestCase();

private:
    RunsPage* runsPage() const { return m_window->findChild<RunsPage*>(); }
    RunDashboardWidget* dashboard() const { return m_window->findChild<RunDashboardWidget*>(); }
    bool waitForShownRun(qint64 runId);

    QString m_project;
    qint64 m_cliRun = 0;
    QList<qint64> m_cellRuns;
    qint64 m_workbenchRun = 0;
    std::unique_ptr<MainWindow> m_window;
};

bool TestRunsJourney::waitForShownRun(qint64 runId)
{
    return QTest::qWaitFor([&] { return dashboard()->shownRun() == runId && dashboard()->tableView()->model()->rowCount() > 0; },
                           30000);
}

void TestRunsJourney::initTestCase()
{
    QVERIFY(Journey::UserDirs().isolated() || QSettings().fileName().startsWith(m_userDirs));
    // The sample's datasets with the built-in embedder, then a run and an experiment made by tare-cli.
    m_project = m_dir.filePath(QStringLiteral("journey.tare"));
    {
        ProjectStore store(m_project, ProjectStore::OpenMode::CreateIfMissing);
        TestUtils::sampleRunSettings(store); // the sample with nuance's LSA space
    }
    const QStringList common{QStringLiteral("--dataset"), QStringLiteral("nuance"), QStringLiteral("--space"), QStringLiteral("lsa"),
                             QStringLiteral("--steps"), QStringLiteral("20")};
    const QJsonObject run = cliJson(QStringList{QStringLiteral("run"), m_project, QStringLiteral("--judge"), QStringLiteral("gold"),
                                                QStringLiteral("--json")} + common);
    m_cliRun = run.value(QStringLiteral("summary")).toObject().value(QStringLiteral("run")).toInteger();
    QVERIFY(m_cliRun > 0);
    const QJsonObject experiment =
        cliJson(QStringList{QStringLiteral("experiment"), m_project, QStringLiteral("noise-sweep"), QStringLiteral("--queries"),
                            QStringLiteral("6"), QStringLiteral("--seeds"), QStringLiteral("1"), QStringLiteral("--rates"),
                            QStringLiteral("0,0.3"), QStringLiteral("--json")}
                + common);
    ProjectStore store(m_project);
    for (const RunRecord& record : store.runs().all()) {
        if (record.id != m_cliRun)
            m_cellRuns.append(record.id);
    }
    QCOMPARE(m_cellRuns.size(), 2);

    m_window = std::make_unique<MainWindow>(QStringLiteral(TARE_SAMPLE_DATA_DIR));
    QVERIFY(Journey::showActive(m_window.get()));
}

void TestRunsJourney::opensTheNewestRunMadeOutsideExperiments()
{
    // File ▸ Open Project…, answered like a person types the path.
    QSignalSpy loaded(m_window.get(), &MainWindow::projectLoaded);
    const auto answered = Journey::answerFileDialog(m_project);
    QVERIFY(Journey::triggerMenuPath(m_window.get(), {QStringLiteral("File"), QStringLiteral("Open Project…")}));
    QVERIFY(loaded.wait(60000));
    QVERIFY(*answered);
    // The experiment's cells are newer, but the dashboard shows the run made on the command line.
    QVERIFY(waitForShownRun(m_cliRun));
    QVERIFY2(dashboard()->shownRunText().contains(QStringLiteral("Run %1").arg(m_cliRun)), qPrintable(dashboard()->shownRunText()));
    QVERIFY(dashboard()->shownRunText().contains(QStringLiteral("Command line")));
    QCOMPARE(m_window->pages()->currentWidget(), dashboard());
}

void TestRunsJourney::runListOpensAnExperimentCellWithTheCommandLinesNumbers()
{
    QVERIFY(Journey::triggerMenuPath(m_window.get(), {QStringLiteral("Run"), QStringLiteral("Run List")}));
    QCOMPARE(m_window->pages()->currentWidget(), runsPage());
    RunListWidget* list = runsPage()->list();
    QTableView* table = list->tableView();
    QTRY_COMPARE(table->model()->rowCount(), 3);
    QCOMPARE(table->accessibleName(), QStringLiteral("Run list"));
    // Every run with where it came from and its parameters.
    const RunOverview* cli = list->model()->find(m_cliRun);
    QVERIFY(cli);
    QCOMPARE(RunListModel::originText(*cli), QStringLiteral("Command line"));
    for (qint64 cell : m_cellRuns)
        QVERIFY(RunListModel::originText(*list->model()->find(cell)).startsWith(QStringLiteral("Experiment ")));

    // Type into the filter, go down to the cell of the noisy judge, open it with Enter.
    Journey::typeInto(list->filterEdit(), QStringLiteral("flipped"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Down);
    const qint64 cell = list->currentRun();
    QVERIFY(m_cellRuns.contains(cell));
    QTest::keyClick(table, Qt::Key_Return);
    QVERIFY(waitForShownRun(cell));
    QCOMPARE(m_window->pages()->currentWidget(), dashboard());
    QVERIFY(dashboard()->shownRunText().contains(QStringLiteral("Experiment")));

    // The summary reads what tare-cli computes for the same run definition.
    RunSettings settings;
    {
        ProjectStore store(m_project);
        settings = RunSettings::fromDefinitionJson(store.runs().find(cell)->paramsJson);
    }
    const QJsonObject summary =
        cliJson({QStringLiteral("run"), m_project, QStringLiteral("--dataset"), QStringLiteral("nuance"), QStringLiteral("--space"),
                 QStringLiteral("lsa"), QStringLiteral("--judge"), settings.judgeSpec, QStringLiteral("--steps"),
                 QString::number(settings.refine.steps), QStringLiteral("--queries"), settings.queryIds.join(u','), QStringLiteral("--json")})
            .value(QStringLiteral("summary"))
            .toObject();
    QVERIFY(!summary.isEmpty());
    RunGainWidget* gain = dashboard()->gainWidget();
    QTRY_COMPARE(gain->comparison().n, summary.value(QStringLiteral("finished")).toInteger());
    const QString text = gain->summaryText();
    const QString mapText = QStringLiteral("MAP %1 → %2")
                                .arg(summary.value(QStringLiteral("map_before")).toDouble(), 0, 'f', 4)
                                .arg(summary.value(QStringLiteral("map_after")).toDouble(), 0, 'f', 4);
    QVERIFY2(text.contains(mapText), qPrintable(text + QStringLiteral(" / ") + mapText));
    QVERIFY(text.contains(QStringLiteral("%1 / %2 / %3")
                              .arg(summary.value(QStringLiteral("wins")).toInteger())
                              .arg(summary.value(QStringLiteral("ties")).toInteger())
                              .arg(summary.value(QStringLiteral("losses")).toInteger())));
    QCOMPARE(gain->comparison().tTestP, summary.value(QStringLiteral("t_test_p")).toDouble(std::nan("")));
    QCOMPARE(gain->comparison().ciLower, summary.value(QStringLiteral("ci95_lower")).toDouble());
    list->filterEdit()->clear();
}

void TestRunsJourney::formRunsTheNextRunApartFromTheShownOne()
{
    QVERIFY(Journey::triggerMenuPath(m_window.get(), {QStringLiteral("Run"), QStringLiteral("Run List")}));
    RunFormWidget* form = runsPage()->form();
    // The dashboard shows a run; the form for the next run is on its own page, not beside it.
    QVERIFY(dashboard()->findChildren<JudgeChooserWidget*>().isEmpty());
    QVERIFY(dashboard()->findChildren<RunFormWidget*>().isEmpty());
    JudgeChooserWidget* judge = form->judgeChooser();
    judge->kindBox()->setFocus();
    judge->kindBox()->setCurrentIndex(judge->kindBox()->findData(QStringLiteral("simulated:flip")));
    typeNumber(judge->noiseBox(), QStringLiteral("0.25"));
    typeNumber(judge->seedBox(), QStringLiteral("3"));
    typeNumber(form->stepsBox(), QStringLiteral("15"));
    typeNumber(form->totalBox(), QStringLiteral("10"));
    typeNumber(form->fromTopBox(), QStringLiteral("6"));
    typeNumber(form->seedBox(), QStringLiteral("7"));
    typeNumber(form->evalEveryBox(), QStringLiteral("3"));
    form->nameEdit()->setFocus();
    QTest::keyClicks(form->nameEdit(), QStringLiteral("noisy small budget"));
    QVERIFY(form->targetText().contains(QStringLiteral("nuance")));

    // F5 starts it; the dashboard shows it live, then finished.
    QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QCOMPARE(m_window->pages()->currentWidget(), dashboard());
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.first().first().value<RunStatus>(), RunStatus::Finished);
    m_workbenchRun = dashboard()->shownRun();
    QVERIFY(m_workbenchRun > 0);
    QTRY_VERIFY(dashboard()->shownRunText().contains(QStringLiteral("Workbench")));
    QVERIFY(dashboard()->shownRunText().contains(QStringLiteral("noisy small budget")));
    QVERIFY2(dashboard()->shownRunText().contains(QStringLiteral("10 judged (6 from the top, seed 7)")), qPrintable(dashboard()->shownRunText()));

    // Stored as asked, and listed.
    {
        ProjectStore store(m_project);
        const auto run = store.runs().find(m_workbenchRun);
        QVERIFY(run);
        const RunSettings stored = RunSettings::fromDefinitionJson(run->paramsJson);
        QCOMPARE(stored.judgeSpec, QStringLiteral("simulated:flip=0.25,seed=3"));
        QCOMPARE(stored.refine.steps, 15);
        QCOMPARE(stored.refine.total, 10);
        QCOMPARE(stored.refine.fromTop, 6);
        QCOMPARE(stored.refine.seed, 7);
        QCOMPARE(stored.evalEvery, 3);
        QCOMPARE(run->label, QStringLiteral("noisy small budget"));
    }
    QTRY_VERIFY(runsPage()->list()->model()->find(m_workbenchRun));
    QCOMPARE(RunListModel::originText(*runsPage()->list()->model()->find(m_workbenchRun)), QStringLiteral("Workbench"));
    // The form still holds the next run's settings.
    QCOMPARE(form->runSettings().refine.steps, 15);
}

void TestRunsJourney::aRunThatDoesNotFitAsksBeforeItStarts()
{
    // Less memory than the run needs (the figure the fit check reads, replaced): F5 asks first,
    // with the figures; Cancel starts nothing, Run Anyway runs it.
    qputenv("TARE_AVAILABLE_MEMORY", "1000");
    const auto runCount = [this] { return ProjectStore(m_project).runs().all().size(); };
    const qsizetype before = runCount();
    QVERIFY(Journey::triggerMenuPath(m_window.get(), {QStringLiteral("Run"), QStringLiteral("Run List")}));
    QVERIFY(Journey::activate(m_window.get()));

    auto seen = std::make_shared<QString>();
    auto cancelled = Journey::whenShown<QMessageBox>([seen](QMessageBox* box) {
        *seen = box->text();
        QTest::keyClick(box, Qt::Key_Escape);
    });
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(*cancelled, 30000);
    QVERIFY2(seen->contains(QStringLiteral("1.0 kB is available")), qPrintable(*seen));
    QVERIFY2(seen->contains(QStringLiteral("fewer dimensions")), qPrintable(*seen));
    QTRY_COMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Run not started: not enough memory"));
    QCOMPARE(runCount(), before);

    QVERIFY(Journey::triggerMenuPath(m_window.get(), {QStringLiteral("Run"), QStringLiteral("Run List")}));
    QVERIFY(Journey::activate(m_window.get()));
    QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
    auto forced = Journey::whenShown<QMessageBox>([](QMessageBox* box) { Journey::clickButton(box, QStringLiteral("Run Anyway")); });
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(*forced, 30000);
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.first().first().value<RunStatus>(), RunStatus::Finished);
    QCOMPARE(runCount(), before + 1);
    qunsetenv("TARE_AVAILABLE_MEMORY");
}

void TestRunsJourney::httpJudgeRunsWithTheEndpointOfSettings()
{
    OpenAiTestServer server;
    RunFormWidget* form = runsPage()->form();
    QVERIFY(!form->judgeChooser()->isAvailable(QStringLiteral("llm-yesno")));
    WorkbenchSettings settings = AppSettings::load();
    settings.endpoint = server.baseUrl() + QStringLiteral("/v1");
    settings.judgeModel = QStringLiteral("judge-m");
    settings.concurrency = 4;
    AppSettings::save(settings);
    m_window->applySettings(settings); // what closing the Settings dialog does
    QVERIFY(form->judgeChooser()->isAvailable(QStringLiteral("llm-yesno")));
    QVERIFY(form->judgeChooser()->isAvailable(QStringLiteral("rerank")));
    QVERIFY(form->judgeChooser()->setSpec(QStringLiteral("llm-yesno")));
    typeNumber(form->stepsBox(), QStringLiteral("5"));
    typeNumber(form->totalBox(), QStringLiteral("4"));
    server.setLatencyMs(100); // a judge slow enough to watch the run while it goes
    QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
    QVERIFY(Journey::triggerMenuPath(m_window.get(), {QStringLiteral("Run"), QStringLiteral("Start Run")}));
    // While it goes, the settings line says "running" and leaves the count to the progress bar
    // (a count there would stay at the figure the run started with).
    QTRY_VERIFY_WITH_TIMEOUT(dashboard()->cancelAction()->isEnabled() && dashboard()->shownRunText().contains(QStringLiteral("Workbench")), 30000);
    QVERIFY2(dashboard()->shownRunText().contains(QStringLiteral(" · running · ")), qPrintable(dashboard()->shownRunText()));
    QVERIFY2(!dashboard()->shownRunText().contains(QStringLiteral("running:")), qPrintable(dashboard()->shownRunText()));
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.first().first().value<RunStatus>(), RunStatus::Finished);
    QTRY_VERIFY(dashboard()->shownRunText().contains(QStringLiteral(" · finished · ")));
    QVERIFY(server.requestCount() > 0);
    const qint64 run = dashboard()->shownRun();
    QTRY_VERIFY(runsPage()->list()->model()->find(run));
    QVERIFY2(runsPage()->list()->model()->find(run)->judgeName.contains(QStringLiteral("judge-m")),
             qPrintable(runsPage()->list()->model()->find(run)->judgeName));
    ProjectStore store(m_project);
    const RunSettings stored = RunSettings::fromDefinitionJson(store.runs().find(run)->paramsJson);
    QCOMPARE(stored.judgeEndpoint, settings.endpoint);
    QCOMPARE(stored.judgeModel, QStringLiteral("judge-m"));
    // Back to offline judges for the rest of the journey.
    settings.endpoint.clear();
    settings.judgeModel.clear();
    AppSettings::save(settings);
    m_window->applySettings(settings);
    QCOMPARE(form->runSettings().judgeSpec, QStringLiteral("gold"));
}

void TestRunsJourney::aDeltaBarOpensItsQuery()
{
    runsPage()->list()->selectRun(m_workbenchRun);
    m_window->showRun(m_workbenchRun);
    QVERIFY(waitForShownRun(m_workbenchRun));
    m_window->pages()->setCurrentWidget(dashboard());
    RunGainWidget* gain = dashboard()->gainWidget();
    QTRY_VERIFY(gain->histogram().queries > 0);
    // A real click into the middle of the tallest bar of the ΔAP distribution.
    int tallest = 0;
    for (int i = 1; i < gain->histogram().bins.size(); ++i) {
        if (gain->histogram().bins[i].queryIds.size() > gain->histogram().bins[tallest].queryIds.size())
            tallest = i;
    }
    const DeltaHistogram::Bin bin = gain->histogram().bins[tallest];
    QAreaSeries* area = nullptr;
    for (QAbstractSeries* series : gain->distributionChart()->series()) {
        auto* candidate = qobject_cast<QAreaSeries*>(series);
        for (int i = 0; candidate && i < candidate->upperSeries()->count(); ++i) {
            if (std::abs(candidate->upperSeries()->at(i).x() - (bin.center - gain->histogram().width / 2.0)) < 1e-12)
                area = candidate;
        }
    }
    QVERIFY(area);
    QSignalSpy inspected(m_window.get(), &MainWindow::queryInspected);
    const QPointF middle(bin.center, bin.queryIds.size() / 2.0);
    const QPoint at = gain->distributionView()->mapFromScene(gain->distributionChart()->mapToPosition(middle, area));
    QTest::mouseClick(gain->distributionView()->viewport(), Qt::LeftButton, {}, at);
    if (bin.queryIds.size() > 1) {
        // A bar of several queries offers them: take the first.
        QMenu* menu = nullptr;
        QTRY_VERIFY((menu = qobject_cast<QMenu*>(QApplication::activePopupWidget())));
        QTest::keyClick(menu, Qt::Key_Down);
        QTest::keyClick(menu, Qt::Key_Return);
    }
    QVERIFY(inspected.wait(30000));
    QCOMPARE(inspected.last().at(0).toLongLong(), m_workbenchRun);
    QVERIFY(bin.queryIds.contains(inspected.last().at(1).toLongLong()));
    QCOMPARE(m_window->pages()->currentIndex(), int(MainWindow::InspectorPage));
}

void TestRunsJourney::renamesAndDeletesFromTheList()
{
    QVERIFY(Journey::triggerMenuPath(m_window.get(), {QStringLiteral("Run"), QStringLiteral("Run List")}));
    RunListWidget* list = runsPage()->list();
    QTableView* table = list->tableView();
    auto countOf = [&](const char* sql) {
        ProjectStore store(m_project);
        auto& statement = store.connection().prepare(sql);
        statement.step();
        const qint64 value = statement.int64(0);
        statement.reset();
        return value;
    };
    // Every run of the file: two from the command line (one made to check the summary), the
    // experiment's two cells, and the workbench's three (the form's, the one run past the memory
    // check, the HTTP judge's).
    const int runs = int(countOf("SELECT count(*) FROM runs"));
    QCOMPARE(runs, 7);
    QTRY_COMPARE(table->model()->rowCount(), runs);
    const qint64 judgments = countOf("SELECT count(*) FROM judgments");
    const qint64 experiments = countOf("SELECT count(*) FROM experiments");

    // F2 renames the command-line run.
    QVERIFY(Journey::activate(table));
    table->setFocus();
    table->selectRow(viewRowOf(table, m_cliRun));
    const auto renamed = Journey::whenShown<QInputDialog>([](QInputDialog* dialog) {
        dialog->setTextValue(QStringLiteral("gold baseline"));
        dialog->accept();
    });
    QTest::keyClick(table, Qt::Key_F2);
    QVERIFY(*renamed);
    QTRY_COMPARE(list->model()->find(m_cliRun)->run.label, QStringLiteral("gold baseline"));
    {
        ProjectStore store(m_project);
        QCOMPARE(store.runs().find(m_cliRun)->label, QStringLiteral("gold baseline"));
    }

    // Del deletes an experiment cell after the confirmation; nothing else goes.
    const qint64 cell = m_cellRuns.first();
    QVERIFY(Journey::activate(table)); // the window is active again after the rename dialog, as for a person
    table->setFocus();
    table->selectRow(viewRowOf(table, cell));
    QString question;
    const auto confirmed = Journey::whenShown<QMessageBox>([&question](QMessageBox* box) {
        question = box->text();
        QVERIFY(Journey::clickButton(box, QStringLiteral("Delete Run")));
    });
    QTest::keyClick(table, Qt::Key_Delete);
    QVERIFY(*confirmed);
    QVERIFY2(question.contains(QStringLiteral("experiment")), qPrintable(question));
    QTRY_COMPARE(table->model()->rowCount(), runs - 1);
    QVERIFY(!list->model()->find(cell));
    {
        ProjectStore store(m_project);
        QVERIFY(!store.runs().find(cell));
        QVERIFY(store.runs().find(m_cliRun));
        QVERIFY(store.runs().find(m_workbenchRun));
    }
    QCOMPARE(countOf("SELECT count(*) FROM judgments"), judgments);
    QCOMPARE(countOf("SELECT count(*) FROM experiments"), experiments);
    QCOMPARE(countOf("SELECT count(*) FROM run_queries WHERE run_id NOT IN (SELECT id FROM runs)"), 0);

    // Deleting the run the dashboard shows empties it.
    m_window->showRun(m_workbenchRun);
    QVERIFY(waitForShownRun(m_workbenchRun));
    QVERIFY(Journey::triggerMenuPath(m_window.get(), {QStringLiteral("Run"), QStringLiteral("Run List")}));
    table->selectRow(viewRowOf(table, m_workbenchRun));
    const auto again = Journey::whenShown<QMessageBox>([](QMessageBox* box) { Journey::clickButton(box, QStringLiteral("Delete Run")); });
    QVERIFY(Journey::clickButton(list, QStringLiteral("Delete…")));
    QVERIFY(*again);
    QTRY_COMPARE(dashboard()->shownRun(), 0);
    QCOMPARE(dashboard()->tableView()->model()->rowCount(), 0);
}

void TestRunsJourney::cleanupTestCase()
{
    m_window.reset();
}

JOURNEY_MAIN(TestRunsJourney)
#include "tst_runsjourney.moc"
