// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "widgets/chartcategorylabels.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <utility>

namespace tare {

namespace {

constexpr qreal s_gap = 4.0; ///< between two labels side by side
constexpr qreal s_top = 3.0; ///< between the plot area and the first row

} // namespace

ChartCategoryLabels::ChartCategoryLabels(QChart* chart, QBarCategoryAxis* axis, QAbstractBarSeries* series)
    : QObject(chart)
    , m_chart(chart)
    , m_axis(axis)
    , m_series(series)
{
    const QFont axisFont = axis->labelsFont();
    m_baseLabelSize = axisFont.pointSizeF() > 0 ? axisFont.pointSizeF() : chart->font().pointSizeF();
    QFont font = axisFont;
    font.setPointSizeF(m_baseLabelSize);
    axis->setLabelsColor(Qt::transparent); // the axis keeps the room; the labels are ours
    for (const QString& text : axis->categories()) {
        auto* item = new QGraphicsSimpleTextItem(text, chart);
        item->setFont(font);
        item->setBrush(QColor(0x20, 0x20, 0x20));
        item->setZValue(10);
        m_items.append(item);
    }
    reserveRows(1);
    connect(chart, &QChart::plotAreaChanged, this, &ChartCategoryLabels::scheduleRelayout);
    relayout();
}

ChartCategoryLabels::~ChartCategoryLabels()
{
    if (m_chart)
        qDeleteAll(m_items); // items belong to the chart's scene graph while it lives
}

QStringList ChartCategoryLabels::shownTexts() const
{
    QStringList texts;
    for (const QGraphicsSimpleTextItem* item : m_items) {
        if (item->isVisible())
            texts.append(item->text());
    }
    return texts;
}

QList<QRectF> ChartCategoryLabels::shownBoxes() const
{
    QList<QRectF> boxes;
    for (const QGraphicsSimpleTextItem* item : m_items) {
        if (item->isVisible())
            boxes.append(QRectF(item->pos(), item->boundingRect().size()));
    }
    return boxes;
}

void ChartCategoryLabels::scheduleRelayout()
{
    if (std::exchange(m_scheduled, true))
        return;
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        relayout();
    });
}

void ChartCategoryLabels::reserveRows(int rows)
{
    if (rows == m_rows || !m_axis)
        return;
    m_rows = rows;
    // The transparent axis labels are as tall as `rows` lines of ours.
    QFont font = m_axis->labelsFont();
    font.setPointSizeF(m_baseLabelSize * rows);
    m_axis->setLabelsFont(font);
}

void ChartCategoryLabels::relayout()
{
    if (!m_chart || !m_series || m_items.isEmpty())
        return;
    const QRectF plot = m_chart->plotArea();
    const qsizetype count = m_items.size();
    qreal widest = 0;
    for (const QGraphicsSimpleTextItem* item : std::as_const(m_items))
        widest = std::max(widest, item->boundingRect().width());
    const qreal need = widest + s_gap;
    const qreal slot = plot.width() / qreal(count);
    if (slot <= 0)
        return;
    // One row if the labels fit side by side; else two staggered rows (neighbours in a row are two
    // slots apart), labelling every k-th category when even that is too tight.
    int rows = 1;
    int stride = 1;
    if (need > slot) {
        rows = 2;
        stride = std::max(1, int(std::ceil(need / (2.0 * slot) - 1e-9)));
    }
    reserveRows(rows);
    m_stride = stride;
    const qreal lineHeight = m_items.first()->boundingRect().height();
    int shown = 0;
    for (qsizetype i = 0; i < count; ++i) {
        QGraphicsSimpleTextItem* item = m_items[i];
        const bool labelled = i % stride == 0;
        item->setVisible(labelled);
        if (!labelled)
            continue;
        const qreal centre = m_chart->mapToPosition(QPointF(qreal(i), 0.0), m_series).x();
        const int row = rows == 1 ? 0 : shown % 2;
        item->setPos(centre - item->boundingRect().width() / 2.0, plot.bottom() + s_top + row * lineHeight);
        ++shown;
    }
}

} // namespace tare
