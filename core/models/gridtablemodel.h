// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/report/gridreport.h"

#include <QAbstractTableModel>

namespace tare {

/// A grid's result as the paper's table: one row per embedder × judge × refiner, one column per
/// dataset with MAP before → after and the relative change, and their mean — the texts of
/// GridReport's Markdown, HTML and CSV (GridReport::cellText, mapText). The dataset columns
/// follow the report, so the column count changes with setReport(). GUI thread; QtCore only.
class GridTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        EmbedderColumn,
        JudgeColumn,
        RefinerColumn,
        FirstDatasetColumn, ///< then one per dataset, then the mean
    };

    enum Role
    {
        RunIdRole = Qt::UserRole + 1, ///< a dataset cell's run (0: none)
    };

    explicit GridTableModel(QObject* parent = nullptr);

    void setReport(const GridReport& report);
    const GridReport& report() const { return m_report; }
    /// The column of the mean over the datasets.
    int meanColumn() const { return FirstDatasetColumn + int(m_report.datasets.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const GridCellResult* cellAt(const QModelIndex& index) const;

    GridReport m_report;
    QList<GridReport::Row> m_rows; ///< point into m_report's cells
};

} // namespace tare
