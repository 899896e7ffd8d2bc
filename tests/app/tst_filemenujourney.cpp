// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "app/appjourney.h"
#include "app/appsettings.h"
#include "app/mainwindow.h"
#include "core/db/projectstore.h"
#include "core/models/projectsummarymodel.h"
#include "testutils.h"
#include "widgets/importdialog.h"
#include "widgets/journey.h"
#include "widgets/settingsdialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QProgressBar>
#include <QStandardItemModel>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTreeView>

using namespace tare;

namespace {

/// A small BEIR folder: 6 documents, 2 queries, 3 labels.
QString writeBeir(const QDir& dir, const QString& name)
{
    return AppJourney::writeCardsBeir(dir, name,
                                      "{\"_id\": \"d1\", \"title\": \"\", \"text\": \"the card arrived late\"}\n"
                                      "{\"_id\": \"d2\", \"title\": \"\", \"text\": \"my card never arrived\"}\n"
                                      "{\"_id\": \"d3\", \"title\": \"\", \"text\": \"how do I top up\"}\n"
                                      "{\"_id\": \"d4\", \"title\": \"\", \"text\": \"top up by bank transfer\"}\n"
                                      "{\"_id\": \"d5\", \"title\": \"\", \"text\": \"exchange rates today\"}\n"
                                      "{\"_id\": \"d6\", \"title\": \"\", \"text\": \"a lost card\"}\n",
                                      "q1\td1\t1\nq1\td2\t1\nq2\td3\t1\n");
}

ImportDialog* openImportDialog(MainWindow& window, const QString& entry)
{
    // A closed dialog goes with the next turn of the event loop: wait for it, so that the one
    // found below is the new one.
    if (!QTest::qWaitFor([&window] { return !window.findChild<ImportDialog*>(); }, 10000))
        return nullptr;
    if (!Journey::triggerMenuPath(&window, {QStringLiteral("File"), QStringLiteral("Import"), entry}))
        return nullptr;
    return window.findChild<ImportDialog*>();
}

/// Once `dialog` previews its input (10 s at most), imports it with the Import button, waits (20 s
/// at most) for its status to mention `done` and closes it; false at the first step that failed.
bool importFromPreview(ImportDialog* dialog, const QString& done)
{
    return QTest::qWaitFor([dialog] { return dialog->previewModel()->rowCount() > 0; }, 10000)
        && Journey::clickButton(dialog, QStringLiteral("Import"))
        && QTest::qWaitFor([dialog, &done] { return dialog->statusText().contains(done); }, 20000)
        && Journey::clickButton(dialog, QStringLiteral("Close"));
}

/// The texts of the Project page's dataset rows.
QStringList datasetRows(MainWindow& window)
{
    auto* tree = window.findChild<QTreeView*>(QStringLiteral("projectTree"));
    QStringList rows;
    if (!tree)
        return rows;
    for (int row = 0; row < tree->model()->rowCount(); ++row)
        rows.append(tree->model()->index(row, 0).data().toString());
    return rows;
}

/// "space: kind" of each space row under a dataset of the Project page, as the tree shows them.
QStringList spaceKinds(MainWindow& window, const QString& datasetName)
{
    auto* tree = window.findChild<QTreeView*>(QStringLiteral("projectTree"));
    QStringList rows;
    if (!tree)
        return rows;
    const QAbstractItemModel* model = tree->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex dataset = model->index(row, 0);
        if (dataset.data().toString() != datasetName)
            continue;
        for (int child = 0; child < model->rowCount(dataset); ++child)
            rows.append(model->index(child, ProjectSummaryModel::NameColumn, dataset).data().toString() + QStringLiteral(": ")
                        + model->index(child, ProjectSummaryModel::KindColumn, dataset).data().toString());
    }
    return rows;
}

} // namespace

/// Step 2 of the journey, data in: every File menu entry is there and works through the real
/// menu — New Project (a file dialog), Import ▸ BEIR / Classification / Qrels / Vectors (their
/// dialogs with preview, progress, Stop and file:line errors), Open, Open Recent, Settings, Quit.
class TestFileMenuJourney : public AppJourney::Test
{
    Q_OBJECT

public:
    using Test::Test;

private Q_SLOTS:
    void initTestCase();
    void everyEntryIsInTheMenu_data();
    void everyEntryIsInTheMenu();
    void newProjectThenImportEveryKind();
    void importErrorNamesFileAndLine();
    void importCanBeStopped();
    void openAndOpenRecent();
    void settingsAreStoredUnderTheOrganisation();
    void quitClosesTheWindow();
};

