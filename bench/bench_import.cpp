// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT

// Import benchmark: median wall time of importing a BEIR folder into a fresh project.
//   bench_import [FOLDER] [RUNS]   (default: ../shared/data/banking77, 7 runs)
#include "core/db/projectstore.h"
#include "core/io/beirimporter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace tare;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const QString folder = args.value(1, QStringLiteral(TARE_SOURCE_DIR "/../shared/data/banking77"));
    const int runs = args.value(2, QStringLiteral("7")).toInt();
    QTextStream out(stdout);
    std::vector<double> seconds;
    qint64 documents = 0;
    for (int i = 0; i < runs; ++i) {
        QTemporaryDir dir;
        ProjectStore store(dir.filePath(QStringLiteral("bench.tare")), ProjectStore::OpenMode::CreateIfMissing);
        QElapsedTimer clock;
        clock.start();
        const ImportReport report = BeirImporter::run(store, folder, {});
        seconds.push_back(clock.nsecsElapsed() / 1e9);
        documents = report.documents;
    }
    std::sort(seconds.begin(), seconds.end());
    const double median = seconds[seconds.size() / 2];
    out << "import " << folder << ": " << documents << " documents, median " << QString::number(median * 1000, 'f', 1)
        << " ms over " << runs << " runs (min " << QString::number(seconds.front() * 1000, 'f', 1) << " ms, max "
        << QString::number(seconds.back() * 1000, 'f', 1) << " ms), " << QString::number(documents / median, 'f', 0)
        << " documents/s\n";
    return 0;
}
