// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/db/runrecords.h"

#include <QObject>
#include <QStringList>

#include <functional>

namespace tare {

class MainWindow;

/// `tare --screenshot FILE`: once the project is open, runs the dashboard's default run (when
/// the project shows none yet, or with --run), selects the first query, then shows every page in
/// turn and saves FILE-<page>.png of the window for each (project, runs, dashboard, inspector,
/// feedback, trajectory, compare, corpus, explain, experiments with the newest stored experiment
/// opened), FILE itself showing the
/// dashboard, and quits. Each page is grabbed when the background work it started has ended
/// (the job pool is idle), so the per-query views show their figures.
///
/// Exit codes: 0 every page grabbed as asked, 1 the run could not start, 2 the project failed
/// to open, 3 the run did not end with an inspected query (the pages are grabbed anyway).
class ScreenshotTour : public QObject
{
    Q_OBJECT

public:
    ScreenshotTour(MainWindow* window, const QString& file, bool forceRun);

    /// File names of the pages, in tab order (the English page names, whatever the language).
    static QStringList pageNames(int count);
    /// Runs after the pages were grabbed and before the program quits (more shots); it calls the
    /// function it is given when it is done.
    void setAfterPages(std::function<void(std::function<void()>)> afterPages) { m_afterPages = std::move(afterPages); }

private:
    void projectLoaded();
    void runFinished(tare::RunStatus status);
    void queryInspected();
    void grabPages(int exitCode);
    void grabPage(int page);
    /// Calls `then` once no background task has run for a few checks in a row.
    void whenIdle(const std::function<void()>& then);

    MainWindow* m_window;
    QString m_file;
    QString m_stem;
    bool m_forceRun;
    bool m_running = false;
    bool m_grabbing = false;
    int m_exitCode = 0;
    std::function<void(std::function<void()>)> m_afterPages;
};

} // namespace tare
