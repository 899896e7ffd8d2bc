// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractListModel>
#include <QHash>

namespace tare {

/// The queries of a run in the order a window steps through them, one row each, shown as
/// "<id> · <text>" (the whole text as tooltip) with the query's internal id in QueryIdRole. Set
/// whole with setQueries() (one reset, however many queries); rowOf() is a hash lookup. GUI
/// thread; QtCore only.
class QueryListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    struct Entry
    {
        qint64 queryId = 0;
        QString extId;
        QString text;
    };

    enum Role
    {
        QueryIdRole = Qt::UserRole + 1,
    };

    explicit QueryListModel(QObject* parent = nullptr);

    void setQueries(const QList<Entry>& queries);
    const QList<Entry>& queries() const { return m_entries; }
    /// The row of a query, or -1.
    int rowOf(qint64 queryId) const { return m_rows.value(queryId, -1); }
    qint64 queryAt(int row) const { return row >= 0 && row < m_entries.size() ? m_entries[row].queryId : 0; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<Entry> m_entries;
    QHash<qint64, int> m_rows;
};

} // namespace tare
