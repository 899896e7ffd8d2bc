// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
//
// Does the GUI stay responsive while a run goes? Builds a synthetic project (default 100,000
// documents × 100 queries, d = 256, whole-corpus pool so every query scores every document at
// every step), runs it through RunJob into a live RunDashboardWidget inside a tab widget, and
// meanwhile (1) a 10 ms timer records how late it fires — the event loop's stalls — and (2) the
// window is resized and the tabs switched every 250 ms. Prints the lateness distribution per
// repetition and the median over repetitions.
//
//   QT_QPA_PLATFORM=offscreen bench_gui_eventloop [DOCS] [QUERIES] [DIM] [REPEATS]

#include "bench/latenessprobe.h"
#include "core/db/documentvectorwriter.h"
#include "core/db/projectstore.h"
#include "core/models/queryresultsmodel.h"
#include "core/jobs/runjob.h"
#include "widgets/rundashboardwidget.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLabel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace tare;

namespace {

struct Project
{
    qint64 datasetId = 0;
    qint64 spaceId = 0;
};

Project buildProject(const QString& path, int documents, int queries, int dim)
{
    ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
    store.prepareForBulkWrite();
    auto transaction = store.beginTransaction();
    DatasetInfo info;
    info.name = QStringLiteral("synthetic");
    info.pool = PoolRule::Corpus;
    Project project;
    project.datasetId = store.datasets().create(info);
    SpaceInfo space;
    space.datasetId = project.datasetId;
    space.name = QStringLiteral("vec");
    space.provider = QStringLiteral("imported");
    space.dim = dim;
    project.spaceId = store.spaces().create(space);
    std::mt19937 rng(7);
    std::normal_distribution<float> normal;
    auto randomVector = [&] {
        Eigen::VectorXf v(dim);
        for (int i = 0; i < dim; ++i)
            v[i] = normal(rng);
        return Eigen::VectorXf(v.normalized());
    };
    std::vector<Eigen::VectorXf> intents;
    std::vector<qint64> queryIds;
    for (int q = 0; q < queries; ++q) {
        intents.push_back(randomVector());
        const QByteArray qid = "q" + QByteArray::number(q);
        queryIds.push_back(store.datasets().insertQuery(project.datasetId, qid, QByteArray("query " + qid), ""));
        const Eigen::VectorXf qv = (intents.back() + randomVector()).normalized();
        store.spaces().setQueryVector(project.spaceId, queryIds.back(), std::span<const float>(qv.data(), size_t(qv.size())));
    }
    const auto vectors = store.spaces().documentVectorWriter(project.spaceId);
    for (int d = 0; d < documents; ++d) {
        // Every 100th document belongs to a query's intent cluster, the rest is noise.
        const int owner = d % 100 == 0 ? (d / 100) % queries : -1;
        const Eigen::VectorXf v = owner >= 0 ? Eigen::VectorXf((intents[size_t(owner)] + 0.8f * randomVector()).normalized())
                                             : randomVector();
        const QByteArray id = "d" + QByteArray::number(d);
        const qint64 documentId = store.datasets().insertDocument(project.datasetId, id, "", QByteArray("text " + id));
        vectors->add(documentId, std::span<const float>(v.data(), size_t(v.size())));
        if (owner >= 0)
            store.datasets().insertLabel(queryIds[size_t(owner)], documentId, 1);
    }
    vectors->finish();
    transaction->commit();
    return project;
}

using bench::percentile;

struct Figures
{
    double runSeconds = 0.0;
    bench::LatenessProbe::Summary lateness;
    int resizes = 0;
};

Figures measure(const QString& path, const Project& project)
{
    QueryResultsModel model;
    QTabWidget window;
    auto* dashboard = new RunDashboardWidget(&model);
    window.addTab(dashboard, QStringLiteral("Run dashboard"));
    window.addTab(new QLabel(QStringLiteral("another page")), QStringLiteral("Other"));
    window.resize(1280, 860);
    window.show();

    RunJob job(path);
    dashboard->attach(&job);
    QObject::connect(&job, &RunJob::queryFinished, &model, &QueryResultsModel::appendResult);

    Figures figures;
    bench::LatenessProbe probe;
    QTimer poker;
    QObject::connect(&poker, &QTimer::timeout, [&] {
        ++figures.resizes;
        window.resize(figures.resizes % 2 ? QSize(1000, 700) : QSize(1280, 860));
        window.setCurrentIndex(figures.resizes % 3 == 0 ? 1 : 0);
    });

    RunSettings settings;
    settings.datasetId = project.datasetId;
    settings.spaceId = project.spaceId;
    settings.refine.lr = 0.01;
    QEventLoop loop;
    QObject::connect(&job, &RunJob::finished, &loop, &QEventLoop::quit);
    QObject::connect(&job, &RunJob::failed, &loop, [&](const QString& message) {
        std::fprintf(stderr, "run failed: %s\n", qPrintable(message));
        loop.quit();
    });
    QElapsedTimer clock;
    clock.start();
    probe.start();
    poker.start(250);
    job.start(settings);
    loop.exec();
    figures.runSeconds = clock.nsecsElapsed() / 1e9;
    probe.stop();
    poker.stop();
    figures.lateness = probe.summary();
    return figures;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const int documents = argc > 1 ? std::atoi(argv[1]) : 100000;
    const int queries = argc > 2 ? std::atoi(argv[2]) : 100;
    const int dim = argc > 3 ? std::atoi(argv[3]) : 256;
    const int repeats = argc > 4 ? std::atoi(argv[4]) : 3;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("eventloop.tare"));
    QElapsedTimer build;
    build.start();
    const Project project = buildProject(path, documents, queries, dim);
    std::printf("project: %d documents, %d queries, d=%d, built in %.1f s (platform %s)\n", documents, queries, dim,
                build.nsecsElapsed() / 1e9, qPrintable(QApplication::platformName()));

    std::vector<double> maxima, p99s, runs;
    for (int r = 0; r < repeats; ++r) {
        const Figures f = measure(path, project);
        std::printf("repeat %d: run %.1f s, %d ticks, %d resizes/tab switches, lateness median %.2f ms, p99 %.2f ms, "
                    "max %.2f ms, stalls > 50 ms: %d\n",
                    r + 1, f.runSeconds, f.lateness.ticks, f.resizes, f.lateness.medianMs, f.lateness.p99Ms, f.lateness.maxMs,
                    f.lateness.stallsOver50);
        maxima.push_back(f.lateness.maxMs);
        p99s.push_back(f.lateness.p99Ms);
        runs.push_back(f.runSeconds);
    }
    std::printf("median over %d repeats: run %.1f s, p99 lateness %.2f ms, max lateness %.2f ms (floor: 50 ms)\n",
                repeats, percentile(runs, 0.5), percentile(p99s, 0.5), percentile(maxima, 0.5));
    return 0;
}
