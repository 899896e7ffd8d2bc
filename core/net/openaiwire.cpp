// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/net/openaiwire.h"

#include "core/util/tareerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>
#include <cstring>
#include <limits>

namespace tare {

namespace {

[[noreturn]] void fail(const QString& message)
{
    throw TareError(TareError::Kind::Input, message);
}

QJsonDocument parseJson(const QByteArray& body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        fail(OpenAiWire::tr("the response is not valid JSON (%1 at byte %2 of %3)")
                 .arg(error.errorString())
                 .arg(error.offset)
                 .arg(body.size()));
    }
    return document;
}

// A 200 response that carries {"error": ...} instead of a result.
void failOnErrorObject(const QJsonObject& object)
{
    const QJsonValue error = object.value(u"error");
    if (error.isUndefined() || error.isNull())
        return;
    const QString message = error.isObject() ? error.toObject().value(u"message").toString() : error.toString();
    fail(OpenAiWire::tr("the server returned an error: %1").arg(message));
}

QString contentText(const QJsonValue& content)
{
    if (content.isString())
        return content.toString();
    QString text; // content parts: [{"type": "text", "text": "..."}]
    for (const QJsonValue& part : content.toArray())
        text += part.toObject().value(u"text").toString();
    return text;
}

// The paper's pattern around yes/no is `(\W|Ġ|_)*`: anything that is not a word character, the
// GPT-2 space marker Ġ and the underscore. Python's word characters are letters and numbers (and
// "_"), so white space, punctuation, ▁ and combining marks are markers; Ċ is a letter, as there.
/// The legacy completions shape of top logprobs, top_logprobs[i] = {token: logprob, ...}, one list
/// a position; an entry whose logprob is not a number is passed over.
QList<QList<QPair<QString, double>>> legacyTopLogprobs(const QJsonArray& positions)
{
    QList<QList<QPair<QString, double>>> result;
    for (const QJsonValue& value : positions) {
        QList<QPair<QString, double>> alternatives;
        const QJsonObject map = value.toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (it.value().isDouble())
                alternatives.append({it.key(), it.value().toDouble()});
        }
        result.append(alternatives);
    }
    return result;
}

bool isMarker(QChar c)
{
    return c == QChar(0x0120) || c == u'_' || !c.isLetterOrNumber();
}

} // namespace

QByteArray OpenAiWire::chatCompletionRequest(const ChatCompletionParams& params, const QString& userPrompt)
{
    QJsonObject request{
        {QStringLiteral("model"), params.model},
        {QStringLiteral("messages"),
         QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), userPrompt}}}},
    };
    if (params.temperature)
        request.insert(QStringLiteral("temperature"), *params.temperature);
    request.insert(params.useMaxCompletionTokens ? QStringLiteral("max_completion_tokens") : QStringLiteral("max_tokens"),
                   params.maxTokens);
    if (params.seed)
        request.insert(QStringLiteral("seed"), *params.seed);
    if (params.logprobs) {
        request.insert(QStringLiteral("logprobs"), true);
        request.insert(QStringLiteral("top_logprobs"), params.topLogprobs);
    }
    if (params.disableThinking)
        request.insert(QStringLiteral("chat_template_kwargs"), QJsonObject{{QStringLiteral("enable_thinking"), false}});
    return QJsonDocument(request).toJson(QJsonDocument::Compact);
}

