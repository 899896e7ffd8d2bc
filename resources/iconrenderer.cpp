// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
// A build tool: renders the SVG application icon to PNGs of the hicolor sizes.
// usage: tare-icon-renderer ICON.svg OUTDIR SIZE...  (writes OUTDIR/SIZExSIZE/tare.png)
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (arguments.size() < 4) {
        err << "usage: tare-icon-renderer ICON.svg OUTDIR SIZE...\n";
        return 1;
    }
    QSvgRenderer renderer(arguments[1]);
    if (!renderer.isValid()) {
        err << "cannot read " << arguments[1] << '\n';
        return 2;
    }
    for (qsizetype i = 3; i < arguments.size(); ++i) {
        const int size = arguments[i].toInt();
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, QRectF(0, 0, size, size));
        painter.end();
        const QString dir = QStringLiteral("%1/%2x%2").arg(arguments[2]).arg(size);
        QDir().mkpath(dir);
        if (!image.save(dir + QStringLiteral("/tare.png"))) {
            err << "cannot write " << dir << "/tare.png\n";
            return 3;
        }
    }
    return 0;
}
