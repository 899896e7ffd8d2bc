// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/models/tablemodel.h"

#include <QList>

#include <functional>
#include <utility>

namespace tare {

/// A TableModel over a list of records (runs, experiments, compared queries …) whose columns
/// are declared once, as a table: per column its header, what it shows, what it sorts by and
/// whether it is a number column (right-aligned). The base answers DisplayRole, the model's sort
/// role and TextAlignmentRole from that table and keeps the records; a model adds only what the
/// table cannot say (tool tips, id roles) in recordData(). GUI thread; QtCore only.
template<typename Record>
class RecordTableModel : public TableModel
{
public:
    using Value = std::function<QVariant(const Record&)>;

    /// One column: its header, its shown value, its sort value (the shown one when empty) and
    /// whether it holds numbers.
    struct Field
    {
        // A constructor rather than default member initializers: GCC 12 fails on those here
        // (internal compiler error in nothrow_spec_p).
        Field(Column header, Value display, Value sort = Value(), bool number = false)
            : header(header)
            , display(std::move(display))
            , sort(std::move(sort))
            , number(number)
        {
        }

        Column header;
        Value display;
        Value sort;
        bool number;
    };

    const QList<Record>& records() const { return m_records; }
    const Record& record(int row) const { return m_records[row]; }

protected:
    /// `sortRole` is the role a sort proxy asks for (none: -1).
    RecordTableModel(QList<Field> fields, int sortRole, QObject* parent)
        : TableModel(headers(fields), parent)
        , m_fields(std::move(fields))
        , m_sortRole(sortRole)
    {
    }

    /// Replaces every record in one model reset; `alsoChange()` runs in the same reset (the
    /// model's own state the columns read, such as names for ids).
    template<typename Also>
    void setRecords(const QList<Record>& records, Also alsoChange)
    {
        resetWith([&] {
            m_records = records;
            alsoChange();
        });
    }
    void setRecords(const QList<Record>& records)
    {
        setRecords(records, [] {});
    }

    /// Appends one record as the last row; `alsoChange()` runs before views hear of the row.
    template<typename Also>
    void appendRecord(const Record& record, Also alsoChange)
    {
        const int at = int(m_records.size());
        beginInsertRows({}, at, at);
        m_records.append(record);
        alsoChange();
        endInsertRows();
    }

    /// Replaces the record of one row; views repaint the row.
    void replaceRecord(int row, const Record& record)
    {
        m_records[row] = record;
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    }

    /// Lets `change(record)` edit every record in place, then has views repaint `column` of
    /// every row.
    template<typename Change>
    void updateRecords(Change change, int column)
    {
        if (m_records.isEmpty())
            return;
        for (Record& record : m_records)
            change(record);
        Q_EMIT dataChanged(index(0, column), index(int(m_records.size()) - 1, column));
    }

    /// The data of the roles the column table does not answer; nothing by default.
    virtual QVariant recordData(const Record& record, int column, int role) const
    {
        Q_UNUSED(record);
        Q_UNUSED(column);
        Q_UNUSED(role);
        return {};
    }

    int rows() const final { return int(m_records.size()); }

    QVariant cell(int row, int column, int role) const final
    {
        const Record& record = m_records[row];
        const Field& field = m_fields[column];
        if (role == Qt::DisplayRole)
            return field.display(record);
        if (role == m_sortRole)
            return field.sort ? field.sort(record) : field.display(record);
        if (role == Qt::TextAlignmentRole && field.number)
            return numberAlignment();
        return recordData(record, column, role);
    }

private:
    static QList<Column> headers(const QList<Field>& fields)
    {
        QList<Column> result;
        for (const Field& field : fields)
            result.append(field.header);
        return result;
    }

    QList<Field> m_fields;
    int m_sortRole;
    QList<Record> m_records;
};

} // namespace tare
