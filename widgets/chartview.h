// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QChartView>

namespace tare {

/// A QChartView whose context menu exports the chart as PNG, SVG or PDF. Every chart of the
/// workbench uses it, so every chart can be exported the same way. GUI thread.
class ChartView : public QChartView
{
    Q_OBJECT

public:
    explicit ChartView(QChart* chart, QWidget* parent = nullptr);

    /// Writes the chart as it is shown to `path`; the format follows the suffix (png, svg, pdf).
    /// Returns false with `error` set when the file cannot be written.
    bool exportTo(const QString& path, QString* error = nullptr);

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void chooseAndExport(const QString& suffix);
};

} // namespace tare
