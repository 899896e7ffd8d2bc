// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/db/runoverview.h"

#include "core/models/recordtablemodel.h"

namespace tare {

/// Every run of a project as a table, newest first: id, name, where it came from (workbench,
/// command line, an experiment's cell, human feedback on another run), dataset, space, judge,
/// refiner, its parameters (steps, learning rate, judged budget, evaluation interval), status with
/// the queries done, MAP before and after with their difference, and when it was started.
/// SortRole gives numbers for a sort proxy, RunIdRole the run's id on every column. Fed whole
/// with setRuns() on the GUI thread. QtCore only.
class RunListModel : public RecordTableModel<RunOverview>
{
    Q_OBJECT

public:
    enum Column
    {
        IdColumn,
        NameColumn,
        OriginColumn,
        DatasetColumn,
        SpaceColumn,
        JudgeColumn,
        RefinerColumn,
        ParametersColumn,
        StatusColumn,
        MapBeforeColumn,
        MapAfterColumn,
        DeltaColumn,
        CreatedColumn,
        ColumnCount
    };

    enum Role
    {
        SortRole = Qt::UserRole + 1,
        RunIdRole,
    };

    explicit RunListModel(QObject* parent = nullptr);

    void setRuns(const QList<RunOverview>& runs);
    const QList<RunOverview>& runs() const { return records(); }
    const RunOverview& run(int row) const { return record(row); }
    /// The row of a run, or -1 when it is not listed.
    int rowOf(qint64 runId) const;
    /// The overview of a run, or nullptr.
    const RunOverview* find(qint64 runId) const;

    /// "Workbench", "Command line", "Experiment 3", "Human feedback on run 5".
    static QString originText(const RunOverview& run);
    /// The run's parameters in one line ("100 steps · lr 0.0001 · 20 judged, 20 from the top, seed 42").
    static QString parametersText(const RunOverview& run);
    /// "finished", "cancelled at 5 of 23 queries", "running: 5 of 23 queries", …
    static QString statusText(const RunOverview& run);
    /// When the run was started, in local time ("2026-12-07 05:12").
    static QString createdText(const RunOverview& run);
    /// A translated run status ("finished", "cancelled", …).
    static QString statusName(RunStatus status);
    /// The run in one line for headings and dialogs: "Run 12 · nuance · lsa · gold labels · KL-Adam".
    static QString describe(const RunOverview& run);

protected:
    QVariant recordData(const RunOverview& run, int column, int role) const override;
};

} // namespace tare
