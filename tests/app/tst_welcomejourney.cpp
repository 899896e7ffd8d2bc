// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "app/appjourney.h"
#include "app/appsettings.h"
#include "app/mainwindow.h"
#include "core/db/projectstore.h"
#include "testserver/openaitestserver.h"
#include "widgets/importdialog.h"
#include "widgets/journey.h"
#include "widgets/judgechooserwidget.h"
#include "widgets/rundashboardwidget.h"
#include "widgets/runformwidget.h"
#include "widgets/settingsdialog.h"
#include "widgets/shortcutsdialog.h"
#include "widgets/welcomepage.h"

#include <QCommandLinkButton>
#include <QListWidget>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>

using namespace tare;

/// Step 1 of the journey, first start: the welcome page with its three ways in (the sample with a
/// finished run, a new project with an import, a model endpoint tested in the settings), Help ▸
/// Welcome to come back, and the shortcuts overview (F1, Ctrl+?) generated from the actions.
class TestWelcomeJourney : public AppJourney::Test
{
    Q_OBJECT

public:
    using Test::Test;

private Q_SLOTS:
    void initTestCase();
    void firstStartShowsTheWelcomePage();
    void trySampleEndsWithAFinishedRun();
    void importYourDataCreatesAProjectAndOpensTheImport();
    void connectAModelProbesTheEndpoint();
    void shortcutsOverviewListsEveryShortcut_data();
    void shortcutsOverviewListsEveryShortcut();
    void helpWelcomeComesBackAndLeadsBack();
};

void TestWelcomeJourney::initTestCase()
{
    QVERIFY2(setUpApplication(), qPrintable(QSettings().fileName()));
    QVERIFY(MainWindow::sampleProjectPath().startsWith(m_userDirs));
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/tare-test-bus"); // no keychain of the user's
}

void TestWelcomeJourney::firstStartShowsTheWelcomePage()
{
    MainWindow window(QStringLiteral(TARE_SAMPLE_DATA_DIR));
    window.showWelcome(); // what main() does without a project
    window.show();
    QVERIFY(window.isWelcomeShown());
    WelcomePage* welcome = window.welcomePage();
    QVERIFY(welcome->isVisible());
    for (QCommandLinkButton* button : {welcome->sampleButton(), welcome->importButton(), welcome->connectButton()}) {
        QVERIFY(button->isVisible());
        QVERIFY(button->isEnabled());
        QVERIFY(!button->description().isEmpty());
    }
    QCOMPARE(Journey::plainText(welcome->sampleButton()->text()), QStringLiteral("Try the sample"));
    QCOMPARE(Journey::plainText(welcome->importButton()->text()), QStringLiteral("Import your data"));
    QCOMPARE(Journey::plainText(welcome->connectButton()->text()), QStringLiteral("Connect a model"));
    QString why;
    QVERIFY2(Journey::findMenuAction(&window, {QStringLiteral("Help"), QStringLiteral("Welcome")}, &why), qPrintable(why));
}

void TestWelcomeJourney::trySampleEndsWithAFinishedRun()
{
    MainWindow window(QStringLiteral(TARE_SAMPLE_DATA_DIR));
    window.resize(1280, 800);
    window.showWelcome();
    window.show();
    QSignalSpy finished(&window, &MainWindow::runFinished);
    QTest::mouseClick(window.welcomePage()->sampleButton(), Qt::LeftButton);
    // The sample is created (import, built-in embedder), opened, and its default run runs.
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 120000);
    QCOMPARE(finished.first().first().value<RunStatus>(), RunStatus::Finished);
    QCOMPARE(window.projectPath(), MainWindow::sampleProjectPath());
    QVERIFY(!window.isWelcomeShown());
    QVERIFY(window.shownRun() > 0);
    auto* dashboard = window.findChild<RunDashboardWidget*>();
    QVERIFY(dashboard);
    QCOMPARE(window.pages()->currentWidget(), dashboard);
    ProjectStore store(window.projectPath());
    const auto run = store.runs().find(window.shownRun());
    QVERIFY(run);
    QCOMPARE(run->status, RunStatus::Finished);
    QCOMPARE(dashboard->tableView()->model()->rowCount(), int(run->finishedQueries));
    QVERIFY(run->finishedQueries > 0);

    // File ▸ Export Report writes that run's report.
    const QString report = QDir(m_dir.path()).filePath(QStringLiteral("sample-report.html"));
    auto answered = Journey::answerFileDialog(report);
    QVERIFY(Journey::triggerMenuPath(&window, {QStringLiteral("File"), QStringLiteral("Export Report…")}));
    QVERIFY(*answered);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(report).size() > 0, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().startsWith(QStringLiteral("Wrote ")), 60000);

    // Trying the sample again opens it with that run and starts no other.
    MainWindow again(QStringLiteral(TARE_SAMPLE_DATA_DIR));
    again.showWelcome();
    again.show();
    QSignalSpy loaded(&again, &MainWindow::projectLoaded);
    QTest::mouseClick(again.welcomePage()->sampleButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 60000);
    QCOMPARE(again.shownRun(), window.shownRun());
    QTest::qWait(200);
    QCOMPARE(ProjectStore(again.projectPath()).runs().all().size(), qsizetype(1));
}

