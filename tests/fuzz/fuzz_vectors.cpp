// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "fuzzsupport.h"

#include "core/io/vectorimporter.h"

// Two targets from this file: TARE_FUZZ_VECTOR_FILE is input.npy (with a fixed id list of the
// template's first eight documents) or input.jsonl ({"_id", "embedding"} lines).
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace tare;
    static const QString ids = fuzz::writeInput(QStringLiteral("ids.txt"), "d0001\nd0002\nd0003\nd0004\nd0005\nd0006\nd0007\nd0008\n");
    const QString path = fuzz::writeInput(QStringLiteral(TARE_FUZZ_VECTOR_FILE), fuzz::inputBytes(data, size));
    const auto store = fuzz::freshProject();
    VectorImporter::Options options;
    options.common.datasetName = fuzz::templateDataset();
    options.common.skipBad = size % 2 == 1;
    options.common.maxLineBytes = fuzz::maxLineBytes(size);
    options.idsPath = ids;
    fuzz::tolerateInputErrors([&] { VectorImporter::run(*store, path, options); });
    return 0;
}
