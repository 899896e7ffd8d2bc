// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/models/comparedquerymodel.h"

#include <cmath>

namespace tare {

ComparedQueryModel::ComparedQueryModel(QObject* parent)
    : TableModel({{QT_TR_NOOP("Query")},
                  {QT_TR_NOOP("AP A")},
                  {QT_TR_NOOP("AP B")},
                  {QT_TR_NOOP("Δ (B − A)"),
                   QT_TR_NOOP("AP of B minus AP of A: positive where B ranks the query's relevant documents higher.")}},
                 parent)
{
}

void ComparedQueryModel::setQueries(const QList<ComparedQuery>& queries)
{
    resetWith([&] { m_queries = queries; });
}

int ComparedQueryModel::rowOfQuery(qint64 queryId) const
{
    return rowWhere(m_queries, [queryId](const ComparedQuery& query) { return query.queryId == queryId; });
}

QVariant ComparedQueryModel::cell(int row, int column, int role) const
{
    const ComparedQuery& query = m_queries[row];
    const double delta = query.b - query.a;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case QueryColumn:
            return query.extId;
        case ApAColumn:
            return QString::number(query.a, 'f', 4);
        case ApBColumn:
            return QString::number(query.b, 'f', 4);
        case DeltaColumn:
            return QString::asprintf("%+.4f", delta);
        default:
            return {};
        }
    case SortRole:
        switch (column) {
        case QueryColumn:
            return query.extId;
        case ApAColumn:
            return query.a;
        case ApBColumn:
            return query.b;
        case DeltaColumn:
            return delta;
        default:
            return {};
        }
    case QueryIdRole:
        return query.queryId;
    case Qt::TextAlignmentRole:
        return column == QueryColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : numberAlignment();
    default:
        return {};
    }
}

} // namespace tare