void TestWelcomeJourney::importYourDataCreatesAProjectAndOpensTheImport()
{
    MainWindow window(QStringLiteral(TARE_SAMPLE_DATA_DIR));
    window.showWelcome();
    window.show();
    QMenu* menu = window.welcomePage()->importButton()->menu();
    QVERIFY(menu);
    QAction* beir = nullptr;
    for (QAction* action : menu->actions()) {
        if (Journey::plainText(action->text()) == u"BEIR Folder…")
            beir = action;
    }
    QVERIFY2(beir, qPrintable(Journey::entriesOf(menu->actions())));
    const QString project = QDir(m_dir.path()).filePath(QStringLiteral("mine.tare"));
    auto answered = Journey::answerFileDialog(project);
    beir->trigger();
    QVERIFY(*answered);
    // The project exists and is open, and the BEIR import dialog waits for its folder.
    QTRY_COMPARE_WITH_TIMEOUT(window.projectPath(), project, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(window.findChild<ImportDialog*>(), 10000);
    ImportDialog* dialog = window.findChild<ImportDialog*>();
    QCOMPARE(dialog->kind(), ImportDialog::Kind::Beir);
    QVERIFY(dialog->isVisible());
    QVERIFY(ProjectStore(project).datasets().all().isEmpty());
    QVERIFY(Journey::clickButton(dialog, QStringLiteral("Cancel")));
}

void TestWelcomeJourney::connectAModelProbesTheEndpoint()
{
    tare::test::OpenAiTestServer server;
    const QString endpoint = server.baseUrl() + QStringLiteral("/v1");
    MainWindow window(QStringLiteral(TARE_SAMPLE_DATA_DIR));
    window.showWelcome();
    window.show();
    QStringList probed;
    auto answered = Journey::whenShown<SettingsDialog>([&](SettingsDialog* dialog) {
        Journey::typeInto(dialog->findChild<QLineEdit*>(QStringLiteral("settingsEndpoint")), endpoint);
        Journey::typeInto(dialog->findChild<QLineEdit*>(QStringLiteral("settingsJudgeModel")), QStringLiteral("judge-model"));
        Journey::typeInto(dialog->findChild<QLineEdit*>(QStringLiteral("settingsEmbeddingModel")), QStringLiteral("embed-model"));
        QSignalSpy probe(dialog, &SettingsDialog::probeFinished);
        Journey::clickButton(dialog, QStringLiteral("Test Connection"));
        if (probe.wait(30000)) {
            QTreeWidget* rows = dialog->probeResultView();
            for (int row = 0; row < rows->topLevelItemCount(); ++row)
                probed.append(rows->topLevelItem(row)->text(1));
        }
        dialog->accept();
    });
    QTest::mouseClick(window.welcomePage()->connectButton(), Qt::LeftButton);
    QVERIFY(*answered);
    QVERIFY2(probed.contains(QStringLiteral("yes")), qPrintable(probed.join(u',')));
    QVERIFY(server.requestCount() > 0);
    QCOMPARE(AppSettings::load().endpoint, endpoint);
    QCOMPARE(AppSettings::load().embeddingModel, QStringLiteral("embed-model"));
    // The run form offers the LLM judges of that endpoint now.
    auto* form = window.findChild<RunFormWidget*>();
    QVERIFY(form);
    QVERIFY(form->judgeChooser()->isAvailable(QStringLiteral("llm-yesno")));
}

void TestWelcomeJourney::shortcutsOverviewListsEveryShortcut_data()
{
    QTest::addColumn<QKeySequence>("keys");
    QTest::newRow("F1") << QKeySequence(Qt::Key_F1);
    QTest::newRow("Ctrl+?") << QKeySequence(Qt::CTRL | Qt::Key_Question);
}

void TestWelcomeJourney::shortcutsOverviewListsEveryShortcut()
{
    QFETCH(QKeySequence, keys);
    MainWindow window(QStringLiteral(TARE_SAMPLE_DATA_DIR));
    window.show();
    QVERIFY(Journey::activate(&window));
    QTest::keySequence(&window, keys);
    QTRY_VERIFY(window.findChild<ShortcutsDialog*>());
    ShortcutsDialog* dialog = window.findChild<ShortcutsDialog*>();
    QVERIFY(dialog->isVisible());

    // Every action of the window with a shortcut has its row: its keys and its text.
    QSet<QString> rows;
    QTreeWidget* view = dialog->view();
    for (int row = 0; row < view->topLevelItemCount(); ++row)
        rows.insert(view->topLevelItem(row)->text(0) + QLatin1Char('|') + view->topLevelItem(row)->text(1));
    int actions = 0;
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->shortcuts().isEmpty())
            continue;
        ++actions;
        QVERIFY2(!Journey::plainText(action->text()).isEmpty(), qPrintable(action->objectName()));
        const QString row = ShortcutsDialog::keysText(action->shortcuts()) + QLatin1Char('|') + Journey::plainText(action->text());
        QVERIFY2(rows.contains(row), qPrintable(row));
    }
    QVERIFY(actions >= 15); // File, Run, Help and the page shortcuts at least
    QVERIFY(rows.contains(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText) + QStringLiteral("|New Project…")));
    QVERIFY(rows.contains(QStringLiteral("F1, Ctrl+?|Keyboard Shortcuts")));

    // The filter narrows the list.
    dialog->setFilter(QStringLiteral("import"));
    int shown = 0;
    for (int row = 0; row < view->topLevelItemCount(); ++row)
        shown += view->topLevelItem(row)->isHidden() ? 0 : 1;
    QVERIFY(shown >= 1);
    QVERIFY(shown < view->topLevelItemCount());
    dialog->close();
}

