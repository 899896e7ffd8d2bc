// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/report/svgplot.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>

namespace tare {

namespace {

constexpr int s_left = 64;
constexpr int s_right = 18;
constexpr int s_bottom = 46;
constexpr int s_titleHeight = 26;
constexpr int s_legendRow = 18;
constexpr double s_charWidth = 6.6; // at font-size 12, for laying out the legend

QString num(double value)
{
    return QString::number(value, 'f', 1);
}

/// Tick label with as many decimals as the tick step needs.
QString tickLabel(double value, double step, bool integer)
{
    if (integer || step >= 1.0)
        return QString::number(std::llround(value));
    const int decimals = std::clamp(int(std::ceil(-std::log10(step) - 1e-9)), 0, 8);
    QString text = QString::number(value, 'f', decimals);
    if (text.startsWith(u'-') && text.toDouble() == 0.0)
        text.remove(0, 1);
    return text.replace(u'-', QChar(0x2212)); // a typographic minus
}

double tickStep(double span, int target)
{
    const double raw = span / std::max(target, 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double normalized = raw / magnitude;
    const double nice = normalized < 1.5 ? 1.0 : (normalized < 3.0 ? 2.0 : (normalized < 7.0 ? 5.0 : 10.0));
    return nice * magnitude;
}

void widen(double& min, double& max)
{
    if (!std::isfinite(min) || !std::isfinite(max)) {
        min = 0.0;
        max = 1.0;
    } else if (!(max > min)) {
        const double pad = min == 0.0 ? 1.0 : std::abs(min) * 0.1;
        min -= pad;
        max += pad;
    }
}

} // namespace

SvgPlot::SvgPlot(const QString& title, int width, int height)
    : m_title(title)
    , m_width(width)
    , m_height(height)
{
}

void SvgPlot::setXAxis(const QString& label)
{
    m_x.label = label;
}

void SvgPlot::setXAxis(const QString& label, double min, double max)
{
    m_x = Axis{label, true, min, max};
}

void SvgPlot::setYAxis(const QString& label)
{
    m_y.label = label;
}

void SvgPlot::setYAxis(const QString& label, double min, double max)
{
    m_y = Axis{label, true, min, max};
}

SvgPlot::Series& SvgPlot::add(Series::Kind kind, const QString& name, const QString& color, const std::vector<double>& xs,
                              const std::vector<double>& ys, const std::vector<double>& extra)
{
    Series series;
    series.kind = kind;
    series.name = name;
    series.color = color;
    series.xs = xs;
    series.ys = ys;
    series.extra = extra;
    m_series.push_back(std::move(series));
    return m_series.back();
}

void SvgPlot::addLine(const QString& name, const QString& color, const std::vector<double>& xs, const std::vector<double>& ys,
                      double width, bool dashed, double opacity, bool inLegend)
{
    Series& series = add(Series::Kind::Line, name, color, xs, ys, {});
    series.width = width;
    series.dashed = dashed;
    series.opacity = opacity;
    series.inLegend = inLegend;
}

void SvgPlot::addPoints(const QString& name, const QString& color, const std::vector<double>& xs, const std::vector<double>& ys)
{
    add(Series::Kind::Points, name, color, xs, ys, {});
}

void SvgPlot::addBars(const QString& name, const QString& color, const std::vector<double>& lefts,
                      const std::vector<double>& rights, const std::vector<double>& heights, double opacity,
                      const QString& negativeColor, const QString& negativeName)
{
    Series& series = add(Series::Kind::Bars, name, color, lefts, heights, rights);
    series.opacity = opacity;
    series.negativeColor = negativeColor;
    series.negativeName = negativeName;
}

void SvgPlot::addBand(const QString& name, const QString& color, const std::vector<double>& xs, const std::vector<double>& lows,
                      const std::vector<double>& highs, double opacity)
{
    add(Series::Kind::Band, name, color, xs, lows, highs).opacity = opacity;
}

void SvgPlot::addHorizontalRule(double y, const QString& color, bool dashed)
{
    m_rules.push_back({y, {color, dashed}});
}

std::vector<double> SvgPlot::niceTicks(double min, double max, int target)
{
    widen(min, max);
    const double step = tickStep(max - min, target);
    std::vector<double> ticks;
    for (double tick = std::ceil(min / step - 1e-9) * step; tick <= max + step * 1e-9; tick += step)
        ticks.push_back(std::abs(tick) < step * 1e-9 ? 0.0 : tick);
    return ticks;
}

QString SvgPlot::escape(const QString& text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            result += QStringLiteral("&amp;");
            break;
        case '<':
            result += QStringLiteral("&lt;");
            break;
        case '>':
            result += QStringLiteral("&gt;");
            break;
        case '"':
            result += QStringLiteral("&quot;");
            break;
        case '\'':
            result += QStringLiteral("&#39;");
            break;
        default:
            result += c;
        }
    }
    return result;
}

