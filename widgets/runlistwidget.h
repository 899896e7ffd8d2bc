// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;

namespace tare {

class RunListModel;
class TsvTableView;

/// The run list: every run of the project (RunListModel) in a sortable, filterable table, with
/// Open (Enter or double-click: the run in the dashboard and every per-query page), Use Settings
/// (the run's settings into the form for the next run), Rename (F2) and Delete (Del, after a
/// confirmation that says what goes and what stays). The widget asks; the window does the work
/// and feeds the model again. GUI thread.
class RunListWidget : public QWidget
{
    Q_OBJECT

public:
    explicit RunListWidget(RunListModel* model, QWidget* parent = nullptr);

    /// The selected run (0: none).
    qint64 currentRun() const;
    /// Selects a run's row (when listed); false otherwise.
    bool selectRun(qint64 runId);
    /// The text of the confirmation Delete asks, for a run of the model.
    QString deleteQuestion(qint64 runId) const;

    RunListModel* model() const { return m_model; }
    TsvTableView* tableView() const { return m_table; }
    QLineEdit* filterEdit() const { return m_filter; }
    QAction* openAction() const { return m_open; }
    QAction* renameAction() const { return m_rename; }
    QAction* deleteAction() const { return m_delete; }
    QAction* useSettingsAction() const { return m_useSettings; }

Q_SIGNALS:
    void openRequested(qint64 runId);
    void useSettingsRequested(qint64 runId);
    void renameRequested(qint64 runId, const QString& name);
    void deleteRequested(qint64 runId);

private:
    void askRename();
    void askDelete();
    void updateActions();

    RunListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QLabel* m_count;
    TsvTableView* m_table;
    QAction* m_open;
    QAction* m_useSettings;
    QAction* m_rename;
    QAction* m_delete;
};

} // namespace tare
