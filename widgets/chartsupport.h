// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QString>

class QAbstractSeries;
class QChart;
class QLineSeries;
class QValueAxis;

namespace tare::ChartSupport {

/// The workbench's chart colours: one meaning each, the same on every page.
namespace Palette {
inline const QColor measured{0x1f, 0x4e, 0x9a}; ///< the series a chart is about: mean, after, pull, distance
inline const QColor better{0x2e, 0x8b, 0x57};   ///< gains, wins, relevant documents
inline const QColor worse{0xc0, 0x39, 0x2b};    ///< losses, pushes
inline const QColor second{0xc0, 0x50, 0x20};   ///< a second measured series: a fit, the cosine
} // namespace Palette

/// A chart as the workbench draws them: titled, no animation, legend at the bottom, thin margins.
QChart* makeChart(const QString& title);
/// Adds a value axis with a title (say the unit in it) and a label format.
QValueAxis* addValueAxis(QChart* chart, Qt::Alignment alignment, const QString& title, const QString& format);
/// Adds the series to the chart and attaches it to every axis the chart has.
void attach(QChart* chart, QAbstractSeries* series);
/// Removes every series and axis.
void clear(QChart* chart);
/// A line series named `name` (its legend entry) with a solid pen of `color` and `width`; add its
/// points and attach it.
QLineSeries* lineSeries(const QString& name, const QColor& color, double width = 2.0);
/// Hides a series' legend markers (reference lines, whiskers).
void hideFromLegend(QChart* chart, QAbstractSeries* series);
/// A dashed horizontal reference line at y from x0 to x1 (a zero line), without a legend entry.
QLineSeries* addReferenceLine(QChart* chart, double y, double x0, double x1, const QColor& color = QColor(0x70, 0x70, 0x70));
/// Ticks on round values (0.010, 0.015, 0.020 … rather than 0.0137, 0.0162 …) over the axis'
/// range as it is (set it first), about `intervals` of them, labelled with the decimals the
/// interval needs.
void roundTicks(QValueAxis* axis, int intervals = 4);
/// A number for figures and labels; "–" when it is not finite.
QString figure(double value, int decimals = 3);
/// As figure(), with a sign ("+0.012").
QString signedFigure(double value, int decimals = 3);

} // namespace tare::ChartSupport
