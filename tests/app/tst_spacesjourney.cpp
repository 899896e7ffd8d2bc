// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "app/appjourney.h"
#include "app/appsettings.h"
#include "app/mainwindow.h"
#include "core/db/projectstore.h"
#include "core/embed/lsaspacebuilder.h"
#include "core/io/beirimporter.h"
#include "core/models/projectsummarymodel.h"
#include "testserver/openaitestserver.h"
#include "testutils.h"
#include "widgets/datasetpropertiesdialog.h"
#include "widgets/importdialog.h"
#include "widgets/journey.h"
#include "widgets/newspacedialog.h"
#include "widgets/projectoverviewwidget.h"
#include "widgets/rundashboardwidget.h"
#include "widgets/viewfixture.h"

#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QProgressBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>

using namespace tare;
using tare::test::OpenAiTestServer;

namespace {

/// A project with one small BEIR dataset "cards" and no embedding space.
QString buildCards(const QDir& dir, const QString& name)
{
    const QString data = AppJourney::writeCardsBeir(dir, name + QStringLiteral("-data"),
                                                    "{\"_id\": \"d1\", \"text\": \"the card arrived late\"}\n"
                                                    "{\"_id\": \"d2\", \"text\": \"my card never arrived\"}\n"
                                                    "{\"_id\": \"d3\", \"text\": \"how do I top up my account\"}\n"
                                                    "{\"_id\": \"d4\", \"text\": \"top up by bank transfer\"}\n"
                                                    "{\"_id\": \"d5\", \"text\": \"exchange rates today\"}\n"
                                                    "{\"_id\": \"d6\", \"text\": \"a lost card was found\"}\n"
                                                    "{\"_id\": \"d7\", \"text\": \"fees for a transfer abroad\"}\n"
                                                    "{\"_id\": \"d8\", \"text\": \"card payment declined\"}\n",
                                                    "q1\td1\t1\nq1\td2\t1\nq2\td3\t1\nq2\td4\t1\n");
    const QString path = dir.filePath(name + QStringLiteral(".tare"));
    ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
    ImportOptions options;
    options.datasetName = QStringLiteral("cards");
    BeirImporter::run(store, data, options);
    return path;
}

/// The rows under each dataset of the Project page: "dataset/space" and "dataset/space|kind|dimension".
QStringList spaceRows(MainWindow& window)
{
    QStringList rows;
    auto* tree = window.findChild<QTreeView*>(QStringLiteral("projectTree"));
    QAbstractItemModel* model = tree->model();
    for (int d = 0; d < model->rowCount(); ++d) {
        const QModelIndex dataset = model->index(d, 0);
        for (int s = 0; s < model->rowCount(dataset); ++s) {
            rows.append(QStringLiteral("%1/%2|%3|%4")
                            .arg(dataset.data().toString(), model->index(s, ProjectSummaryModel::NameColumn, dataset).data().toString(),
                                 model->index(s, ProjectSummaryModel::KindColumn, dataset).data().toString(),
                                 model->index(s, ProjectSummaryModel::DimensionColumn, dataset).data().toString()));
        }
    }
    return rows;
}

void selectRow(MainWindow& window, const QString& datasetName, const QString& spaceName = {})
{
    auto* tree = window.findChild<QTreeView*>(QStringLiteral("projectTree"));
    QAbstractItemModel* model = tree->model();
    for (int d = 0; d < model->rowCount(); ++d) {
        const QModelIndex dataset = model->index(d, 0);
        if (dataset.data().toString() != datasetName)
            continue;
        if (spaceName.isEmpty()) {
            tree->setCurrentIndex(dataset);
            return;
        }
        for (int s = 0; s < model->rowCount(dataset); ++s) {
            if (model->index(s, 0, dataset).data().toString() == spaceName) {
                tree->setCurrentIndex(model->index(s, 0, dataset));
                return;
            }
        }
    }
    QFAIL(qPrintable(QStringLiteral("no row %1/%2").arg(datasetName, spaceName)));
}

} // namespace