void TestFileMenuJourney::initTestCase()
{
    // Settings an older build wrote without an organisation name are taken over once.
    TestUtils::writeFile(QDir(m_userDirs), QStringLiteral("xdg_config_home/Unknown Organization/tare.conf"),
                         "[endpoint]\nurl=http://old-build:8000/v1\n");
    // Settings and the sample project of these tests never reach the user's own folders.
    QVERIFY2(setUpApplication(), qPrintable(QSettings().fileName()));
    QCOMPARE(AppSettings::load().endpoint, QStringLiteral("http://old-build:8000/v1"));
    QVERIFY(QSettings().fileName().endsWith(QStringLiteral("/Tare/tare.conf")));
}

void TestFileMenuJourney::everyEntryIsInTheMenu_data()
{
    QTest::addColumn<QStringList>("path");
    const QString file = QStringLiteral("File");
    const QString import = QStringLiteral("Import");
    QTest::newRow("new") << QStringList{file, QStringLiteral("New Project…")};
    QTest::newRow("open") << QStringList{file, QStringLiteral("Open Project…")};
    QTest::newRow("recent") << QStringList{file, QStringLiteral("Open Recent")};
    QTest::newRow("sample") << QStringList{file, QStringLiteral("Open Sample Project")};
    QTest::newRow("beir") << QStringList{file, import, QStringLiteral("BEIR Folder…")};
    QTest::newRow("classification") << QStringList{file, import, QStringLiteral("Classification Table…")};
    QTest::newRow("qrels") << QStringList{file, import, QStringLiteral("TREC Qrels…")};
    QTest::newRow("vectors") << QStringList{file, import, QStringLiteral("Vectors…")};
    QTest::newRow("report") << QStringList{file, QStringLiteral("Export Report…")};
    QTest::newRow("settings") << QStringList{file, QStringLiteral("Settings…")};
    QTest::newRow("quit") << QStringList{file, QStringLiteral("Quit")};
}

void TestFileMenuJourney::everyEntryIsInTheMenu()
{
    QFETCH(QStringList, path);
    MainWindow window(QStringLiteral(TARE_SAMPLE_DATA_DIR));
    window.show();
    QCoreApplication::processEvents(); // anything deferred at start-up has run
    QString why;
    QAction* action = Journey::findMenuAction(&window, path, &why);
    QVERIFY2(action, qPrintable(why));
    QVERIFY(action->isEnabled());
}

