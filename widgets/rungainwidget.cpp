// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "widgets/rungainwidget.h"

#include "core/jobs/jobtracker.h"
#include "core/models/queryresultsmodel.h"
#include "widgets/chartsupport.h"
#include "widgets/chartview.h"

#include <QAreaSeries>
#include <QChart>
#include <QComboBox>
#include <QCursor>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QMenu>
#include <QTimer>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <map>

namespace tare {

using ChartSupport::figure;
using ChartSupport::signedFigure;

namespace {

const QColor s_bandColor(0x4a, 0x78, 0xb0, 70);
const QColor s_same(0x90, 0x90, 0x90);

struct Paired
{
    std::vector<double> before;
    std::vector<double> after;
};

QString pValue(double p)
{
    if (!std::isfinite(p))
        return QStringLiteral("–");
    return p < 0.001 ? QStringLiteral("&lt; 0.001") : QString::number(p, 'f', 3);
}

/// A round tick interval giving about `ticks` intervals over [lo, hi].
double roundInterval(double lo, double hi, int ticks)
{
    const double raw = std::max(1e-9, (hi - lo) / std::max(1, ticks));
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (factor * magnitude >= raw)
            return factor * magnitude;
    }
    return 10.0 * magnitude;
}

/// A signed label format with the decimals that show a tick interval exactly (0.005: "%+.3f").
QString labelFormat(double interval)
{
    int decimals = 0;
    while (decimals < 4 && std::abs(interval * std::pow(10.0, decimals) - std::round(interval * std::pow(10.0, decimals))) > 1e-6)
        ++decimals;
    return QStringLiteral("%+.%1f").arg(std::max(1, decimals));
}

/// An area under a line series it owns (filled down to zero until a lower series is set).
QAreaSeries* areaSeries(const QColor& fill, const QColor& border)
{
    auto* area = new QAreaSeries;
    area->setUpperSeries(new QLineSeries(area));
    area->setColor(fill);
    area->setBorderColor(border);
    return area;
}

} // namespace

