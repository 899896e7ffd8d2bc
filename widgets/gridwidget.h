// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/experiment/gridrunner.h"
#include "core/jobs/jobtracker.h"

#include <QThreadPool>
#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;

namespace tare {

class GridCellModel;
class GridTableModel;

/// The grid of the Experiments page, as `tare-cli grid` runs it: datasets × spaces × judges ×
/// refiners ticked in checkable lists, Run Grid and Stop, each cell's state while it goes
/// (reused, running with its queries, finished, failed with the reason, stopped), and the paper's
/// table (MAP before → after and relative Δ per dataset and their mean) with Export Table….
/// GridRunner does the work as a JobTracker job with its own ProjectStore: it reuses every cell
/// that ran before with the same definition, goes past a failed cell when asked, and keeps the
/// finished cells (and queries) when stopped. The worker shares only a small feed with the widget
/// (the stop flag, the plan, cell events under a mutex, the running cell's query count), which a
/// timer drains about 10 times a second. GUI thread.
class GridWidget : public QWidget
{
    Q_OBJECT

public:
    explicit GridWidget(QWidget* parent = nullptr);
    /// Stops a grid in flight (its finished cells are kept).
    ~GridWidget() override;

    /// Lists the project's datasets and spaces in the background.
    void setProject(const QString& projectPath);
    /// Where HTTP judges are served (Settings): the LLM judges are offered once configured.
    void setJudgeEndpoint(const QString& endpoint, const QString& model);
    /// How the grid's HTTP judges are reached (key source, concurrency, timeouts).
    void setJudgeConnection(const RemoteJudgeSettings& connection);

    /// The grid the form describes.
    GridSettings settings() const;
    /// Runs the form's grid; false when one is running or nothing is ticked in a list.
    bool start();
    bool start(const GridSettings& settings);
    /// Stops after the current refinement step; finished cells and queries are kept.
    void stop();
    bool isRunning() const;
    /// Writes the shown table; the format follows the suffix (.md, .html, .csv; else HTML).
    void exportTable(const QString& path);

    /// The last grid's report (empty before one ended).
    const GridReport& report() const;
    QListWidget* datasetsList() const { return m_datasets; }
    QListWidget* spacesList() const { return m_spaces; }
    QListWidget* judgesList() const { return m_judges; }
    QListWidget* refinersList() const { return m_refiners; }
    QSpinBox* stepsBox() const { return m_steps; }
    QCheckBox* continueBox() const { return m_continue; }
    GridCellModel* cellModel() const { return m_cellModel; }
    GridTableModel* tableModel() const { return m_tableModel; }
    QTableView* tableView() const { return m_table; }
    QTableView* cellView() const { return m_cellView; }
    QString statusText() const;

Q_SIGNALS:
    void projectListed(int datasets, int spaces);
    /// The grid's cells are planned and it begins.
    void gridStarted(int cells);
    void cellFinished(int index, const QString& status);
    /// The grid ended: all cells ran, or it was stopped, or it stopped at a failed cell.
    void gridFinished(bool stopped);
    /// The grid could not start or ended outside its cells (an unknown dataset, the project file).
    void gridFailed(const QString& message);
    void tableExported(const QString& path);
    void exportFailed(const QString& message);

private:
    struct Feed;

    QWidget* buildForm();
    QWidget* buildResults();
    void listProject();
    void drainFeed();
    void setRunning(bool running);
    void updateRunnable();
    void askExport();

    QString m_projectPath;
    QString m_judgeEndpoint;
    QString m_judgeModel;
    RemoteJudgeSettings m_connection;
    std::shared_ptr<Feed> m_feed; ///< the running grid's, shared with its worker
    JobTracker m_listings;
    /// The grid's own thread: it runs for minutes without taking one of the shared pool's few
    /// threads, and destroying the widget waits for the stopped grid to end.
    QThreadPool m_gridPool;
    JobTracker m_grids; ///< the grid itself: every result delivered
    JobTracker m_exports; ///< writing the table

    QListWidget* m_datasets;
    QListWidget* m_spaces;
    QListWidget* m_judges;
    QListWidget* m_refiners;
    QSpinBox* m_steps;
    QCheckBox* m_continue;
    QPushButton* m_run;
    QPushButton* m_stop;
    QProgressBar* m_progress;
    QLabel* m_status;
    GridCellModel* m_cellModel;
    QTableView* m_cellView;
    GridTableModel* m_tableModel;
    QTableView* m_table;
    QPushButton* m_export;
    QTimer* m_drain;
};

} // namespace tare