void TestFileMenuJourney::newProjectThenImportEveryKind()
{
    const QDir dir(m_dir.path());
    MainWindow window(QStringLiteral(TARE_SAMPLE_DATA_DIR));
    window.resize(1280, 800);
    window.show();
    QSignalSpy loaded(&window, &MainWindow::projectLoaded);

    // File ▸ New Project: a file name, and the new, empty project is open.
    const QString project = dir.filePath(QStringLiteral("journey.tare"));
    auto answered = Journey::answerFileDialog(project);
    QVERIFY(Journey::triggerMenuPath(&window, {QStringLiteral("File"), QStringLiteral("New Project…")}));
    QVERIFY(*answered);
    QTRY_COMPARE_WITH_TIMEOUT(window.projectPath(), project, 10000);
    QVERIFY(QFileInfo::exists(project));
    QCOMPARE(datasetRows(window), QStringList());

    // File ▸ Import ▸ BEIR Folder: the preview shows the corpus, Import brings it in, and the
    // Project page lists the new dataset.
    ImportDialog* beir = openImportDialog(window, QStringLiteral("BEIR Folder…"));
    QVERIFY(beir);
    QVERIFY(beir->isVisible());
    QCOMPARE(beir->kind(), ImportDialog::Kind::Beir);
    Journey::typeInto(beir->findChild<QLineEdit*>(QStringLiteral("importInput")), writeBeir(dir, QStringLiteral("cards")));
    QTRY_COMPARE_WITH_TIMEOUT(beir->previewModel()->rowCount(), 6, 10000);
    QVERIFY(Journey::clickButton(beir, QStringLiteral("Import")));
    QTRY_VERIFY_WITH_TIMEOUT(beir->statusText().startsWith(QStringLiteral("Imported 6 documents, 2 queries and 3 labels")), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(datasetRows(window), QStringList{QStringLiteral("cards")}, 10000);
    QVERIFY(Journey::clickButton(beir, QStringLiteral("Close")));
    QTRY_VERIFY(!window.findChild<ImportDialog*>());

    // File ▸ Import ▸ TREC Qrels: more labels for that dataset.
    ImportDialog* qrels = openImportDialog(window, QStringLiteral("TREC Qrels…"));
    QVERIFY(qrels);
    Journey::typeInto(qrels->findChild<QLineEdit*>(QStringLiteral("importDataset")), QStringLiteral("cards"));
    Journey::typeInto(qrels->findChild<QLineEdit*>(QStringLiteral("importInput")),
                      TestUtils::writeFile(dir, QStringLiteral("more.qrels"), "q2 0 d4 2\nq1 0 d6 1\n"));
    QVERIFY2(importFromPreview(qrels, QStringLiteral("2 labels")), qPrintable(qrels->statusText()));

    // File ▸ Import ▸ Vectors: a space of the dataset from JSON lines.
    ImportDialog* vectors = openImportDialog(window, QStringLiteral("Vectors…"));
    QVERIFY(vectors);
    Journey::typeInto(vectors->findChild<QLineEdit*>(QStringLiteral("importDataset")), QStringLiteral("cards"));
    Journey::typeInto(vectors->findChild<QLineEdit*>(QStringLiteral("importSpace")), QStringLiteral("given"));
    QByteArray lines;
    for (int d = 1; d <= 6; ++d)
        lines += QStringLiteral("{\"_id\": \"d%1\", \"embedding\": [%1, 1, 0.5]}\n").arg(d).toUtf8();
    Journey::typeInto(vectors->findChild<QLineEdit*>(QStringLiteral("importInput")),
                      TestUtils::writeFile(dir, QStringLiteral("cards-vectors.jsonl"), lines));
    QVERIFY2(importFromPreview(vectors, QStringLiteral("6 vector")), qPrintable(vectors->statusText()));

    // The same vectors again, stored as float16: the Project page names the element type.
    ImportDialog* halves = openImportDialog(window, QStringLiteral("Vectors…"));
    QVERIFY(halves);
    Journey::typeInto(halves->findChild<QLineEdit*>(QStringLiteral("importDataset")), QStringLiteral("cards"));
    Journey::typeInto(halves->findChild<QLineEdit*>(QStringLiteral("importSpace")), QStringLiteral("given-half"));
    auto* float16 = halves->findChild<QCheckBox*>(QStringLiteral("importFloat16"));
    QVERIFY(float16);
    QCOMPARE(float16->text(), QStringLiteral("Store as float16 (half the memory)"));
    QVERIFY(!float16->isChecked());
    float16->click();
    Journey::typeInto(halves->findChild<QLineEdit*>(QStringLiteral("importInput")), dir.filePath(QStringLiteral("cards-vectors.jsonl")));
    QVERIFY2(importFromPreview(halves, QStringLiteral("6 vector")), qPrintable(halves->statusText()));
    QTRY_COMPARE_WITH_TIMEOUT(spaceKinds(window, QStringLiteral("cards")),
                              (QStringList{QStringLiteral("given: imported vectors"),
                                           QStringLiteral("given-half: imported vectors · float16")}),
                              10000);

    // File ▸ Import ▸ Classification Table: a second dataset, one query per label.
    ImportDialog* table = openImportDialog(window, QStringLiteral("Classification Table…"));
    QVERIFY(table);
    QByteArray rows = "text\tlabel\n";
    for (int i = 0; i < 12; ++i)
        rows += QStringLiteral("message %1 about %2\t%2\n").arg(i).arg(i % 2 ? QStringLiteral("fees") : QStringLiteral("cards")).toUtf8();
    Journey::typeInto(table->findChild<QLineEdit*>(QStringLiteral("importInput")), TestUtils::writeFile(dir, QStringLiteral("intents.tsv"), rows));
    QTRY_COMPARE_WITH_TIMEOUT(table->previewModel()->rowCount(), 12, 10000);
    QVERIFY(Journey::clickButton(table, QStringLiteral("Import")));
    QTRY_VERIFY_WITH_TIMEOUT(table->statusText().startsWith(QStringLiteral("Imported 12 documents, 2 queries")), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(datasetRows(window).size(), 2, 10000);
    QVERIFY(Journey::clickButton(table, QStringLiteral("Close")));

    // What the window showed is what the file holds.
    ProjectStore store(project);
    const auto cards = store.datasets().byName(QStringLiteral("cards"));
    QVERIFY(cards);
    QCOMPARE(cards->documentCount, qint64(6));
    QCOMPARE(cards->labelCount, qint64(5));
    QCOMPARE(store.spaces().all(cards->id).size(), qsizetype(2));
    QCOMPARE(store.spaces().all(cards->id).first().documentVectorCount, qint64(6));
    QCOMPARE(store.spaces().all(cards->id).first().elementType, ElementType::Float32);
    QCOMPARE(store.spaces().all(cards->id).last().elementType, ElementType::Float16);
    QCOMPARE(store.spaces().all(cards->id).last().documentVectorCount, qint64(6));
    QVERIFY(store.datasets().byName(QStringLiteral("intents")));
}

void TestFileMenuJourney::importErrorNamesFileAndLine()
{
    const QDir dir(m_dir.path());
    const QString project = dir.filePath(QStringLiteral("errors.tare"));
    { ProjectStore created(project, ProjectStore::OpenMode::CreateIfMissing); }
    MainWindow window(QStringLiteral(TARE_SAMPLE_DATA_DIR));
    window.show();
    window.openProject(project);
    QTRY_COMPARE_WITH_TIMEOUT(window.projectPath(), project, 10000);

    const QString broken = writeBeir(dir, QStringLiteral("broken"));
    TestUtils::writeFile(dir, QStringLiteral("broken/corpus.jsonl"),
                         "{\"_id\": \"d1\", \"text\": \"fine\"}\n{\"_id\": \"d2\", \"text\": \"cut\n");
    ImportDialog* dialog = openImportDialog(window, QStringLiteral("BEIR Folder…"));
    QVERIFY(dialog);
    Journey::typeInto(dialog->findChild<QLineEdit*>(QStringLiteral("importInput")), broken);
    QTest::qWait(200); // the preview may fail or show the first line; the import decides
    QVERIFY(Journey::clickButton(dialog, QStringLiteral("Import")));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->statusText().contains(QStringLiteral("corpus.jsonl:2")), 20000);
    QVERIFY(!dialog->isImporting());
    QVERIFY(Journey::clickButton(dialog, QStringLiteral("Close")));
    ProjectStore store(project);
    QVERIFY(store.datasets().all().isEmpty()); // nothing of the failed import stayed
}

void TestFileMenuJourney::importCanBeStopped()
{
    const QDir dir(m_dir.path());
    const QString project = dir.filePath(QStringLiteral("stopped.tare"));
    { ProjectStore created(project, ProjectStore::OpenMode::CreateIfMissing); }
    // Big enough that the import is still running when Stop is clicked (about 40 MB).
    QByteArray corpus;
    corpus.reserve(42 << 20);
    for (int d = 0; d < 200000; ++d)
        corpus += QStringLiteral("{\"_id\": \"d%1\", \"text\": \"document %1 about cards, fees, transfers and everything else a bank does "
                                 "for its customers every day of the week and then some more words\"}\n")
                      .arg(d)
                      .toUtf8();
    TestUtils::writeFile(dir, QStringLiteral("big/corpus.jsonl"), corpus);
    TestUtils::writeFile(dir, QStringLiteral("big/queries.jsonl"), "{\"_id\": \"q1\", \"text\": \"cards\"}\n");
    TestUtils::writeFile(dir, QStringLiteral("big/qrels/test.tsv"), "query-id\tcorpus-id\tscore\nq1\td1\t1\n");

    MainWindow window(QStringLiteral(TARE_SAMPLE_DATA_DIR));
    window.show();
    window.openProject(project);
    QTRY_COMPARE_WITH_TIMEOUT(window.projectPath(), project, 10000);
    ImportDialog* dialog = openImportDialog(window, QStringLiteral("BEIR Folder…"));
    QVERIFY(dialog);
    Journey::typeInto(dialog->findChild<QLineEdit*>(QStringLiteral("importInput")), dir.filePath(QStringLiteral("big")));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->previewModel()->rowCount() > 0, 10000);
    QVERIFY(Journey::clickButton(dialog, QStringLiteral("Import")));
    QVERIFY(dialog->isImporting());
    QVERIFY(dialog->findChild<QProgressBar*>(QStringLiteral("importProgress"))->isVisible());
    QVERIFY(Journey::clickButton(dialog, QStringLiteral("Stop")));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isImporting(), 60000);
    QVERIFY2(dialog->statusText().contains(QStringLiteral("stopped")), qPrintable(dialog->statusText()));
    QVERIFY(Journey::clickButton(dialog, QStringLiteral("Close")));
    ProjectStore store(project);
    QVERIFY(store.datasets().all().isEmpty());
}