RunGainWidget::RunGainWidget(QueryResultsModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_recomputeTimer(new QTimer(this))
    , m_jobs(std::make_unique<JobTracker>(this, JobTracker::Policy::LatestWins))
    , m_verdict(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_bandBox(new QComboBox(this))
    , m_stepChart(ChartSupport::makeChart(tr("Mean ΔAP by step")))
    , m_distributionChart(ChartSupport::makeChart(tr("ΔAP per query")))
    , m_stepView(new ChartView(m_stepChart, this))
    , m_distributionView(new ChartView(m_distributionChart, this))
{
    QFont big = m_verdict->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_verdict->setFont(big);
    m_verdict->setAccessibleName(tr("Verdict"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Run summary"));
    m_summary->setToolTip(tr("Over the queries finished so far. Δ = AP after − AP before. Wins: refinement raised the "
                             "query's AP; ties: unchanged. t-test and randomization test: two-sided p of no mean "
                             "change. CI: 95% bootstrap interval of the mean Δ."));
    m_bandBox->addItem(tr("Band: interquartile range"));
    m_bandBox->addItem(tr("Band: 95% CI of the mean"));
    m_bandBox->setToolTip(tr("The shaded band around the mean ΔAP: where the middle half of the queries lie, or the "
                             "95% confidence interval of the mean (Student's t)."));
    m_bandBox->setAccessibleName(tr("Band of the mean ΔAP"));
    m_bandBox->setObjectName(QStringLiteral("gainBand"));
    m_stepView->setObjectName(QStringLiteral("gainStepChart"));
    m_distributionView->setObjectName(QStringLiteral("gainDistributionChart"));

    for (ChartView* view : {m_stepView, m_distributionView}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(260, 200);
    }
    m_stepView->setAccessibleName(tr("Mean ΔAP by step chart"));
    m_distributionView->setAccessibleName(tr("ΔAP per query chart"));
    m_distributionView->setToolTip(tr("Click a bar to open its query. Right-click to export the chart."));
    for (QChart* chart : {m_stepChart, m_distributionChart})
        chart->legend()->hide();

    // The step chart: band, zero line and mean, made once and refilled with replace().
    m_stepX = ChartSupport::addValueAxis(m_stepChart, Qt::AlignBottom, tr("Step"), QStringLiteral("%d"));
    m_stepY = ChartSupport::addValueAxis(m_stepChart, Qt::AlignLeft, tr("ΔAP (AP − AP at step 0)"), QStringLiteral("%+.3f"));
    for (QValueAxis* axis : {m_stepX, m_stepY}) {
        axis->setTickType(QValueAxis::TicksDynamic);
        axis->setTickAnchor(0.0);
    }
    m_stepBand = areaSeries(s_bandColor, QColor(s_bandColor.red(), s_bandColor.green(), s_bandColor.blue(), 120));
    m_stepBand->setLowerSeries(new QLineSeries(m_stepBand));
    ChartSupport::attach(m_stepChart, m_stepBand);
    m_stepZero = ChartSupport::addReferenceLine(m_stepChart, 0.0, 0.0, 1.0);
    m_stepMean = new QLineSeries(this);
    QPen meanPen(ChartSupport::Palette::measured);
    meanPen.setWidthF(2.5);
    m_stepMean->setPen(meanPen);
    ChartSupport::attach(m_stepChart, m_stepMean);
    connect(m_stepMean, &QLineSeries::hovered, this, [this](const QPointF& point, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        const int step = int(std::lround(point.x()));
        for (const RunCurveSet::DeltaStats& s : std::as_const(m_steps)) {
            if (s.step == step) {
                QToolTip::showText(QCursor::pos(), tr("Step %1: mean ΔAP %2 over %n query(s); quartiles %3 … %4", nullptr, s.count)
                                                       .arg(step)
                                                       .arg(signedFigure(s.mean, 4), signedFigure(s.q1, 4), signedFigure(s.q3, 4)));
                return;
            }
        }
    });

    // The histogram: losses, unchanged, gains as three step-shaped areas.
    m_distributionX = ChartSupport::addValueAxis(m_distributionChart, Qt::AlignBottom, tr("ΔAP (after − before)"), QStringLiteral("%+.2f"));
    m_distributionY = ChartSupport::addValueAxis(m_distributionChart, Qt::AlignLeft, tr("Queries"), QStringLiteral("%d"));
    for (QValueAxis* axis : {m_distributionX, m_distributionY}) {
        axis->setTickType(QValueAxis::TicksDynamic);
        axis->setTickAnchor(0.0);
    }
    const QColor colours[3] = {ChartSupport::Palette::worse, s_same, ChartSupport::Palette::better};
    for (int kind = 0; kind < 3; ++kind) {
        m_bars[kind] = areaSeries(colours[kind], colours[kind].darker(120));
        ChartSupport::attach(m_distributionChart, m_bars[kind]);
        connect(m_bars[kind], &QAreaSeries::clicked, this, [this](const QPointF& point) { activateBar(point.x()); });
        connect(m_bars[kind], &QAreaSeries::hovered, this, [this](const QPointF& point, bool state) {
            const int bin = m_histogram.binOf(point.x());
            if (!state || bin < 0) {
                QToolTip::hideText();
                return;
            }
            const DeltaHistogram::Bin& b = m_histogram.bins[bin];
            QToolTip::showText(QCursor::pos(), tr("ΔAP %1 … %2: %n query(s)", nullptr, int(b.queryIds.size()))
                                                   .arg(signedFigure(b.center - m_histogram.width / 2.0, 4),
                                                        signedFigure(b.center + m_histogram.width / 2.0, 4)));
        });
    }

    auto* top = new QHBoxLayout;
    top->addWidget(m_verdict);
    top->addWidget(m_summary, 1);
    top->addWidget(m_bandBox);
    m_charts = new QHBoxLayout;
    m_charts->addWidget(m_stepView, 1);
    m_charts->addWidget(m_distributionView, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(m_charts, 1);

    m_recomputeTimer->setSingleShot(true);
    m_recomputeTimer->setInterval(recomputeIntervalMs);
    connect(m_recomputeTimer, &QTimer::timeout, this, &RunGainWidget::recompute);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RunGainWidget::scheduleRecompute);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RunGainWidget::scheduleRecompute);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RunGainWidget::scheduleRecompute);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RunGainWidget::scheduleRecompute);
    connect(m_bandBox, &QComboBox::currentIndexChanged, this, &RunGainWidget::drawSteps);
    showComparison({});
    drawSteps();
    drawDistribution();
}

RunGainWidget::~RunGainWidget() = default;

void RunGainWidget::insertChartView(int index, QWidget* view)
{
    m_charts->insertWidget(index, view, 1);
}

void RunGainWidget::scheduleRecompute()
{
    if (!m_recomputeTimer->isActive())
        m_recomputeTimer->start();
}

void RunGainWidget::recompute()
{
    m_recomputeTimer->stop();
    // The finished queries in id order, as RunSummary::load takes them: the same resamples.
    std::map<qint64, std::pair<double, double>> byId;
    QList<QPair<qint64, double>> deltas;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QueryResultsModel::Row& r = m_model->row(row);
        if (r.outcome != QueryOutcome::Finished || !std::isfinite(r.apBefore) || !std::isfinite(r.apAfter))
            continue;
        byId[r.queryId] = {r.apBefore, r.apAfter};
    }
    Paired paired;
    for (const auto& [queryId, ap] : byId) {
        paired.before.push_back(ap.first);
        paired.after.push_back(ap.second);
        deltas.append({queryId, ap.second - ap.first});
    }
    m_histogram = DeltaHistogram::build(deltas);
    drawDistribution();
    if (paired.before.empty()) {
        m_jobs->abandon();
        showComparison({});
        return;
    }
    m_jobs->run([paired] { return PairedStatistics::compare(paired.before, paired.after); },
                [this](const JobResult<PairedComparison>& comparison) {
                    if (comparison)
                        showComparison(*comparison);
                });
}

