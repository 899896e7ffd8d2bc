// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "app/screenshottour.h"

#include "app/mainwindow.h"
#include "app/threadpoolidle.h"
#include "core/models/experimentlistmodel.h"
#include "widgets/experimentwidget.h"
#include "widgets/gridwidget.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTabWidget>
#include <QTimer>

namespace tare {

namespace {

constexpr int s_maxChecks = 600;        ///< at most a minute per page
constexpr int s_inspectTimeoutMs = 30000;
constexpr int s_tourTimeoutMs = 600000; ///< the whole tour, run included

} // namespace

ScreenshotTour::ScreenshotTour(MainWindow* window, const QString& file, bool forceRun)
    : QObject(window)
    , m_window(window)
    , m_file(file)
    , m_forceRun(forceRun)
{
    const QFileInfo info(file);
    m_stem = info.dir().filePath(info.completeBaseName());
    connect(window, &MainWindow::projectLoaded, this, &ScreenshotTour::projectLoaded);
    connect(window, &MainWindow::projectFailed, this, [this] { grabPages(2); });
    connect(window, &MainWindow::runFinished, this, &ScreenshotTour::runFinished);
    connect(window, &MainWindow::queryInspected, this, &ScreenshotTour::queryInspected);
    QTimer::singleShot(s_tourTimeoutMs, this, [] { QCoreApplication::exit(3); });
}

QStringList ScreenshotTour::pageNames(int count)
{
    // Indexed by MainWindow::Page.
    QStringList names{QStringLiteral("project"),    QStringLiteral("runs"),      QStringLiteral("dashboard"), QStringLiteral("inspector"),
                      QStringLiteral("feedback"),   QStringLiteral("trajectory"), QStringLiteral("compare"),
                      QStringLiteral("corpus"),     QStringLiteral("explain"),   QStringLiteral("experiments"),
                      QStringLiteral("annotate")};
    for (int page = int(names.size()); page < count; ++page)
        names.append(QStringLiteral("page%1").arg(page + 1));
    return names.mid(0, count);
}

void ScreenshotTour::projectLoaded()
{
    if (m_grabbing || m_running)
        return;
    if (!m_forceRun && m_window->selectFirstQuery()) {
        QTimer::singleShot(s_inspectTimeoutMs, this, [this] { grabPages(3); }); // nothing was inspected
        return;
    }
    m_running = true;
    if (!m_window->startRun())
        grabPages(1);
}

void ScreenshotTour::runFinished(RunStatus status)
{
    if (!m_running || m_grabbing)
        return;
    m_running = false;
    if (status != RunStatus::Finished || !m_window->selectFirstQuery()) {
        grabPages(3);
        return;
    }
    QTimer::singleShot(s_inspectTimeoutMs, this, [this] { grabPages(3); });
}

void ScreenshotTour::queryInspected()
{
    if (!m_running)
        grabPages(0);
}

void ScreenshotTour::grabPages(int exitCode)
{
    if (std::exchange(m_grabbing, true))
        return;
    m_exitCode = exitCode;
    grabPage(0);
}

void ScreenshotTour::grabPage(int page)
{
    QTabWidget* pages = m_window->pages();
    if (page >= pages->count()) {
        // FILE: the window as a person sees it after the run, on the dashboard.
        pages->setCurrentIndex(MainWindow::DashboardPage);
        whenIdle([this] {
            m_window->grab().save(m_file);
            if (m_afterPages)
                m_afterPages([this] { QCoreApplication::exit(m_exitCode); });
            else
                QCoreApplication::exit(m_exitCode);
        });
        return;
    }
    pages->setCurrentIndex(page); // per-query pages load the selected query now
    // The experiments page shows the newest stored experiment's result, when there is one.
    if (page == MainWindow::ExperimentsPage) {
        auto* experiments = m_window->findChild<ExperimentWidget*>();
        if (experiments && experiments->experimentsModel()->rowCount() > 0)
            experiments->openExperiment(experiments->experimentsModel()->experiment(0).id);
    }
    whenIdle([this, page] {
        const QString name = pageNames(m_window->pages()->count()).at(page);
        m_window->grab().save(m_stem + QLatin1Char('-') + name + QStringLiteral(".png"));
        auto* experiments = page == MainWindow::ExperimentsPage ? m_window->findChild<ExperimentWidget*>() : nullptr;
        if (!experiments) {
            grabPage(page + 1);
            return;
        }
        // The page's second tab too: the grid (FILE-experiments-grid.png).
        experiments->modeTabs()->setCurrentWidget(experiments->gridWidget());
        whenIdle([this, page, experiments, name] {
            m_window->grab().save(m_stem + QLatin1Char('-') + name + QStringLiteral("-grid.png"));
            experiments->modeTabs()->setCurrentIndex(0);
            grabPage(page + 1);
        });
    });
}

void ScreenshotTour::whenIdle(const std::function<void()>& then)
{
    ThreadPoolIdle::whenIdle(this, then, s_maxChecks);
}

} // namespace tare