void TestWelcomeJourney::helpWelcomeComesBackAndLeadsBack()
{
    const QString project = QDir(m_dir.path()).filePath(QStringLiteral("back.tare"));
    {
        ProjectStore store(project, ProjectStore::OpenMode::CreateIfMissing);
    }
    MainWindow window(QStringLiteral(TARE_SAMPLE_DATA_DIR));
    window.show();
    window.openProject(project);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isWelcomeShown() && window.projectPath() == project, 10000);
    QVERIFY(Journey::triggerMenuPath(&window, {QStringLiteral("Help"), QStringLiteral("Welcome")}));
    QVERIFY(window.isWelcomeShown());
    // The project is among the recent ones, and a button leads back to it.
    QListWidget* recent = window.welcomePage()->recentList();
    QVERIFY(recent->count() >= 1);
    QCOMPARE(recent->item(0)->data(Qt::UserRole).toString(), project);
    QVERIFY(Journey::clickButton(window.welcomePage(), QStringLiteral("Back to back.tare")));
    QVERIFY(!window.isWelcomeShown());
    // A page shortcut (Ctrl+1) also leaves the welcome page.
    window.showWelcome();
    QVERIFY(Journey::activate(&window));
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_1));
    QTRY_VERIFY(!window.isWelcomeShown());
    QCOMPARE(window.pages()->currentIndex(), 0);
}

JOURNEY_MAIN(TestWelcomeJourney)
#include "tst_welcomejourney.moc"
