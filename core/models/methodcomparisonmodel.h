// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/models/recordtablemodel.h"
#include "core/experiment/experimentresult.h"


namespace tare {

/// A method comparison as a table, one row per method in the comparison's order: MAP, ΔMAP
/// against "none", win/tie/loss, the paired t-test and randomization p-values and the bootstrap
/// 95 % CI of Δ. SortRole gives numbers for a sort proxy. GUI thread; QtCore only.
class MethodComparisonModel : public RecordTableModel<MethodResult>
{
    Q_OBJECT

public:
    enum Column
    {
        MethodColumn,
        SpaceColumn,
        MapColumn,
        DeltaColumn,
        WinTieLossColumn,
        TTestColumn,
        RandomizationColumn,
        CiColumn,
        ColumnCount
    };

    enum Role
    {
        SortRole = Qt::UserRole + 1,
    };

    explicit MethodComparisonModel(QObject* parent = nullptr);

    void setComparison(const MethodComparisonResult& comparison);
    const MethodComparisonResult& comparison() const { return m_comparison; }

    /// A p-value as the table shows it ("< 0.001", "0.042", "–").
    static QString formatP(double p);

private:
    MethodComparisonResult m_comparison;
};

} // namespace tare
