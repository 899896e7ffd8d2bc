// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
//
// Does every page of the real window open without stalling it on a big project? Opens PROJECT in
// MainWindow (1280×800) as File ▸ Open does, then visits every page in tab order with a query
// selected, scrolls the Corpus page's document table down page after page, filters it by a word,
// and starts a run from the run form and follows it to its end. A page counts as shown once its
// background jobs have ended. Meanwhile a 10 ms timer records how late it fires: the event loop's
// stalls. Per phase it prints the wall time until the page shows its content and the lateness
// (p99, max); per repetition a new window opens the file again (and shows the run the last one
// made); the last lines are the medians over repetitions. bench/gui_million.sh builds a
// 1,000,000-document project and runs this on it.
//
//   QT_QPA_PLATFORM=offscreen bench_gui_pages PROJECT [REPEATS] [FILTER_WORD]

#include "app/appsettings.h"
#include "app/mainwindow.h"
#include "bench/latenessprobe.h"
#include "core/jobs/jobtracker.h"
#include "core/models/corpusmodel.h"
#include "widgets/corpusbrowserwidget.h"
#include "widgets/tsvtableview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QScrollBar>
#include <QTabWidget>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>

using namespace tare;

namespace {

/// Turns the event loop until `ready` or the timeout; true when ready.
bool waitFor(const std::function<bool()>& ready, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!ready()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::msleep(1);
    }
    return true;
}

struct Phase
{
    double seconds = 0.0;
    double p99LateMs = 0.0;
    double maxLateMs = 0.0;
    bool done = false;
};

/// Runs `start`, then waits (turning the event loop) until `ready` or the timeout, while a probe
/// records how late a 10 ms timer fires.
Phase measure(const std::function<void()>& start, const std::function<bool()>& ready, int timeoutMs = 600000)
{
    bench::LatenessProbe probe;
    probe.start();
    // The probe ticks before the phase starts, so a start that blocks the loop counts as a stall.
    waitFor([] { return false; }, 30);
    QElapsedTimer clock;
    clock.start();
    start();
    Phase phase;
    phase.done = waitFor(ready, timeoutMs);
    phase.seconds = clock.nsecsElapsed() / 1e9;
    // A few more ticks: a stall right after the content appeared counts too.
    waitFor([] { return false; }, 100);
    probe.stop();
    const bench::LatenessProbe::Summary lateness = probe.summary();
    phase.p99LateMs = lateness.p99Ms;
    phase.maxLateMs = lateness.maxMs;
    return phase;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0.0 : values[values.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    AppSettings::setUpApplication();
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_gui_pages PROJECT [REPEATS] [FILTER_WORD]\n");
        return 2;
    }
    const QString project = QString::fromLocal8Bit(argv[1]);
    const int repeats = argc > 2 ? std::atoi(argv[2]) : 3;
    const QString word = argc > 3 ? QString::fromLocal8Bit(argv[3]) : QStringLiteral("refund");
    std::map<QString, std::vector<Phase>> phases;
    std::vector<QString> order;
    auto record = [&](const QString& name, const Phase& phase) {
        if (!phases.count(name))
            order.push_back(name);
        phases[name].push_back(phase);
        std::printf("  %-28s %8.2f s   late p99 %7.1f ms  max %7.1f ms%s\n", qPrintable(name), phase.seconds, phase.p99LateMs,
                    phase.maxLateMs, phase.done ? "" : "   (timed out)");
        std::fflush(stdout);
    };

    for (int repeat = 1; repeat <= repeats; ++repeat) {
        std::printf("repetition %d\n", repeat);
        MainWindow window(QStringLiteral(TARE_SOURCE_DIR "/sample_data"));
        window.resize(1280, 800);
        window.show();
        int loaded = 0, inspected = 0, shown = 0;
        qint64 matches = -2;
        QObject::connect(&window, &MainWindow::projectLoaded, [&] { ++loaded; });
        QObject::connect(&window, &MainWindow::queryInspected, [&] { ++inspected; });
        record(QStringLiteral("open (newest run shown)"), measure([&] { window.openProject(project); }, [&] { return loaded > 0; }));
        record(QStringLiteral("first query inspected"), measure([&] { window.selectFirstQuery(); }, [&] { return inspected > 0; }));

        auto* corpus = window.findChild<CorpusBrowserWidget*>();
        QObject::connect(corpus, &CorpusBrowserWidget::projectShown, [&] { ++shown; });
        int scrolled = 0;
        QObject::connect(corpus, &CorpusBrowserWidget::filterCounted, [&](qint64 count) { matches = count; });
        for (int page = 0; page < window.pages()->count(); ++page) {
            const QString name = QStringLiteral("page %1").arg(window.pages()->tabText(page).remove(QLatin1Char('&')));
            if (page == MainWindow::CorpusPage) {
                // Shown once the documents are listed (the first time: after the search index is built).
                record(name, measure([&] { window.showPage(page); },
                                     [&] { return shown > 0 || corpus->model()->rowCount() > 0; }));
                continue;
            }
            // Other pages load on workers: shown once the job pool has been idle for 300 ms (and
            // at least 1.5 s after the page appeared), so results arriving late count too.
            QElapsedTimer shownFor, idleFor;
            record(name, measure(
                             [&] {
                                 shownFor.start();
                                 idleFor.invalidate();
                                 window.showPage(page);
                             },
                             [&] {
                                 if (JobTracker::workerPool()->activeThreadCount() > 0)
                                     idleFor.invalidate();
                                 else if (!idleFor.isValid())
                                     idleFor.start();
                                 return shownFor.elapsed() >= 1500 && idleFor.isValid() && idleFor.elapsed() >= 300;
                             }));
        }

        // The Corpus page scrolls: each step to the end of the table makes it fetch the next page.
        window.showPage(MainWindow::CorpusPage);
        TsvTableView* table = corpus->tableView();
        const int before = corpus->model()->rowCount();
        const int wanted = before + 20 * corpus->model()->pageSize();
        record(QStringLiteral("corpus: scroll 20 pages"), measure(
                                                                  [&] {},
                                                                  [&] {
                                                                      table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum());
                                                                      scrolled = corpus->model()->rowCount();
                                                                      return scrolled >= wanted;
                                                                  }));
        record(QStringLiteral("corpus: filter \"%1\"").arg(word),
               measure([&] { matches = -2; corpus->setFilter(word); }, [&] { return matches != -2; }));
        std::printf("  corpus rows listed before scrolling: %d, after: %d; matches of the filter: %lld\n", before, scrolled, matches);

        // A live run with the run form's settings, started as Run ▸ Start does: the dashboard
        // follows it query by query.
        int finished = 0;
        QObject::connect(&window, &MainWindow::runFinished, [&] { ++finished; });
        record(QStringLiteral("live run (dashboard shown)"), measure([&] { window.startRun(); }, [&] { return finished > 0; }));
    }

    std::printf("medians over %d repetitions\n", repeats);
    for (const QString& name : order) {
        std::vector<double> seconds, p99, max;
        for (const Phase& phase : phases[name]) {
            seconds.push_back(phase.seconds);
            p99.push_back(phase.p99LateMs);
            max.push_back(phase.maxLateMs);
        }
        std::printf("  %-28s %8.2f s   late p99 %7.1f ms  max %7.1f ms\n", qPrintable(name), median(seconds), median(p99), median(max));
    }
    return 0;
}
