// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "widgets/queryinspectorwidget.h"

#include "core/models/rankmoversmodel.h"
#include "widgets/chartsupport.h"
#include "widgets/chartview.h"
#include "widgets/layoutsupport.h"
#include "widgets/tablesupport.h"
#include "widgets/tsvtableview.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QSplitter>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace tare {

namespace {

const QColor s_irrelevant(0x80, 0x80, 0x80);
const QColor s_before(0x99, 0x99, 0x99);

/// Percent of a class's documents in each bin.
std::vector<double> shares(const std::vector<qint64>& counts)
{
    qint64 total = 0;
    for (qint64 c : counts)
        total += c;
    std::vector<double> result(counts.size(), 0.0);
    if (total > 0) {
        for (size_t i = 0; i < counts.size(); ++i)
            result[i] = 100.0 * double(counts[i]) / double(total);
    }
    return result;
}

double maxShare(const ScoreHistogram& h)
{
    double result = 0.0;
    for (const auto* counts : {&h.relevant, &h.irrelevant}) {
        const auto s = shares(*counts);
        if (!s.empty())
            result = std::max(result, *std::max_element(s.begin(), s.end()));
    }
    return result;
}

} // namespace

using namespace ChartSupport;

QueryInspectorWidget::QueryInspectorWidget(QWidget* parent)
    : QWidget(parent)
    , m_inspections(this)
    , m_heading(new QLabel(this))
    , m_figures(new QLabel(this))
    , m_distBefore(makeChart(tr("Scores before")))
    , m_distAfter(makeChart(tr("Scores after")))
    , m_roc(makeChart(tr("ROC")))
    , m_loss(makeChart(tr("Loss")))
    , m_moversModel(new RankMoversModel(this))
    , m_movers(new TsvTableView(this))
{
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_figures->setTextFormat(Qt::RichText);
    m_figures->setToolTip(tr("d′: distance of the class means in pooled standard deviations. KS: largest gap between "
                             "the two classes' score distributions. Best F1: F1 at the best score threshold. AUC: "
                             "probability that a relevant document outscores an irrelevant one."));

    TableSupport::showRecords(m_movers, m_moversModel, RankMoversModel::TextColumn);
    setObjectName(QStringLiteral("inspectorPage"));
    m_movers->setObjectName(QStringLiteral("inspectorMovers"));
    m_movers->setAccessibleName(tr("Rank movers"));
    m_movers->setToolTip(tr("Documents that rose or fell most with the refined query. Double-click a row to read it."));
    connect(m_movers, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        QMessageBox box(QMessageBox::NoIcon, m_moversModel->mover(index.row()).extId, moverText(index.row()),
                        QMessageBox::Close, this);
        box.exec();
    });

    auto* grid = new QGridLayout;
    int position = 0;
    for (QChart* chart : {m_distBefore, m_distAfter, m_roc, m_loss}) {
        auto* view = new ChartView(chart, this);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(280, 200);
        grid->addWidget(view, position / 2, position % 2);
        ++position;
    }
    auto* top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_figures);
    auto* charts = new QWidget(this);
    charts->setLayout(grid);
    grid->setContentsMargins(0, 0, 0, 0);
    QWidget* moversBox = LayoutSupport::column(this, {new QLabel(tr("Rank movers"), this), m_movers});
    // Charts keep their axis titles; about five movers show, the rest scroll.
    QSplitter* splitter = LayoutSupport::splitter(Qt::Vertical, this, {{charts, 5}, {moversBox, 2}});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    clear();
}

void QueryInspectorWidget::clear()
{
    m_inspections.abandon(); // an inspection in flight is for the previous project: dropped
    showMessage(tr("Select a query in the run dashboard's table to inspect it."));
}

void QueryInspectorWidget::showMessage(const QString& message)
{
    m_heading->setText(message);
    m_figures->clear();
    m_moversModel->setMovers({});
    for (QChart* chart : {m_distBefore, m_distAfter, m_roc, m_loss})
        ChartSupport::clear(chart);
}