void TestFileMenuJourney::openAndOpenRecent()
{
    const QDir dir(m_dir.path());
    const QString first = dir.filePath(QStringLiteral("first.tare"));
    const QString second = dir.filePath(QStringLiteral("second.tare"));
    for (const QString& path : {first, second}) {
        ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
        DatasetInfo dataset;
        dataset.name = QFileInfo(path).completeBaseName();
        store.datasets().create(dataset);
    }
    MainWindow window(QStringLiteral(TARE_SAMPLE_DATA_DIR));
    window.show();

    // File ▸ Open Project: a file dialog.
    auto answered = Journey::answerFileDialog(first);
    QVERIFY(Journey::triggerMenuPath(&window, {QStringLiteral("File"), QStringLiteral("Open Project…")}));
    QVERIFY(*answered);
    QTRY_COMPARE_WITH_TIMEOUT(window.projectPath(), first, 10000);
    QTRY_COMPARE(datasetRows(window), QStringList{QStringLiteral("first")});
    window.openProject(second);
    QTRY_COMPARE_WITH_TIMEOUT(window.projectPath(), second, 10000);

    // File ▸ Open Recent lists both, newest first; its first entry reopens `second`, the next `first`.
    QString why;
    QAction* recent = Journey::findMenuAction(&window, {QStringLiteral("File"), QStringLiteral("Open Recent")}, &why);
    QVERIFY2(recent, qPrintable(why));
    Q_EMIT recent->menu()->aboutToShow();
    const QList<QAction*> entries = recent->menu()->actions();
    QVERIFY(entries.size() >= 2);
    QCOMPARE(entries[0]->statusTip(), second);
    QCOMPARE(entries[1]->statusTip(), first);
    entries[1]->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(window.projectPath(), first, 10000);
    QTRY_COMPARE(datasetRows(window), QStringList{QStringLiteral("first")});
}

