// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "app/appjourney.h"
#include "app/appsettings.h"
#include "app/mainwindow.h"
#include "core/db/projectstore.h"
#include "core/embed/lsaspacebuilder.h"
#include "core/io/beirimporter.h"
#include "core/models/feedbackmodel.h"
#include "core/models/influencemodel.h"
#include "testutils.h"
#include "widgets/comparewidget.h"
#include "widgets/corpusbrowserwidget.h"
#include "widgets/explanationwidget.h"
#include "widgets/feedbackinspectorwidget.h"
#include "widgets/journey.h"
#include "widgets/queryinspectorwidget.h"
#include "widgets/rundashboardwidget.h"
#include "widgets/trajectorywidget.h"
#include "widgets/viewfixture.h"
#include "widgets/welcomepage.h"

#include <QComboBox>
#include <QListWidget>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

using namespace tare;

namespace {

/// A second, different project: a small BEIR dataset "cards" with the built-in embedder and one
/// gold run.
void buildCardsProject(const QString& path, const QDir& scratch)
{
    const QString data = AppJourney::writeCardsBeir(scratch, QStringLiteral("cards"),
                                                    "{\"_id\": \"d1\", \"text\": \"the card arrived late\"}\n"
                                                    "{\"_id\": \"d2\", \"text\": \"my card never arrived\"}\n"
                                                    "{\"_id\": \"d3\", \"text\": \"how do I top up my account\"}\n"
                                                    "{\"_id\": \"d4\", \"text\": \"top up by bank transfer\"}\n"
                                                    "{\"_id\": \"d5\", \"text\": \"exchange rates today\"}\n"
                                                    "{\"_id\": \"d6\", \"text\": \"a lost card\"}\n",
                                                    "q1\td1\t1\nq1\td2\t1\nq2\td3\t1\nq2\td4\t1\n");
    ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
    BeirImporter::run(store, data, {});
    const auto cards = store.datasets().byName(QStringLiteral("cards"));
    LsaSpaceBuilder::Options lsa;
    lsa.lsa.dim = 4;
    RunSettings settings;
    settings.datasetId = cards->id;
    settings.spaceId = LsaSpaceBuilder::build(store, cards->id, lsa);
    settings.refine.total = 3;
    settings.refine.fromTop = 3;
    TestUtils::runToEnd(store, settings);
}

QStringList listed(QListWidget* list)
{
    QStringList texts;
    for (int row = 0; row < list->count(); ++row)
        texts.append(list->item(row)->text());
    return texts;
}

} // namespace

/// Step 8 of the journey, switching projects: every page follows the newly opened project (none
/// keeps the previous project's run or query), a file that fails to open leaves the open project
/// open and usable, and opening never turns an empty or foreign file into a project.
class TestProjectSwitchJourney : public AppJourney::Test
{
    Q_OBJECT

public:
    using Test::Test;

private Q_SLOTS:
    void initTestCase();
    void switchingResetsEveryPage();
    void failedOpenKeepsTheOpenProject_data();
    void failedOpenKeepsTheOpenProject();
    void failedFirstOpenShowsTheWelcomePage();

private:
    QString m_sample;
    QString m_cards;
};

void TestProjectSwitchJourney::initTestCase()
{
    QVERIFY(setUpApplication());
    m_sample = QDir(m_dir.path()).filePath(QStringLiteral("sample.tare"));
    ViewFixture::build(m_sample);
    m_cards = QDir(m_dir.path()).filePath(QStringLiteral("cards.tare"));
    buildCardsProject(m_cards, QDir(m_dir.path()));
}

