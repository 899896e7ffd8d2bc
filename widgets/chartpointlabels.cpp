// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "widgets/chartpointlabels.h"

#include <QAbstractAxis>
#include <QAbstractSeries>
#include <QChart>
#include <QGraphicsSimpleTextItem>
#include <QTimer>
#include <QValueAxis>

namespace tare {

namespace {

constexpr qreal s_gap = 5.0;        ///< between a point and its label
constexpr qreal s_markRadius = 7.0; ///< half the size of the marks the labels must not cover

} // namespace

ChartPointLabels::ChartPointLabels(QChart* chart, QAbstractSeries* series)
    : QObject(chart)
    , m_chart(chart)
    , m_series(series)
{
    connect(chart, &QChart::plotAreaChanged, this, &ChartPointLabels::scheduleRelayout);
    for (QAbstractAxis* axis : series->attachedAxes()) {
        if (auto* value = qobject_cast<QValueAxis*>(axis))
            connect(value, &QValueAxis::rangeChanged, this, &ChartPointLabels::scheduleRelayout);
    }
}

ChartPointLabels::~ChartPointLabels()
{
    if (m_chart)
        qDeleteAll(m_items); // items belong to the chart's scene graph while it lives
}

void ChartPointLabels::setLabels(const QList<QPointF>& points, const QStringList& texts)
{
    qDeleteAll(m_items);
    m_items.clear();
    m_points = points;
    QFont font = m_chart->font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    for (qsizetype i = 0; i < points.size() && i < texts.size(); ++i) {
        auto* item = new QGraphicsSimpleTextItem(texts[i], m_chart);
        item->setFont(font);
        item->setBrush(QColor(0x20, 0x20, 0x20));
        item->setZValue(10);
        m_items.append(item);
    }
    relayout();
}

QStringList ChartPointLabels::shownTexts() const
{
    QStringList texts;
    for (const QGraphicsSimpleTextItem* item : m_items) {
        if (item->isVisible())
            texts.append(item->text());
    }
    return texts;
}

void ChartPointLabels::scheduleRelayout()
{
    if (std::exchange(m_scheduled, true))
        return;
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        relayout();
    });
}

void ChartPointLabels::relayout()
{
    if (!m_chart || !m_series)
        return;
    const QRectF plot = m_chart->plotArea();
    QList<QPointF> positions;
    for (const QPointF& point : std::as_const(m_points))
        positions.append(m_chart->mapToPosition(point, m_series));
    // Every mark inside the plot area is an obstacle; placed labels become obstacles too.
    QList<QRectF> taken;
    for (const QPointF& p : std::as_const(positions)) {
        if (plot.contains(p))
            taken.append(QRectF(p.x() - s_markRadius, p.y() - s_markRadius, 2 * s_markRadius, 2 * s_markRadius));
    }
    const auto free = [&](const QRectF& box) {
        if (!plot.contains(box))
            return false;
        for (const QRectF& other : std::as_const(taken)) {
            if (other.intersects(box))
                return false;
        }
        return true;
    };
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        QGraphicsSimpleTextItem* item = m_items[i];
        const QPointF p = positions[i];
        const QSizeF size = item->boundingRect().size();
        item->setVisible(false);
        if (!plot.contains(p))
            continue;
        const QPointF candidates[] = {
            {p.x() + s_markRadius + s_gap / 2, p.y() - size.height() / 2},
            {p.x() - s_markRadius - s_gap / 2 - size.width(), p.y() - size.height() / 2},
            {p.x() - size.width() / 2, p.y() - s_markRadius - size.height()},
            {p.x() - size.width() / 2, p.y() + s_markRadius},
        };
        for (const QPointF& corner : candidates) {
            const QRectF box(corner, size);
            if (free(box)) {
                item->setPos(corner);
                item->setVisible(true);
                taken.append(box);
                break;
            }
        }
    }
}

} // namespace tare