ChatReply OpenAiWire::parseChatCompletion(const QByteArray& body)
{
    const QJsonDocument document = parseJson(body);
    if (!document.isObject())
        fail(tr("the chat completion is not a JSON object"));
    const QJsonObject object = document.object();
    failOnErrorObject(object);
    const QJsonArray choices = object.value(u"choices").toArray();
    if (choices.isEmpty())
        fail(tr("the chat completion has no 'choices'"));
    const QJsonObject choice = choices.first().toObject();
    const QJsonValue message = choice.value(u"message");
    if (!message.isObject())
        fail(tr("the chat completion has no 'choices[0].message'"));

    ChatReply reply;
    reply.content = stripThinking(contentText(message.toObject().value(u"content")));
    reply.finishReason = choice.value(u"finish_reason").toString();

    const QJsonValue logprobs = choice.value(u"logprobs");
    if (!logprobs.isObject())
        return reply;
    const QJsonObject logprobsObject = logprobs.toObject();
    if (logprobsObject.value(u"content").isArray()) {
        // Chat shape: content[i] = {token, logprob, top_logprobs: [{token, logprob}]}.
        const QJsonArray tokens = logprobsObject.value(u"content").toArray();
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            const QJsonObject token = tokens[i].toObject();
            QList<QPair<QString, double>> alternatives;
            for (const QJsonValue& value : token.value(u"top_logprobs").toArray()) {
                const QJsonObject alternative = value.toObject();
                if (!alternative.value(u"token").isString() || !alternative.value(u"logprob").isDouble())
                    fail(tr("logprobs.content[%1].top_logprobs has an entry without token or logprob").arg(i));
                alternatives.append({alternative.value(u"token").toString(), alternative.value(u"logprob").toDouble()});
            }
            const QString chosen = token.value(u"token").toString();
            const bool listed = std::any_of(alternatives.cbegin(), alternatives.cend(),
                                            [&chosen](const auto& alternative) { return alternative.first == chosen; });
            if (!listed && token.value(u"logprob").isDouble())
                alternatives.append({chosen, token.value(u"logprob").toDouble()});
            reply.topLogprobs.append(alternatives);
        }
    } else if (logprobsObject.value(u"top_logprobs").isArray()) {
        reply.topLogprobs = legacyTopLogprobs(logprobsObject.value(u"top_logprobs").toArray());
    }
    reply.hasLogprobs = !reply.topLogprobs.isEmpty();
    return reply;
}

OpenAiWire::YesNo OpenAiWire::classify(const QString& token)
{
    qsizetype begin = 0;
    qsizetype end = token.size();
    while (begin < end && isMarker(token[begin]))
        ++begin;
    while (end > begin && isMarker(token[end - 1]))
        --end;
    const QStringView word = QStringView(token).mid(begin, end - begin);
    if (word.compare(u"yes", Qt::CaseInsensitive) == 0)
        return YesNo::Yes;
    if (word.compare(u"no", Qt::CaseInsensitive) == 0)
        return YesNo::No;
    return YesNo::Neither;
}

YesNoScore OpenAiWire::yesNoScore(const ChatReply& reply)
{
    YesNoScore result;
    if (reply.hasLogprobs) {
        // As the paper's code: the first of the first two tokens whose yes/no variants carry more
        // than 1e-4 decides; the score is rounded to 5 decimals.
        double largest = 0.0;
        for (qsizetype position = 0; position < std::min<qsizetype>(2, reply.topLogprobs.size()); ++position) {
            double yes = 0.0;
            double no = 0.0;
            for (const auto& [token, logprob] : reply.topLogprobs[position]) {
                // A log-probability is finite and at most 0 (a little above for rounding); anything
                // else would turn P(yes) into inf/inf.
                if (!std::isfinite(logprob) || logprob > 1e-6) {
                    result.status = QStringLiteral("failed");
                    result.error = tr("the logprob %1 of the token '%2' is not a log-probability").arg(logprob, 0, 'g', 6).arg(token.left(20));
                    return result;
                }
                const YesNo kind = classify(token);
                if (kind == YesNo::Yes)
                    yes += std::exp(logprob);
                else if (kind == YesNo::No)
                    no += std::exp(logprob);
            }
            largest = std::max(largest, yes + no);
            if (yes + no > 1e-4) {
                result.mass = yes + no;
                result.score = std::round(yes / result.mass * 1e5) / 1e5;
                result.status = QStringLiteral("ok");
                return result;
            }
        }
        result.mass = largest;
        result.status = QStringLiteral("failed");
        result.error = tr("'yes' and 'no' have a probability of %1 among the top tokens, not above 1e-4 (reply: %2)")
                           .arg(largest, 0, 'g', 3)
                           .arg(reply.content.left(80));
        return result;
    }
    const QString firstWord = reply.content.simplified().section(u' ', 0, 0);
    switch (classify(firstWord)) {
    case YesNo::Yes:
        result.score = 1.0;
        result.status = QStringLiteral("degraded");
        break;
    case YesNo::No:
        result.score = 0.0;
        result.status = QStringLiteral("degraded");
        break;
    case YesNo::Neither:
        result.status = QStringLiteral("failed");
        result.error = reply.content.isEmpty()
            ? tr("the reply has no logprobs and no text")
            : tr("the reply has no logprobs and does not start with yes or no: %1").arg(reply.content.left(80));
        break;
    }
    return result;
}

