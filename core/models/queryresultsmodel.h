// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/models/recordtablemodel.h"
#include "core/db/projecttypes.h"

#include <QHash>

namespace tare {

struct RunSummary;

/// One row of QueryResultsModel: a query's result, with the figures the table shows.
struct QueryResultsRow
{
    qint64 queryId = 0;
    QString extId;
    QString text;
    QueryOutcome outcome = QueryOutcome::Finished;
    QString error;
    double apBefore = 0.0;
    double apAfter = 0.0;
    double aucBefore = 0.0;
    double aucAfter = 0.0;
    double judgeAgreement = 0.0; ///< share of judged documents where the judge agrees with gold (NaN: none)
};

/// The queries of one run as a table: query id, text, AP before and after, ΔAP, AUC before and
/// after (from the stored metrics), the judge's agreement with gold on the judged documents
/// (JudgeAgreement::accuracy), and status. Fed whole with setRun() or one finished query
/// at a time with appendResult(); both on the GUI thread. SortRole gives numbers for a
/// QSortFilterProxyModel (failed queries sort below every number). QtCore only.
class QueryResultsModel : public RecordTableModel<QueryResultsRow>
{
    Q_OBJECT

public:
    enum Column
    {
        QueryColumn,
        TextColumn,
        ApBeforeColumn,
        ApAfterColumn,
        DeltaApColumn,
        AucBeforeColumn,
        AucAfterColumn,
        JudgeAgreementColumn,
        StatusColumn,
        ColumnCount
    };

    enum Role
    {
        SortRole = Qt::UserRole + 1, ///< numbers for numeric columns (the query column: its id), text otherwise
        QueryIdRole,                 ///< the query's internal id
    };

    /// One row: a query's result, with the figures the table shows.
    using Row = QueryResultsRow;

    explicit QueryResultsModel(QObject* parent = nullptr);

    /// Empties the table for a new run (0: none); keeps the query texts.
    void clear(qint64 runId = 0);
    /// Texts to show for queries whose results arrive without one (query id -> text).
    void setQueryTexts(const QHash<qint64, QString>& texts);
    /// Replaces the table with a stored run's results.
    void setRun(const RunSummary& summary);
    /// Adds one finished (or failed) query, or updates its row when present.
    void appendResult(const RunQueryRecord& result, const QString& queryExtId);

    qint64 runId() const { return m_runId; }
    const Row& row(int row) const { return record(row); }
    /// The row of a query, or -1.
    int rowOfQuery(qint64 queryId) const { return m_rowOfQuery.value(queryId, -1); }

protected:
    QVariant recordData(const Row& row, int column, int role) const override;

private:
    Row makeRow(const RunQueryRecord& result, const QString& extId, const QString& text) const;

    qint64 m_runId = 0;
    QHash<qint64, int> m_rowOfQuery;
    QHash<qint64, QString> m_queryTexts;
};

} // namespace tare
