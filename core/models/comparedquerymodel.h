// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/inspect/runcomparison.h"

#include "core/models/recordtablemodel.h"

namespace tare {

/// The queries of a comparison as a table: query, AP of A, AP of B and Δ = B − A, one row per
/// query both systems finished. SortRole gives numbers for a sort proxy (the query column sorts
/// by external id); QueryIdRole the query's internal id on every column. GUI thread; QtCore only.
class ComparedQueryModel : public RecordTableModel<ComparedQuery>
{
    Q_OBJECT

public:
    enum Column
    {
        QueryColumn,
        ApAColumn,
        ApBColumn,
        DeltaColumn,
        ColumnCount
    };

    enum Role
    {
        SortRole = Qt::UserRole + 1,
        QueryIdRole,
    };

    explicit ComparedQueryModel(QObject* parent = nullptr);

    void setQueries(const QList<ComparedQuery>& queries);
    const QList<ComparedQuery>& queries() const { return records(); }
    /// The row of a query, or -1.
    int rowOfQuery(qint64 queryId) const;

protected:
    QVariant recordData(const ComparedQuery& query, int column, int role) const override;
};

} // namespace tare
