// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "fuzzsupport.h"

#include "core/net/openaiwire.h"

// An embeddings response. The number of inputs the client asked for is taken from the body (the
// "embedding" keys in it, as a real answer has), and also 1, so both the match and the
// mismatch paths run.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace tare;
    const QByteArray body = fuzz::inputBytes(data, size).toByteArray();
    const qsizetype announced = body.count("\"embedding\":") + body.count("\"embedding\" :");
    for (const qsizetype expected : {announced, qsizetype(1)}) {
        fuzz::tolerateInputErrors([&] {
            const auto vectors = OpenAiWire::parseEmbeddings(body, expected);
            if (qsizetype(vectors.size()) != expected)
                std::abort();
            for (const auto& vector : vectors) {
                if (vector.empty() || vector.size() != vectors.front().size())
                    std::abort(); // every vector present, one dimension
            }
        });
    }
    return 0;
}