void QueryInspectorWidget::inspect(const QString& projectPath, qint64 runId, qint64 queryId)
{
    m_heading->setText(tr("Loading query %1 of run %2…").arg(queryId).arg(runId));
    // SQLite and Eigen stay off the GUI thread; the latest selection wins.
    m_inspections.run(
        projectPath, [runId, queryId](ProjectStore& store) { return QueryInspection::load(store, runId, queryId); },
        [this](const JobResult<QueryInspection>& result) {
            if (!result) {
                showMessage(tr("Cannot inspect this query: %1").arg(result.error()));
                Q_EMIT inspectionFailed(result.error());
                return;
            }
            setInspection(*result);
        });
}

void QueryInspectorWidget::fillDistribution(QChart* chart, const ScoreHistogram& histogram, double yMax)
{
    QValueAxis* x = addValueAxis(chart, Qt::AlignBottom, tr("Cosine score"), QStringLiteral("%.2f"));
    QValueAxis* y = addValueAxis(chart, Qt::AlignLeft, tr("% of class"), QStringLiteral("%.0f"));
    x->setRange(histogram.lower, histogram.upper);
    x->applyNiceNumbers(); // widens the range to round ticks, the same way for before and after
    y->setRange(0.0, yMax);
    y->applyNiceNumbers(); // round ticks (0, 10, 20 … rather than 0, 12.5, 25 …), equal for before and after
    const struct
    {
        const std::vector<qint64>* counts;
        QString name;
        QColor color;
    } classes[] = {{&histogram.irrelevant, tr("Irrelevant (%1)"), s_irrelevant}, {&histogram.relevant, tr("Relevant (%1)"), ChartSupport::Palette::better}};
    for (const auto& cls : classes) {
        const std::vector<double> share = shares(*cls.counts);
        qint64 total = 0;
        for (qint64 c : *cls.counts)
            total += c;
        // A step outline: each bin is a flat segment from its left to its right edge.
        auto* upper = new QLineSeries;
        QList<QPointF> points;
        points.reserve(qsizetype(share.size()) * 2 + 2);
        points.append(QPointF(histogram.lower, 0.0));
        for (int bin = 0; bin < histogram.binCount(); ++bin) {
            points.append(QPointF(histogram.binLower(bin), share[size_t(bin)]));
            points.append(QPointF(histogram.binLower(bin + 1), share[size_t(bin)]));
        }
        points.append(QPointF(histogram.upper, 0.0));
        upper->replace(points);
        auto* area = new QAreaSeries(upper);
        upper->setParent(area);
        area->setName(cls.name.arg(total));
        QColor fill = cls.color;
        fill.setAlpha(90);
        area->setColor(fill);
        area->setBorderColor(cls.color);
        attach(chart, area);
    }
}