void RunGainWidget::showComparison(const PairedComparison& c)
{
    m_comparison = c;
    if (c.n == 0) {
        m_verdict->setText(tr("No results yet"));
        m_verdict->setStyleSheet(QString());
        m_summary->setText(tr("MAP before → after, wins and significance appear as queries finish."));
        Q_EMIT summaryShown(c);
        return;
    }
    QString verdict;
    QColor colour = s_same;
    if (c.n < 2 || !std::isfinite(c.ciLower)) {
        verdict = tr("Too few queries");
    } else if (c.ciLower > 0.0) {
        verdict = tr("Helping");
        colour = ChartSupport::Palette::better;
    } else if (c.ciUpper < 0.0) {
        verdict = tr("Hurting");
        colour = ChartSupport::Palette::worse;
    } else {
        verdict = tr("Not clear");
    }
    m_verdict->setText(verdict);
    m_verdict->setStyleSheet(QStringLiteral("color: %1").arg(colour.name()));
    m_verdict->setToolTip(tr("Helping: the 95% CI of the mean ΔAP lies above zero; hurting: below zero; not clear: it "
                             "contains zero."));
    const QString relative = std::isfinite(c.relativeDelta) ? QString::asprintf("%+.1f", 100.0 * c.relativeDelta) : QStringLiteral("–");
    m_summary->setText(tr("<b>MAP %1 → %2</b> &nbsp; Δ %3 (%4 %) &nbsp; · &nbsp; wins / ties / losses %5 / %6 / %7 &nbsp; · "
                          "&nbsp; p (t-test) %8, p (randomization) %9 &nbsp; · &nbsp; 95% CI of Δ [%10, %11] &nbsp; · "
                          "&nbsp; %n query(s)",
                          nullptr, int(c.n))
                           .arg(figure(c.meanBefore, 4), figure(c.meanAfter, 4), signedFigure(c.meanDelta, 4), relative)
                           .arg(c.wins)
                           .arg(c.ties)
                           .arg(c.losses)
                           .arg(pValue(c.tTestP), pValue(c.randomizationP), signedFigure(c.ciLower, 4), signedFigure(c.ciUpper, 4)));
    Q_EMIT summaryShown(c);
}

QString RunGainWidget::summaryText() const
{
    return m_summary->text();
}

QString RunGainWidget::verdictText() const
{
    return m_verdict->text();
}

void RunGainWidget::setStepDeltas(const QList<RunCurveSet::DeltaStats>& steps)
{
    m_steps = steps;
    drawSteps();
}

