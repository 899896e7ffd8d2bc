// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "fuzzsupport.h"

#include "core/io/qrelsimporter.h"

// TREC qrels (qid iter docno grade) added to the template's dataset, whose ids the seeds use.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace tare;
    const QString path = fuzz::writeInput(QStringLiteral("input.qrels"), fuzz::inputBytes(data, size));
    const auto store = fuzz::freshProject();
    ImportOptions options;
    options.datasetName = fuzz::templateDataset();
    options.skipBad = size % 2 == 1;
    options.maxLineBytes = fuzz::maxLineBytes(size);
    fuzz::tolerateInputErrors([&] { QrelsImporter::run(*store, path, options); });
    return 0;
}
