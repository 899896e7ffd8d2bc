// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/models/queryresultsmodel.h"

#include "core/metrics/judgeagreement.h"
#include "core/run/runsummary.h"

#include <cmath>
#include <limits>

namespace tare {

namespace {

constexpr double s_nan = std::numeric_limits<double>::quiet_NaN();

QString formatted(double value, bool signedValue = false)
{
    if (std::isnan(value))
        return QStringLiteral("–");
    const QString text = QString::number(value, 'f', 3);
    return signedValue && value >= 0.0 ? QStringLiteral("+") + text : text;
}

/// Accuracy of the judge against gold over the judged documents stored with a result.
double judgeAgreementOf(const QList<JudgedDocument>& judged)
{
    std::vector<std::optional<double>> scores;
    std::vector<int> grades;
    for (const JudgedDocument& document : judged) {
        scores.push_back(document.score);
        grades.push_back(document.grade);
    }
    return JudgeAgreement::compute(scores, grades).accuracy;
}

} // namespace

QueryResultsModel::QueryResultsModel(QObject* parent)
    : TableModel({{QT_TR_NOOP("Query")}, {QT_TR_NOOP("Text")},
                  {QT_TR_NOOP("AP before"),
                   QT_TR_NOOP("Average precision: the mean of the precision at the rank of each relevant document.")},
                  {QT_TR_NOOP("AP after"),
                   QT_TR_NOOP("Average precision: the mean of the precision at the rank of each relevant document.")},
                  {QT_TR_NOOP("ΔAP"),
                   QT_TR_NOOP("AP after refinement minus AP before; positive means the refined query ranks better.")},
                  {QT_TR_NOOP("AUC before"),
                   QT_TR_NOOP("ROC AUC: the probability that a random relevant document outscores a random irrelevant "
                              "one.")},
                  {QT_TR_NOOP("AUC after"),
                   QT_TR_NOOP("ROC AUC: the probability that a random relevant document outscores a random irrelevant "
                              "one.")},
                  {QT_TR_NOOP("Judge agreement"),
                   QT_TR_NOOP("Share of the judged documents where the judge (score ≥ 0.5) agrees with the gold "
                              "label.")},
                  {QT_TR_NOOP("Status")}},
                 parent)
{
}

void QueryResultsModel::clear(qint64 runId)
{
    beginResetModel();
    m_runId = runId;
    m_rows.clear();
    m_rowOfQuery.clear();
    endResetModel();
}

void QueryResultsModel::setQueryTexts(const QHash<qint64, QString>& texts)
{
    m_queryTexts = texts;
    if (!m_rows.isEmpty()) {
        for (Row& row : m_rows) {
            if (row.text.isEmpty())
                row.text = m_queryTexts.value(row.queryId);
        }
        Q_EMIT dataChanged(index(0, TextColumn), index(rowCount() - 1, TextColumn));
    }
}

void QueryResultsModel::setRun(const RunSummary& summary)
{
    beginResetModel();
    m_runId = summary.run.id;
    m_rows.clear();
    m_rowOfQuery.clear();
    for (const RunQueryRecord& result : summary.results) {
        QString text = summary.queryTexts.value(result.queryId);
        if (text.isEmpty())
            text = m_queryTexts.value(result.queryId);
        m_rowOfQuery.insert(result.queryId, int(m_rows.size()));
        m_rows.append(makeRow(result, summary.queryExtIds.value(result.queryId), text));
    }
    endResetModel();
}

void QueryResultsModel::appendResult(const RunQueryRecord& result, const QString& queryExtId)
{
    if (m_runId == 0)
        m_runId = result.runId;
    Row row = makeRow(result, queryExtId, m_queryTexts.value(result.queryId));
    const int existing = rowOfQuery(result.queryId);
    if (existing >= 0) {
        m_rows[existing] = row;
        Q_EMIT dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
        return;
    }
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(row);
    m_rowOfQuery.insert(result.queryId, at);
    endInsertRows();
}

QueryResultsModel::Row QueryResultsModel::makeRow(const RunQueryRecord& result, const QString& extId, const QString& text) const
{
    Row row;
    row.queryId = result.queryId;
    row.extId = extId.isEmpty() ? QString::number(result.queryId) : extId;
    row.text = text;
    row.outcome = result.outcome;
    row.error = result.error;
    row.apBefore = result.apBefore;
    row.apAfter = result.apAfter;
    row.aucBefore = result.figure(QueryFigure::Auc, false);
    row.aucAfter = result.figure(QueryFigure::Auc, true);
    row.judgeAgreement = judgeAgreementOf(result.judged);
    return row;
}

int QueryResultsModel::rows() const
{
    return int(m_rows.size());
}

QVariant QueryResultsModel::cell(int rowIndex, int column, int role) const
{
    const Row& row = m_rows[rowIndex];
    if (role == QueryIdRole)
        return row.queryId;
    const auto number = [&]() -> double {
        switch (column) {
        case ApBeforeColumn:
            return row.apBefore;
        case ApAfterColumn:
            return row.apAfter;
        case DeltaApColumn:
            return row.apAfter - row.apBefore;
        case AucBeforeColumn:
            return row.aucBefore;
        case AucAfterColumn:
            return row.aucAfter;
        case JudgeAgreementColumn:
            return row.judgeAgreement;
        default:
            return s_nan;
        }
    };
    const bool numeric = column >= ApBeforeColumn && column <= JudgeAgreementColumn;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case QueryColumn:
            return row.extId;
        case TextColumn:
            return row.text;
        case StatusColumn:
            return row.outcome == QueryOutcome::Finished ? tr("finished") : tr("failed");
        default:
            return formatted(number(), column == DeltaApColumn);
        }
    case SortRole:
        if (numeric) {
            const double value = number();
            return std::isnan(value) ? std::numeric_limits<double>::lowest() : value;
        }
        if (column == QueryColumn)
            return row.queryId; // import order, which keeps q2 before q10

        return column == TextColumn ? row.text : queryOutcomeName(row.outcome);
    case Qt::ToolTipRole:
        if (!row.error.isEmpty())
            return row.error;
        return column == TextColumn ? row.text : QVariant();
    case Qt::TextAlignmentRole:
        return numeric ? numberAlignment() : QVariant();
    default:
        return {};
    }
}
} // namespace tare
