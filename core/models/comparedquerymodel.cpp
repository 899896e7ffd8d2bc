// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/models/comparedquerymodel.h"

#include <cmath>

namespace tare {

ComparedQueryModel::ComparedQueryModel(QObject* parent)
    : RecordTableModel(
          {{{QT_TR_NOOP("Query")}, [](const ComparedQuery& q) -> QVariant { return q.extId; }},
           {{QT_TR_NOOP("AP A")}, [](const ComparedQuery& q) -> QVariant { return QString::number(q.a, 'f', 4); },
            [](const ComparedQuery& q) -> QVariant { return q.a; }, true},
           {{QT_TR_NOOP("AP B")}, [](const ComparedQuery& q) -> QVariant { return QString::number(q.b, 'f', 4); },
            [](const ComparedQuery& q) -> QVariant { return q.b; }, true},
           {{QT_TR_NOOP("Δ (B − A)"),
             QT_TR_NOOP("AP of B minus AP of A: positive where B ranks the query's relevant documents higher.")},
            [](const ComparedQuery& q) -> QVariant { return QString::asprintf("%+.4f", q.b - q.a); },
            [](const ComparedQuery& q) -> QVariant { return q.b - q.a; }, true}},
          SortRole, parent)
{
}

void ComparedQueryModel::setQueries(const QList<ComparedQuery>& queries)
{
    setRecords(queries);
}

int ComparedQueryModel::rowOfQuery(qint64 queryId) const
{
    return rowWhere(records(), [queryId](const ComparedQuery& query) { return query.queryId == queryId; });
}

QVariant ComparedQueryModel::recordData(const ComparedQuery& query, int column, int role) const
{
    Q_UNUSED(column);
    if (role == QueryIdRole)
        return query.queryId;
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    return {};
}

} // namespace tare
