// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/models/queryresultsmodel.h"

#include "core/metrics/judgeagreement.h"
#include "core/run/runsummary.h"

#include <cmath>
#include <limits>

namespace tare {

namespace {

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

/// A column of figures: three decimals ("–" when undefined), sorted by value with undefined
/// figures below every number.
RecordTableModel<QueryResultsRow>::Field figureColumn(TableModel::Column header, double (*value)(const QueryResultsRow&),
                                                     bool signedValue = false)
{
    return {header, [value, signedValue](const QueryResultsRow& row) -> QVariant { return formatted(value(row), signedValue); },
            [value](const QueryResultsRow& row) -> QVariant {
                const double figure = value(row);
                return std::isnan(figure) ? std::numeric_limits<double>::lowest() : figure;
            },
            true};
}

} // namespace

QueryResultsModel::QueryResultsModel(QObject* parent)
    : RecordTableModel(
          {{{QT_TR_NOOP("Query")}, [](const Row& row) -> QVariant { return row.extId; },
            [](const Row& row) -> QVariant { return row.queryId; /* import order, which keeps q2 before q10 */ }},
           {{QT_TR_NOOP("Text")}, [](const Row& row) -> QVariant { return row.text; }},
           figureColumn({QT_TR_NOOP("AP before"),
                         QT_TR_NOOP("Average precision: the mean of the precision at the rank of each relevant document.")},
                        [](const Row& row) { return row.apBefore; }),
           figureColumn({QT_TR_NOOP("AP after"),
                         QT_TR_NOOP("Average precision: the mean of the precision at the rank of each relevant document.")},
                        [](const Row& row) { return row.apAfter; }),
           figureColumn({QT_TR_NOOP("ΔAP"),
                         QT_TR_NOOP("AP after refinement minus AP before; positive means the refined query ranks better.")},
                        [](const Row& row) { return row.apAfter - row.apBefore; }, true),
           figureColumn({QT_TR_NOOP("AUC before"),
                         QT_TR_NOOP("ROC AUC: the probability that a random relevant document outscores a random irrelevant "
                                    "one.")},
                        [](const Row& row) { return row.aucBefore; }),
           figureColumn({QT_TR_NOOP("AUC after"),
                         QT_TR_NOOP("ROC AUC: the probability that a random relevant document outscores a random irrelevant "
                                    "one.")},
                        [](const Row& row) { return row.aucAfter; }),
           figureColumn({QT_TR_NOOP("Judge agreement"),
                         QT_TR_NOOP("Share of the judged documents where the judge (score ≥ 0.5) agrees with the gold "
                                    "label.")},
                        [](const Row& row) { return row.judgeAgreement; }),
           {{QT_TR_NOOP("Status")},
            [](const Row& row) -> QVariant { return row.outcome == QueryOutcome::Finished ? tr("finished") : tr("failed"); },
            [](const Row& row) -> QVariant { return queryOutcomeName(row.outcome); }}},
          SortRole, parent)
{
}

void QueryResultsModel::clear(qint64 runId)
{
    setRecords({}, [&] {
        m_runId = runId;
        m_rowOfQuery.clear();
    });
}

void QueryResultsModel::setQueryTexts(const QHash<qint64, QString>& texts)
{
    m_queryTexts = texts;
    updateRecords(
        [this](Row& row) {
            if (row.text.isEmpty())
                row.text = m_queryTexts.value(row.queryId);
        },
        TextColumn);
}

void QueryResultsModel::setRun(const RunSummary& summary)
{
    QList<Row> rows;
    QHash<qint64, int> rowOfQuery;
    for (const RunQueryRecord& result : summary.results) {
        QString text = summary.queryTexts.value(result.queryId);
        if (text.isEmpty())
            text = m_queryTexts.value(result.queryId);
        rowOfQuery.insert(result.queryId, int(rows.size()));
        rows.append(makeRow(result, summary.queryExtIds.value(result.queryId), text));
    }
    setRecords(rows, [&] {
        m_runId = summary.run.id;
        m_rowOfQuery = rowOfQuery;
    });
}

void QueryResultsModel::appendResult(const RunQueryRecord& result, const QString& queryExtId)
{
    if (m_runId == 0)
        m_runId = result.runId;
    const Row row = makeRow(result, queryExtId, m_queryTexts.value(result.queryId));
    const int existing = rowOfQuery(result.queryId);
    if (existing >= 0)
        replaceRecord(existing, row);
    else
        appendRecord(row, [&] { m_rowOfQuery.insert(result.queryId, int(records().size()) - 1); });
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

QVariant QueryResultsModel::recordData(const Row& row, int column, int role) const
{
    if (role == QueryIdRole)
        return row.queryId;
    if (role == Qt::ToolTipRole) {
        if (!row.error.isEmpty())
            return row.error;
        return column == TextColumn ? row.text : QVariant();
    }
    return {};
}

} // namespace tare
