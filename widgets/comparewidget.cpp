// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "widgets/comparewidget.h"

#include "core/db/projectstore.h"
#include "core/models/comparedquerymodel.h"
#include "core/util/tareerror.h"
#include "widgets/chartsupport.h"
#include "widgets/chartview.h"
#include "widgets/layoutsupport.h"
#include "widgets/tablesupport.h"
#include "widgets/tsvtableview.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QCursor>
#include <QToolTip>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace tare {

namespace {

const QColor s_tie(0x88, 0x88, 0x88);

QString pValue(double p)
{
    if (std::isnan(p))
        return QStringLiteral("–");
    return p < 0.001 ? QStringLiteral("&lt; 0.001") : QString::number(p, 'f', 3); // shown as rich text
}

} // namespace

using namespace ChartSupport;

CompareWidget::CompareWidget(QWidget* parent)
    : QWidget(parent)
    , m_loads(this)
    , m_runA(new QComboBox(this))
    , m_runB(new QComboBox(this))
    , m_heading(new QLabel(this))
    , m_statistics(new QLabel(this))
    , m_scatter(makeChart(tr("AP per query")))
    , m_delta(makeChart(tr("ΔAP per query, sorted")))
    , m_scatterView(new ChartView(m_scatter, this))
    , m_deltaView(new ChartView(m_delta, this))
    , m_queryModel(new ComparedQueryModel(this))
    , m_queryProxy(new QSortFilterProxyModel(this))
    , m_queryTable(new TsvTableView(this))
{
    m_runA->setObjectName(QStringLiteral("compareRunA"));
    m_runB->setObjectName(QStringLiteral("compareRunB"));
    m_runA->setToolTip(tr("System A: a run (its AP after refinement), or with B = baseline its AP before."));
    m_runB->setToolTip(tr("System B: another run, or the baseline: run A before refinement."));
    m_runA->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_runB->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_runA->setMinimumContentsLength(30);
    m_runB->setMinimumContentsLength(30);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_statistics->setTextFormat(Qt::RichText);
    m_statistics->setToolTip(tr("Paired over the queries both systems finished. Δ = B − A. Wins: B better; ties: equal "
                                "AP. t-test and randomization test: two-sided p of no mean difference. CI: 95% "
                                "bootstrap interval of the mean Δ."));

    m_runA->setAccessibleName(tr("Run A"));
    m_runB->setAccessibleName(tr("Run B"));
    auto* choose = new QHBoxLayout;
    auto* labelA = new QLabel(tr("&A:"), this);
    labelA->setBuddy(m_runA);
    auto* labelB = new QLabel(tr("&B:"), this);
    labelB->setBuddy(m_runB);
    choose->addWidget(labelA);
    choose->addWidget(m_runA, 1);
    choose->addWidget(labelB);
    choose->addWidget(m_runB, 1);
    m_scatterView->setAccessibleName(tr("AP per query chart"));
    m_deltaView->setAccessibleName(tr("ΔAP per query chart"));
    for (ChartView* view : {m_scatterView, m_deltaView}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(300, 240);
        view->setToolTip(tr("Hover a point or bar to name its query; click it to open the query. Right-click to export."));
    }
    // The per-query table: every query both systems finished, sortable (by Δ, to find the losers).
    m_queryProxy->setSourceModel(m_queryModel);
    m_queryProxy->setSortRole(ComparedQueryModel::SortRole);
    TableSupport::showRecords(m_queryTable, m_queryProxy);
    TableSupport::compactRows(m_queryTable);
    m_queryTable->setAccessibleName(tr("Queries compared"));
    m_queryTable->setObjectName(QStringLiteral("compareQueries"));
    m_queryTable->setSortingEnabled(true);
    m_queryTable->sortByColumn(ComparedQueryModel::DeltaColumn, Qt::AscendingOrder);
    m_queryTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_queryTable->setAlternatingRowColors(true);
    m_queryTable->setToolTip(tr("Enter or double-click opens the query."));
    QSplitter* charts = LayoutSupport::splitter(Qt::Horizontal, this, {{m_scatterView, 3}, {m_deltaView, 3}, {m_queryTable, 2}});
    charts->setChildrenCollapsible(false);
    auto* top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_statistics);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(choose);
    layout->addLayout(top);
    layout->addWidget(charts, 1);
    connect(m_queryTable, &QTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT queryActivated(m_comparison.runA, index.data(ComparedQueryModel::QueryIdRole).toLongLong());
    });

    connect(m_runA, &QComboBox::activated, this, &CompareWidget::compareSelected);
    connect(m_runB, &QComboBox::activated, this, &CompareWidget::compareSelected);
    showMessage(tr("Open a project with finished runs to compare them."));
}

