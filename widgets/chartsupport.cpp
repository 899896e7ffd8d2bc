// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "widgets/chartsupport.h"

#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace tare::ChartSupport {

QChart* makeChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

QValueAxis* addValueAxis(QChart* chart, Qt::Alignment alignment, const QString& title, const QString& format)
{
    auto* axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setLabelFormat(format);
    chart->addAxis(axis, alignment);
    return axis;
}

void attach(QChart* chart, QAbstractSeries* series)
{
    chart->addSeries(series);
    for (QAbstractAxis* axis : chart->axes())
        series->attachAxis(axis);
}

void clear(QChart* chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

void roundTicks(QValueAxis* axis, int intervals)
{
    const double raw = std::max(1e-12, (axis->max() - axis->min()) / std::max(1, intervals));
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double interval = 10.0 * magnitude;
    for (double factor : {1.0, 2.0, 2.5, 5.0}) {
        if (factor * magnitude >= raw) {
            interval = factor * magnitude;
            break;
        }
    }
    int decimals = 0;
    while (decimals < 8 && std::abs(interval * std::pow(10.0, decimals) - std::round(interval * std::pow(10.0, decimals))) > 1e-6)
        ++decimals;
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0.0);
    axis->setTickInterval(interval);
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
}

QLineSeries* lineSeries(const QString& name, const QColor& color, double width)
{
    auto* series = new QLineSeries;
    series->setName(name);
    QPen pen(color);
    pen.setWidthF(width);
    series->setPen(pen);
    return series;
}

void hideFromLegend(QChart* chart, QAbstractSeries* series)
{
    for (QLegendMarker* marker : chart->legend()->markers(series))
        marker->setVisible(false);
}

QLineSeries* addReferenceLine(QChart* chart, double y, double x0, double x1, const QColor& color)
{
    auto* line = new QLineSeries;
    line->append(x0, y);
    line->append(x1, y);
    QPen pen(color);
    pen.setStyle(Qt::DashLine);
    pen.setWidthF(1.0);
    line->setPen(pen);
    attach(chart, line);
    hideFromLegend(chart, line);
    return line;
}

QString figure(double value, int decimals)
{
    return std::isfinite(value) ? QString::number(value, 'f', decimals) : QStringLiteral("–");
}

QString signedFigure(double value, int decimals)
{
    if (!std::isfinite(value))
        return QStringLiteral("–");
    return (value >= 0 ? QStringLiteral("+") : QString()) + QString::number(value, 'f', decimals);
}

} // namespace tare::ChartSupport
