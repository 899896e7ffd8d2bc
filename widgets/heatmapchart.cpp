// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "widgets/heatmapchart.h"

#include "widgets/chartsupport.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QFont>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
#include <QLinearGradient>
#include <QPen>

#include <algorithm>
#include <cmath>

namespace tare {

namespace {

constexpr int s_scaleSpace = 92; // right margin for the colour scale and its labels
constexpr int s_scaleWidth = 14;

// Colour stops of the sequential scale (a viridis-like ramp, readable in grey too) and of the
// diverging one (blue, white, red).
const QList<QColor> s_sequential{QColor(0x44, 0x01, 0x54), QColor(0x3b, 0x52, 0x8b), QColor(0x21, 0x91, 0x8c),
                                 QColor(0x5e, 0xc9, 0x62), QColor(0xfd, 0xe7, 0x25)};
const QList<QColor> s_diverging{QColor(0x21, 0x66, 0xac), QColor(0x92, 0xc5, 0xde), QColor(0xf7, 0xf7, 0xf7),
                                QColor(0xf4, 0xa5, 0x82), QColor(0xb2, 0x18, 0x2b)};

QColor ramp(const QList<QColor>& stops, double t)
{
    t = std::clamp(t, 0.0, 1.0) * double(stops.size() - 1);
    const int i = std::min(int(t), int(stops.size()) - 2);
    const double f = t - i;
    const QColor& a = stops[i];
    const QColor& b = stops[i + 1];
    return QColor::fromRgbF(float(a.redF() + f * (b.redF() - a.redF())), float(a.greenF() + f * (b.greenF() - a.greenF())),
                            float(a.blueF() + f * (b.blueF() - a.blueF())));
}

QCategoryAxis* categoryAxis(const QStringList& labels, const QString& title)
{
    auto* axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    axis->setTitleText(title);
    axis->setRange(-0.5, double(labels.size()) - 0.5);
    axis->setStartValue(-0.5); // else the first category starts at 0 and its label sits off centre
    for (int i = 0; i < labels.size(); ++i)
        axis->append(labels[i], double(i) + 0.5);
    axis->setGridLineVisible(false);
    return axis;
}

} // namespace

HeatmapChart::HeatmapChart(QGraphicsItem* parent)
    : QChart(parent)
    , m_scaleBar(new QGraphicsRectItem(this))
    , m_scaleTitleItem(new QGraphicsSimpleTextItem(this))
{
    setAnimationOptions(QChart::NoAnimation);
    legend()->hide(); // the colour scale is the legend
    setMargins(QMargins(4, 4, s_scaleSpace, 4));
    m_scaleBar->setPen(QPen(QColor(0x80, 0x80, 0x80)));
    for (int i = 0; i < 3; ++i)
        m_scaleLabels.append(new QGraphicsSimpleTextItem(this));
    m_scaleBar->hide();
    m_scaleTitleItem->hide();
    for (auto* label : m_scaleLabels)
        label->hide();
    connect(this, &QChart::plotAreaChanged, this, &HeatmapChart::placeDecorations);
}

void HeatmapChart::setAxisTitles(const QString& columns, const QString& rows, const QString& scale)
{
    m_scaleTitle = scale;
    const auto horizontal = axes(Qt::Horizontal);
    const auto vertical = axes(Qt::Vertical);
    if (!horizontal.isEmpty())
        horizontal.first()->setTitleText(columns);
    if (!vertical.isEmpty())
        vertical.first()->setTitleText(rows);
    m_scaleTitleItem->setText(scale);
    placeDecorations();
}

void HeatmapChart::clearGrid()
{
    ChartSupport::clear(this);
    qDeleteAll(m_cellLabels);
    m_cellLabels.clear();
    m_cellPositions.clear();
    m_cells.clear();
    m_columns.clear();
    m_rows.clear();
    m_values.clear();
    m_scaleBar->hide();
    m_scaleTitleItem->hide();
    for (auto* label : m_scaleLabels)
        label->hide();
}

QColor HeatmapChart::colorOf(double value) const
{
    const double span = m_maximum - m_minimum;
    const double t = span > 0 ? (value - m_minimum) / span : 0.5;
    return ramp(m_diverging ? s_diverging : s_sequential, t);
}

void HeatmapChart::setGrid(const QStringList& columns, const QStringList& rows, const QList<double>& values, bool diverging)
{
    const QString columnTitle = axes(Qt::Horizontal).isEmpty() ? QString() : axes(Qt::Horizontal).first()->titleText();
    const QString rowTitle = axes(Qt::Vertical).isEmpty() ? QString() : axes(Qt::Vertical).first()->titleText();
    clearGrid();
    if (columns.isEmpty() || rows.isEmpty() || values.size() != columns.size() * rows.size())
        return;
    m_columns = columns;
    m_rows = rows;
    m_values = values;
    m_diverging = diverging;
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (double v : values) {
        if (std::isfinite(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    }
    if (!std::isfinite(lo)) {
        lo = 0.0;
        hi = 1.0;
    }
    if (diverging) {
        const double extent = std::max({std::abs(lo), std::abs(hi), 1e-12});
        lo = -extent;
        hi = extent;
    }
    m_minimum = lo;
    m_maximum = hi;

    QCategoryAxis* x = categoryAxis(columns, columnTitle);
    // Row 0 at the top: rows are placed at y = rows−1−r, and the labels follow that order.
    QStringList bottomUp = rows;
    std::reverse(bottomUp.begin(), bottomUp.end());
    QCategoryAxis* y = categoryAxis(bottomUp, rowTitle);
    addAxis(x, Qt::AlignBottom);
    addAxis(y, Qt::AlignLeft);
    QFont labelFont = font();
    labelFont.setPointSizeF(labelFont.pointSizeF() * 0.9);
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < columns.size(); ++c) {
            const double value = values[r * columns.size() + c];
            if (!std::isfinite(value))
                continue;
            const double cy = double(rows.size() - 1 - r);
            auto* upper = new QLineSeries;
            auto* lower = new QLineSeries;
            upper->append(c - 0.5, cy + 0.5);
            upper->append(c + 0.5, cy + 0.5);
            lower->append(c - 0.5, cy - 0.5);
            lower->append(c + 0.5, cy - 0.5);
            auto* cell = new QAreaSeries(upper, lower);
            upper->setParent(cell);
            lower->setParent(cell);
            const QColor color = colorOf(value);
            cell->setColor(color);
            cell->setBorderColor(Qt::white);
            cell->setName(QStringLiteral("%1 × %2").arg(columns[c], rows[r]));
            ChartSupport::attach(this, cell);
            connect(cell, &QAreaSeries::clicked, this, [this, c, r] { Q_EMIT cellClicked(c, r); });
            m_cells.append(cell);
            auto* label = new QGraphicsSimpleTextItem(ChartSupport::figure(value, 3), this);
            label->setFont(labelFont);
            label->setBrush(color.lightnessF() > 0.55 ? Qt::black : Qt::white);
            label->setZValue(10);
            m_cellLabels.append(label);
            m_cellPositions.append(QPointF(c, cy));
        }
    }
    m_scaleTitleItem->setText(m_scaleTitle);
    m_scaleBar->show();
    m_scaleTitleItem->show();
    const double mid = 0.5 * (m_minimum + m_maximum);
    const double ends[] = {m_maximum, mid, m_minimum};
    for (int i = 0; i < 3; ++i) {
        m_scaleLabels[i]->setText(ChartSupport::figure(ends[i], 3));
        m_scaleLabels[i]->show();
    }
    placeDecorations();
}

// The scale and the cell labels are plain graphics items in chart coordinates, so they are moved
// whenever the plot area changes (resize, axis label widths).
void HeatmapChart::placeDecorations()
{
    const QRectF plot = plotArea();
    if (plot.isEmpty())
        return;
    for (int i = 0; i < m_cellLabels.size(); ++i) {
        if (m_cells.isEmpty())
            break;
        const QPointF centre = mapToPosition(m_cellPositions[i], m_cells[i]);
        const QRectF box = m_cellLabels[i]->boundingRect();
        m_cellLabels[i]->setPos(centre - QPointF(box.width() / 2, box.height() / 2));
    }
    const double titleHeight = m_scaleTitleItem->boundingRect().height();
    const QRectF bar(plot.right() + 18, plot.top() + titleHeight + 4, s_scaleWidth, std::max(10.0, plot.height() - titleHeight - 4));
    m_scaleBar->setRect(bar);
    QLinearGradient gradient(bar.topLeft(), bar.bottomLeft());
    const QList<QColor>& stops = m_diverging ? s_diverging : s_sequential;
    for (int i = 0; i < stops.size(); ++i)
        gradient.setColorAt(1.0 - double(i) / double(stops.size() - 1), stops[i]);
    m_scaleBar->setBrush(gradient);
    m_scaleTitleItem->setPos(bar.left() - 4, plot.top());
    for (int i = 0; i < m_scaleLabels.size(); ++i) {
        const double y = bar.top() + bar.height() * double(i) / 2.0 - m_scaleLabels[i]->boundingRect().height() / 2;
        m_scaleLabels[i]->setPos(bar.right() + 4, y);
    }
}

} // namespace tare
