// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/report/markdownreport.h"

#include "core/report/experimentreport.h"
#include "core/report/reportnumbers.h"
#include "core/report/runreport.h"

namespace tare {

namespace {

using N = ReportNumbers;

/// A value from the data (an id, a name, a term, evidence quoting ids) as Markdown text: HTML is
/// written as text, never passed through (renderers show inline HTML), Markdown's own marks are
/// escaped, and line breaks cannot start a new block.
QString text(const QString& value)
{
    QString out;
    out.reserve(value.size() + 8);
    for (const QChar c : value) {
        switch (c.unicode()) {
        case u'&':
            out += QStringLiteral("&amp;");
            break;
        case u'<':
            out += QStringLiteral("&lt;");
            break;
        case u'>':
            out += QStringLiteral("&gt;");
            break;
        case u'\\':
        case u'`':
        case u'*':
        case u'_':
        case u'[':
        case u']':
        case u'|':
        case u'#':
        case u'!':
        case u'~':
            out += u'\\';
            out += c;
            break;
        case u'\n':
        case u'\r':
        case u'\t':
            out += u' ';
            break;
        default:
            out += c.category() == QChar::Other_Control ? QChar(u' ') : c;
        }
    }
    return out;
}

QString cell(const QString& value)
{
    return text(value);
}

QString keyValues(const QList<std::pair<QString, QString>>& rows)
{
    QList<QStringList> cells;
    for (const auto& [key, value] : rows)
        cells.append({key, value});
    return MarkdownReport::table({QString(), {MarkdownReport::tr("item"), MarkdownReport::tr("value")}, cells});
}

} // namespace

QString MarkdownReport::table(const ReportTable& table)
{
    QString text = QStringLiteral("|");
    QString rule = QStringLiteral("|");
    for (qsizetype i = 0; i < table.header.size(); ++i) {
        text += u' ' + cell(table.header[i]) + QStringLiteral(" |");
        rule += table.numericColumn(i) ? QStringLiteral(" ---: |") : QStringLiteral(" --- |");
    }
    text += u'\n' + rule + u'\n';
    for (const QStringList& row : table.rows) {
        text += u'|';
        for (const QString& value : row)
            text += u' ' + cell(value) + QStringLiteral(" |");
        text += u'\n';
    }
    return text + u'\n';
}

QString MarkdownReport::render(const RunReport& report)
{
    const RunSummary& summary = report.summary;
    QString md = QStringLiteral("# %1\n\n%2\n\n")
                     .arg(tr("Tare report: run %1").arg(summary.run.id),
                          tr("%1 · %2 · judge %3 · refiner %4")
                              .arg(text(summary.datasetName), text(summary.spaceName), text(summary.judgeIdentity),
                                   text(summary.run.refiner)));
    md += QStringLiteral("## %1\n\n").arg(tr("Parameters")) + keyValues(report.parameterRows());
    md += QStringLiteral("## %1\n\n").arg(tr("Summary")) + keyValues(report.summaryRows());
    QList<QStringList> means;
    for (const MetricMean& mean : report.metricMeans)
        means.append({mean.title, N::fixed(mean.before), N::fixed(mean.after), N::signedFixed(mean.after - mean.before)});
    md += table({QString(), {tr("mean over queries"), tr("before"), tr("after"), tr("Δ")}, means});

    QList<QStringList> queries;
    for (const RunQueryRecord& record : summary.results) {
        const auto [judged, relevant] = RunReport::judgedCounts(record);
        queries.append({summary.queryExtIds.value(record.queryId), N::fixed(record.apBefore), N::fixed(record.apAfter),
                        N::signedFixed(record.apAfter - record.apBefore),
                        N::fixed(record.figure(QueryFigure::Ndcg10, false)),
                        N::fixed(record.figure(QueryFigure::Ndcg10, true)),
                        QStringLiteral("%1 / %2").arg(relevant).arg(judged), queryOutcomeName(record.outcome)});
    }
    md += QStringLiteral("## %1\n\n").arg(tr("Queries"))
        + table({QString(),
                 {tr("query"), tr("AP before"), tr("AP after"), tr("ΔAP"), tr("nDCG@10 before"), tr("nDCG@10 after"),
                  tr("judged relevant"), tr("status")},
                 queries});

    if (report.fullyExplained > 0) {
        md += QStringLiteral("## %1\n\n").arg(tr("Explanations"));
        for (int i = 0; i < report.fullyExplained; ++i) {
            const QueryExplanation& e = report.explanations[i];
            md += QStringLiteral("### %1 (AP %2 → %3, %4)\n\n")
                      .arg(text(e.extId), N::fixed(e.apBefore), N::fixed(e.apAfter), N::signedFixed(e.deltaAp()));
            md += tr("Most influential judged documents (ΔAP contribution = AP − AP refined without it; pull > 0: towards it):")
                + u"\n\n";
            int shown = 0;
            for (const JudgedInfluence& d : e.influence.documents) {
                if (shown++ >= 5)
                    break;
                md += tr("- %1 (gold %2, judge %3): ΔAP %4, pull %5 (%6 of all pull/push)\n")
                          .arg(text(d.extId))
                          .arg(d.grade)
                          .arg(d.score ? N::fixed(*d.score, 3) : tr("failed"), N::signedFixed(d.deltaAp),
                               N::signedFixed(d.pull, 3), N::percent(d.pullShare));
            }
            const auto group = [](const QString& name, const RankMoverGroup& g) {
                return tr("- %1: %2 relevant of %3 documents, %4 rose, %5 fell; AP part %6 → %7 (%8)\n")
                    .arg(name)
                    .arg(g.relevant)
                    .arg(g.documents)
                    .arg(g.relevantUp)
                    .arg(g.relevantDown)
                    .arg(N::fixed(g.apBefore), N::fixed(g.apAfter), N::signedFixed(g.apDelta()));
            };
            md += u'\n' + tr("Rank movers:") + u"\n\n" + group(tr("judged"), e.movers.judged)
                + group(tr("never judged"), e.movers.unjudged);
            if (e.terms) {
                const auto words = [](const QList<TermWeight>& list) {
                    QStringList items;
                    for (const TermWeight& word : list)
                        items << QStringLiteral("%1 (%2)").arg(text(word.term), N::signedFixed(word.weight, 3));
                    return items.isEmpty() ? tr("none") : items.join(QStringLiteral(", "));
                };
                md += u'\n' + tr("Terms gained: %1").arg(words(e.terms->gained)) + u"  \n"
                    + tr("Terms lost: %1").arg(words(e.terms->lost)) + u'\n';
            }
            if (!e.drift.points.empty()) {
                md += u'\n' + tr("Drift after %1 steps: ‖q − q₀‖ = %2, cos = %3")
                                  .arg(e.drift.points.back().step)
                                  .arg(N::fixed(e.drift.points.back().distance), N::fixed(e.drift.points.back().cosine, 5));
                if (e.drift.overshoot)
                    md += tr("; overshoot after step %1 (AP %2 → %3)")
                              .arg(e.drift.overshoot->peakStep)
                              .arg(N::fixed(e.drift.overshoot->apPeak), N::fixed(e.drift.overshoot->apFinal));
                md += u'\n';
            }
            md += u'\n';
        }
    }

    md += QStringLiteral("## %1\n\n").arg(tr("Failure triage"));
    if (report.worsened == 0)
        md += tr("No query got worse.") + u"\n";
    for (const QueryExplanation& e : report.explanations) {
        if (!e.triage.worsened())
            continue;
        md += QStringLiteral("- **%1** (AP %2 → %3)\n").arg(text(e.extId), N::fixed(e.apBefore), N::fixed(e.apAfter));
        if (e.triage.findings.isEmpty())
            md += QStringLiteral("  - %1\n").arg(tr("no reason found"));
        for (const FailureFinding& finding : e.triage.findings)
            md += QStringLiteral("  - %1: %2\n").arg(FailureTriage::reasonTitle(finding.reason), text(finding.evidence));
    }
    return md;
}

QString MarkdownReport::render(const ExperimentReport& report)
{
    QString md = QStringLiteral("# %1\n\n").arg(tr("Tare report: experiment %1 (%2)").arg(report.experiment.id).arg(text(report.experiment.kind)));
    md += QStringLiteral("## %1\n\n").arg(tr("Parameters")) + keyValues(report.parameterRows());
    for (const ReportTable& t : report.tables(false))
        md += QStringLiteral("## %1\n\n").arg(t.title) + table(t);
    return md;
}

} // namespace tare
