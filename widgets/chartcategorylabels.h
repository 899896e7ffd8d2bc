// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QRectF>
#include <QString>

class QAbstractBarSeries;
class QBarCategoryAxis;
class QChart;
class QGraphicsSimpleTextItem;

namespace tare {

/// The category labels under a bar chart, readable however many bars there are. Qt Charts cuts
/// crowded category labels to "…" (smaller fonts and upright labels do not help), so the axis'
/// own labels are drawn transparent and only keep the room below the plot; these labels are
/// placed in that room, each centred under its bars: one row when they fit side by side, two
/// staggered rows when not, and every k-th category (the first always) when even two rows are
/// too tight — the bars keep their hover texts. Relaid when the plot area changes. GUI thread.
class ChartCategoryLabels : public QObject
{
    Q_OBJECT

public:
    /// Labels for the categories of `axis`, which `series` (in `chart`) is attached to.
    ChartCategoryLabels(QChart* chart, QBarCategoryAxis* axis, QAbstractBarSeries* series);
    ~ChartCategoryLabels() override;

    /// The labels shown now, in category order (for tests and accessibility).
    QStringList shownTexts() const;
    /// Where the shown labels are, in chart coordinates (for tests: no two overlap).
    QList<QRectF> shownBoxes() const;
    /// 1 when every category is labelled, k when every k-th is.
    int stride() const { return m_stride; }
    /// 1 or 2 rows of labels.
    int rows() const { return m_rows; }
    /// Lays the labels out now (normally deferred to the next event-loop turn).
    void relayout();

private:
    void scheduleRelayout();
    void reserveRows(int rows);

    QPointer<QChart> m_chart;
    QPointer<QBarCategoryAxis> m_axis;
    QPointer<QAbstractBarSeries> m_series;
    QList<QGraphicsSimpleTextItem*> m_items;
    qreal m_baseLabelSize = 0;
    int m_rows = 0;
    int m_stride = 1;
    bool m_scheduled = false;
};

} // namespace tare
