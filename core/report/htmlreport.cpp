// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/report/htmlreport.h"

#include "core/report/experimentreport.h"
#include "core/report/reportcharts.h"
#include "core/report/reportnumbers.h"
#include "core/report/runreport.h"

#include <QDateTime>

#include <cmath>

namespace tare {

namespace {

QString esc(const QString& text)
{
    return SvgPlot::escape(text);
}

using N = ReportNumbers;

/// A number cell coloured by sign.
QString deltaCell(double delta, int decimals = 4)
{
    const QString cls = !std::isfinite(delta) || N::fixed(delta, decimals).toDouble() == 0.0 ? QString()
                        : delta > 0                                                      ? QStringLiteral(" class=\"pos\"")
                                                                                         : QStringLiteral(" class=\"neg\"");
    return QStringLiteral("<td%1>%2</td>").arg(cls, N::signedFixed(delta, decimals));
}

QString keyValueTable(const RunReport::Rows& rows)
{
    QString html = QStringLiteral("<table class=\"kv\">\n");
    for (const auto& [key, value] : rows)
        html += QStringLiteral("<tr><td>%1</td><td class=\"l\">%2</td></tr>\n").arg(esc(key), esc(value));
    return html + QStringLiteral("</table>\n");
}

QString shareBar(double share)
{
    return QStringLiteral("<span class=\"bar\" style=\"width:%1px\"></span> %2")
        .arg(std::lround(std::clamp(share, 0.0, 1.0) * 80.0))
        .arg(N::percent(share));
}

QString moveText(const RankMove& move)
{
    return QStringLiteral("%1 <span class=\"dim\">(%2)</span> %3 → %4")
        .arg(esc(move.extId), move.grade > 0 ? HtmlReport::tr("relevant") : HtmlReport::tr("irrelevant"))
        .arg(move.rankBefore)
        .arg(move.rankAfter);
}

QString moversBlock(const RankMovers& movers)
{
    QString html = QStringLiteral("<table>\n<tr><th class=\"l\">%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th>"
                                  "<th>%6</th><th>%7</th><th>%8</th></tr>\n")
                       .arg(HtmlReport::tr("group"), HtmlReport::tr("documents"), HtmlReport::tr("relevant"),
                            HtmlReport::tr("relevant up"), HtmlReport::tr("relevant down"), HtmlReport::tr("AP part before"),
                            HtmlReport::tr("AP part after"), HtmlReport::tr("Δ"));
    const std::pair<QString, const RankMoverGroup*> groups[] = {{HtmlReport::tr("judged"), &movers.judged},
                                                                {HtmlReport::tr("never judged"), &movers.unjudged}};
    for (const auto& [name, group] : groups) {
        html += QStringLiteral("<tr><td class=\"l\">%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td>%8</tr>\n")
                    .arg(name)
                    .arg(group->documents)
                    .arg(group->relevant)
                    .arg(group->relevantUp)
                    .arg(group->relevantDown)
                    .arg(N::fixed(group->apBefore), N::fixed(group->apAfter), deltaCell(group->apDelta()));
    }
    html += QStringLiteral("</table>\n<div class=\"cols\">\n");
    for (const auto& [name, group] : groups) {
        QStringList risers, fallers;
        for (size_t i = 0; i < group->risers.size() && i < 5; ++i)
            risers << moveText(group->risers[i]);
        for (size_t i = 0; i < group->fallers.size() && i < 5; ++i)
            fallers << moveText(group->fallers[i]);
        html += QStringLiteral("<div><b>%1</b> — %2<br>%3<div class=\"gap\">%4</div>%5</div>\n")
                    .arg(name, HtmlReport::tr("rose most:"),
                         risers.isEmpty() ? HtmlReport::tr("none") : risers.join(QStringLiteral("<br>")),
                         HtmlReport::tr("fell most:"),
                         fallers.isEmpty() ? HtmlReport::tr("none") : fallers.join(QStringLiteral("<br>")));
    }
    return html + QStringLiteral("</div>\n");
}

QString influenceTable(const JudgedInfluenceAnalysis& influence, int limit)
{
    QString html = QStringLiteral("<table>\n<tr><th class=\"l\">%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th>"
                                  "<th>%6</th><th>%7</th><th class=\"l\">%8</th></tr>\n")
                       .arg(HtmlReport::tr("judged document"), HtmlReport::tr("gold"), HtmlReport::tr("judge"),
                            HtmlReport::tr("rank before → after"), HtmlReport::tr("AP without it"),
                            HtmlReport::tr("ΔAP contribution"), HtmlReport::tr("pull"), HtmlReport::tr("share of pull/push"));
    int shown = 0;
    for (const JudgedInfluence& document : influence.documents) {
        if (shown++ >= limit)
            break;
        html += QStringLiteral("<tr><td class=\"l\">%1</td><td>%2</td><td>%3</td><td>%4 → %5</td><td>%6</td>%7<td>%8</td>"
                               "<td class=\"l\">%9</td></tr>\n")
                    .arg(esc(document.extId))
                    .arg(document.grade)
                    .arg(document.score ? N::fixed(*document.score, 3) : HtmlReport::tr("failed"))
                    .arg(document.rankBefore)
                    .arg(document.rankAfter)
                    .arg(N::fixed(document.apWithout), deltaCell(document.deltaAp),
                         document.pull > 0 ? HtmlReport::tr("towards %1").arg(N::fixed(document.pull, 3))
                         : document.pull < 0 ? HtmlReport::tr("away %1").arg(N::fixed(-document.pull, 3))
                                             : QStringLiteral("0"),
                         shareBar(document.pullShare));
    }
    return html + QStringLiteral("</table>\n");
}

QString termsBlock(const TermShift& terms)
{
    const auto list = [](const QList<TermWeight>& words) {
        QStringList items;
        for (const TermWeight& word : words)
            items << QStringLiteral("%1 <span class=\"dim\">%2</span>").arg(esc(word.term), N::signedFixed(word.weight, 3));
        return items.isEmpty() ? HtmlReport::tr("none") : items.join(QStringLiteral(", "));
    };
    return QStringLiteral("<p><b>%1</b> %2<br><b>%3</b> %4</p>\n")
        .arg(HtmlReport::tr("Gained:"), list(terms.gained), HtmlReport::tr("Lost:"), list(terms.lost));
}

QString triageList(const FailureTriage& triage)
{
    if (triage.findings.isEmpty())
        return HtmlReport::tr("no reason found");
    QString html = QStringLiteral("<ul>");
    for (const FailureFinding& finding : triage.findings)
        html += QStringLiteral("<li><b>%1</b>: %2</li>").arg(esc(FailureTriage::reasonTitle(finding.reason)), esc(finding.evidence));
    return html + QStringLiteral("</ul>");
}

} // namespace

QString HtmlReport::page(const QString& title, const QString& body)
{
    return QStringLiteral(
               "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>%1</title>\n<style>\n"
               "body{font-family:sans-serif;margin:24px auto;max-width:1120px;padding:0 16px;color:#222;line-height:1.45}\n"
               "h1{font-size:1.6em;margin-bottom:2px}h2{border-bottom:1px solid #ddd;padding-bottom:4px;margin-top:2em}\n"
               "h3{margin:0.2em 0 0.4em}.sub{color:#666;margin-top:0}.dim{color:#777}.note{color:#555;font-size:13px}\n"
               "table{border-collapse:collapse;margin:8px 0 16px;font-size:13px}\n"
               "th,td{border:1px solid #ddd;padding:3px 8px;text-align:right;vertical-align:top}th{background:#f3f3f3}\n"
               ".l{text-align:left}.kv td:first-child{color:#555;text-align:left}\n"
               ".pos{color:#2e7d32}.neg{color:#c62828}\n"
               ".charts{display:flex;flex-wrap:wrap;gap:12px;align-items:flex-start}svg{max-width:100%;height:auto}\n"
               ".bar{display:inline-block;height:10px;background:#1f77b4;vertical-align:middle}\n"
               ".query{border:1px solid #e0e0e0;border-radius:6px;padding:6px 14px;margin:14px 0}\n"
               ".cols{display:flex;gap:32px;font-size:13px;flex-wrap:wrap}\n"
               "ul{margin:0;padding-left:18px}td:not(.l){white-space:nowrap}.gap{margin-top:6px}\n"
               "</style>\n</head>\n<body>\n%2</body>\n</html>\n")
        .arg(esc(title), body);
}

QString HtmlReport::render(const RunReport& report)
{
    const RunSummary& summary = report.summary;
    const QString title = tr("Tare report: run %1").arg(summary.run.id);
    QString body;
    body += QStringLiteral("<h1>%1</h1>\n<p class=\"sub\">%2</p>\n")
                .arg(esc(title),
                     esc(tr("%1 · %2 · judge %3 · refiner %4 · generated %5")
                             .arg(summary.datasetName, summary.spaceName, summary.judgeIdentity, summary.run.refiner,
                                  QDateTime::currentDateTimeUtc().toString(Qt::ISODate))));

    body += QStringLiteral("<h2>%1</h2>\n").arg(tr("Parameters")) + keyValueTable(report.parameterRows());

    body += QStringLiteral("<h2>%1</h2>\n").arg(tr("Summary")) + keyValueTable(report.summaryRows());
    body += QStringLiteral("<table>\n<tr><th class=\"l\">%1</th><th>%2</th><th>%3</th><th>%4</th></tr>\n")
                .arg(tr("mean over queries"), tr("before"), tr("after"), tr("Δ"));
    for (const MetricMean& mean : report.metricMeans) {
        body += QStringLiteral("<tr><td class=\"l\">%1</td><td>%2</td><td>%3</td>%4</tr>\n")
                    .arg(esc(mean.title), N::fixed(mean.before), N::fixed(mean.after), deltaCell(mean.after - mean.before));
    }
    body += QStringLiteral("</table>\n<div class=\"charts\">\n%1%2</div>\n")
                .arg(ReportCharts::apCurve(report).toSvg(), ReportCharts::deltaBars(report).toSvg());

    // Per-query table.
    body += QStringLiteral("<h2>%1</h2>\n<table>\n<tr><th class=\"l\">%2</th><th class=\"l\">%3</th><th>%4</th><th>%5</th>"
                           "<th>%6</th><th>%7</th><th>%8</th><th>%9</th><th>%10</th><th>%11</th><th>%12</th></tr>\n")
                .arg(tr("Queries"), tr("query"), tr("text"), tr("AP before"), tr("AP after"), tr("ΔAP"), tr("nDCG@10 before"),
                     tr("nDCG@10 after"), tr("d′ before"), tr("d′ after"), tr("judged relevant"), tr("status"));
    for (const RunQueryRecord& record : summary.results) {
        const auto [judged, relevant] = RunReport::judgedCounts(record);
        body += QStringLiteral("<tr><td class=\"l\">%1</td><td class=\"l\">%2</td><td>%3</td><td>%4</td>%5<td>%6</td><td>%7</td>"
                               "<td>%8</td><td>%9</td><td>%10</td><td class=\"l\">%11</td></tr>\n")
                    .arg(esc(summary.queryExtIds.value(record.queryId)), esc(summary.queryTexts.value(record.queryId).left(80)),
                         N::fixed(record.apBefore), N::fixed(record.apAfter), deltaCell(record.apAfter - record.apBefore),
                         N::fixed(record.figure(QueryFigure::Ndcg10, false)),
                         N::fixed(record.figure(QueryFigure::Ndcg10, true)),
                         N::fixed(record.figure(QueryFigure::DPrime, false), 3),
                         N::fixed(record.figure(QueryFigure::DPrime, true), 3))
                    .arg(QStringLiteral("%1 / %2").arg(relevant).arg(judged),
                         esc(record.finished() ? queryOutcomeName(record.outcome)
                                             : queryOutcomeName(record.outcome) + QStringLiteral(": ") + record.error));
    }
    body += QStringLiteral("</table>\n");

    // Distributions and separation.
    if (!report.inspections.isEmpty()) {
        body += QStringLiteral("<h2>%1</h2>\n<p class=\"note\">%2</p>\n")
                    .arg(tr("Score distributions and separation"),
                         tr("Cosine similarity of every candidate to the query before and after refinement, relevant and "
                            "irrelevant documents as shares of their group over the same bins: the largest gain, the largest "
                            "loss and the median query."));
        for (const QueryInspection& inspection : report.inspections) {
            const auto [before, after] = ReportCharts::distributions(inspection);
            body += QStringLiteral("<div class=\"charts\">\n%1%2</div>\n").arg(before.toSvg(), after.toSvg());
            const SeparationStats& b = inspection.separationBefore;
            const SeparationStats& a = inspection.separationAfter;
            body += QStringLiteral("<table>\n<tr><th class=\"l\">%1</th><th>d′</th><th>KS</th><th>ROC AUC</th><th>%2</th><th>%3</th>"
                                   "<th>%4</th></tr>\n")
                        .arg(esc(inspection.queryExtId), tr("best F1"), tr("mean relevant"), tr("mean irrelevant"));
            for (const auto& [name, s] : {std::pair<QString, const SeparationStats*>{tr("before"), &b}, {tr("after"), &a}}) {
                body += QStringLiteral("<tr><td class=\"l\">%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td></tr>\n")
                            .arg(name, N::fixed(s->dPrime, 3), N::fixed(s->ks, 3), N::fixed(s->auc, 3), N::fixed(s->bestF1.f1, 3),
                                 N::fixed(s->meanRelevant, 3), N::fixed(s->meanIrrelevant, 3));
            }
            body += QStringLiteral("</table>\n");
        }
    }

    // Explanations.
    if (report.fullyExplained > 0) {
        body += QStringLiteral("<h2>%1</h2>\n<p class=\"note\">%2</p>\n")
                    .arg(tr("Explanations"),
                         tr("The queries whose AP changed most. <b>ΔAP contribution</b> of a judged document: AP with all "
                            "feedback minus AP when the query is refined again without that document. <b>Pull</b>: the "
                            "document's gradient term summed over the steps, along the direction towards it (towards: the "
                            "query was pulled to it, away: pushed from it); <b>share</b>: its part of all pulling and pushing. "
                            "<b>AP part</b> of a group: AP summed over the group's relevant documents only (precision still "
                            "counts every relevant document), so the judged and never-judged parts add up to AP."));
        body += QStringLiteral("<div class=\"charts\">%1</div>\n").arg(ReportCharts::drift(report).toSvg());
        for (int i = 0; i < report.fullyExplained; ++i) {
            const QueryExplanation& e = report.explanations[i];
            body += QStringLiteral("<div class=\"query\">\n<h3>%1 <span class=\"dim\">%2</span></h3>\n<p>%3</p>\n")
                        .arg(esc(e.extId), esc(e.text.left(120)),
                             esc(tr("AP %1 → %2 (%3)").arg(N::fixed(e.apBefore), N::fixed(e.apAfter), N::signedFixed(e.deltaAp()))));
            body += QStringLiteral("<b>%1</b>\n").arg(tr("Influence of the judged documents")) + influenceTable(e.influence, 8);
            body += QStringLiteral("<b>%1</b>\n").arg(tr("Rank movers")) + moversBlock(e.movers);
            if (e.terms)
                body += QStringLiteral("<p><b>%1</b></p>\n").arg(tr("Terms")) + termsBlock(*e.terms);
            if (!e.drift.points.empty()) {
                const DriftPoint& last = e.drift.points.back();
                QString drift = tr("after %1 steps: ‖q − q₀‖ = %2, cos(q, q₀) = %3")
                                    .arg(last.step)
                                    .arg(N::fixed(last.distance, 4), N::fixed(last.cosine, 5));
                if (e.drift.overshoot)
                    drift += tr("; overshoot: AP peaked at %1 at step %2 and fell to %3 while the loss kept falling")
                                 .arg(N::fixed(e.drift.overshoot->apPeak))
                                 .arg(e.drift.overshoot->peakStep)
                                 .arg(N::fixed(e.drift.overshoot->apFinal));
                body += QStringLiteral("<p><b>%1</b> %2</p>\n").arg(tr("Drift:"), esc(drift));
            }
            body += QStringLiteral("</div>\n");
        }
    }

    // Failure triage.
    body += QStringLiteral("<h2>%1</h2>\n").arg(tr("Failure triage"));
    if (report.worsened == 0) {
        body += QStringLiteral("<p>%1</p>\n").arg(tr("No query got worse."));
    } else {
        body += QStringLiteral("<p class=\"note\">%1</p>\n<table>\n<tr><th class=\"l\">%2</th><th>%3</th><th>%4</th><th class=\"l\">%5</th></tr>\n")
                    .arg((report.worsened == 1 ? tr("1 query got worse; the reasons found, with their evidence.")
                                              : tr("%1 queries got worse; the reasons found for each, with their evidence.").arg(report.worsened)),
                         tr("query"), tr("AP before → after"), tr("ΔAP"), tr("reasons"));
        for (const QueryExplanation& e : report.explanations) {
            if (!e.triage.worsened())
                continue;
            body += QStringLiteral("<tr><td class=\"l\">%1</td><td>%2 → %3</td>%4<td class=\"l\">%5</td></tr>\n")
                        .arg(esc(e.extId), N::fixed(e.apBefore), N::fixed(e.apAfter), deltaCell(e.deltaAp()), triageList(e.triage));
        }
        body += QStringLiteral("</table>\n");
    }
    body += QStringLiteral("<p class=\"note\">%1</p>\n")
                .arg(tr("Written by Tare. AP, nDCG@10 and the other measures are computed as trec_eval computes them "
                        "(relevant: grade &gt; 0)."));
    return page(title, body);
}

QString HtmlReport::render(const ExperimentReport& report)
{
    const QString title = tr("Tare report: experiment %1 (%2)").arg(report.experiment.id).arg(report.experiment.kind);
    QString body = QStringLiteral("<h1>%1</h1>\n<p class=\"sub\">%2</p>\n")
                       .arg(esc(title), esc(tr("%1 · %2 · generated %3")
                                                .arg(report.datasetName, report.spaceName,
                                                     QDateTime::currentDateTimeUtc().toString(Qt::ISODate))));
    body += QStringLiteral("<h2>%1</h2>\n").arg(tr("Parameters")) + keyValueTable(report.parameterRows());
    if (const auto chart = report.chart())
        body += QStringLiteral("<div class=\"charts\">%1</div>\n").arg(chart->toSvg());
    for (const ReportTable& table : report.tables(false)) {
        std::vector<QString> align; // text columns align left
        for (qsizetype column = 0; column < table.header.size(); ++column)
            align.push_back(table.numericColumn(column) ? QString() : QStringLiteral(" class=\"l\""));
        body += QStringLiteral("<h2>%1</h2>\n<table>\n<tr>").arg(esc(table.title));
        for (qsizetype column = 0; column < table.header.size(); ++column)
            body += QStringLiteral("<th%1>%2</th>").arg(align[size_t(column)], esc(table.header[column]));
        body += QStringLiteral("</tr>\n");
        for (const QStringList& row : table.rows) {
            body += QStringLiteral("<tr>");
            for (qsizetype column = 0; column < row.size(); ++column)
                body += QStringLiteral("<td%1>%2</td>").arg(column < qsizetype(align.size()) ? align[size_t(column)] : QString(), esc(row[column]));
            body += QStringLiteral("</tr>\n");
        }
        body += QStringLiteral("</table>\n");
    }
    return page(title, body);
}

} // namespace tare