/// Step 3 of the journey, embedding spaces: create one from the Project page or the Project menu
/// — built-in LSA, an OpenAI-compatible endpoint (key from the environment), HyDE over a space,
/// imported vectors — each with progress, Stop and a clear error; rename and delete a space after
/// a confirmation that says what goes with it; nothing else touched.
class TestSpacesJourney : public AppJourney::Test
{
    Q_OBJECT

public:
    using Test::Test;

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void lsaFromTheProjectPageThenRun();
    void endpointSpaceWithKeyFromTheEnvironment();
    void endpointErrorIsClearAndWritesNothing();
    void stopWritesNothing();
    void hydeOverAnLsaSpace();
    void missingEndpointSendsToSettings();
    void importedVectorsOpenTheImport();
    void renameSpace();
    void deleteSpaceNamesWhatGoesWithIt();
    void datasetPropertiesAreStored();

private:
    NewSpaceDialog* openNewSpaceFromMenu();
    NewSpaceDialog* openNewSpaceAt(const OpenAiTestServer& server, WorkbenchSettings settings, NewSpaceDialog::Kind kind);
    void openProject(const QString& path);
    void openWithLsaSpace();

    std::unique_ptr<MainWindow> m_window;
    QString m_project;
    int m_counter = 0;
};

void TestSpacesJourney::initTestCase()
{
    QVERIFY(setUpApplication());
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/tare-test-bus");
}

void TestSpacesJourney::init()
{
    AppSettings::save(WorkbenchSettings());
    m_project = buildCards(QDir(m_dir.path()), QStringLiteral("cards%1").arg(++m_counter));
    m_window = std::make_unique<MainWindow>(QStringLiteral(TARE_SAMPLE_DATA_DIR));
    m_window->resize(1280, 800);
    m_window->show();
    openProject(m_project);
}

void TestSpacesJourney::cleanup()
{
    m_window.reset();
}

void TestSpacesJourney::openProject(const QString& path)
{
    QVERIFY(AppJourney::openProject(*m_window, path, 20000));
}

/// Saves `settings`, pointed at the test server's OpenAI-compatible endpoint, as the workbench's
/// settings, then opens the New Embedding Space dialog from the menu with `kind` chosen.
NewSpaceDialog* TestSpacesJourney::openNewSpaceAt(const OpenAiTestServer& server, WorkbenchSettings settings,
                                                  NewSpaceDialog::Kind kind)
{
    settings.endpoint = server.baseUrl() + QStringLiteral("/v1");
    AppSettings::save(settings);
    NewSpaceDialog* dialog = openNewSpaceFromMenu();
    if (dialog)
        dialog->setKind(kind);
    return dialog;
}

/// Builds a 4-dimensional LSA space ("lsa") over the test's dataset behind the window's back, then
/// opens the project again so that the window shows it.
void TestSpacesJourney::openWithLsaSpace()
{
    {
        ProjectStore store(m_project);
        LsaSpaceBuilder::Options lsa;
        lsa.lsa.dim = 4;
        LsaSpaceBuilder::build(store, store.datasets().all().first().id, lsa);
    }
    openProject(m_project);
}

NewSpaceDialog* TestSpacesJourney::openNewSpaceFromMenu()
{
    if (!Journey::triggerMenuPath(m_window.get(), {QStringLiteral("Project"), QStringLiteral("New Embedding Space…")}))
        return nullptr;
    (void)QTest::qWaitFor([this] { return m_window->findChild<NewSpaceDialog*>() != nullptr; }, 20000); // after the template table is read
    return m_window->findChild<NewSpaceDialog*>();
}

