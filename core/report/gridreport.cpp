// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/report/gridreport.h"

#include "core/report/htmlreport.h"
#include "core/report/reportnumbers.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace tare {

namespace {

using N = ReportNumbers;

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString mdCell(QString text)
{
    return text.replace(u'|', QStringLiteral("\\|")).replace(u'\n', u' ');
}

QString csvField(const QString& text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

struct Part
{
    QString title;
    std::function<double(const QueryLatency&)> value;
};

QList<Part> latencyParts()
{
    return {
        {GridReport::tr("embed query"), [](const QueryLatency& l) { return l.embedQueryMs; }},
        {GridReport::tr("score corpus"), [](const QueryLatency& l) { return l.scoreMs; }},
        {GridReport::tr("judge"), [](const QueryLatency& l) { return l.judgeMs; }},
        {GridReport::tr("refine"), [](const QueryLatency& l) { return l.refineMs; }},
        {GridReport::tr("re-score"), [](const QueryLatency& l) { return l.rescoreMs; }},
        {GridReport::tr("total"),
         [](const QueryLatency& l) {
             // The parts that were measured; a missing part (e.g. no embedding measured) adds nothing.
             double total = 0;
             for (double part : {l.embedQueryMs, l.scoreMs, l.judgeMs, l.refineMs, l.rescoreMs}) {
                 if (std::isfinite(part))
                     total += part;
             }
             return total;
         }},
    };
}

QList<double> finiteValues(const QList<QueryLatency>& latencies, const std::function<double(const QueryLatency&)>& value)
{
    QList<double> values;
    for (const QueryLatency& latency : latencies) {
        const double v = value(latency);
        if (std::isfinite(v))
            values.append(v);
    }
    return values;
}

QString ms(double value)
{
    if (!std::isfinite(value))
        return QStringLiteral("–");
    return value < 10 ? N::fixed(value, 2) : N::fixed(value, 1);
}

} // namespace

QString GridReport::mapText(double before, double after)
{
    if (!std::isfinite(before) || !std::isfinite(after))
        return QStringLiteral("–");
    const double relative = before > 0 ? (after - before) / before : std::nan("");
    return QStringLiteral("%1 → %2 (%3)").arg(N::fixed(before), N::fixed(after), N::signedPercent(relative));
}

QString GridReport::cellText(const GridCellResult* cell)
{
    if (!cell)
        return QStringLiteral("");
    if (cell->status == u"planned")
        return tr("planned");
    if (cell->status == u"failed")
        return tr("failed");
    return mapText(cell->mapBefore, cell->mapAfter);
}

double GridCellResult::relativeDelta() const
{
    return std::isfinite(mapBefore) && std::isfinite(mapAfter) && mapBefore > 0 ? (mapAfter - mapBefore) / mapBefore
                                                                                   : std::nan("");
}

double GridReport::median(QList<double> values)
{
    if (values.isEmpty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

double GridReport::percentile95(QList<double> values)
{
    if (values.isEmpty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    const qsizetype rank = qsizetype(std::ceil(0.95 * double(values.size())));
    return values[std::clamp<qsizetype>(rank - 1, 0, values.size() - 1)];
}

QList<GridReport::Row> GridReport::rows() const
{
    QList<Row> result;
    for (const GridCellResult& cell : cells) {
        auto row = std::find_if(result.begin(), result.end(), [&](const Row& r) {
            return r.space == cell.space && r.judge == cell.judge && r.refiner == cell.refiner;
        });
        if (row == result.end()) {
            Row fresh;
            fresh.space = cell.space;
            fresh.judge = cell.judge;
            fresh.refiner = cell.refiner;
            fresh.perDataset = QList<const GridCellResult*>(datasets.size(), nullptr);
            result.append(fresh);
            row = result.end() - 1;
        }
        const qsizetype column = datasets.indexOf(cell.dataset);
        if (column >= 0)
            row->perDataset[column] = &cell;
    }
    for (Row& row : result) {
        double before = 0;
        double after = 0;
        int count = 0;
        for (const GridCellResult* cell : std::as_const(row.perDataset)) {
            if (cell && std::isfinite(cell->mapBefore) && std::isfinite(cell->mapAfter)) {
                before += cell->mapBefore;
                after += cell->mapAfter;
                ++count;
            }
        }
        if (count > 0) {
            row.meanBefore = before / count;
            row.meanAfter = after / count;
        }
    }
    return result;
}

QString GridReport::markdown() const
{
    QString text = QStringLiteral("# %1\n\n").arg(title.isEmpty() ? tr("Grid") : title);
    text += tr("MAP before → after refinement (relative change); mean over the datasets of the row.") + u"\n\n";
    QStringList header{tr("embedder"), tr("judge"), tr("refiner")};
    for (const QString& dataset : datasets)
        header.append(mdCell(dataset));
    header.append(tr("mean"));
    text += u"| " + header.join(QStringLiteral(" | ")) + QStringLiteral(" |\n|");
    for (qsizetype i = 0; i < header.size(); ++i)
        text += i < 3 ? QStringLiteral(" --- |") : QStringLiteral(" ---: |");
    text += u'\n';
    for (const Row& row : rows()) {
        QStringList fields{mdCell(row.space), mdCell(row.judge), mdCell(row.refiner)};
        for (const GridCellResult* cell : row.perDataset)
            fields.append(cellText(cell));
        fields.append(mapText(row.meanBefore, row.meanAfter));
        text += u"| " + fields.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    }
    QString failures;
    for (const GridCellResult& cell : cells) {
        if (cell.status == u"failed" || cell.failedQueries > 0) {
            failures += QStringLiteral("- %1 · %2 · %3 · %4: %5\n")
                            .arg(cell.dataset, cell.space, cell.judge, cell.refiner,
                                 cell.status == u"failed" ? cell.error
                                                          : tr("%n query(ies) failed", nullptr, int(cell.failedQueries)));
        }
    }
    if (!failures.isEmpty())
        text += u'\n' + tr("Not everything ran:") + u'\n' + failures;
    return text;
}

QString GridReport::latencyMarkdown() const
{
    const QList<Part> parts = latencyParts();
    QString text = QStringLiteral("# %1\n\n").arg(tr("Per-query latency (ms): median / 95th percentile"));
    QStringList header{tr("dataset"), tr("embedder"), tr("judge"), tr("refiner"), tr("queries")};
    for (const Part& part : parts)
        header.append(part.title);
    text += u"| " + header.join(QStringLiteral(" | ")) + QStringLiteral(" |\n|");
    for (qsizetype i = 0; i < header.size(); ++i)
        text += i < 4 ? QStringLiteral(" --- |") : QStringLiteral(" ---: |");
    text += u'\n';
    for (const GridCellResult& cell : cells) {
        if (cell.latencies.isEmpty())
            continue;
        QStringList fields{mdCell(cell.dataset), mdCell(cell.space), mdCell(cell.judge), mdCell(cell.refiner),
                           QString::number(cell.latencies.size())};
        for (const Part& part : parts) {
            const QList<double> values = finiteValues(cell.latencies, part.value);
            fields.append(values.isEmpty() ? QStringLiteral("–")
                                           : ms(median(values)) + QStringLiteral(" / ") + ms(percentile95(values)));
        }
        text += u"| " + fields.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    }
    text += u'\n' + tr("embed query: the query embedded alone with the space's embedder (– when not measured); score "
                       "corpus and re-score: cosine over the query's candidates; judge: the judge's answers for the "
                       "sampled documents as measured when they were obtained (concurrent requests: the slowest); "
                       "refine: the optimisation steps.")
            + u'\n';
    return text;
}

QString GridReport::csv() const
{
    QString text = QStringLiteral(
        "dataset,embedder,judge,refiner,run,status,reused,queries,failed_queries,map_before,map_after,delta,relative_delta\n");
    for (const GridCellResult& cell : cells) {
        const double delta = std::isfinite(cell.mapBefore) && std::isfinite(cell.mapAfter) ? cell.mapAfter - cell.mapBefore
                                                                                            : std::nan("");
        text += QStringList{csvField(cell.dataset), csvField(cell.space), csvField(cell.judge), csvField(cell.refiner),
                            cell.runId > 0 ? QString::number(cell.runId) : QString(), cell.status,
                            cell.reused ? QStringLiteral("1") : QStringLiteral("0"), QString::number(cell.queries),
                            QString::number(cell.failedQueries), N::exact(cell.mapBefore), N::exact(cell.mapAfter),
                            N::exact(delta), N::exact(cell.relativeDelta())}
                    .join(u',')
            + u'\n';
    }
    return text;
}

QString GridReport::latencyCsv() const
{
    const QList<Part> parts = latencyParts();
    QString text = QStringLiteral("dataset,embedder,judge,refiner,queries");
    for (const char* part : {"embed_query", "score_corpus", "judge", "refine", "rescore", "total"})
        text += QStringLiteral(",%1_median_ms,%1_p95_ms").arg(QLatin1String(part));
    text += u'\n';
    for (const GridCellResult& cell : cells) {
        if (cell.latencies.isEmpty())
            continue;
        QStringList fields{csvField(cell.dataset), csvField(cell.space), csvField(cell.judge), csvField(cell.refiner),
                           QString::number(cell.latencies.size())};
        for (const Part& part : parts) {
            const QList<double> values = finiteValues(cell.latencies, part.value);
            fields.append(N::exact(median(values)));
            fields.append(N::exact(percentile95(values)));
        }
        text += fields.join(u',') + u'\n';
    }
    return text;
}

QString GridReport::html() const
{
    const QString heading = title.isEmpty() ? tr("Grid") : title;
    QString body = QStringLiteral("<h1>%1</h1>\n<p class=\"sub\">%2</p>\n")
                       .arg(esc(heading), esc(tr("MAP before → after refinement (relative change); mean over the "
                                                 "datasets of the row.")));
    body += QStringLiteral("<table>\n<tr><th class=\"l\">%1</th><th class=\"l\">%2</th><th class=\"l\">%3</th>")
                .arg(tr("embedder"), tr("judge"), tr("refiner"));
    for (const QString& dataset : datasets)
        body += QStringLiteral("<th>%1</th>").arg(esc(dataset));
    body += QStringLiteral("<th>%1</th></tr>\n").arg(tr("mean"));
    for (const Row& row : rows()) {
        body += QStringLiteral("<tr><td class=\"l\">%1</td><td class=\"l\">%2</td><td class=\"l\">%3</td>")
                    .arg(esc(row.space), esc(row.judge), esc(row.refiner));
        for (const GridCellResult* cell : row.perDataset) {
            const double relative = cell ? cell->relativeDelta() : std::nan("");
            const QString cls = !std::isfinite(relative) ? QString()
                                : relative > 0          ? QStringLiteral(" class=\"pos\"")
                                : relative < 0          ? QStringLiteral(" class=\"neg\"")
                                                        : QString();
            body += QStringLiteral("<td%1>%2</td>").arg(cls, esc(cellText(cell)));
        }
        body += QStringLiteral("<td>%1</td></tr>\n").arg(esc(mapText(row.meanBefore, row.meanAfter)));
    }
    body += QStringLiteral("</table>\n");

    const QList<Part> parts = latencyParts();
    body += QStringLiteral("<h2>%1</h2>\n<table>\n<tr><th class=\"l\">%2</th><th class=\"l\">%3</th><th class=\"l\">%4</th>"
                           "<th class=\"l\">%5</th><th>%6</th>")
                .arg(esc(tr("Per-query latency (ms): median / 95th percentile")), tr("dataset"), tr("embedder"), tr("judge"),
                     tr("refiner"), tr("queries"));
    for (const Part& part : parts)
        body += QStringLiteral("<th>%1</th>").arg(esc(part.title));
    body += QStringLiteral("</tr>\n");
    for (const GridCellResult& cell : cells) {
        if (cell.latencies.isEmpty())
            continue;
        body += QStringLiteral("<tr><td class=\"l\">%1</td><td class=\"l\">%2</td><td class=\"l\">%3</td><td class=\"l\">%4</td>"
                               "<td>%5</td>")
                    .arg(esc(cell.dataset), esc(cell.space), esc(cell.judge), esc(cell.refiner))
                    .arg(cell.latencies.size());
        for (const Part& part : parts) {
            const QList<double> values = finiteValues(cell.latencies, part.value);
            body += QStringLiteral("<td>%1</td>")
                        .arg(values.isEmpty() ? QStringLiteral("–")
                                              : ms(median(values)) + QStringLiteral(" / ") + ms(percentile95(values)));
        }
        body += QStringLiteral("</tr>\n");
    }
    body += QStringLiteral("</table>\n");
    QString failures;
    for (const GridCellResult& cell : cells) {
        if (cell.status == u"failed")
            failures += QStringLiteral("<li>%1</li>\n")
                            .arg(esc(QStringLiteral("%1 · %2 · %3 · %4: %5")
                                         .arg(cell.dataset, cell.space, cell.judge, cell.refiner, cell.error)));
    }
    if (!failures.isEmpty())
        body += QStringLiteral("<h2>%1</h2>\n<ul>\n%2</ul>\n").arg(esc(tr("Not everything ran")), failures);
    return HtmlReport::page(heading, body);
}

} // namespace tare
