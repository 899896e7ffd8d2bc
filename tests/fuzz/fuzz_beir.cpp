// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "fuzzsupport.h"

#include "core/io/beirimporter.h"

// Two targets from this file: TARE_FUZZ_BEIR_FILE names the file of a BEIR folder that the input
// becomes (corpus.jsonl or queries.jsonl); the other files are the sample's, written once.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace tare;
    static const QString folder = [] {
        const QDir sample(QStringLiteral(TARE_SAMPLE_DATA_DIR "/nuance"));
        for (const QString& name : {QStringLiteral("corpus.jsonl"), QStringLiteral("queries.jsonl"),
                                    QStringLiteral("qrels/test.tsv")}) {
            QFile file(sample.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                std::abort();
            fuzz::writeInput(QStringLiteral("beir/") + name, file.readAll());
        }
        return fuzz::scratch().filePath(QStringLiteral("beir"));
    }();
    fuzz::writeInput(QStringLiteral("beir/" TARE_FUZZ_BEIR_FILE), fuzz::inputBytes(data, size));
    const auto store = fuzz::freshProject();
    ImportOptions options;
    options.datasetName = QStringLiteral("fuzzed");
    options.skipBad = size % 2 == 1; // both policies, chosen by the input
    options.maxLineBytes = fuzz::maxLineBytes(size);
    fuzz::tolerateInputErrors([&] { BeirImporter::run(*store, folder, options); });
    return 0;
}
