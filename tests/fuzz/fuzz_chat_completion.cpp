// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "fuzzsupport.h"

#include "core/net/openaiwire.h"

// A chat completion response as the LLM judges read it: the reply, P(yes) and a 0-100 rating.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace tare;
    const QByteArray body = fuzz::inputBytes(data, size).toByteArray();
    fuzz::tolerateInputErrors([&] {
        const ChatReply reply = OpenAiWire::parseChatCompletion(body);
        const YesNoScore score = OpenAiWire::yesNoScore(reply);
        if (score.score && !(*score.score >= 0.0 && *score.score <= 1.0))
            std::abort(); // P(yes) outside [0, 1]
        if (const auto rating = OpenAiWire::parseRating(reply.content); rating && !(*rating >= 0.0 && *rating <= 100.0))
            std::abort();
    });
    // The rating and thinking parsers also see raw text.
    const QString text = QString::fromUtf8(body);
    OpenAiWire::parseRating(text);
    OpenAiWire::stripThinking(text);
    OpenAiWire::classify(text);
    return 0;
}
