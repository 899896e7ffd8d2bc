// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "app/appjourney.h"
#include "app/appsettings.h"
#include "app/mainwindow.h"
#include "core/db/projectstore.h"
#include "core/experiment/experimentsettings.h"
#include "projectbuilder.h"
#include "testserver/openaitestserver.h"
#include "widgets/experimentwidget.h"
#include "widgets/journey.h"
#include "widgets/judgechooserwidget.h"
#include "widgets/rundashboardwidget.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>

using namespace tare;
using tare::test::OpenAiTestServer;

/// Step 7 of issue 14, through the real window: experiments with an HTTP judge reached with the
/// endpoint, model and key source of Settings; a method that cannot run says why and offers the
/// fix (HyDE without a HyDE space: build it), after which it runs; a bar opens its run.
class TestExperimentsJourney : public AppJourney::Test
{
    Q_OBJECT

public:
    using Test::Test;

private Q_SLOTS:
    void initTestCase();
    void hydeSaysWhyAndBuildsItsSpace();
    void methodsWithAnHttpJudge();
    void cleanupTestCase();

private:
    ExperimentWidget* experiments() const { return m_window->findChild<ExperimentWidget*>(); }

    QString m_project;
    std::unique_ptr<OpenAiTestServer> m_server;
    std::unique_ptr<MainWindow> m_window;
};

void TestExperimentsJourney::initTestCase()
{
    m_project = m_dir.filePath(QStringLiteral("experiments.tare"));
    {
        ProjectStore store(m_project, ProjectStore::OpenMode::CreateIfMissing);
        TestUtils::sampleRunSettings(store); // the sample with nuance's LSA space
    }
    // An endpoint that wants a key; Settings name where the key comes from, never the key.
    m_server = std::make_unique<OpenAiTestServer>();
    m_server->requireKeyFromEnvironment("TARE_JOURNEY_KEY", "sk-journey");
    WorkbenchSettings settings;
    settings.endpoint = m_server->baseUrl() + QStringLiteral("/v1");
    settings.judgeModel = QStringLiteral("judge-m");
    settings.apiKeySource = QStringLiteral("env:TARE_JOURNEY_KEY");
    settings.concurrency = 4;
    AppSettings::save(settings);

    m_window = std::make_unique<MainWindow>(QStringLiteral(TARE_SAMPLE_DATA_DIR));
    QVERIFY(Journey::showActive(m_window.get()));
    QSignalSpy listed(experiments(), &ExperimentWidget::projectListed);
    QVERIFY(AppJourney::openProject(*m_window, m_project));
    QTRY_VERIFY(listed.size() > 0);
    m_window->pages()->setCurrentIndex(MainWindow::ExperimentsPage);
}

void TestExperimentsJourney::hydeSaysWhyAndBuildsItsSpace()
{
    ExperimentWidget* widget = experiments();
    widget->kindCombo()->setCurrentIndex(widget->kindCombo()->findData(int(ExperimentKind::Methods)));
    // Without "lsa-hyde" the HyDE methods cannot run: they say why, and the fix is offered.
    const QString why = widget->methodUnavailableReason(QStringLiteral("hyde"));
    QVERIFY2(why.contains(QStringLiteral("lsa-hyde")), qPrintable(why));
    QVERIFY(widget->methodUnavailableReason(QStringLiteral("kl-adam")).isEmpty());
    QListWidgetItem* hyde = widget->methodsList()->findItems(QStringLiteral("hyde"), Qt::MatchExactly).value(0);
    QVERIFY(hyde);
    QVERIFY(!(hyde->flags() & Qt::ItemIsEnabled));
    QCOMPARE(hyde->toolTip(), why);
    QVERIFY(widget->buildHydeButton()->isVisible());

    // Build HyDE Space…, confirmed: the LLM of Settings writes the hypothetical documents.
    QSignalSpy listed(widget, &ExperimentWidget::projectListed);
    const auto confirmed = Journey::whenShown<QMessageBox>([](QMessageBox* box) {
        QVERIFY(box->text().contains(QStringLiteral("judge-m")));
        QVERIFY(Journey::clickButton(box, QStringLiteral("Build")));
    });
    QTest::mouseClick(widget->buildHydeButton(), Qt::LeftButton);
    QVERIFY(*confirmed);
    QVERIFY(listed.wait(120000)); // the space list again, now with the twin
    QTRY_VERIFY(widget->methodUnavailableReason(QStringLiteral("hyde")).isEmpty());
    QVERIFY(hyde->flags() & Qt::ItemIsEnabled);
    QVERIFY(!widget->buildHydeButton()->isVisible());
    ProjectStore store(m_project);
    QVERIFY(store.spaces().byName(store.datasets().byName(QStringLiteral("nuance"))->id, QStringLiteral("lsa-hyde")));
}

