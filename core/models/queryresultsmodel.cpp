// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/models/queryresultsmodel.h"

#include "core/models/judgeagreement.h"
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
    : QAbstractTableModel(parent)
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

int QueryResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueryResultsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueryResultsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[index.row()];
    if (role == QueryIdRole)
        return row.queryId;
    const auto number = [&]() -> double {
        switch (index.column()) {
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
    const bool numeric = index.column() >= ApBeforeColumn && index.column() <= JudgeAgreementColumn;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case QueryColumn:
            return row.extId;
        case TextColumn:
            return row.text;
        case StatusColumn:
            return row.outcome == QueryOutcome::Finished ? tr("finished") : tr("failed");
        default:
            return formatted(number(), index.column() == DeltaApColumn);
        }
    case SortRole:
        if (numeric) {
            const double value = number();
            return std::isnan(value) ? std::numeric_limits<double>::lowest() : value;
        }
        if (index.column() == QueryColumn)
            return row.queryId; // import order, which keeps q2 before q10

        return index.column() == TextColumn ? row.text : queryOutcomeName(row.outcome);
    case Qt::ToolTipRole:
        if (!row.error.isEmpty())
            return row.error;
        return index.column() == TextColumn ? row.text : QVariant();
    case Qt::TextAlignmentRole:
        return numeric ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    default:
        return {};
    }
}

QVariant QueryResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case QueryColumn:
            return tr("Query");
        case TextColumn:
            return tr("Text");
        case ApBeforeColumn:
            return tr("AP before");
        case ApAfterColumn:
            return tr("AP after");
        case DeltaApColumn:
            return tr("ΔAP");
        case AucBeforeColumn:
            return tr("AUC before");
        case AucAfterColumn:
            return tr("AUC after");
        case JudgeAgreementColumn:
            return tr("Judge agreement");
        case StatusColumn:
            return tr("Status");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ApBeforeColumn:
        case ApAfterColumn:
            return tr("Average precision: the mean of the precision at the rank of each relevant document.");
        case DeltaApColumn:
            return tr("AP after refinement minus AP before; positive means the refined query ranks better.");
        case AucBeforeColumn:
        case AucAfterColumn:
            return tr("ROC AUC: the probability that a random relevant document outscores a random irrelevant one.");
        case JudgeAgreementColumn:
            return tr("Share of the judged documents where the judge (score ≥ 0.5) agrees with the gold label.");
        default:
            return {};
        }
    }
    return {};
}

} // namespace tare
