// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>

#include <algorithm>
#include <iterator>

namespace tare {

/// The common part of Tare's flat item models: a fixed list of columns, each with a title and an
/// optional tool tip, and rows that a subclass describes cell by cell. The base answers
/// rowCount(), columnCount() and headerData() and checks every index before it asks for a cell,
/// so a model only gives its columns (QT_TR_NOOP texts, translated in the model's own context
/// when shown), rows() and cell() — the idea of hotspot's TreeModel base, for tables. GUI thread;
/// QtCore only.
class TableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// A column's header: untranslated texts (QT_TR_NOOP in the model), translated with the
    /// model's class as context each time they are shown.
    struct Column
    {
        const char* title = "";
        const char* toolTip = nullptr;
    };

    int rowCount(const QModelIndex& parent = {}) const final;
    int columnCount(const QModelIndex& parent = {}) const final;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const final;
    /// Horizontal headers only: the column's title (DisplayRole) and tool tip (ToolTipRole).
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const final;

protected:
    TableModel(QList<Column> columns, QObject* parent);

    /// How many rows the table has.
    virtual int rows() const = 0;
    /// The data of one cell for a role; row and column are valid.
    virtual QVariant cell(int row, int column, int role) const = 0;

    /// Right-aligned and vertically centred: the alignment of number columns.
    static QVariant numberAlignment() { return int(Qt::AlignRight | Qt::AlignVCenter); }

    /// Replaces the table's contents in one model reset: `change()` runs between
    /// beginResetModel() and endResetModel(), so views see the new rows whole.
    template<typename Change>
    void resetWith(Change change)
    {
        beginResetModel();
        change();
        endResetModel();
    }

    /// The row of the first record for which `matches(record)` holds, or -1.
    template<typename Rows, typename Matches>
    static int rowWhere(const Rows& rows, Matches matches)
    {
        const auto found = std::find_if(rows.begin(), rows.end(), matches);
        return found == rows.end() ? -1 : int(std::distance(rows.begin(), found));
    }

private:
    QList<Column> m_columns;
};

} // namespace tare
