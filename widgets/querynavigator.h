// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/models/querylistmodel.h"

#include <QObject>

class QAction;

namespace tare {

class QueryPickerWidget;

/// The one query selection the per-query pages share (inspector, feedback, trajectory, explain):
/// the run and query shown, the run's queries in the order the window lists them, and Previous
/// Query (Alt+Left, Ctrl+[) and Next Query (Alt+Right, Ctrl+]) actions that step through them.
/// Every page gets a QueryPickerWidget bound to it, so choosing a query anywhere shows it
/// everywhere. GUI thread.
class QueryNavigator : public QObject
{
    Q_OBJECT

public:
    using Entry = QueryListModel::Entry;

    explicit QueryNavigator(QObject* parent = nullptr);

    /// The queries of a run in the order to step through; keeps the current query when it is
    /// among them.
    void setQueries(qint64 runId, const QList<Entry>& queries);
    /// Selects a query of the run (emits currentChanged when it changes); false when the query
    /// is not listed for that run.
    bool setCurrent(qint64 runId, qint64 queryId);
    /// Forgets the run, its queries and the selection.
    void clear();

    qint64 runId() const { return m_runId; }
    qint64 currentQuery() const { return m_queryId; }
    /// The row of the current query (-1: none).
    int currentRow() const;
    int count() const;
    /// "q12 · how do I …", as the pickers show the current query.
    QString currentText() const;

    bool next();
    bool previous();
    QAction* nextAction() const { return m_next; }
    QAction* previousAction() const { return m_previous; }
    /// The list the pickers show (display text and QueryListModel::QueryIdRole).
    QueryListModel* model() const { return m_model; }
    /// A picker bound to this navigator, for a page.
    QueryPickerWidget* createPicker(QWidget* parent);

Q_SIGNALS:
    void currentChanged(qint64 runId, qint64 queryId);

private:
    void updateActions();
    bool step(int by);

    qint64 m_runId = 0;
    qint64 m_queryId = 0;
    QueryListModel* m_model;
    QAction* m_previous;
    QAction* m_next;
};

} // namespace tare
