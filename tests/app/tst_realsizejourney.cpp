// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "app/appjourney.h"
#include "app/appsettings.h"
#include "app/mainwindow.h"
#include "core/db/projectstore.h"
#include "testutils.h"
#include "widgets/importdialog.h"
#include "widgets/journey.h"
#include "widgets/newspacedialog.h"
#include "widgets/projectoverviewwidget.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTreeView>

using namespace tare;

/// Step 10 of the journey at a real size: banking77 (13,083 documents, 77 queries) comes in
/// through File ▸ New Project and File ▸ Import ▸ BEIR Folder, gets the built-in LSA space through
/// Project ▸ New Embedding Space, and runs — all through the window, whose event loop keeps
/// turning meanwhile (a timer that fires every 50 ms keeps firing; how late it fires is measured
/// by bench/bench_gui_shell, not here).
class TestRealSizeJourney : public AppJourney::Test
{
    Q_OBJECT

public:
    using Test::Test;

private Q_SLOTS:
    void initTestCase();
    void banking77ThroughTheWindow();
};

void TestRealSizeJourney::initTestCase()
{
    QVERIFY(setUpApplication());
}

void TestRealSizeJourney::banking77ThroughTheWindow()
{
    if (!TestUtils::sharedAvailable(QStringLiteral("data/banking77")))
        QSKIP("../shared/data is not beside the checkout; the real-size journey is not checked");
    MainWindow window(QStringLiteral(TARE_SAMPLE_DATA_DIR));
    window.resize(1280, 800);
    window.show();

    // The event loop keeps turning: ticks of a 50 ms timer, counted while the work goes on.
    int ticks = 0;
    QTimer heartbeat;
    heartbeat.setInterval(50);
    connect(&heartbeat, &QTimer::timeout, this, [&ticks] { ++ticks; });
    heartbeat.start();

    const QString project = QDir(m_dir.path()).filePath(QStringLiteral("banking77.tare"));
    auto answered = Journey::answerFileDialog(project);
    QVERIFY(Journey::triggerMenuPath(&window, {QStringLiteral("File"), QStringLiteral("New Project…")}));
    QVERIFY(*answered);
    QTRY_COMPARE_WITH_TIMEOUT(window.projectPath(), project, 20000);

    QVERIFY(Journey::triggerMenuPath(&window, {QStringLiteral("File"), QStringLiteral("Import"), QStringLiteral("BEIR Folder…")}));
    auto* import = window.findChild<ImportDialog*>();
    QVERIFY(import);
    Journey::typeInto(import->findChild<QLineEdit*>(QStringLiteral("importInput")), TestUtils::sharedPath(QStringLiteral("data/banking77")));
    QTRY_COMPARE_WITH_TIMEOUT(import->previewModel()->rowCount(), 20, 20000);
    QElapsedTimer clock;
    clock.start();
    ticks = 0;
    QVERIFY(Journey::clickButton(import, QStringLiteral("Import")));
    QTRY_VERIFY_WITH_TIMEOUT(!import->isImporting(), 600000);
    const qint64 importMs = clock.elapsed();
    QVERIFY2(import->statusText().startsWith(QStringLiteral("Imported 13083 documents, 77 queries")), qPrintable(import->statusText()));
    QVERIFY2(ticks >= importMs / 50 / 4, qPrintable(QStringLiteral("%1 ticks in %2 ms").arg(ticks).arg(importMs)));
    QVERIFY(Journey::clickButton(import, QStringLiteral("Close")));
    QTRY_COMPARE_WITH_TIMEOUT(window.projectSummary().datasets.size(), qsizetype(1), 20000);

    QVERIFY(Journey::triggerMenuPath(&window, {QStringLiteral("Project"), QStringLiteral("New Embedding Space…")}));
    QTRY_VERIFY_WITH_TIMEOUT(window.findChild<NewSpaceDialog*>(), 20000);
    auto* space = window.findChild<NewSpaceDialog*>();
    QCOMPARE(space->kind(), NewSpaceDialog::Kind::Lsa);
    clock.restart();
    ticks = 0;
    QVERIFY(Journey::clickButton(space, QStringLiteral("Create")));
    QTRY_VERIFY_WITH_TIMEOUT(!space->isBuilding(), 600000);
    const qint64 lsaMs = clock.elapsed();
    QVERIFY2(space->statusText().startsWith(QStringLiteral("Built space 'lsa' (dimension 256)")), qPrintable(space->statusText()));
    QVERIFY2(ticks >= lsaMs / 50 / 4, qPrintable(QStringLiteral("%1 ticks in %2 ms").arg(ticks).arg(lsaMs)));
    QVERIFY(Journey::clickButton(space, QStringLiteral("Close")));
    QTRY_COMPARE_WITH_TIMEOUT(window.projectSummary().spaces.size(), qsizetype(1), 20000);
    QCOMPARE(window.projectSummary().spaces.first().documentVectorCount, qint64(13083));
    QCOMPARE(window.projectSummary().spaces.first().queryVectorCount, qint64(77));
    qInfo("banking77 through the window: import %lld ms, LSA %lld ms", importMs, lsaMs);

    // And it runs: Run ▸ Run over the 77 queries.
    QCOMPARE(AppJourney::startRun(window, 600000), RunStatus::Finished);
    QCOMPARE(ProjectStore(project).runs().all().first().finishedQueries, qint64(77));
}

JOURNEY_MAIN(TestRealSizeJourney)
#include "tst_realsizejourney.moc"
