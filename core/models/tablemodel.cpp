// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/models/tablemodel.h"

#include <QCoreApplication>

namespace tare {

TableModel::TableModel(QList<Column> columns, QObject* parent)
    : QAbstractTableModel(parent)
    , m_columns(std::move(columns))
{
}

int TableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : rows();
}

int TableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant TableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return cell(index.row(), index.column(), role);
}

QVariant TableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return {};
    // The subclass's tr() context: its QT_TR_NOOP texts are catalogued under its class name.
    const char* context = metaObject()->className();
    const Column& column = m_columns[section];
    if (role == Qt::DisplayRole)
        return QCoreApplication::translate(context, column.title);
    if (role == Qt::ToolTipRole && column.toolTip)
        return QCoreApplication::translate(context, column.toolTip);
    return {};
}

} // namespace tare