void TestSpacesJourney::lsaFromTheProjectPageThenRun()
{
    MainWindow& window = *m_window;
    auto* overview = window.findChild<ProjectOverviewWidget*>();
    window.showPage(MainWindow::ProjectPage);
    QCOMPARE(spaceRows(window), QStringList());
    selectRow(window, QStringLiteral("cards"));
    QVERIFY(Journey::clickButton(overview, QStringLiteral("New Embedding Space…")));
    QTRY_VERIFY(window.findChild<NewSpaceDialog*>());
    auto* dialog = window.findChild<NewSpaceDialog*>();
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->kind(), NewSpaceDialog::Kind::Lsa);
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("spaceName"))->text(), QStringLiteral("lsa"));
    auto* dim = dialog->findChild<QSpinBox*>(QStringLiteral("spaceLsaDim"));
    dim->setFocus();
    dim->selectAll();
    QTest::keyClicks(dim, QStringLiteral("4"));
    QCOMPARE(dim->value(), 4);
    auto* seed = dialog->findChild<QSpinBox*>(QStringLiteral("spaceLsaSeed"));
    seed->selectAll();
    QTest::keyClicks(seed, QStringLiteral("9"));
    QVERIFY(Journey::clickButton(dialog, QStringLiteral("Create")));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->statusText().startsWith(QStringLiteral("Built space 'lsa'")), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(spaceRows(window), QStringList{QStringLiteral("cards/lsa|built-in LSA|4")}, 20000);
    QCOMPARE(overview->selectedSpace(), ProjectStore(m_project).spaces().all(ProjectStore(m_project).datasets().all().first().id).first().id);
    QVERIFY(Journey::clickButton(dialog, QStringLiteral("Close")));
    QTRY_VERIFY(!window.findChild<NewSpaceDialog*>());
    {
        ProjectStore store(m_project);
        const SpaceInfo space = store.spaces().all(store.datasets().all().first().id).first();
        QVERIFY2(space.paramsJson.contains("\"seed\":\"9\""), space.paramsJson.constData());
    }

    // The new space can be run on at once: Run ▸ Run.
    QCOMPARE(AppJourney::startRun(window, 60000), RunStatus::Finished);
}

void TestSpacesJourney::endpointSpaceWithKeyFromTheEnvironment()
{
    OpenAiTestServer server;
    server.requireKeyFromEnvironment("TARE_JOURNEY_KEY", "sk-test-journey");
    WorkbenchSettings settings;
    settings.embeddingModel = QStringLiteral("org/embed-small");
    settings.apiKeySource = QStringLiteral("env:TARE_JOURNEY_KEY");
    NewSpaceDialog* dialog = openNewSpaceAt(server, settings, NewSpaceDialog::Kind::Remote);
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("spaceRemoteModel"))->text(), QStringLiteral("org/embed-small"));
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("spaceName"))->text(), QStringLiteral("embed-small"));
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("spaceRemoteEndpoint"))->text().contains(QStringLiteral("TARE_JOURNEY_KEY")));
    QCOMPARE(dialog->findChild<QPlainTextEdit*>(QStringLiteral("spaceRemoteQueryTemplate"))->toPlainText(),
             QStringLiteral("Instruct: {instruction}\nQuery: {text}"));
    QVERIFY(Journey::clickButton(dialog, QStringLiteral("Create")));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->statusText().startsWith(QStringLiteral("Built space 'embed-small'")), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(spaceRows(*m_window).size(), 1, 20000);
    QVERIFY2(spaceRows(*m_window).first().startsWith(QStringLiteral("cards/embed-small|endpoint: org/embed-small|")),
             qPrintable(spaceRows(*m_window).first()));
    QVERIFY(server.requestCount() > 0);
    QVERIFY(Journey::clickButton(dialog, QStringLiteral("Close")));
    // The key was used, and stored nowhere in the project.
    QFile file(m_project);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("sk-test-journey"));
    qunsetenv("TARE_JOURNEY_KEY");
}

void TestSpacesJourney::endpointErrorIsClearAndWritesNothing()
{
    OpenAiTestServer server;
    server.setRequiredApiKey("sk-needed");
    WorkbenchSettings settings;
    settings.embeddingModel = QStringLiteral("embed"); // no key source: the server answers 401
    NewSpaceDialog* dialog = openNewSpaceAt(server, settings, NewSpaceDialog::Kind::Remote);
    QVERIFY(dialog);
    QSignalSpy failed(dialog, &NewSpaceDialog::buildFailed);
    QVERIFY(Journey::clickButton(dialog, QStringLiteral("Create")));
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 30000);
    QVERIFY2(dialog->statusText().contains(QStringLiteral("401")), qPrintable(dialog->statusText()));
    QVERIFY(!dialog->isBuilding());
    // The form is usable again, and nothing was written.
    QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("spaceCreate"))->isEnabled());
    QVERIFY(ProjectStore(m_project).summary().spaces.isEmpty());
    QVERIFY(Journey::clickButton(dialog, QStringLiteral("Close")));
}

