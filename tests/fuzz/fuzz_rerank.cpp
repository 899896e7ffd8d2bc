// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "fuzzsupport.h"

#include "core/net/openaiwire.h"

// A rerank response. The parser detects the shape (TEI list or Cohere/Jina {results}), so the
// targets rerank_tei and rerank_cohere are this file with different seed corpora. The number of
// documents sent is taken from the body (its "index" keys) and also 1.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace tare;
    const QByteArray body = fuzz::inputBytes(data, size).toByteArray();
    const qsizetype announced = body.count("\"index\"");
    for (const qsizetype expected : {announced, qsizetype(1)}) {
        fuzz::tolerateInputErrors([&] {
            if (OpenAiWire::parseRerank(body, expected).size() != expected)
                std::abort();
        });
    }
    return 0;
}