void SvgPlot::dataRange(double& xMin, double& xMax, double& yMin, double& yMax) const
{
    constexpr double inf = std::numeric_limits<double>::infinity();
    xMin = inf;
    xMax = -inf;
    yMin = inf;
    yMax = -inf;
    auto take = [](double value, double& low, double& high) {
        if (std::isfinite(value)) {
            low = std::min(low, value);
            high = std::max(high, value);
        }
    };
    for (const Series& series : m_series) {
        for (size_t i = 0; i < series.xs.size(); ++i) {
            take(series.xs[i], xMin, xMax);
            if (i < series.ys.size())
                take(series.ys[i], yMin, yMax);
            if (i < series.extra.size())
                take(series.extra[i], series.kind == Series::Kind::Bars ? xMin : yMin,
                     series.kind == Series::Kind::Bars ? xMax : yMax);
        }
        if (series.kind == Series::Kind::Bars)
            take(0.0, yMin, yMax);
    }
    for (const auto& rule : m_rules)
        take(rule.first, yMin, yMax);
}

QString SvgPlot::toSvg() const
{
    // Legend entries first: they decide how much room the top margin needs.
    struct LegendEntry
    {
        QString name;
        QString color;
        bool line;
        bool dashed;
        double opacity;
    };
    std::vector<LegendEntry> legend;
    for (const Series& series : m_series) {
        if (!series.inLegend || series.name.isEmpty())
            continue;
        const bool line = series.kind == Series::Kind::Line;
        const double opacity = series.kind == Series::Kind::Bars   ? std::max(series.opacity, 0.6)
                               : series.kind == Series::Kind::Band ? series.opacity
                                                                   : 1.0;
        legend.push_back({series.name, series.color, line, series.dashed, opacity});
        if (series.kind == Series::Kind::Bars && !series.negativeName.isEmpty())
            legend.push_back({series.negativeName, series.negativeColor, false, false, std::max(series.opacity, 0.6)});
    }
    std::vector<std::pair<int, double>> legendPlace; // row, x
    int rows = legend.empty() ? 0 : 1;
    double cursor = s_left;
    for (const LegendEntry& entry : legend) {
        const double itemWidth = 22.0 + entry.name.size() * s_charWidth + 16.0;
        if (cursor + itemWidth > m_width - s_right && cursor > s_left) {
            ++rows;
            cursor = s_left;
        }
        legendPlace.push_back({rows - 1, cursor});
        cursor += itemWidth;
    }
    const int top = s_titleHeight + rows * s_legendRow + 8;
    const double x0 = s_left, x1 = m_width - s_right, y0 = top, y1 = m_height - s_bottom;

    double xMin, xMax, yMin, yMax;
    dataRange(xMin, xMax, yMin, yMax);
    widen(xMin, xMax);
    widen(yMin, yMax);
    if (std::any_of(m_series.begin(), m_series.end(), [](const Series& s) { return s.kind == Series::Kind::Points; })) {
        // Markers at the ends of the range would be cut in half by the frame.
        const double pad = (xMax - xMin) * 0.03;
        xMin -= pad;
        xMax += pad;
    }
    if (m_x.fixed) {
        xMin = m_x.min;
        xMax = m_x.max;
    }
    std::vector<double> xTicks = niceTicks(xMin, xMax, std::max(2, int((x1 - x0) / 80)));
    if (m_integerX) {
        std::erase_if(xTicks, [](double t) { return std::abs(t - std::round(t)) > 1e-9; });
    }
    if (!m_categories.isEmpty()) {
        xTicks.clear();
        for (qsizetype i = 0; i < m_categories.size(); ++i)
            xTicks.push_back(double(i + 1));
    }
    std::vector<double> yTicks = niceTicks(yMin, yMax, std::max(2, int((y1 - y0) / 45)));
    if (!m_y.fixed && yTicks.size() >= 2) {
        // Extend the range to the enclosing ticks so the axis ends on a labelled value.
        const double step = yTicks[1] - yTicks[0];
        if (yTicks.front() > yMin + 1e-12)
            yTicks.insert(yTicks.begin(), yTicks.front() - step);
        if (yTicks.back() < yMax - 1e-12)
            yTicks.push_back(yTicks.back() + step);
        yMin = yTicks.front();
        yMax = yTicks.back();
    } else if (m_y.fixed) {
        yMin = m_y.min;
        yMax = m_y.max;
        yTicks = niceTicks(yMin, yMax, std::max(2, int((y1 - y0) / 45)));
    }
    const double xStep = xTicks.size() >= 2 ? xTicks[1] - xTicks[0] : 1.0;
    const double yStep = yTicks.size() >= 2 ? yTicks[1] - yTicks[0] : 1.0;
    auto px = [&](double x) { return x0 + (x - xMin) / (xMax - xMin) * (x1 - x0); };
    auto py = [&](double y) { return y1 - (y - yMin) / (yMax - yMin) * (y1 - y0); };

    static std::atomic<int> s_clipCounter{0}; // ids must be unique within one HTML page
    const QString clipId = QStringLiteral("plotclip%1").arg(++s_clipCounter);
    QString svg;
    svg += QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\" "
                          "font-family=\"sans-serif\" font-size=\"12\" role=\"img\" aria-label=\"%3\">\n")
               .arg(m_width)
               .arg(m_height)
               .arg(escape(m_title));
    svg += QStringLiteral("<rect width=\"%1\" height=\"%2\" fill=\"#ffffff\"/>\n").arg(m_width).arg(m_height);
    svg += QStringLiteral("<text x=\"%1\" y=\"18\" font-size=\"14\" font-weight=\"bold\">%2</text>\n").arg(s_left).arg(escape(m_title));
    svg += QStringLiteral("<defs><clipPath id=\"%1\"><rect x=\"%2\" y=\"%3\" width=\"%4\" height=\"%5\"/></clipPath></defs>\n")
               .arg(clipId, num(x0), num(y0), num(x1 - x0), num(y1 - y0));

    // Grid and ticks.
    svg += QStringLiteral("<g stroke=\"#e4e4e4\" stroke-width=\"1\">\n");
    for (double tick : yTicks)
        svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\"/>\n").arg(num(x0), num(py(tick)), num(x1));
    for (double tick : xTicks) {
        if (m_categories.isEmpty()) // categories are bars: a grid line through each would cut it
            svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\"/>\n").arg(num(px(tick)), num(y0), num(y1));
    }
    svg += QStringLiteral("</g>\n<g fill=\"#333333\" font-size=\"11\">\n");
    for (double tick : yTicks)
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\">%3</text>\n")
                   .arg(num(x0 - 6), num(py(tick) + 4), tickLabel(tick, yStep, false));
    for (size_t i = 0; i < xTicks.size(); ++i) {
        const QString label = m_categories.isEmpty() ? tickLabel(xTicks[i], xStep, m_integerX) : escape(m_categories[qsizetype(i)]);
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\">%3</text>\n").arg(num(px(xTicks[i])), num(y1 + 16), label);
    }
    svg += QStringLiteral("</g>\n");
    svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\" fill=\"#222222\">%3</text>\n")
               .arg(num((x0 + x1) / 2), num(m_height - 8.0), escape(m_x.label));
    svg += QStringLiteral("<text transform=\"translate(14 %1) rotate(-90)\" text-anchor=\"middle\" fill=\"#222222\">%2</text>\n")
               .arg(num((y0 + y1) / 2), escape(m_y.label));

    // Series, clipped to the plot area.
    svg += QStringLiteral("<g clip-path=\"url(#%1)\">\n").arg(clipId);
    for (const Series& series : m_series) {
        switch (series.kind) {
        case Series::Kind::Band: {
            QString points;
            for (size_t i = 0; i < series.xs.size(); ++i) {
                if (std::isfinite(series.xs[i]) && std::isfinite(series.extra[i]))
                    points += num(px(series.xs[i])) + u',' + num(py(series.extra[i])) + u' ';
            }
            for (size_t i = series.xs.size(); i-- > 0;) {
                if (std::isfinite(series.xs[i]) && std::isfinite(series.ys[i]))
                    points += num(px(series.xs[i])) + u',' + num(py(series.ys[i])) + u' ';
            }
            svg += QStringLiteral("<polygon points=\"%1\" fill=\"%2\" fill-opacity=\"%3\" stroke=\"none\"/>\n")
                       .arg(points.trimmed(), series.color)
                       .arg(series.opacity);
            break;
        }
        case Series::Kind::Bars:
            svg += QStringLiteral("<g fill-opacity=\"%1\">\n").arg(series.opacity);
            for (size_t i = 0; i < series.xs.size(); ++i) {
                const double h = series.ys[i];
                if (!std::isfinite(h) || h == 0.0)
                    continue;
                const double left = px(series.xs[i]);
                const double right = px(series.extra[i]);
                const double top = py(std::max(h, 0.0));
                const double bottom = py(std::min(h, 0.0));
                const QString& color = h < 0.0 && !series.negativeColor.isEmpty() ? series.negativeColor : series.color;
                svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"/>\n")
                           .arg(num(left), num(top), QString::number(std::max(right - left, 0.6), 'f', 2),
                                QString::number(std::max(bottom - top, 0.6), 'f', 2), color);
            }
            svg += QStringLiteral("</g>\n");
            break;
        case Series::Kind::Line: {
            QString path;
            bool pen = false;
            for (size_t i = 0; i < series.xs.size() && i < series.ys.size(); ++i) {
                if (!std::isfinite(series.xs[i]) || !std::isfinite(series.ys[i])) {
                    pen = false;
                    continue;
                }
                path += (pen ? u'L' : u'M') + num(px(series.xs[i])) + u' ' + num(py(series.ys[i])) + u' ';
                pen = true;
            }
            svg += QStringLiteral("<path d=\"%1\" fill=\"none\" stroke=\"%2\" stroke-width=\"%3\" stroke-opacity=\"%4\"%5/>\n")
                       .arg(path.trimmed(), series.color)
                       .arg(series.width)
                       .arg(series.opacity)
                       .arg(series.dashed ? QStringLiteral(" stroke-dasharray=\"6 4\"") : QString());
            break;
        }
        case Series::Kind::Points:
            svg += QStringLiteral("<g fill=\"%1\" fill-opacity=\"0.8\">\n").arg(series.color);
            for (size_t i = 0; i < series.xs.size() && i < series.ys.size(); ++i) {
                if (std::isfinite(series.xs[i]) && std::isfinite(series.ys[i]))
                    svg += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"3.5\"/>\n").arg(num(px(series.xs[i])), num(py(series.ys[i])));
            }
            svg += QStringLiteral("</g>\n");
            break;
        }
    }
    for (const auto& rule : m_rules) {
        svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"%4\" stroke-width=\"1\"%5/>\n")
                   .arg(num(x0), num(py(rule.first)), num(x1), rule.second.first,
                        rule.second.second ? QStringLiteral(" stroke-dasharray=\"4 3\"") : QString());
    }
    svg += QStringLiteral("</g>\n");
    svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"none\" stroke=\"#888888\"/>\n")
               .arg(num(x0), num(y0), num(x1 - x0), num(y1 - y0));

    // Legend.
    for (size_t i = 0; i < legend.size(); ++i) {
        const LegendEntry& entry = legend[i];
        const double x = legendPlace[i].second;
        const double y = s_titleHeight + legendPlace[i].first * s_legendRow + 4;
        if (entry.line) {
            svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"%4\" stroke-width=\"2.5\"%5/>\n")
                       .arg(num(x), num(y + 6), num(x + 16), entry.color,
                            entry.dashed ? QStringLiteral(" stroke-dasharray=\"5 3\"") : QString());
        } else {
            svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"14\" height=\"12\" fill=\"%3\" fill-opacity=\"%4\"/>\n")
                       .arg(num(x), num(y), entry.color)
                       .arg(entry.opacity);
        }
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" fill=\"#222222\">%3</text>\n").arg(num(x + 22), num(y + 10), escape(entry.name));
    }
    svg += QStringLiteral("</svg>\n");
    return svg;
}

} // namespace tare