void QueryInspectorWidget::setInspection(const QueryInspection& in)
{
    showMessage(QString());
    m_heading->setText(tr("Query %1: %2\nRun %3 · AP %4 → %5")
                           .arg(in.queryExtId, in.queryText)
                           .arg(in.runId)
                           .arg(figure(in.apBefore), figure(in.apAfter)));
    if (in.outcome != QueryOutcome::Finished) {
        m_figures->setText(tr("This query failed: %1").arg(in.error.toHtmlEscaped()));
        Q_EMIT inspectionShown(in.runId, in.queryId);
        return;
    }
    m_moversModel->setMovers(in.movers);
    const auto& b = in.separationBefore;
    const auto& a = in.separationAfter;
    m_figures->setText(tr("<table cellspacing='0' cellpadding='2'>"
                          "<tr><th></th><th align='right'>before</th><th align='right'>after</th></tr>"
                          "<tr><td>d′</td><td align='right'>%1</td><td align='right'>%2</td></tr>"
                          "<tr><td>KS</td><td align='right'>%3</td><td align='right'>%4</td></tr>"
                          "<tr><td>best F1</td><td align='right'>%5</td><td align='right'>%6</td></tr>"
                          "<tr><td>AUC</td><td align='right'>%7</td><td align='right'>%8</td></tr></table>")
                           .arg(figure(b.dPrime, 2), figure(a.dPrime, 2), figure(b.ks), figure(a.ks), figure(b.bestF1.f1),
                                figure(a.bestF1.f1), figure(b.auc), figure(a.auc)));

    // Both distributions on the same axes: same bins (from core), same x and y ranges.
    const double yMax = std::max(1.0, std::ceil(std::max(maxShare(in.histogramBefore), maxShare(in.histogramAfter)) / 5.0) * 5.0);
    fillDistribution(m_distBefore, in.histogramBefore, yMax);
    fillDistribution(m_distAfter, in.histogramAfter, yMax);

    QValueAxis* fpr = addValueAxis(m_roc, Qt::AlignBottom, tr("False-positive rate"), QStringLiteral("%.1f"));
    QValueAxis* tpr = addValueAxis(m_roc, Qt::AlignLeft, tr("Recall (TPR)"), QStringLiteral("%.1f"));
    for (QValueAxis* axis : {fpr, tpr}) {
        axis->setRange(0.0, 1.0);
        axis->setTickCount(6);
    }
    auto* chance = new QLineSeries;
    chance->append(0.0, 0.0);
    chance->append(1.0, 1.0);
    QPen chancePen(QColor(0xbb, 0xbb, 0xbb));
    chancePen.setStyle(Qt::DotLine);
    chance->setPen(chancePen);
    attach(m_roc, chance);
    hideFromLegend(m_roc, chance);
    const struct
    {
        const std::vector<RocPoint>* points;
        QString name;
        QColor color;
        Qt::PenStyle style;
    } rocs[] = {{&in.rocBefore, tr("Before (AUC %1)").arg(figure(b.auc)), s_before, Qt::DashLine},
                {&in.rocAfter, tr("After (AUC %1)").arg(figure(a.auc)), ChartSupport::Palette::measured, Qt::SolidLine}};
    for (const auto& roc : rocs) {
        auto* series = new QLineSeries;
        QList<QPointF> points;
        points.reserve(qsizetype(roc.points->size()));
        for (const RocPoint& p : *roc.points)
            points.append(QPointF(p.fpr, p.tpr));
        series->replace(points);
        series->setName(roc.name);
        QPen pen(roc.color);
        pen.setWidthF(2.0);
        pen.setStyle(roc.style);
        series->setPen(pen);
        attach(m_roc, series);
    }

    QValueAxis* step = addValueAxis(m_loss, Qt::AlignBottom, tr("Step"), QStringLiteral("%d"));
    QValueAxis* loss = addValueAxis(m_loss, Qt::AlignLeft, tr("Loss"), QStringLiteral("%.3g"));
    QLineSeries* lossSeries = lineSeries(tr("Refinement loss"), ChartSupport::Palette::second);
    QList<QPointF> lossPoints;
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (const CurvePoint& p : in.curve) {
        if (std::isnan(p.loss))
            continue;
        lossPoints.append(QPointF(p.step, p.loss));
        lo = std::min(lo, p.loss);
        hi = std::max(hi, p.loss);
    }
    lossSeries->replace(lossPoints);
    attach(m_loss, lossSeries);
    step->setRange(0, std::max(1.0, lossPoints.isEmpty() ? 1.0 : lossPoints.last().x()));
    if (lossPoints.isEmpty()) {
        loss->setRange(0.0, 1.0);
    } else {
        const double pad = hi > lo ? 0.05 * (hi - lo) : std::max(1e-6, 0.05 * std::abs(hi));
        loss->setRange(lo - pad, hi + pad);
        loss->applyNiceNumbers();
    }
    Q_EMIT inspectionShown(in.runId, in.queryId);
}

QString QueryInspectorWidget::moverText(int row) const
{
    if (row < 0 || row >= m_moversModel->rowCount())
        return {};
    const RankMover& mover = m_moversModel->mover(row);
    const QString judgment = !mover.judged ? tr("not judged")
        : mover.judgeScore                 ? QString::number(*mover.judgeScore, 'f', 3)
                                           : tr("failed");
    return tr("%1\n\n%2\n\nGold grade %3 · judge score %4 · rank %5 → %6")
        .arg(mover.title, mover.text)
        .arg(mover.grade)
        .arg(judgment)
        .arg(mover.rankBefore)
        .arg(mover.rankAfter);
}

QString QueryInspectorWidget::figuresText() const
{
    return m_figures->text();
}

} // namespace tare
