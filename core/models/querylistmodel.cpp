// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/models/querylistmodel.h"

namespace tare {

namespace {
constexpr qsizetype s_shownCharacters = 120; ///< of a query's text in the list; the tooltip has all
}

QueryListModel::QueryListModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void QueryListModel::setQueries(const QList<Entry>& queries)
{
    beginResetModel();
    m_entries = queries;
    m_rows.clear();
    m_rows.reserve(queries.size());
    for (qsizetype row = 0; row < m_entries.size(); ++row)
        m_rows.insert(m_entries[row].queryId, int(row));
    endResetModel();
}

int QueryListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant QueryListModel::data(const QModelIndex& index, int role) const
{
    // Combo boxes ask about their current row, -1 while nothing is chosen: no warning for that.
    if (!index.isValid() || index.parent().isValid() || index.row() >= m_entries.size())
        return {};
    const Entry& entry = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: {
        const QString text = entry.text.simplified();
        return text.isEmpty() ? entry.extId : tr("%1 · %2").arg(entry.extId, text.left(s_shownCharacters));
    }
    case Qt::ToolTipRole:
        return entry.text;
    case QueryIdRole:
        return entry.queryId;
    default:
        return {};
    }
}

} // namespace tare