void TestSpacesJourney::stopWritesNothing()
{
    OpenAiTestServer server;
    server.setLatencyMs(3000);
    WorkbenchSettings settings;
    settings.embeddingModel = QStringLiteral("embed");
    NewSpaceDialog* dialog = openNewSpaceAt(server, settings, NewSpaceDialog::Kind::Remote);
    QVERIFY(dialog);
    QSignalSpy failed(dialog, &NewSpaceDialog::buildFailed);
    QVERIFY(Journey::clickButton(dialog, QStringLiteral("Create")));
    QVERIFY(dialog->isBuilding());
    QVERIFY(dialog->findChild<QProgressBar*>(QStringLiteral("spaceProgress"))->isVisible());
    QVERIFY(Journey::clickButton(dialog, QStringLiteral("Stop")));
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 30000);
    QVERIFY2(dialog->statusText().startsWith(QStringLiteral("Stopped; no space was written")), qPrintable(dialog->statusText()));
    QVERIFY(ProjectStore(m_project).summary().spaces.isEmpty());
    QVERIFY(Journey::clickButton(dialog, QStringLiteral("Close")));
}

void TestSpacesJourney::hydeOverAnLsaSpace()
{
    openWithLsaSpace();
    OpenAiTestServer server;
    WorkbenchSettings settings;
    settings.judgeModel = QStringLiteral("writer");
    NewSpaceDialog* dialog = openNewSpaceAt(server, settings, NewSpaceDialog::Kind::Hyde);
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("spaceSource"))->count(), 1);
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("spaceName"))->text(), QStringLiteral("lsa-hyde"));
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("spaceHydeModel"))->text(), QStringLiteral("writer"));
    QVERIFY(Journey::clickButton(dialog, QStringLiteral("Create")));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->statusText().startsWith(QStringLiteral("Built space 'lsa-hyde'")), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(spaceRows(*m_window).size(), 2, 20000);
    QVERIFY2(spaceRows(*m_window).at(1).startsWith(QStringLiteral("cards/lsa-hyde|HyDE")), qPrintable(spaceRows(*m_window).at(1)));
    QCOMPARE(server.requestCount(), 2); // one hypothetical document per query
    QVERIFY(Journey::clickButton(dialog, QStringLiteral("Close")));
}

void TestSpacesJourney::missingEndpointSendsToSettings()
{
    NewSpaceDialog* dialog = openNewSpaceFromMenu();
    QVERIFY(dialog);
    dialog->setKind(NewSpaceDialog::Kind::Remote);
    QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("spaceCreate"))->isEnabled());
    QVERIFY2(dialog->statusText().contains(QStringLiteral("settings")), qPrintable(dialog->statusText()));
    // "Open Settings…" leads there; the endpoint set there reaches the dialog.
    auto answered = Journey::whenShown<SettingsDialog>([](SettingsDialog* settings) {
        Journey::typeInto(settings->findChild<QLineEdit*>(QStringLiteral("settingsEndpoint")), QStringLiteral("http://127.0.0.1:9/v1"));
        settings->accept();
    });
    QVERIFY(Journey::clickButton(dialog, QStringLiteral("Open Settings…")));
    QVERIFY(*answered);
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("spaceRemoteEndpoint"))->text().contains(QStringLiteral("127.0.0.1:9")));
    QVERIFY(!dialog->statusText().contains(QStringLiteral("settings")));
    QVERIFY(Journey::clickButton(dialog, QStringLiteral("Cancel")));
}

