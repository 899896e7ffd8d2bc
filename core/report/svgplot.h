// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace tare {

/// A small chart written as SVG text, for reports that must open without network or Qt: axes
/// with "nice" ticks, axis labels (units in the label text), a title, a legend, line series,
/// bar series and shaded bands. Core may not use QtSvg or QtGui, and the report needs nothing
/// more. A plain value; build it on any thread.
class SvgPlot
{
public:
    SvgPlot(const QString& title, int width = 640, int height = 300);

    /// Axis labels and, optionally, a fixed range (otherwise the range covers the data, and the
    /// y range includes 0 when bars are drawn).
    void setXAxis(const QString& label);
    void setXAxis(const QString& label, double min, double max);
    void setYAxis(const QString& label);
    void setYAxis(const QString& label, double min, double max);
    /// Draws the x tick labels as integers (steps, ranks) instead of decimals.
    void setIntegerXTicks(bool integer) { m_integerX = integer; }
    /// Names the x positions 1, 2, ... (bar charts of methods); replaces the numeric ticks.
    void setXCategories(const QStringList& names) { m_categories = names; }

    /// A polyline; points with a NaN coordinate break the line. `width` in pixels; with
    /// `inLegend` false the series is drawn but not listed (e.g. per-query curves behind a mean).
    void addLine(const QString& name, const QString& color, const std::vector<double>& xs, const std::vector<double>& ys,
                 double width = 2.0, bool dashed = false, double opacity = 1.0, bool inLegend = true);
    /// Markers only (scatter plots).
    void addPoints(const QString& name, const QString& color, const std::vector<double>& xs, const std::vector<double>& ys);
    /// Bars from y = 0 to heights[i] spanning [lefts[i], rights[i]]. With `negativeColor`, bars
    /// below 0 use it (and are listed in the legend under negativeName).
    void addBars(const QString& name, const QString& color, const std::vector<double>& lefts,
                 const std::vector<double>& rights, const std::vector<double>& heights, double opacity = 1.0,
                 const QString& negativeColor = {}, const QString& negativeName = {});
    /// A shaded area between lows and highs over xs.
    void addBand(const QString& name, const QString& color, const std::vector<double>& xs, const std::vector<double>& lows,
                 const std::vector<double>& highs, double opacity = 0.25);
    /// A horizontal reference line (e.g. y = 0), not in the legend.
    void addHorizontalRule(double y, const QString& color = QStringLiteral("#555555"), bool dashed = true);

    /// The <svg> element (with width, height and viewBox), ready to be placed inline in HTML or
    /// saved as a file.
    QString toSvg() const;

    /// Round tick positions covering [min, max] with about `target` ticks (steps of 1, 2 or 5
    /// times a power of ten).
    static std::vector<double> niceTicks(double min, double max, int target);
    /// Escapes &, <, >, " and ' for XML text and attributes.
    static QString escape(const QString& text);

private:
    struct Series
    {
        enum class Kind
        {
            Line,
            Points,
            Bars,
            Band,
        };
        Kind kind = Kind::Line;
        QString name;
        QString color;
        QString negativeColor;
        QString negativeName;
        std::vector<double> xs;     ///< Line/Points/Band: x; Bars: left edges
        std::vector<double> ys;     ///< Line/Points: y; Bars: heights; Band: lows
        std::vector<double> extra;  ///< Bars: right edges; Band: highs
        double width = 2.0;
        bool dashed = false;
        double opacity = 1.0;
        bool inLegend = true;
    };

    /// One axis: its label and, when fixed, its range.
    struct Axis
    {
        QString label;
        bool fixed = false;
        double min = 0.0;
        double max = 1.0;
    };

    void dataRange(double& xMin, double& xMax, double& yMin, double& yMax) const;
    Series& add(Series::Kind kind, const QString& name, const QString& color, const std::vector<double>& xs,
                const std::vector<double>& ys, const std::vector<double>& extra);

    QString m_title;
    int m_width;
    int m_height;
    Axis m_x;
    Axis m_y;
    bool m_integerX = false;
    QStringList m_categories;
    std::vector<Series> m_series;
    std::vector<std::pair<double, std::pair<QString, bool>>> m_rules;
};

} // namespace tare