void TestFileMenuJourney::settingsAreStoredUnderTheOrganisation()
{
    MainWindow window(QStringLiteral(TARE_SAMPLE_DATA_DIR));
    window.show();
    auto answered = Journey::whenShown<SettingsDialog>([](SettingsDialog* dialog) {
        auto* endpoint = dialog->findChild<QLineEdit*>(QStringLiteral("settingsEndpoint"));
        QVERIFY(endpoint);
        Journey::typeInto(endpoint, QStringLiteral("http://127.0.0.1:9/v1"));
        auto* model = dialog->findChild<QLineEdit*>(QStringLiteral("settingsJudgeModel"));
        QVERIFY(model);
        Journey::typeInto(model, QStringLiteral("judge-model"));
        dialog->accept();
    });
    QVERIFY(Journey::triggerMenuPath(&window, {QStringLiteral("File"), QStringLiteral("Settings…")}));
    QVERIFY(*answered);
    QCOMPARE(AppSettings::load().endpoint, QStringLiteral("http://127.0.0.1:9/v1"));
    QCOMPARE(AppSettings::load().judgeModel, QStringLiteral("judge-model"));
    QVERIFY(QFileInfo::exists(QDir(m_userDirs).filePath(QStringLiteral("xdg_config_home/Tare/tare.conf"))));
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Settings saved."));
}

void TestFileMenuJourney::quitClosesTheWindow()
{
    MainWindow window(QStringLiteral(TARE_SAMPLE_DATA_DIR));
    window.show();
    QVERIFY(window.isVisible());
    QVERIFY(Journey::triggerMenuPath(&window, {QStringLiteral("File"), QStringLiteral("Quit")}));
    QTRY_VERIFY(!window.isVisible());
}

JOURNEY_MAIN(TestFileMenuJourney)
#include "tst_filemenujourney.moc"