void TestSpacesJourney::importedVectorsOpenTheImport()
{
    NewSpaceDialog* dialog = openNewSpaceFromMenu();
    QVERIFY(dialog);
    dialog->setKind(NewSpaceDialog::Kind::Vectors);
    QVERIFY(Journey::clickButton(dialog, QStringLiteral("Continue…")));
    QTRY_VERIFY(m_window->findChild<ImportDialog*>());
    ImportDialog* import = m_window->findChild<ImportDialog*>();
    QCOMPARE(import->kind(), ImportDialog::Kind::Vectors);
    QCOMPARE(import->findChild<QLineEdit*>(QStringLiteral("importDataset"))->text(), QStringLiteral("cards"));
    QByteArray lines;
    for (int d = 1; d <= 8; ++d)
        lines += QStringLiteral("{\"_id\": \"d%1\", \"embedding\": [%1, 1, 0.5]}\n").arg(d).toUtf8();
    Journey::typeInto(import->findChild<QLineEdit*>(QStringLiteral("importSpace")), QStringLiteral("given"));
    Journey::typeInto(import->findChild<QLineEdit*>(QStringLiteral("importInput")),
                      TestUtils::writeFile(QDir(m_dir.path()), QStringLiteral("vectors.jsonl"), lines));
    QVERIFY(Journey::clickButton(import, QStringLiteral("Import")));
    QTRY_VERIFY_WITH_TIMEOUT(import->statusText().contains(QStringLiteral("8 vector")), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(spaceRows(*m_window), QStringList{QStringLiteral("cards/given|imported vectors|3")}, 20000);
    QVERIFY(Journey::clickButton(import, QStringLiteral("Close")));
}

void TestSpacesJourney::renameSpace()
{
    openWithLsaSpace();
    MainWindow& window = *m_window;
    window.showPage(MainWindow::ProjectPage);
    selectRow(window, QStringLiteral("cards"), QStringLiteral("lsa"));
    auto answered = Journey::whenShown<QInputDialog>([](QInputDialog* dialog) {
        QCOMPARE(dialog->textValue(), QStringLiteral("lsa"));
        dialog->setTextValue(QStringLiteral("lsa-4"));
        dialog->accept();
    });
    // F2 on the Project page renames the selected space.
    auto* tree = window.findChild<QTreeView*>(QStringLiteral("projectTree"));
    tree->setFocus();
    QVERIFY(Journey::activate(&window));
    QTest::keyClick(tree, Qt::Key_F2);
    QVERIFY(*answered);
    QTRY_COMPARE_WITH_TIMEOUT(spaceRows(window), QStringList{QStringLiteral("cards/lsa-4|built-in LSA|4")}, 20000);
    QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("“lsa-4”")));

    // A taken name is refused with the store's reason; nothing changes.
    {
        ProjectStore store(m_project);
        LsaSpaceBuilder::Options other;
        other.lsa.dim = 3;
        other.spaceName = QStringLiteral("other");
        LsaSpaceBuilder::build(store, store.datasets().all().first().id, other);
    }
    openProject(m_project);
    selectRow(window, QStringLiteral("cards"), QStringLiteral("other"));
    answered = Journey::whenShown<QInputDialog>([](QInputDialog* dialog) {
        dialog->setTextValue(QStringLiteral("lsa-4"));
        dialog->accept();
    });
    auto refused = Journey::whenShown<QMessageBox>([](QMessageBox* box) {
        QVERIFY2(box->text().contains(QStringLiteral("already has")), qPrintable(box->text()));
        box->accept();
    });
    QVERIFY(Journey::triggerMenuPath(&window, {QStringLiteral("Project"), QStringLiteral("Rename Embedding Space…")}));
    QVERIFY(*answered);
    QTRY_VERIFY_WITH_TIMEOUT(*refused, 20000);
    QCOMPARE(spaceRows(window).size(), 2);
    QVERIFY(spaceRows(window).contains(QStringLiteral("cards/other|built-in LSA|3")));
}