void TestExperimentsJourney::methodsWithAnHttpJudge()
{
    ExperimentWidget* widget = experiments();
    // The space combo lists the new twin too; the experiment runs on lsa.
    widget->spaceCombo()->setCurrentIndex(widget->spaceCombo()->findText(QStringLiteral("nuance · lsa"), Qt::MatchStartsWith));
    QVERIFY(widget->judgeChooser()->isAvailable(QStringLiteral("llm-yesno")));
    QVERIFY(widget->judgeChooser()->setSpec(QStringLiteral("llm-yesno")));
    for (int i = 0; i < widget->methodsList()->count(); ++i) {
        QListWidgetItem* item = widget->methodsList()->item(i);
        const bool wanted = item->text() == u"none" || item->text() == u"kl-adam" || item->text() == u"hyde";
        item->setCheckState(wanted ? Qt::Checked : Qt::Unchecked);
    }
    QSpinBox* queries = nullptr;
    for (QSpinBox* box : widget->findChildren<QSpinBox*>()) {
        if (box->accessibleName() == u"Queries")
            queries = box;
    }
    QVERIFY(queries);
    queries->setValue(4);
    const ExperimentSettings settings = widget->settings();
    QCOMPARE(settings.judgeSpec, QStringLiteral("llm-yesno"));
    QCOMPARE(settings.judgeEndpoint, m_server->baseUrl() + QStringLiteral("/v1"));
    QCOMPARE(settings.judgeModel, QStringLiteral("judge-m"));
    const int before = m_server->requestCount();

    QSignalSpy finished(widget, &ExperimentWidget::experimentFinished);
    QSignalSpy failed(widget, &ExperimentWidget::experimentFailed);
    QVERIFY(Journey::clickButton(widget, QStringLiteral("Run Experiment")));
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() + failed.size() > 0, 180000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QCOMPARE(finished.first().at(1).value<RunStatus>(), RunStatus::Finished);
    QVERIFY(m_server->requestCount() > before); // judged over HTTP, with the key from the environment
    const MethodComparisonResult& result = widget->result().methods;
    QStringList methods;
    for (const MethodResult& row : result.rows)
        methods.append(row.method);
    QVERIFY2(methods.contains(QStringLiteral("hyde")), qPrintable(methods.join(u',')));
    QCOMPARE(result.judge, QStringLiteral("llm-yesno"));
    {
        ProjectStore store(m_project);
        const auto run = store.runs().overview(result.rows.first().runId);
        QVERIFY(run);
        QVERIFY2(run->judgeName.contains(QStringLiteral("judge-m")), qPrintable(run->judgeName)); // the model of Settings
    }

    // A bar opens its method's run in the dashboard.
    QBarSet* bars = nullptr;
    for (QAbstractSeries* series : widget->methodsChart()->series()) {
        if (auto* barSeries = qobject_cast<QBarSeries*>(series))
            bars = barSeries->barSets().value(0);
    }
    QVERIFY(bars);
    const int row = int(methods.indexOf(QStringLiteral("kl-adam")));
    Q_EMIT bars->clicked(row); // what Qt Charts reports for a click on that bar
    auto* dashboard = m_window->findChild<RunDashboardWidget*>();
    QTRY_COMPARE(dashboard->shownRun(), result.rows[row].runId);
    QCOMPARE(m_window->pages()->currentWidget(), dashboard);
}

void TestExperimentsJourney::cleanupTestCase()
{
    m_window.reset();
    m_server.reset();
}

JOURNEY_MAIN(TestExperimentsJourney)
#include "tst_experimentsjourney.moc"
