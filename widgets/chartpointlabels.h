// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QString>

class QAbstractSeries;
class QChart;
class QGraphicsSimpleTextItem;

namespace tare {

/// Short text labels beside the points of a chart ("3" beside the document ranked 3rd) that stay
/// readable: each label goes right of its point, else left, above or below — the first place
/// that overlaps neither another label nor a point's mark and stays inside the plot area. A
/// label that fits nowhere is left out; its point keeps its hover text. The labels follow the
/// plot area and the axis ranges (relaid once per event-loop turn). GUI thread.
class ChartPointLabels : public QObject
{
    Q_OBJECT

public:
    /// Labels in the value coordinates of `series` (which must be attached to the chart's axes).
    ChartPointLabels(QChart* chart, QAbstractSeries* series);
    ~ChartPointLabels() override;

    void setLabels(const QList<QPointF>& points, const QStringList& texts);
    /// The labels shown now (placed), for tests and accessibility.
    QStringList shownTexts() const;
    /// Lays the labels out now (normally deferred to the next event-loop turn).
    void relayout();

private:
    void scheduleRelayout();

    QPointer<QChart> m_chart;
    QPointer<QAbstractSeries> m_series;
    QList<QPointF> m_points;
    QList<QGraphicsSimpleTextItem*> m_items;
    bool m_scheduled = false;
};

} // namespace tare
