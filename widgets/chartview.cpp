// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "widgets/chartview.h"

#include <QChart>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace tare {

ChartView::ChartView(QChart* chart, QWidget* parent)
    : QChartView(chart, parent)
{
    setToolTip(tr("Right-click to export the chart as PNG, SVG or PDF"));
    // Named for screen readers and test robots by its chart's title; views may set a finer name.
    setObjectName(QStringLiteral("chartView"));
    setAccessibleName(chart && !chart->title().isEmpty() ? chart->title() : tr("Chart"));
}

bool ChartView::exportTo(const QString& path, QString* error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QSize size = viewport()->size();
    bool ok = false;
    if (suffix == u"svg") {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(chart() ? chart()->title() : QString());
        QPainter painter;
        ok = painter.begin(&generator);
        if (ok) {
            render(&painter);
            ok = painter.end();
        }
    } else if (suffix == u"pdf") {
        QPdfWriter writer(path);
        writer.setResolution(96);
        writer.setPageSize(QPageSize(QSizeF(size), QPageSize::Point));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter;
        ok = painter.begin(&writer);
        if (ok) {
            render(&painter);
            ok = painter.end();
        }
    } else {
        // Twice the screen resolution, so the PNG stays sharp in documents.
        QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2.0);
        image.fill(Qt::white);
        QPainter painter(&image);
        render(&painter);
        painter.end();
        ok = image.save(path, suffix == u"png" || suffix.isEmpty() ? "PNG" : nullptr);
    }
    if (!ok && error)
        *error = tr("Cannot write %1").arg(path);
    return ok;
}

void ChartView::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    menu.addAction(tr("Export as &PNG…"), this, [this] { chooseAndExport(QStringLiteral("png")); });
    menu.addAction(tr("Export as &SVG…"), this, [this] { chooseAndExport(QStringLiteral("svg")); });
    menu.addAction(tr("Export as P&DF…"), this, [this] { chooseAndExport(QStringLiteral("pdf")); });
    menu.exec(event->globalPos());
}

void ChartView::chooseAndExport(const QString& suffix)
{
    const QString filter = suffix == u"svg" ? tr("SVG images (*.svg)") : suffix == u"pdf" ? tr("PDF documents (*.pdf)") : tr("PNG images (*.png)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export Chart"), {}, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(this, tr("Export Chart"), error);
}

} // namespace tare