void RunGainWidget::drawSteps()
{
    const bool ci = m_bandBox->currentIndex() == 1;
    m_stepChart->setTitle(ci ? tr("Mean ΔAP by step, 95% CI") : tr("Mean ΔAP by step, interquartile range"));
    QList<QPointF> mean, upper, lower;
    double lo = 0.0, hi = 0.0;
    int lastStep = 1;
    for (const RunCurveSet::DeltaStats& s : std::as_const(m_steps)) {
        mean.append(QPointF(s.step, s.mean));
        const double top = ci ? s.ciUpper : s.q3;
        const double bottom = ci ? s.ciLower : s.q1;
        if (std::isfinite(top) && std::isfinite(bottom)) {
            upper.append(QPointF(s.step, top));
            lower.append(QPointF(s.step, bottom));
            lo = std::min(lo, bottom);
            hi = std::max(hi, top);
        }
        lo = std::min(lo, s.mean);
        hi = std::max(hi, s.mean);
        lastStep = std::max(lastStep, s.step);
    }
    // One replace() per series and the ranges once (STYLE.md §5).
    m_stepMean->replace(mean);
    m_stepBand->upperSeries()->replace(upper);
    m_stepBand->lowerSeries()->replace(lower);
    m_stepZero->replace({QPointF(0.0, 0.0), QPointF(lastStep, 0.0)});
    // Each tick interval before its range: a range set first is laid out with the old interval,
    // which for a run of 200,000 steps would be hundreds of thousands of ticks.
    m_stepX->setTickInterval(roundInterval(0, lastStep, 4));
    m_stepX->setRange(0, lastStep);
    // Fitted to the data (never narrower than ±0.005), so a mean change of 0.01 spans a good part of the height.
    hi = std::max(hi, 0.005);
    lo = std::min(lo, -0.005);
    const double pad = 0.08 * (hi - lo);
    const double interval = roundInterval(lo - pad, hi + pad, 5);
    m_stepY->setTickInterval(interval);
    m_stepY->setLabelFormat(labelFormat(interval));
    m_stepY->setRange(lo - pad, hi + pad);
}

void RunGainWidget::drawDistribution()
{
    const DeltaHistogram& h = m_histogram;
    m_distributionChart->setTitle(tr("ΔAP per query (%n query(s))", nullptr, h.queries));
    const double left = h.bins.isEmpty() ? -0.05 : h.bins.first().center - h.width / 2.0;
    const double right = h.bins.isEmpty() ? 0.05 : h.bins.last().center + h.width / 2.0;
    const double interval = roundInterval(left, right, 4);
    m_distributionX->setTickInterval(interval); // before the range, as in drawSteps()
    m_distributionX->setLabelFormat(labelFormat(interval));
    m_distributionX->setRange(left, right);
    const int tallest = std::max(1, h.tallest());
    m_distributionY->setTickInterval(std::max(1.0, std::ceil(roundInterval(0, tallest, 4))));
    m_distributionY->setRange(0, tallest);
    // Three step-shaped areas: losses, unchanged, gains; each replaced once.
    QList<QPointF> shapes[3];
    for (const DeltaHistogram::Bin& bin : h.bins) {
        if (bin.queryIds.isEmpty())
            continue; // the area's floor is zero: an empty bin draws nothing
        const int kind = bin.center < -h.width / 4.0 ? 0 : (bin.center > h.width / 4.0 ? 2 : 1);
        const double lo = bin.center - h.width / 2.0;
        const double hi = bin.center + h.width / 2.0;
        const double count = double(bin.queryIds.size());
        shapes[kind] << QPointF(lo, 0.0) << QPointF(lo, count) << QPointF(hi, count) << QPointF(hi, 0.0);
    }
    for (int kind = 0; kind < 3; ++kind)
        m_bars[kind]->upperSeries()->replace(shapes[kind]);
}

void RunGainWidget::activateBar(double delta)
{
    const int bin = m_histogram.binOf(delta);
    if (bin < 0 || m_histogram.bins[bin].queryIds.isEmpty())
        return;
    const QList<qint64>& ids = m_histogram.bins[bin].queryIds;
    if (ids.size() == 1) {
        Q_EMIT queryActivated(ids.first());
        return;
    }
    // Several queries in the bar: a menu of them (largest |Δ| first), to open one.
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setAccessibleName(tr("Queries of the bar"));
    QList<QPair<double, int>> rows;
    for (qint64 id : ids) {
        const int row = m_model->rowOfQuery(id);
        if (row >= 0)
            rows.append({std::abs(m_model->row(row).apAfter - m_model->row(row).apBefore), row});
    }
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    constexpr int s_maxEntries = 25;
    for (int i = 0; i < std::min<int>(int(rows.size()), s_maxEntries); ++i) {
        const QueryResultsModel::Row& r = m_model->row(rows[i].second);
        QString text = r.text.left(60);
        const qint64 queryId = r.queryId;
        menu->addAction(tr("%1 · ΔAP %2 · %3").arg(r.extId, signedFigure(r.apAfter - r.apBefore, 4), text), this,
                        [this, queryId] { Q_EMIT queryActivated(queryId); });
    }
    if (rows.size() > s_maxEntries)
        menu->addAction(tr("… and %n more (sort the table by ΔAP)", nullptr, int(rows.size()) - s_maxEntries))->setEnabled(false);
    menu->popup(QCursor::pos());
}

} // namespace tare
