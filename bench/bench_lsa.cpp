// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
//
// Times LsaModel::fit (dim 256, default parameters, one thread) on BEIR corpus.jsonl files:
// median of 5 fits after one warm-up, plus embedding the whole corpus and a serialise/
// deserialise round trip. Usage: bench_lsa [corpus.jsonl ...]; without arguments it uses
// sample_data/nuance and ../shared/data/banking77 beside the checkout.
#include "core/embed/lsamodel.h"
#include "core/io/jsonrecord.h"
#include "core/io/paperdatasetfiles.h"
#include "core/util/tareerror.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

/// The documents of a BEIR corpus.jsonl as the LSA embedder reads them: title and text joined by a
/// space (the text alone without a title). Malformed lines fail with file and line.
QStringList readCorpus(const QString& path)
{
    QStringList texts;
    tare::PaperDatasetFiles::forEachJsonLine(path, {}, [&texts](const tare::JsonRecord& record) {
        const QString title = record.object().value(QLatin1String("title")).toString();
        const QString text = record.object().value(QLatin1String("text")).toString();
        texts.append(title.isEmpty() ? text : title + QLatin1Char(' ') + text);
    });
    return texts;
}

template<typename Work>
double medianMs(int runs, Work work)
{
    work(); // warm-up
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[size_t(runs) / 2];
}

} // namespace

int main(int argc, char** argv)
{
    QStringList paths;
    for (int i = 1; i < argc; ++i)
        paths.append(QString::fromLocal8Bit(argv[i]));
    if (paths.isEmpty()) {
        paths.append(QStringLiteral(TARE_SOURCE_DIR "/sample_data/nuance/corpus.jsonl"));
        paths.append(QStringLiteral(TARE_SOURCE_DIR "/../shared/data/banking77/corpus.jsonl"));
    }
    constexpr int runs = 5;
    float sink = 0.0f; // keeps the timed work observable
    try {
        for (const QString& path : paths) {
            const QStringList documents = readCorpus(path);
            tare::LsaParams params; // dim 256, seed 42, 10 oversampling, 4 power iterations
            tare::LsaModel model;
            const double fitMs = medianMs(runs, [&] { model = tare::LsaModel::fit(documents, params); });
            const double embedMs = medianMs(runs, [&] { sink += model.embedDocuments(documents)(0, 0); });
            const double tfidfMs = medianMs(runs, [&] {
                tare::TfidfVectorizer vectorizer;
                sink += float(vectorizer.fitTransform(documents).nonZeros());
            });
            QByteArray blob;
            const double roundTripMs = medianMs(runs, [&] {
                blob = model.serialize();
                sink += float(tare::LsaModel::deserialize(blob).dim());
            });
            std::printf("%s\n  %lld documents, %lld terms, dim %d (requested %d), median of %d\n"
                        "  fit %.1f ms (of which tf-idf %.1f ms) | embed corpus %.1f ms | "
                        "serialize+deserialize %.1f ms (%lld bytes)\n",
                        qPrintable(path), qint64(documents.size()), qint64(model.vocabulary().size()), model.dim(),
                        params.dim, runs, fitMs, tfidfMs, embedMs, roundTripMs, qint64(blob.size()));
        }
    } catch (const tare::TareError& error) {
        std::fprintf(stderr, "bench_lsa: %s\n", error.what());
        return 1;
    }
    std::printf("(checksum %g)\n", double(sink));
    return 0;
}
