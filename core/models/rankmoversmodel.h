// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/models/tablemodel.h"
#include "core/inspect/queryinspection.h"


namespace tare {

/// The rank movers of a query inspection as a table: rank change, document, text, gold grade,
/// the judge's score (when it judged the document), rank before and after. Risers come first.
/// GUI thread; QtCore only.
class RankMoversModel : public TableModel
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
    const RankMover& mover(int row) const { return m_movers[row]; }

protected:
    int rows() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    QList<RankMover> m_movers;
};

} // namespace tare