void TestSpacesJourney::deleteSpaceNamesWhatGoesWithIt()
{
    // Two spaces, a finished run in each.
    qint64 keptRun = 0;
    {
        ProjectStore store(m_project);
        const qint64 dataset = store.datasets().all().first().id;
        for (const QString& name : {QStringLiteral("doomed"), QStringLiteral("kept")}) {
            LsaSpaceBuilder::Options lsa;
            lsa.lsa.dim = 4;
            lsa.spaceName = name;
            RunSettings settings;
            settings.datasetId = dataset;
            settings.spaceId = LsaSpaceBuilder::build(store, dataset, lsa);
            settings.refine.steps = 5;
            keptRun = TestUtils::runToEnd(store, settings);
        }
    }
    openProject(m_project);
    MainWindow& window = *m_window;
    window.showPage(MainWindow::ProjectPage);
    selectRow(window, QStringLiteral("cards"), QStringLiteral("doomed"));

    // Cancel first: nothing happens.
    QString informative;
    auto asked = Journey::whenShown<QMessageBox>([&informative](QMessageBox* box) {
        informative = box->text() + QLatin1Char('\n') + box->informativeText();
        Journey::clickButton(box, QStringLiteral("Cancel"));
    });
    auto* overview = window.findChild<ProjectOverviewWidget*>();
    QVERIFY(Journey::clickButton(overview, QStringLiteral("Delete Space…")));
    QTRY_VERIFY_WITH_TIMEOUT(*asked, 20000);
    QVERIFY2(informative.contains(QStringLiteral("“doomed”")), qPrintable(informative));
    QVERIFY2(informative.contains(QStringLiteral("1 run(s) made in this space go with it")), qPrintable(informative));
    QVERIFY2(informative.contains(QStringLiteral("documents 8, queries 2")), qPrintable(informative));
    QTest::qWait(200);
    QCOMPARE(spaceRows(window).size(), 2);

    // Delete (the Delete key on the Project page): the space and its run go, the rest stays.
    asked = Journey::whenShown<QMessageBox>([](QMessageBox* box) { Journey::clickButton(box, QStringLiteral("Delete Space")); });
    auto* tree = window.findChild<QTreeView*>(QStringLiteral("projectTree"));
    tree->setFocus();
    QVERIFY(Journey::activate(&window));
    QTest::keyClick(tree, Qt::Key_Delete);
    QTRY_VERIFY_WITH_TIMEOUT(*asked, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(spaceRows(window), QStringList{QStringLiteral("cards/kept|built-in LSA|4")}, 20000);
    QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Deleted the space “doomed”")));
    ProjectStore store(m_project);
    QCOMPARE(store.runs().all().size(), qsizetype(1));
    QCOMPARE(store.runs().all().first().id, keptRun);
    QCOMPARE(store.runs().queries(keptRun, true).size(), qsizetype(2));
    QCOMPARE(store.datasets().all().first().documentCount, qint64(8));
}

void TestSpacesJourney::datasetPropertiesAreStored()
{
    MainWindow& window = *m_window;
    window.showPage(MainWindow::ProjectPage);
    selectRow(window, QStringLiteral("cards"));
    auto answered = Journey::whenShown<DatasetPropertiesDialog>([](DatasetPropertiesDialog* dialog) {
        dialog->taskTypeBox()->setCurrentIndex(dialog->taskTypeBox()->findData(int(TaskType::Classification)));
        dialog->instructionEdit()->setPlainText(QStringLiteral("Given a banking question, find its intent"));
        QVERIFY(dialog->isChanged());
        dialog->accept();
    });
    QVERIFY(Journey::clickButton(window.findChild<ProjectOverviewWidget*>(), QStringLiteral("Dataset Properties…")));
    QVERIFY(*answered);
    QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(QStringLiteral("Stored the task of the dataset “cards”")), 20000);
    const DatasetInfo cards = ProjectStore(m_project).datasets().all().first();
    QCOMPARE(cards.taskType, TaskType::Classification);
    QCOMPARE(cards.instruction, QStringLiteral("Given a banking question, find its intent"));
    // The Project page shows it.
    QTRY_VERIFY(window.projectSummary().datasets.first().instruction.startsWith(QStringLiteral("Given a banking")));
}

JOURNEY_MAIN(TestSpacesJourney)
#include "tst_spacesjourney.moc"
