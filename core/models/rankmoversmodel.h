// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/models/recordtablemodel.h"
#include "core/inspect/queryinspection.h"


namespace tare {

/// The rank movers of a query inspection as a table: rank change, document, text, gold grade,
/// the judge's score (when it judged the document), rank before and after. Risers come first.
/// GUI thread; QtCore only.
class RankMoversModel : public RecordTableModel<RankMover>
{
    Q_OBJECT

public:
    enum Column
    {
        ChangeColumn,
        DocumentColumn,
        TextColumn,
        GoldColumn,
        JudgmentColumn,
        RankBeforeColumn,
        RankAfterColumn,
        ColumnCount
    };

    explicit RankMoversModel(QObject* parent = nullptr);

    void setMovers(const QList<RankMover>& movers);
    const RankMover& mover(int row) const { return record(row); }

protected:
    QVariant recordData(const RankMover& mover, int column, int role) const override;
};

} // namespace tare
