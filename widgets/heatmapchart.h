// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QChart>
#include <QList>
#include <QStringList>

class QAreaSeries;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;

namespace tare {

/// A heat map drawn with Qt Charts, so ChartView exports it like every other chart: one filled
/// rectangle per cell (columns × rows on category axes), each cell's value printed on it, and a
/// colour scale beside the plot with its minimum, middle and maximum. Sequential colours for
/// values such as MAP; diverging colours around 0 (blue below, red above) for differences. Cells
/// without a value (NaN) stay empty. GUI thread.
class HeatmapChart : public QChart
{
    Q_OBJECT

public:
    explicit HeatmapChart(QGraphicsItem* parent = nullptr);

    /// Shows a grid: `values` row-major, rows.size() × columns.size(); row 0 is drawn at the top.
    /// `diverging` centres the scale on 0 and makes it symmetric.
    void setGrid(const QStringList& columns, const QStringList& rows, const QList<double>& values, bool diverging);
    void setAxisTitles(const QString& columns, const QString& rows, const QString& scale);
    void clearGrid();

    /// The cells drawn (cells with a value).
    int cellCount() const { return int(m_cells.size()); }
    /// The scale's lower and upper end.
    double scaleMinimum() const { return m_minimum; }
    double scaleMaximum() const { return m_maximum; }
    /// The colour of a value on the current scale.
    QColor colorOf(double value) const;

Q_SIGNALS:
    /// A cell with a value was clicked (column and row as given to setGrid()).
    void cellClicked(int column, int row);

private:
    void placeDecorations();

    QStringList m_columns;
    QStringList m_rows;
    QList<double> m_values;
    bool m_diverging = false;
    double m_minimum = 0.0;
    double m_maximum = 1.0;
    QString m_scaleTitle;
    QList<QAreaSeries*> m_cells;
    QList<QGraphicsSimpleTextItem*> m_cellLabels; ///< parallel to m_cellPositions
    QList<QPointF> m_cellPositions;               ///< cell centres in axis coordinates
    QGraphicsRectItem* m_scaleBar;
    QList<QGraphicsSimpleTextItem*> m_scaleLabels;
    QGraphicsSimpleTextItem* m_scaleTitleItem;
};

} // namespace tare