void CompareWidget::setProject(const QString& projectPath)
{
    m_projectPath = projectPath;
    m_loads.run(
        projectPath, [](ProjectStore& store) { return RunComparison::runChoices(store); },
        [this](const JobResult<QList<RunChoice>>& result) {
            if (!result) {
                showMessage(tr("Cannot list the runs: %1").arg(result.error()));
                return;
            }
            setRunChoices(*result);
            if (!result->isEmpty())
                compareSelected();
        });
}

void CompareWidget::setRunChoices(const QList<RunChoice>& runs)
{
    const qint64 keepA = m_runA->currentData().toLongLong();
    const qint64 keepB = m_runB->currentData().toLongLong();
    m_runA->clear();
    m_runB->clear();
    m_runB->addItem(tr("Baseline: run A before refinement"), qint64(0));
    for (const RunChoice& run : runs) {
        m_runA->addItem(run.label, run.id);
        m_runB->addItem(run.label, run.id);
    }
    if (const int a = m_runA->findData(keepA); a >= 0)
        m_runA->setCurrentIndex(a);
    if (const int b = m_runB->findData(keepB); b >= 0)
        m_runB->setCurrentIndex(b);
    if (runs.isEmpty())
        showMessage(tr("This project has no run with results yet."));
    Q_EMIT runChoicesLoaded(int(runs.size()));
}

void CompareWidget::compareSelected()
{
    if (m_runA->count() == 0)
        return;
    compare(m_runA->currentData().toLongLong(), m_runB->currentData().toLongLong());
}

void CompareWidget::compare(qint64 runA, qint64 runB)
{
    m_heading->setText(tr("Comparing…"));
    m_loads.run(
        m_projectPath, [runA, runB](ProjectStore& store) { return RunComparison::load(store, runA, runB); },
        [this](const JobResult<RunComparison>& result) {
            if (!result) {
                showMessage(tr("Cannot compare: %1").arg(result.error()));
                Q_EMIT comparisonFailed(result.error());
                return;
            }
            setComparison(*result);
        });
}

void CompareWidget::clearCharts()
{
    clear(m_scatter);
    clear(m_delta);
    m_queryModel->setQueries({});
}

QString CompareWidget::queryHoverText(qint64 queryId) const
{
    for (const ComparedQuery& q : m_comparison.queries) {
        if (q.queryId == queryId)
            return tr("%1: AP %2 (A) → %3 (B), Δ %4").arg(q.extId, figure(q.a), figure(q.b), signedFigure(q.b - q.a));
    }
    return {};
}

qint64 CompareWidget::queryOfBar(int index) const
{
    if (index < 0 || index >= m_comparison.bars.size())
        return 0;
    qint64 chosen = 0;
    double largest = -1.0;
    for (qint64 id : m_comparison.bars[index].queryIds) {
        for (const ComparedQuery& q : m_comparison.queries) {
            if (q.queryId == id && std::abs(q.b - q.a) > largest) {
                largest = std::abs(q.b - q.a);
                chosen = id;
            }
        }
    }
    return chosen;
}

void CompareWidget::activateNearest(const QPointF& point)
{
    // Nearest as drawn (in pixels): the two axes have different scales on screen.
    const QPointF clicked = m_scatter->mapToPosition(point);
    const ComparedQuery* nearest = nullptr;
    double best = std::numeric_limits<double>::infinity();
    for (const ComparedQuery& q : m_comparison.queries) {
        const QPointF drawn = m_scatter->mapToPosition(QPointF(q.a, q.b));
        const double distance = std::hypot(drawn.x() - clicked.x(), drawn.y() - clicked.y());
        if (distance < best) {
            best = distance;
            nearest = &q;
        }
    }
    if (nearest)
        Q_EMIT queryActivated(m_comparison.runA, nearest->queryId);
}

