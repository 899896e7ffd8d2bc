// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/experiment/gridrunner.h"
#include "core/models/tablemodel.h"

namespace tare {

/// The cells of a grid while it runs, one row per cell in plan order: dataset, embedder, judge,
/// refiner, its state (waiting, what it will do, running with its query count, reused with its
/// run, finished, failed with the reason, cancelled, not run) and MAP before → after once known.
/// Fed from GridRunner's plan and callbacks; GUI thread; QtCore only.
class GridCellModel : public TableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DatasetColumn,
        EmbedderColumn,
        JudgeColumn,
        RefinerColumn,
        MapColumn,
        StateColumn, ///< last: a failure's reason can be long
        ColumnCount
    };

    enum Role
    {
        StatusRole = Qt::UserRole + 1, ///< waiting, running, building, reused, finished, failed, cancelled, not run
        RunIdRole,
    };

    explicit GridCellModel(QObject* parent = nullptr);

    /// A new grid: every cell waiting, with what it will do (reuse, resume, run).
    void setPlan(const QList<GridCellPlan>& plan);
    /// The cell's space is being built.
    void setBuilding(int index);
    /// The cell begins: reused, or its run starts (or continues).
    void setStarted(int index, const GridCellPlan& cell);
    /// Queries of the running cell.
    void setProgress(int index, qint64 done, qint64 total);
    void setFinished(int index, const GridCellResult& result);
    /// The grid ended: every cell as the report has it (cancelled and not run ones included).
    void setReport(const GridReport& report);

    qsizetype count() const { return m_cells.size(); }
    /// Cells in this status.
    int countWithStatus(const QString& status) const;

protected:
    int rows() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    struct Cell
    {
        GridCellPlan plan;
        QString status;
        qint64 done = 0;
        qint64 total = 0;
        GridCellResult result;
    };
    QString stateText(const Cell& cell) const;
    void changed(int index);

    QList<Cell> m_cells;
};

} // namespace tare