void TestProjectSwitchJourney::switchingResetsEveryPage()
{
    MainWindow window(QStringLiteral(TARE_SAMPLE_DATA_DIR));
    window.resize(1280, 800);
    window.show();
    auto* dashboard = window.findChild<RunDashboardWidget*>();
    auto* inspector = window.findChild<QueryInspectorWidget*>();
    auto* feedback = window.findChild<FeedbackInspectorWidget*>();
    auto* trajectory = window.findChild<TrajectoryWidget*>();
    auto* explanation = window.findChild<ExplanationWidget*>();
    auto* corpus = window.findChild<CorpusBrowserWidget*>();
    auto* compare = window.findChild<CompareWidget*>();

    // The sample: a query shown on every per-query page.
    auto answered = Journey::answerFileDialog(m_sample);
    QVERIFY(Journey::triggerMenuPath(&window, {QStringLiteral("File"), QStringLiteral("Open Project…")}));
    QVERIFY(*answered);
    QTRY_COMPARE_WITH_TIMEOUT(window.projectPath(), m_sample, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(window.shownRun() > 0, 20000); // the newest run is shown after the file opened
    const qint64 sampleRun = window.shownRun();
    QSignalSpy inspected(&window, &MainWindow::queryInspected);
    QVERIFY(window.selectFirstQuery());
    QTRY_VERIFY_WITH_TIMEOUT(!inspected.isEmpty(), 30000);
    QVERIFY(!inspector->figuresText().isEmpty());
    window.showPage(MainWindow::FeedbackPage);
    QTRY_VERIFY_WITH_TIMEOUT(feedback->model()->rowCount() > 0, 30000);
    window.showPage(MainWindow::TrajectoryPage);
    QTRY_VERIFY_WITH_TIMEOUT(trajectory->trajectory().queryId != 0, 30000);
    window.showPage(MainWindow::ExplanationPage);
    QTRY_VERIFY_WITH_TIMEOUT(explanation->influenceModel()->rowCount() > 0, 60000);
    window.showPage(MainWindow::CorpusPage);
    QTRY_VERIFY_WITH_TIMEOUT(corpus->queryList()->count() > 2, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(compare->runACombo()->count() >= 2, 30000);

    // File ▸ Open the other project: nothing of the sample stays on any page.
    answered = Journey::answerFileDialog(m_cards);
    QVERIFY(Journey::triggerMenuPath(&window, {QStringLiteral("File"), QStringLiteral("Open Project…")}));
    QVERIFY(*answered);
    QTRY_COMPARE_WITH_TIMEOUT(window.projectPath(), m_cards, 20000);
    ProjectStore cards(m_cards);
    const qint64 cardsRun = cards.runs().all().first().id;
    QTRY_COMPARE_WITH_TIMEOUT(window.shownRun(), cardsRun, 20000);
    QCOMPARE(dashboard->tableView()->model()->rowCount(), 2);
    QVERIFY(inspector->figuresText().isEmpty());
    QCOMPARE(feedback->model()->rowCount(), 0);
    QCOMPARE(trajectory->trajectory().queryId, qint64(0));
    QCOMPARE(explanation->influenceModel()->rowCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(listed(corpus->queryList()).size(), 2, 30000);
    QVERIFY(listed(corpus->queryList()).join(u'\n').contains(QStringLiteral("top up")));
    QTRY_COMPARE_WITH_TIMEOUT(compare->runACombo()->count(), 1, 30000);
    QCOMPARE(compare->runACombo()->currentData().toLongLong(), cardsRun);
    // The page that was showing (corpus) stays; going to a per-query page shows no old query.
    window.showPage(MainWindow::FeedbackPage);
    QTest::qWait(300);
    QCOMPARE(feedback->model()->rowCount(), 0);

    // A query of the new project shows on every page.
    inspected.clear();
    QVERIFY(window.selectFirstQuery());
    QTRY_VERIFY_WITH_TIMEOUT(!inspected.isEmpty(), 30000);
    QCOMPARE(inspected.last().at(0).toLongLong(), cardsRun);
    QTRY_VERIFY_WITH_TIMEOUT(feedback->model()->rowCount() > 0, 30000);
}

void TestProjectSwitchJourney::failedOpenKeepsTheOpenProject_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("create");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero bytes") << QByteArray() << true << QStringLiteral("not a Tare project");
    QTest::newRow("text file") << QByteArray("name,value\nfoo,1\n") << true << QStringLiteral("not a Tare project");
    QTest::newRow("missing file") << QByteArray() << false << QStringLiteral("no such project file");
}

void TestProjectSwitchJourney::failedOpenKeepsTheOpenProject()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, create);
    QFETCH(QString, expected);
    const QString bad = QDir(m_dir.path()).filePath(QStringLiteral("bad-%1.tare").arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-'));
    if (create)
        TestUtils::writeFile(QDir(m_dir.path()), QFileInfo(bad).fileName(), content);

    MainWindow window(QStringLiteral(TARE_SAMPLE_DATA_DIR));
    window.show();
    window.openProject(m_cards);
    QTRY_COMPARE_WITH_TIMEOUT(window.projectPath(), m_cards, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(window.shownRun() > 0, 20000);
    const qint64 run = window.shownRun();

    QSignalSpy failed(&window, &MainWindow::projectFailed);
    if (create) {
        auto answered = Journey::answerFileDialog(bad);
        QVERIFY(Journey::triggerMenuPath(&window, {QStringLiteral("File"), QStringLiteral("Open Project…")}));
        QVERIFY(*answered);
    } else {
        // The file dialog offers only existing files: a missing one comes from the command line
        // (`tare missing.tare`) or a recent entry whose file went away since.
        window.openProject(bad);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 20000);
    QVERIFY2(failed.first().first().toString().contains(expected), qPrintable(failed.first().first().toString()));

    // The message says why; the open project stays open, shown and usable.
    QTRY_VERIFY(window.findChild<QMessageBox*>(QStringLiteral("openFailedMessage")));
    auto* box = window.findChild<QMessageBox*>(QStringLiteral("openFailedMessage"));
    QVERIFY(box->text().contains(expected));
    box->accept();
    QCOMPARE(window.projectPath(), m_cards);
    QCOMPARE(window.shownRun(), run);
    QVERIFY(!window.isWelcomeShown());
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("cards.tare is still open")));
    QSignalSpy inspected(&window, &MainWindow::queryInspected);
    QVERIFY(window.selectFirstQuery());
    QTRY_VERIFY_WITH_TIMEOUT(!inspected.isEmpty(), 30000);

    // Opening is not creating: the file is as it was.
    QCOMPARE(QFileInfo::exists(bad), create);
    if (create) {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
    }
    QVERIFY(!QFileInfo::exists(bad + QStringLiteral("-wal")));
}

void TestProjectSwitchJourney::failedFirstOpenShowsTheWelcomePage()
{
    const QString empty = TestUtils::writeFile(QDir(m_dir.path()), QStringLiteral("empty-first.tare"), QByteArray());
    MainWindow window(QStringLiteral(TARE_SAMPLE_DATA_DIR));
    window.show();
    QSignalSpy failed(&window, &MainWindow::projectFailed);
    window.openProject(empty);
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 20000);
    QVERIFY(window.isWelcomeShown());
    QVERIFY(window.projectPath().isEmpty());
    QVERIFY(window.welcomePage()->statusText().contains(QStringLiteral("not a Tare project")));
    QCOMPARE(QFileInfo(empty).size(), qint64(0));
}

JOURNEY_MAIN(TestProjectSwitchJourney)
#include "tst_projectswitchjourney.moc"
