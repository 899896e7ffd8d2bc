// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractSeries>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QList>
#include <QStringList>

// What the view tests read off a Qt chart: its series of one kind and the entries its legend
// shows.
namespace ChartReading {

/// The chart's series of type `T` (QLineSeries, QAreaSeries, …), in the chart's order.
template<typename T>
QList<T*> seriesOf(QChart* chart)
{
    QList<T*> result;
    for (QAbstractSeries* series : chart->series()) {
        if (auto* typed = qobject_cast<T*>(series))
            result.append(typed);
    }
    return result;
}

/// The labels of the legend's visible entries, in order. Marker visibility settles with the
/// chart's layout: compare with QTRY_COMPARE where the chart was just filled.
inline QStringList visibleLegendLabels(QChart* chart)
{
    QStringList labels;
    for (QLegendMarker* marker : chart->legend()->markers()) {
        if (marker->isVisible())
            labels.append(marker->label());
    }
    return labels;
}

} // namespace ChartReading