std::optional<double> OpenAiWire::parseRating(const QString& text)
{
    static const QRegularExpression number(QStringLiteral("(\\d+(?:\\.\\d+)?)\\s*(/\\s*(\\d+))?"));
    const QRegularExpressionMatch match = number.match(stripThinking(text));
    if (!match.hasMatch())
        return std::nullopt;
    double value = match.captured(1).toDouble();
    if (match.hasCaptured(3)) {
        const double outOf = match.captured(3).toDouble();
        if (outOf <= 0)
            return std::nullopt;
        value = value / outOf * 100.0;
    }
    if (!std::isfinite(value) || value < 0.0 || value > 100.0)
        return std::nullopt;
    return value;
}

std::optional<double> OpenAiWire::parsePaperRating(const QString& text)
{
    QString reply = text;
    if (reply.startsWith(u'{')) {
        // The paper reads JSON replies from their "score" (a string; anything else fails).
        const QJsonValue score = QJsonDocument::fromJson(reply.toUtf8()).object().value(u"score");
        if (!score.isString())
            return std::nullopt;
        reply = score.toString();
    }
    static const QRegularExpression pattern(QStringLiteral("([-]*[0-9]+(\\.([0-9]+))*)|([\\w]+)"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch match = pattern.match(reply);
    if (!match.hasMatch() || match.capturedLength(1) == 0)
        return std::nullopt; // no match, or a word: float() refuses it
    // float() takes one optional sign and at most one decimal point.
    static const QRegularExpression number(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    const QString matched = match.captured(1);
    if (!number.match(matched).hasMatch())
        return std::nullopt;
    const double value = matched.toDouble();
    return std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

QByteArray OpenAiWire::completionRequest(const QString& model, const QString& prompt, int maxTokens, int logprobs,
                                         std::optional<double> temperature)
{
    QJsonObject request{{QStringLiteral("model"), model},
                        {QStringLiteral("prompt"), prompt},
                        {QStringLiteral("max_tokens"), maxTokens},
                        {QStringLiteral("logprobs"), logprobs}};
    if (temperature)
        request.insert(QStringLiteral("temperature"), *temperature);
    return QJsonDocument(request).toJson(QJsonDocument::Compact);
}

ChatReply OpenAiWire::parseCompletion(const QByteArray& body)
{
    const QJsonDocument document = parseJson(body);
    if (!document.isObject())
        fail(tr("the completion is not a JSON object"));
    failOnErrorObject(document.object());
    const QJsonArray choices = document.object().value(u"choices").toArray();
    if (choices.isEmpty())
        fail(tr("the completion has no 'choices'"));
    const QJsonObject choice = choices.first().toObject();
    ChatReply reply;
    reply.content = choice.value(u"text").toString();
    reply.finishReason = choice.value(u"finish_reason").toString();
    reply.topLogprobs = legacyTopLogprobs(choice.value(u"logprobs").toObject().value(u"top_logprobs").toArray());
    reply.hasLogprobs = !reply.topLogprobs.isEmpty();
    return reply;
}

YesNoScore OpenAiWire::trueFalseScore(const ChatReply& reply)
{
    YesNoScore result;
    if (!reply.hasLogprobs) {
        result.status = QStringLiteral("failed");
        result.error = tr("the reply has no logprobs: the true/false judge needs the first token's alternatives");
        return result;
    }
    std::optional<double> trueLogprob;
    std::optional<double> falseLogprob;
    for (const auto& [token, logprob] : reply.topLogprobs.first()) {
        if (token == u"true")
            trueLogprob = logprob;
        else if (token == u"false")
            falseLogprob = logprob;
    }
    if (!trueLogprob && !falseLogprob) {
        result.status = QStringLiteral("failed");
        result.error = tr("neither 'true' nor 'false' is among the first token's alternatives (reply: %1)")
                           .arg(reply.content.left(80));
        return result;
    }
    // softmax over the two logits: the shared normaliser of the logprobs cancels.
    const double t = trueLogprob ? std::exp(*trueLogprob) : 0.0;
    const double f = falseLogprob ? std::exp(*falseLogprob) : 0.0;
    result.mass = t + f;
    result.score = t / (t + f);
    result.status = trueLogprob && falseLogprob ? QStringLiteral("ok") : QStringLiteral("degraded");
    if (!trueLogprob || !falseLogprob)
        result.error = tr("only one of 'true' and 'false' is among the top alternatives; the other counts as 0");
    return result;
}

bool OpenAiWire::isContentFilterRefusal(const QByteArray& body)
{
    if (body.contains("The response was filtered"))
        return true;
    const QJsonValue error = QJsonDocument::fromJson(body).object().value(u"error");
    return error.toObject().value(u"code").toString() == u"content_filter";
}

QByteArray OpenAiWire::embeddingsRequest(const QString& model, const QStringList& inputs, int dimensions)
{
    QJsonObject request{{QStringLiteral("model"), model},
                        {QStringLiteral("input"), QJsonArray::fromStringList(inputs)},
                        {QStringLiteral("encoding_format"), QStringLiteral("float")}};
    if (dimensions > 0)
        request.insert(QStringLiteral("dimensions"), dimensions);
    return QJsonDocument(request).toJson(QJsonDocument::Compact);
}

std::vector<std::vector<float>> OpenAiWire::parseEmbeddings(const QByteArray& body, qsizetype expectedCount)
{
    const QJsonDocument document = parseJson(body);
    if (!document.isObject())
        fail(tr("the embeddings response is not a JSON object"));
    failOnErrorObject(document.object());
    const QJsonValue dataValue = document.object().value(u"data");
    if (!dataValue.isArray())
        fail(tr("the embeddings response has no 'data' list"));
    const QJsonArray data = dataValue.toArray();
    if (data.size() != expectedCount)
        fail(tr("the server returned %1 embeddings for %2 inputs").arg(data.size()).arg(expectedCount));

    std::vector<std::vector<float>> vectors(static_cast<size_t>(expectedCount));
    std::vector<bool> filled(static_cast<size_t>(expectedCount), false);
    qsizetype dim = -1;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const QJsonObject item = data[i].toObject();
        const QJsonValue indexValue = item.value(u"index");
        const qsizetype index = indexValue.isDouble() ? qsizetype(indexValue.toInteger(-1)) : i;
        if (index < 0 || index >= expectedCount || filled[size_t(index)])
            fail(tr("data[%1].index is %2: out of range or repeated").arg(i).arg(indexValue.toVariant().toString()));
        std::vector<float> vector;
        const QJsonValue embedding = item.value(u"embedding");
        if (embedding.isArray()) {
            const QJsonArray values = embedding.toArray();
            vector.reserve(size_t(values.size()));
            for (const QJsonValue& value : values) {
                if (!value.isDouble())
                    fail(tr("data[%1].embedding holds a value that is not a number").arg(i));
                // float(1e39) is +inf: a value beyond float32 is an error, never a silent infinity.
                const double number = value.toDouble();
                if (!std::isfinite(number) || std::abs(number) > double(std::numeric_limits<float>::max()))
                    fail(tr("data[%1].embedding[%2] is %3, outside the range of float32")
                             .arg(i)
                             .arg(vector.size())
                             .arg(number, 0, 'g', 6));
                vector.push_back(float(number));
            }
        } else if (embedding.isString()) {
            // encoding_format "base64": little-endian float32.
            const QByteArray bytes = QByteArray::fromBase64(embedding.toString().toLatin1());
            if (bytes.size() % 4 != 0)
                fail(tr("data[%1].embedding is base64 of %2 bytes, not whole floats").arg(i).arg(bytes.size()));
            vector.resize(size_t(bytes.size() / 4));
            if (!bytes.isEmpty()) // memcpy from or to null is undefined even for 0 bytes
                std::memcpy(vector.data(), bytes.constData(), size_t(bytes.size()));
            for (size_t k = 0; k < vector.size(); ++k) {
                if (!std::isfinite(vector[k]))
                    fail(tr("data[%1].embedding[%2] is not a finite number").arg(i).arg(k));
            }
        } else {
            fail(tr("data[%1] has no 'embedding'").arg(i));
        }
        if (vector.empty())
            fail(tr("data[%1].embedding is empty").arg(i));
        if (dim < 0)
            dim = qsizetype(vector.size());
        else if (qsizetype(vector.size()) != dim)
            fail(tr("data[%1].embedding has %2 dimensions, the others %3").arg(i).arg(vector.size()).arg(dim));
        vectors[size_t(index)] = std::move(vector);
        filled[size_t(index)] = true;
    }
    return vectors;
}

QByteArray OpenAiWire::rerankRequest(RerankShape shape, const QString& model, const QString& query,
                                     const QStringList& documents, bool rawScores)
{
    QJsonObject request{{QStringLiteral("query"), query}};
    if (shape == RerankShape::Tei) {
        request.insert(QStringLiteral("texts"), QJsonArray::fromStringList(documents));
        request.insert(QStringLiteral("raw_scores"), rawScores);
        request.insert(QStringLiteral("truncate"), true);
    } else {
        request.insert(QStringLiteral("model"), model);
        request.insert(QStringLiteral("documents"), QJsonArray::fromStringList(documents));
        request.insert(QStringLiteral("top_n"), documents.size());
        request.insert(QStringLiteral("return_documents"), false);
    }
    if (shape == RerankShape::Tei && !model.isEmpty())
        request.insert(QStringLiteral("model"), model);
    return QJsonDocument(request).toJson(QJsonDocument::Compact);
}

QList<double> OpenAiWire::parseRerank(const QByteArray& body, qsizetype expectedCount)
{
    const QJsonDocument document = parseJson(body);
    QJsonArray results;
    QString scoreKey;
    if (document.isArray()) {
        results = document.array();
        scoreKey = QStringLiteral("score");
    } else {
        failOnErrorObject(document.object());
        if (!document.object().value(u"results").isArray())
            fail(tr("the rerank response is neither a list nor an object with 'results'"));
        results = document.object().value(u"results").toArray();
        scoreKey = QStringLiteral("relevance_score");
    }
    QList<double> scores(expectedCount, std::nan(""));
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonObject item = results[i].toObject();
        const qint64 index = item.value(u"index").toInteger(-1);
        if (index < 0 || index >= expectedCount || !std::isnan(scores[index]))
            fail(tr("result %1 has index %2: out of range or repeated").arg(i).arg(index));
        QJsonValue score = item.value(scoreKey);
        if (!score.isDouble()) // tolerate the other shape's key
            score = item.value(scoreKey == u"score" ? u"relevance_score" : u"score");
        if (!score.isDouble())
            fail(tr("result %1 has no '%2'").arg(i).arg(scoreKey));
        scores[index] = score.toDouble();
    }
    for (qsizetype index = 0; index < expectedCount; ++index) {
        if (std::isnan(scores[index]))
            fail(tr("the reranker returned no score for document %1 of %2").arg(index).arg(expectedCount));
    }
    return scores;
}

QString OpenAiWire::stripThinking(const QString& text)
{
    static const QRegularExpression closed(QStringLiteral("<think>.*?</think>"),
                                           QRegularExpression::DotMatchesEverythingOption);
    QString result = text;
    result.remove(closed);
    const qsizetype open = result.indexOf(u"<think>");
    if (open >= 0)
        result.truncate(open);
    // Some servers strip the opening tag but keep the reasoning and the closing one.
    const qsizetype close = result.lastIndexOf(u"</think>");
    if (close >= 0)
        result = result.mid(close + 8);
    return result.trimmed();
}

} // namespace tare
