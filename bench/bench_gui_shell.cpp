// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
//
// Does the window stay responsive while data comes in and a space is built at a real size? Drives
// the real MainWindow as a person does: File ▸ Import ▸ BEIR Folder (default: banking77, 13,083
// documents) into a new project, then Project ▸ New Embedding Space (built-in LSA, d = 256).
// Meanwhile a 10 ms timer records how late it fires (the event loop's stalls) and the window is
// resized every 250 ms. The reference, measured in the same run: the same import and LSA build
// straight through core (BeirImporter, LsaSpaceBuilder) on this thread. Prints per repetition and
// the median over repetitions, with the ratio window / core.
//
//   QT_QPA_PLATFORM=offscreen bench_gui_shell [BEIR_DIR] [REPEATS]

#include "app/appsettings.h"
#include "app/mainwindow.h"
#include "bench/latenessprobe.h"
#include "core/db/projectstore.h"
#include "core/embed/lsaspacebuilder.h"
#include "core/io/beirimporter.h"
#include "widgets/importdialog.h"
#include "widgets/newspacedialog.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace tare;

namespace {

using bench::percentile;

struct Phase
{
    double seconds = 0.0;
    bench::LatenessProbe::Summary lateness;
};

/// Runs `start`, turns the event loop until `done` says so, and measures the timer's lateness.
Phase measure(QWidget& window, const std::function<void()>& start, const std::function<bool()>& done)
{
    bench::LatenessProbe probe;
    int resizes = 0;
    QTimer poker;
    QObject::connect(&poker, &QTimer::timeout, [&] { window.resize(++resizes % 2 ? QSize(1600, 1000) : QSize(1280, 800)); });
    QEventLoop loop;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QElapsedTimer clock;
    clock.start();
    probe.start();
    poker.start(250);
    check.start(5);
    start();
    loop.exec();
    Phase phase;
    phase.seconds = clock.nsecsElapsed() / 1e9;
    phase.lateness = probe.summary();
    return phase;
}

QAction* menuAction(QMainWindow& window, const QStringList& path)
{
    QList<QAction*> actions = window.menuBar()->actions();
    QAction* found = nullptr;
    for (const QString& step : path) {
        found = nullptr;
        for (QAction* action : actions) {
            if (action->text().remove(QLatin1Char('&')) == step)
                found = action;
        }
        if (!found)
            qFatal("no menu entry %s", qPrintable(step));
        if (found->menu())
            actions = found->menu()->actions();
    }
    return found;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit()); // not the user's settings
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());
    AppSettings::setUpApplication();
    const QString beir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(TARE_SOURCE_DIR "/../shared/data/banking77");
    const int repeats = argc > 2 ? std::atoi(argv[2]) : 3;

    std::vector<double> importRatios, lsaRatios, importMax, lsaMax, importP99, lsaP99;
    for (int r = 0; r < repeats; ++r) {
        // The reference: core alone, on this thread.
        QElapsedTimer clock;
        const QString reference = home.filePath(QStringLiteral("reference-%1.tare").arg(r));
        ProjectStore store(reference, ProjectStore::OpenMode::CreateIfMissing);
        clock.start();
        BeirImporter::run(store, beir, {});
        const double coreImport = clock.nsecsElapsed() / 1e9;
        clock.restart();
        LsaSpaceBuilder::build(store, store.datasets().all().first().id, {});
        const double coreLsa = clock.nsecsElapsed() / 1e9;

        // The window: an empty project, then the dialogs from the menus.
        const QString path = home.filePath(QStringLiteral("window-%1.tare").arg(r));
        { ProjectStore created(path, ProjectStore::OpenMode::CreateIfMissing); }
        MainWindow window(QString{});
        window.resize(1280, 800);
        window.show();
        QEventLoop opened;
        QObject::connect(&window, &MainWindow::projectLoaded, &opened, &QEventLoop::quit);
        window.openProject(path);
        opened.exec();

        menuAction(window, {QStringLiteral("File"), QStringLiteral("Import"), QStringLiteral("BEIR Folder…")})->trigger();
        auto* import = window.findChild<ImportDialog*>();
        import->setInputPath(beir);
        const Phase importPhase = measure(window, [import] { import->startImport(); }, [import] { return !import->isImporting(); });
        import->close();
        QEventLoop reloaded;
        QObject::connect(&window, &MainWindow::projectLoaded, &reloaded, &QEventLoop::quit);
        reloaded.exec(); // the import reopens the project

        menuAction(window, {QStringLiteral("Project"), QStringLiteral("New Embedding Space…")})->trigger();
        while (!window.findChild<NewSpaceDialog*>())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50); // the template table is read first
        auto* space = window.findChild<NewSpaceDialog*>();
        const Phase lsaPhase = measure(window, [space] { space->startBuild(); }, [space] { return !space->isBuilding(); });
        if (!space->statusText().startsWith(QStringLiteral("Built space")))
            qFatal("the space was not built: %s", qPrintable(space->statusText()));
        space->close();

        std::printf("repeat %d: import %.2f s in the window (core %.2f s, ratio %.2f; p99 lateness %.1f ms, max %.1f ms, "
                    "stalls > 50 ms: %d); LSA %.2f s (core %.2f s, ratio %.2f; p99 %.1f ms, max %.1f ms, stalls > 50 ms: %d)\n",
                    r + 1, importPhase.seconds, coreImport, importPhase.seconds / coreImport, importPhase.lateness.p99Ms,
                    importPhase.lateness.maxMs, importPhase.lateness.stallsOver50, lsaPhase.seconds, coreLsa,
                    lsaPhase.seconds / coreLsa, lsaPhase.lateness.p99Ms, lsaPhase.lateness.maxMs, lsaPhase.lateness.stallsOver50);
        importRatios.push_back(importPhase.seconds / coreImport);
        lsaRatios.push_back(lsaPhase.seconds / coreLsa);
        importMax.push_back(importPhase.lateness.maxMs);
        lsaMax.push_back(lsaPhase.lateness.maxMs);
        importP99.push_back(importPhase.lateness.p99Ms);
        lsaP99.push_back(lsaPhase.lateness.p99Ms);
    }
    std::printf("median over %d repeats: import window/core %.2f, p99 lateness %.1f ms, max %.1f ms; "
                "LSA window/core %.2f, p99 lateness %.1f ms, max %.1f ms\n",
                repeats, percentile(importRatios, 0.5), percentile(importP99, 0.5), percentile(importMax, 0.5),
                percentile(lsaRatios, 0.5), percentile(lsaP99, 0.5), percentile(lsaMax, 0.5));
    return 0;
}
