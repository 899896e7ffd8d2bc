// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/db/projecttypes.h"

#include <QAbstractItemModel>

namespace tare {

/// A two-level tree of what a project holds: datasets, and under each its embedding spaces,
/// with their counts as columns. Fed whole with setSummary() on the GUI thread; QtCore only, so
/// it is tested headless.
class ProjectSummaryModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        KindColumn,
        DocumentsColumn,
        QueriesColumn,
        LabelsColumn,
        ColumnCount
    };

    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< dataset or space id
        IsSpaceRole,
    };

    explicit ProjectSummaryModel(QObject* parent = nullptr);

    void setSummary(const ProjectSummary& summary);
    const ProjectSummary& summary() const { return m_summary; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static constexpr quintptr s_datasetLevel = 0;
    QList<SpaceInfo> spacesOf(int datasetRow) const;

    ProjectSummary m_summary;
    QList<QList<SpaceInfo>> m_spaces; // per dataset row
};

} // namespace tare