void CompareWidget::showMessage(const QString& message)
{
    m_heading->setText(message);
    m_statistics->clear();
    clearCharts();
}

void CompareWidget::setComparison(const RunComparison& comparison)
{
    clearCharts();
    m_comparison = comparison;
    const PairedComparison& s = comparison.stats;
    m_heading->setText(tr("A: %1\nB: %2\n%n query(s) finished by both", nullptr, int(comparison.queries.size()))
                           .arg(comparison.labelA, comparison.labelB));
    m_statistics->setText(tr("<table cellspacing='0' cellpadding='2'>"
                             "<tr><td>MAP A → B</td><td align='right'>%1 → %2</td></tr>"
                             "<tr><td>mean Δ (95% CI)</td><td align='right'>%3 (%4 … %5)</td></tr>"
                             "<tr><td>wins / ties / losses</td><td align='right'>%6 / %7 / %8</td></tr>"
                             "<tr><td>paired t-test p</td><td align='right'>%9</td></tr>"
                             "<tr><td>randomization p</td><td align='right'>%10</td></tr></table>")
                              .arg(figure(s.meanBefore), figure(s.meanAfter), figure(s.meanDelta), figure(s.ciLower),
                                   figure(s.ciUpper))
                              .arg(s.wins)
                              .arg(s.ties)
                              .arg(s.losses)
                              .arg(pValue(s.tTestP), pValue(s.randomizationP)));

    // Scatter: A on x, B on y, one point per query (queries, never documents), by outcome.
    auto* x = new QValueAxis;
    x->setTitleText(tr("AP of A"));
    auto* y = new QValueAxis;
    y->setTitleText(tr("AP of B"));
    // Both axes over the same range, from 0 to a little above the best AP, so the diagonal stays at 45°.
    double best = 0.0;
    for (const ComparedQuery& q : comparison.queries)
        best = std::max({best, q.a, q.b});
    const double upper = std::min(1.0, std::ceil((best + 0.05) * 10.0) / 10.0);
    for (QValueAxis* axis : {x, y}) {
        axis->setRange(0.0, upper);
        axis->setTickCount(6);
        axis->setLabelFormat(QStringLiteral("%.1f"));
    }
    m_scatter->addAxis(x, Qt::AlignBottom);
    m_scatter->addAxis(y, Qt::AlignLeft);
    auto* diagonal = new QLineSeries;
    diagonal->setName(tr("Equal AP"));
    diagonal->append(0.0, 0.0);
    diagonal->append(upper, upper);
    QPen diagonalPen(QColor(0xaa, 0xaa, 0xaa));
    diagonalPen.setStyle(Qt::DashLine);
    diagonal->setPen(diagonalPen);
    m_scatter->addSeries(diagonal);
    diagonal->attachAxis(x);
    diagonal->attachAxis(y);
    const double epsilon = PairedStatisticsOptions().tieEpsilon;
    const struct
    {
        int sign;
        QString name;
        QColor color;
    } outcomes[] = {{1, tr("B better (%1)"), ChartSupport::Palette::better}, {0, tr("Tie (%1)"), s_tie}, {-1, tr("B worse (%1)"), ChartSupport::Palette::worse}};
    for (const auto& outcome : outcomes) {
        auto* series = new QScatterSeries;
        QList<QPointF> points;
        for (const ComparedQuery& q : comparison.queries) {
            const double delta = q.b - q.a;
            const int sign = std::abs(delta) < epsilon ? 0 : (delta > 0 ? 1 : -1);
            if (sign == outcome.sign)
                points.append(QPointF(q.a, q.b));
        }
        series->replace(points);
        series->setName(outcome.name.arg(points.size()));
        series->setColor(outcome.color);
        series->setBorderColor(outcome.color.darker(130));
        series->setMarkerSize(9);
        m_scatter->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
        if (points.isEmpty())
            hideFromLegend(m_scatter, series); // room for the others at 1280 px; the counts are in the figures above
        connect(series, &QScatterSeries::clicked, this, &CompareWidget::activateNearest);
        connect(series, &QScatterSeries::hovered, this, [this](const QPointF& point, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            const ComparedQuery* nearest = nullptr;
            double best = std::numeric_limits<double>::infinity();
            for (const ComparedQuery& q : m_comparison.queries) {
                const double distance = std::hypot(q.a - point.x(), q.b - point.y());
                if (distance < best) {
                    best = distance;
                    nearest = &q;
                }
            }
            if (nearest)
                QToolTip::showText(QCursor::pos(), queryHoverText(nearest->queryId));
        });
    }

    // Sorted Δ: better and worse as two stacked sets so each bar has one colour.
    auto* better = new QBarSet(tr("B better"));
    auto* worse = new QBarSet(tr("B worse"));
    better->setColor(ChartSupport::Palette::better);
    worse->setColor(ChartSupport::Palette::worse);
    better->setBorderColor(ChartSupport::Palette::better);
    worse->setBorderColor(ChartSupport::Palette::worse);
    QStringList categories;
    double low = 0.0, high = 0.0;
    int perBar = 1;
    for (const DeltaBar& bar : comparison.bars) {
        better->append(bar.delta > 0 ? bar.delta : 0.0);
        worse->append(bar.delta < 0 ? bar.delta : 0.0);
        categories.append(bar.queries == 1 ? bar.firstExtId : QStringLiteral("%1…%2").arg(bar.firstExtId, bar.lastExtId));
        low = std::min(low, bar.delta);
        high = std::max(high, bar.delta);
        perBar = std::max(perBar, bar.queries);
    }
    auto* bars = new QStackedBarSeries;
    bars->append(better);
    bars->append(worse);
    bars->setBarWidth(0.9);
    auto* queriesAxis = new QBarCategoryAxis;
    queriesAxis->append(categories);
    queriesAxis->setTitleText(perBar > 1 ? tr("Queries sorted by ΔAP (up to %1 per bar)").arg(perBar)
                                         : tr("Queries sorted by ΔAP"));
    // More labels would be elided, and Qt Charts then elides the axis title to "…" too: the chart's
    // title says what the bars are, and hovering a bar names its queries.
    queriesAxis->setLabelsVisible(categories.size() <= 12);
    queriesAxis->setTitleVisible(categories.size() <= 12);
    auto* deltaAxis = new QValueAxis;
    deltaAxis->setTitleText(tr("ΔAP (B − A)"));
    deltaAxis->setLabelFormat(QStringLiteral("%.2f"));
    const double span = std::max(0.05, std::max(std::abs(low), std::abs(high)) * 1.1);
    deltaAxis->setRange(low < 0.0 ? -span : 0.0, high > 0.0 ? span : 0.0);
    if (!(deltaAxis->max() > deltaAxis->min()))
        deltaAxis->setRange(-span, span);
    deltaAxis->applyNiceNumbers();
    m_delta->addAxis(queriesAxis, Qt::AlignBottom);
    m_delta->addAxis(deltaAxis, Qt::AlignLeft);
    m_delta->addSeries(bars);
    bars->attachAxis(queriesAxis);
    bars->attachAxis(deltaAxis);
    connect(bars, &QStackedBarSeries::hovered, this, [this](bool status, int index) {
        if (!status || index < 0 || index >= m_comparison.bars.size()) {
            QToolTip::hideText();
            return;
        }
        const DeltaBar& bar = m_comparison.bars[index];
        const QString who = bar.queries == 1 ? bar.firstExtId
                                             : tr("%1 … %2 (%3 queries)").arg(bar.firstExtId, bar.lastExtId).arg(bar.queries);
        QToolTip::showText(QCursor::pos(), bar.queries == 1 ? queryHoverText(queryOfBar(index)) : tr("%1: ΔAP %2").arg(who, figure(bar.delta)));
    });
    // A bar of one query opens it; a bar of several opens the one with the largest |Δ| in it.
    connect(bars, &QStackedBarSeries::clicked, this, [this](int index) {
        if (const qint64 query = queryOfBar(index))
            Q_EMIT queryActivated(m_comparison.runA, query);
    });
    m_queryModel->setQueries(comparison.queries);
    Q_EMIT comparisonShown(comparison.runA, comparison.runB);
}

QString CompareWidget::statisticsText() const
{
    return m_statistics->text();
}

} // namespace tare
