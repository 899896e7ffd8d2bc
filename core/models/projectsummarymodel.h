// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/db/projecttypes.h"

#include <QAbstractItemModel>

namespace tare {

/// A two-level tree of what a project holds: datasets, and under each its embedding spaces, with
/// their kind, dimension, counts (documents, queries, labels, runs) and templates as columns.
/// Fed whole with setSummary() on the GUI thread; QtCore only, so it is tested headless.
class ProjectSummaryModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        KindColumn,
        DimensionColumn,
        DocumentsColumn,
        QueriesColumn,
        LabelsColumn,
        RunsColumn,
        TemplatesColumn,
        ColumnCount
    };

    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< dataset or space id
        IsSpaceRole,
        DatasetIdRole, ///< the dataset of the row (itself for a dataset row)
    };

    explicit ProjectSummaryModel(QObject* parent = nullptr);

    void setSummary(const ProjectSummary& summary);
    const ProjectSummary& summary() const { return m_summary; }
    /// The index (column 0) of the dataset or space with this id; invalid when absent.
    QModelIndex indexOfDataset(qint64 datasetId) const;
    QModelIndex indexOfSpace(qint64 spaceId) const;
    /// How a space reads in the Kind column: its provider ("built-in LSA", "endpoint: model", …),
    /// and "· float16" for a space that stores its vectors as float16.
    static QString spaceKind(const SpaceInfo& space);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static constexpr quintptr s_datasetLevel = 0;
    QList<SpaceInfo> spacesOf(int datasetRow) const;
    /// The provider part of spaceKind().
    static QString providerKind(const SpaceInfo& space);

    ProjectSummary m_summary;
    QList<QList<SpaceInfo>> m_spaces; // per dataset row
};

} // namespace tare
