// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "fuzzsupport.h"

#include "core/io/classificationimporter.h"

// Two targets from this file: TARE_FUZZ_TABLE_FORMAT is Csv or Tsv.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace tare;
    const QString path = fuzz::writeInput(QStringLiteral("table.txt"), fuzz::inputBytes(data, size));
    const auto store = fuzz::freshProject();
    ClassificationImporter::Options options;
    options.common.datasetName = QStringLiteral("fuzzed");
    options.common.skipBad = size % 2 == 1;
    options.common.maxLineBytes = fuzz::maxLineBytes(size);
    options.format = ClassificationImporter::Format::TARE_FUZZ_TABLE_FORMAT;
    fuzz::tolerateInputErrors([&] { ClassificationImporter::run(*store, path, options); });
    return 0;
}
