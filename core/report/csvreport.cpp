// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/report/csvreport.h"

#include "core/report/experimentreport.h"
#include "core/report/reportnumbers.h"
#include "core/report/runreport.h"

namespace tare {

namespace {

QByteArray line(const QStringList& fields)
{
    QByteArray bytes;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            bytes += ',';
        bytes += CsvReport::field(fields[i]);
    }
    return bytes + '\n';
}

} // namespace

QByteArray CsvReport::field(const QString& text)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r'))
        bytes = '"' + bytes.replace("\"", "\"\"") + '"';
    return bytes;
}

QByteArray CsvReport::render(const RunReport& report)
{
    const auto x = [](double value) { return ReportNumbers::exact(value); };
    static const QueryFigure metrics[] = {QueryFigure::Ndcg10, QueryFigure::Auc, QueryFigure::DPrime};
    QStringList header{QStringLiteral("run"), QStringLiteral("query"), QStringLiteral("text"), QStringLiteral("status"),
                       QStringLiteral("ap_before"), QStringLiteral("ap_after"), QStringLiteral("delta_ap")};
    for (const QueryFigure figure : metrics) {
        const QLatin1String key(QueryFigures::key(figure));
        header << key + QStringLiteral("_before") << key + QStringLiteral("_after");
    }
    header << QStringLiteral("judged") << QStringLiteral("judged_relevant") << QStringLiteral("top_influence")
           << QStringLiteral("top_influence_delta_ap") << QStringLiteral("judged_ap_delta") << QStringLiteral("unjudged_ap_delta")
           << QStringLiteral("triage") << QStringLiteral("error");
    QByteArray csv = line(header);
    const RunSummary& summary = report.summary;
    for (const RunQueryRecord& record : summary.results) {
        const auto [judged, relevant] = RunReport::judgedCounts(record);
        QStringList row{QString::number(summary.run.id), summary.queryExtIds.value(record.queryId),
                        summary.queryTexts.value(record.queryId), queryOutcomeName(record.outcome), x(record.apBefore), x(record.apAfter),
                        x(record.apAfter - record.apBefore)};
        for (const QueryFigure figure : metrics)
            row << x(record.figure(figure, false)) << x(record.figure(figure, true));
        row << QString::number(judged) << QString::number(relevant);
        if (const QueryExplanation* e = report.explanation(record.queryId)) {
            const JudgedInfluence* top = e->influence.documents.empty() ? nullptr : &e->influence.documents.front();
            QStringList reasons;
            for (const FailureFinding& finding : e->triage.findings)
                reasons << FailureTriage::reasonKey(finding.reason);
            row << (top ? top->extId : QString()) << (top ? x(top->deltaAp) : QString()) << x(e->movers.judged.apDelta())
                << x(e->movers.unjudged.apDelta()) << reasons.join(u';');
        } else {
            row << QString() << QString() << QString() << QString() << QString();
        }
        row << record.error;
        csv += line(row);
    }
    return csv;
}

QByteArray CsvReport::render(const ExperimentReport& report)
{
    QByteArray csv;
    for (const ReportTable& table : report.tables(true)) {
        if (!csv.isEmpty())
            csv += '\n';
        csv += line({table.title}) + line(table.header);
        for (const QStringList& row : table.rows)
            csv += line(row);
    }
    return csv;
}

} // namespace tare
