// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/judge/rerankjudge.h"
#include "core/net/openaiembedder.h"
#include "core/net/openaiwire.h"
#include "core/util/tareerror.h"
#include "testserver/openaitestserver.h"
#include "testutils.h"

#include <QTest>

#include <cmath>

using namespace tare;
using tare::test::OpenAiTestServer;
using Fault = OpenAiTestServer::Fault;
using Alternatives = QList<QPair<QString, double>>; // (token, probability)

Q_DECLARE_METATYPE(OpenAiWire::YesNo)

namespace {

// A chat completion whose generated tokens have the given top alternatives (probabilities, not logs).
QByteArray chatBody(const QList<Alternatives>& positions, const QString& content = QStringLiteral("Yes"))
{
    QJsonArray tokens;
    for (const Alternatives& alternatives : positions) {
        QJsonArray top;
        for (const auto& [token, probability] : alternatives)
            top.append(QJsonObject{{QStringLiteral("token"), token}, {QStringLiteral("logprob"), std::log(probability)}});
        tokens.append(QJsonObject{{QStringLiteral("token"), alternatives.value(0).first},
                                  {QStringLiteral("logprob"), std::log(alternatives.value(0).second)},
                                  {QStringLiteral("top_logprobs"), top}});
    }
    QJsonObject choice{{QStringLiteral("index"), 0},
                       {QStringLiteral("message"), QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                                               {QStringLiteral("content"), content}}},
                       {QStringLiteral("finish_reason"), QStringLiteral("stop")}};
    if (!positions.isEmpty())
        choice.insert(QStringLiteral("logprobs"), QJsonObject{{QStringLiteral("content"), tokens}});
    else
        choice.insert(QStringLiteral("logprobs"), QJsonValue());
    return QJsonDocument(QJsonObject{{QStringLiteral("choices"), QJsonArray{choice}}}).toJson(QJsonDocument::Compact);
}

QString errorOf(const std::function<void()>& call)
{
    try {
        call();
    } catch (const TareError& error) {
        return error.message();
    }
    return {};
}

QList<JudgeRequest> rerankBatch()
{
    QList<JudgeRequest> batch;
    for (qint64 q = 1; q <= 2; ++q) {
        for (qint64 d = 1; d <= 5; ++d) {
            batch.append({q, d, QStringLiteral("query %1").arg(q), QString(),
                          d % 2 ? QStringLiteral("a zebra document %1").arg(d) : QStringLiteral("a plain document %1").arg(d)});
        }
    }
    return batch;
}

/// The columns of a rating parser's rows: the answer's text and the rating (-1: no rating).
void addRatingColumns()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("expected");
}

/// `parse` reads the current row's rating from its text.
void checkRating(std::optional<double> (*parse)(const QString&))
{
    QFETCH(QString, text);
    QFETCH(double, expected);
    QCOMPARE(parse(text).value_or(-1.0), expected);
}

/// The embedder "test-embedder" at the test server's OpenAI-compatible endpoint.
OpenAiEmbedderSettings embedderSettings(const OpenAiTestServer& server)
{
    OpenAiEmbedderSettings settings;
    settings.baseUrl = server.baseUrl() + QStringLiteral("/v1");
    settings.model = QStringLiteral("test-embedder");
    return settings;
}

} // namespace

class TestOpenAiProviders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void classify_data();
    void classify();
    void yesNoScore_data();
    void yesNoScore();
    void malformedChat_data();
    void malformedChat();
    void rating_data();
    void rating();
    void paperRating_data();
    void paperRating();
    void trueFalse_data();
    void trueFalse();
    void contentFilter();
    void chatRequest();
    void embeddings_data();
    void embeddings();
    void rerank_data();
    void rerank();
    void rerankRequest();

    void embedderBatches_data();
    void embedderBatches();
    void embedderAgainstServer();
    void embedderDimensionChecked();
    void embedderSurfacesServerMessage();
    void rerankJudge_data();
    void rerankJudge();
    void rerankJudgeFailures_data();
    void rerankJudgeFailures();
};

void TestOpenAiProviders::initTestCase()
{
    qputenv("NO_PROXY", "127.0.0.1,localhost");
    qputenv("no_proxy", "127.0.0.1,localhost");
}

void TestOpenAiProviders::classify_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<OpenAiWire::YesNo>("expected");
    const auto yes = OpenAiWire::YesNo::Yes;
    const auto no = OpenAiWire::YesNo::No;
    const auto neither = OpenAiWire::YesNo::Neither;
    QTest::newRow("Yes") << QStringLiteral("Yes") << yes;
    QTest::newRow("leading space") << QStringLiteral(" yes") << yes;
    QTest::newRow("upper case") << QStringLiteral("YES") << yes;
    QTest::newRow("Yes.") << QStringLiteral("Yes.") << yes;
    QTest::newRow("G-dot space marker") << QString(QChar(0x0120)) + QStringLiteral("yes") << yes;
    QTest::newRow("sentencepiece marker") << QString(QChar(0x2581)) + QStringLiteral("Yes") << yes;
    QTest::newRow("underscore") << QStringLiteral("_no") << no;
    QTest::newRow("newline no") << QStringLiteral("\nNo") << no;
    QTest::newRow("bold no") << QStringLiteral("**No**") << no;
    QTest::newRow("no!") << QStringLiteral("no!") << no;
    QTest::newRow("quoted") << QStringLiteral("\"yes\"") << yes;
    QTest::newRow("yesterday") << QStringLiteral("yesterday") << neither;
    QTest::newRow("Ġyesterday") << QString(QChar(0x0120)) + QStringLiteral("yesterday") << neither;
    // The paper's pattern (\W|Ġ|_)*yes(\W|Ġ|_)*: Ċ is a letter there, not a marker.
    QTest::newRow("Ċ is a letter") << QString(QChar(0x010A)) + QStringLiteral("yes") << neither;
    QTest::newRow("digits are word characters") << QStringLiteral("1yes") << neither;
    QTest::newRow("nope") << QStringLiteral("nope") << neither;
    QTest::newRow("not") << QStringLiteral("not") << neither;
    QTest::newRow("Y") << QStringLiteral("Y") << neither;
    QTest::newRow("punctuation only") << QStringLiteral(".") << neither;
    QTest::newRow("empty") << QString() << neither;
}

void TestOpenAiProviders::classify()
{
    QFETCH(QString, token);
    QFETCH(OpenAiWire::YesNo, expected);
    QCOMPARE(OpenAiWire::classify(token), expected);
}

void TestOpenAiProviders::yesNoScore_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("status");
    QTest::addColumn<double>("score"); // NaN: none
    const double none = std::nan("");
    QTest::newRow("plain yes/no") << chatBody({{{QStringLiteral("Yes"), 0.8}, {QStringLiteral("No"), 0.2}}})
                                  << QStringLiteral("ok") << 0.8;
    QTest::newRow("variants summed, rounded to 5 decimals as the paper")
        << chatBody({{{QStringLiteral("Yes"), 0.5}, {QStringLiteral(" yes"), 0.2}, {QStringLiteral("No"), 0.2},
                      {QStringLiteral("yesterday"), 0.05}}})
        << QStringLiteral("ok") << 0.77778;
    QTest::newRow("answer in second token")
        << chatBody({{{QStringLiteral("\n"), 0.9}, {QStringLiteral("The"), 0.1}},
                     {{QStringLiteral("No"), 0.6}, {QStringLiteral("Yes"), 0.2}}})
        << QStringLiteral("ok") << 0.25;
    QTest::newRow("the first token with yes or no decides, as the paper's code")
        << chatBody({{{QStringLiteral("Yes"), 0.4}, {QStringLiteral("No"), 0.4}},
                     {{QStringLiteral("."), 0.7}, {QString(QChar(0x0120)) + QStringLiteral("yes"), 0.3}}})
        << QStringLiteral("ok") << 0.5;
    QTest::newRow("third token ignored")
        << chatBody({{{QStringLiteral("The"), 0.9}}, {{QStringLiteral("answer"), 0.9}}, {{QStringLiteral("Yes"), 0.9}}})
        << QStringLiteral("failed") << none;
    QTest::newRow("mass below 1e-4")
        << chatBody({{{QStringLiteral("Maybe"), 0.99}, {QStringLiteral("Yes"), 5e-5}, {QStringLiteral("No"), 4e-5}}})
        << QStringLiteral("failed") << none;
    QTest::newRow("mass just above 1e-4")
        << chatBody({{{QStringLiteral("Maybe"), 0.99}, {QStringLiteral("Yes"), 9e-5}, {QStringLiteral("No"), 3e-5}}})
        << QStringLiteral("ok") << 0.75;
    QTest::newRow("missing logprobs, yes text") << chatBody({}, QStringLiteral("Yes.")) << QStringLiteral("degraded")
                                                << 1.0;
    QTest::newRow("missing logprobs, no text") << chatBody({}, QStringLiteral("No, it is about cats."))
                                               << QStringLiteral("degraded") << 0.0;
    QTest::newRow("missing logprobs, after thinking")
        << chatBody({}, QStringLiteral("<think>yes? no.</think>\n\nYES")) << QStringLiteral("degraded") << 1.0;
    QTest::newRow("missing logprobs, unclear") << chatBody({}, QStringLiteral("Perhaps.")) << QStringLiteral("failed")
                                               << none;
    QTest::newRow("missing logprobs, yesterday") << chatBody({}, QStringLiteral("Yesterday it was"))
                                                 << QStringLiteral("failed") << none;
    QTest::newRow("legacy top_logprobs map")
        << QByteArray(R"({"choices":[{"message":{"content":"Yes"},"logprobs":{"top_logprobs":[{"Yes":-0.5,"No":-0.5}]}}]})")
        << QStringLiteral("ok") << 0.5;
}

void TestOpenAiProviders::yesNoScore()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, status);
    QFETCH(double, score);
    const YesNoScore result = OpenAiWire::yesNoScore(OpenAiWire::parseChatCompletion(body));
    QCOMPARE(result.status, status);
    if (std::isnan(score)) {
        QVERIFY(!result.score.has_value());
        QVERIFY(!result.error.isEmpty());
    } else {
        QVERIFY(result.score.has_value());
        QVERIFY2(std::abs(*result.score - score) < 1e-9, qPrintable(QString::number(*result.score)));
        QVERIFY(result.error.isEmpty());
    }
}

void TestOpenAiProviders::malformedChat_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("not JSON") << QByteArray("<html>502</html>") << QStringLiteral("not valid JSON");
    QTest::newRow("truncated") << chatBody({{{QStringLiteral("Yes"), 0.9}}}).left(40) << QStringLiteral("not valid JSON");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("not a JSON object");
    QTest::newRow("no choices") << QByteArray(R"({"choices":[]})") << QStringLiteral("no 'choices'");
    QTest::newRow("no message") << QByteArray(R"({"choices":[{"text":"Yes"}]})")
                                << QStringLiteral("no 'choices[0].message'");
    QTest::newRow("error object") << QByteArray(R"({"error":{"message":"model overloaded"}})")
                                  << QStringLiteral("the server returned an error: model overloaded");
    QTest::newRow("bad top_logprobs")
        << QByteArray(R"({"choices":[{"message":{"content":"Yes"},"logprobs":{"content":[{"token":"Yes","logprob":-1,"top_logprobs":[{"token":"Yes"}]}]}}]})")
        << QStringLiteral("logprobs.content[0].top_logprobs has an entry without token or logprob");
}

void TestOpenAiProviders::malformedChat()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, errorPart);
    const QString error = errorOf([&] { OpenAiWire::parseChatCompletion(body); });
    QVERIFY2(error.contains(errorPart), qPrintable(error));
}

void TestOpenAiProviders::rating_data()
{
    addRatingColumns();
    QTest::newRow("bare") << QStringLiteral("85") << 85.0;
    QTest::newRow("labelled") << QStringLiteral("Rating: 85/100") << 85.0;
    QTest::newRow("out of ten") << QStringLiteral("8/10") << 80.0;
    QTest::newRow("decimal") << QStringLiteral("**72.5**") << 72.5;
    QTest::newRow("zero") << QStringLiteral("0") << 0.0;
    QTest::newRow("after thinking") << QStringLiteral("<think>maybe 20</think>70") << 70.0;
    QTest::newRow("too large") << QStringLiteral("150") << -1.0;
    QTest::newRow("no number") << QStringLiteral("very relevant") << -1.0;
    QTest::newRow("empty") << QString() << -1.0;
}

void TestOpenAiProviders::rating()
{
    checkRating(OpenAiWire::parseRating);
}

void TestOpenAiProviders::paperRating_data()
{
    addRatingColumns();
    // The paper's re.search(r"([-]*[0-9]+(\.([0-9]+))*)|([\w]+)") then float().
    QTest::newRow("bare") << QStringLiteral("85") << 85.0;
    QTest::newRow("leading space") << QStringLiteral(" 85") << 85.0;
    QTest::newRow("out of 100") << QStringLiteral("85/100") << 85.0;
    QTest::newRow("bold") << QStringLiteral("**72.5**") << 72.5;
    QTest::newRow("a word first fails") << QStringLiteral("Rating: 85") << -1.0;
    QTest::newRow("out of ten is not scaled") << QStringLiteral("8/10") << 8.0;
    QTest::newRow("no range check") << QStringLiteral("150") << 150.0;
    QTest::newRow("negative") << QStringLiteral("-5") << -5.0;
    QTest::newRow("two dots fail") << QStringLiteral("8.5.1") << -1.0;
    QTest::newRow("JSON score") << QStringLiteral("{\"score\": \"90\"}") << 90.0;
    QTest::newRow("JSON number fails") << QStringLiteral("{\"score\": 90}") << -1.0;
    QTest::newRow("empty") << QString() << -1.0;
}

void TestOpenAiProviders::paperRating()
{
    checkRating(OpenAiWire::parsePaperRating);
}

void TestOpenAiProviders::trueFalse_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("status");
    QTest::addColumn<double>("score"); // NaN: none
    QTest::newRow("softmax over the two tokens")
        << QByteArray(R"({"choices":[{"text":"true","logprobs":{"top_logprobs":[{"true":-0.2231435513,"false":-1.6094379124,")"
                      R"( true":-3.0}]}}]})")
        << QStringLiteral("ok") << 0.8;
    QTest::newRow("only true listed") << QByteArray(R"({"choices":[{"text":"true","logprobs":{"top_logprobs":[{"true":-0.1}]}}]})")
                                      << QStringLiteral("degraded") << 1.0;
    QTest::newRow("neither") << QByteArray(R"({"choices":[{"text":"yes","logprobs":{"top_logprobs":[{"yes":-0.1," True":-2}]}}]})")
                             << QStringLiteral("failed") << std::nan("");
    QTest::newRow("no logprobs") << QByteArray(R"({"choices":[{"text":"true"}]})") << QStringLiteral("failed") << std::nan("");
}

void TestOpenAiProviders::trueFalse()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, status);
    QFETCH(double, score);
    const YesNoScore result = OpenAiWire::trueFalseScore(OpenAiWire::parseCompletion(body));
    QCOMPARE(result.status, status);
    QCOMPARE(result.score.has_value(), !std::isnan(score));
    if (result.score)
        QVERIFY2(std::abs(*result.score - score) < 1e-9, qPrintable(QString::number(*result.score)));
}

void TestOpenAiProviders::contentFilter()
{
    QVERIFY(OpenAiWire::isContentFilterRefusal(
        R"({"error":{"message":"The response was filtered due to the prompt triggering the content management policy.","code":"content_filter"}})"));
    QVERIFY(OpenAiWire::isContentFilterRefusal(R"({"error":{"message":"blocked","code":"content_filter"}})"));
    QVERIFY(!OpenAiWire::isContentFilterRefusal(R"({"error":{"message":"Invalid request: bad parameter","code":null}})"));
    QVERIFY(!OpenAiWire::isContentFilterRefusal("<html>400</html>"));
}

void TestOpenAiProviders::chatRequest()
{
    ChatCompletionParams params;
    params.model = QStringLiteral("qwen");
    QJsonObject request = QJsonDocument::fromJson(OpenAiWire::chatCompletionRequest(params, QStringLiteral("Q?"))).object();
    QCOMPARE(request[QStringLiteral("model")].toString(), QStringLiteral("qwen"));
    QCOMPARE(request[QStringLiteral("messages")][0][QStringLiteral("role")].toString(), QStringLiteral("user"));
    QCOMPARE(request[QStringLiteral("messages")][0][QStringLiteral("content")].toString(), QStringLiteral("Q?"));
    QCOMPARE(request[QStringLiteral("logprobs")].toBool(), true);
    QCOMPARE(request[QStringLiteral("top_logprobs")].toInt(), 5);
    QCOMPARE(request[QStringLiteral("max_tokens")].toInt(), 5);
    QVERIFY(!request.contains(QStringLiteral("temperature"))); // the paper's code sends none
    QCOMPARE(request[QStringLiteral("seed")].toInt(), 42);
    QVERIFY(!request.contains(QStringLiteral("max_completion_tokens")));
    QVERIFY(!request.contains(QStringLiteral("chat_template_kwargs")));

    params.useMaxCompletionTokens = true;
    params.disableThinking = true;
    params.logprobs = false;
    params.seed.reset();
    request = QJsonDocument::fromJson(OpenAiWire::chatCompletionRequest(params, QStringLiteral("Q?"))).object();
    QCOMPARE(request[QStringLiteral("max_completion_tokens")].toInt(), 5);
    QVERIFY(!request.contains(QStringLiteral("max_tokens")));
    QVERIFY(!request.contains(QStringLiteral("logprobs")));
    QVERIFY(!request.contains(QStringLiteral("seed")));
    QCOMPARE(request[QStringLiteral("chat_template_kwargs")][QStringLiteral("enable_thinking")].toBool(true), false);
}

void TestOpenAiProviders::embeddings_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("errorPart"); // empty: parses to {{1,2},{3,4}}
    const float floats[2] = {3.0F, 4.0F};
    const QByteArray base64 = QByteArray(reinterpret_cast<const char*>(floats), sizeof floats).toBase64();
    QTest::newRow("in order") << QByteArray(R"({"data":[{"index":0,"embedding":[1,2]},{"index":1,"embedding":[3,4]}]})")
                              << 2 << QString();
    QTest::newRow("reversed") << QByteArray(R"({"data":[{"index":1,"embedding":[3,4]},{"index":0,"embedding":[1,2]}]})")
                              << 2 << QString();
    QTest::newRow("no index") << QByteArray(R"({"data":[{"embedding":[1,2]},{"embedding":[3,4]}]})") << 2 << QString();
    QTest::newRow("base64") << QByteArray(R"({"data":[{"index":0,"embedding":[1,2]},{"index":1,"embedding":")" + base64
                                          + R"("}]})")
                            << 2 << QString();
    // Found by fuzz_embeddings (UBSan: memcpy to a null pointer): base64 that decodes to nothing.
    QTest::newRow("base64 of nothing") << QByteArray(R"({"data":[{"index":0,"embedding":"E&="}]})") << 1
                                       << QStringLiteral("data[0].embedding is empty");
    QTest::newRow("too few") << QByteArray(R"({"data":[{"index":0,"embedding":[1,2]}]})") << 2
                             << QStringLiteral("returned 1 embeddings for 2 inputs");
    QTest::newRow("ragged") << QByteArray(R"({"data":[{"index":0,"embedding":[1,2]},{"index":1,"embedding":[3,4,5]}]})")
                            << 2 << QStringLiteral("data[1].embedding has 3 dimensions, the others 2");
    QTest::newRow("repeated index")
        << QByteArray(R"({"data":[{"index":0,"embedding":[1,2]},{"index":0,"embedding":[3,4]}]})") << 2
        << QStringLiteral("data[1].index is 0: out of range or repeated");
    QTest::newRow("not a number") << QByteArray(R"({"data":[{"index":0,"embedding":[1,"x"]},{"index":1,"embedding":[3,4]}]})")
                                  << 2 << QStringLiteral("data[0].embedding holds a value that is not a number");
    QTest::newRow("no data") << QByteArray(R"({"object":"list"})") << 2 << QStringLiteral("no 'data' list");
    QTest::newRow("error") << QByteArray(R"({"error":{"message":"input too long"}})") << 2
                           << QStringLiteral("the server returned an error: input too long");
    QTest::newRow("malformed") << QByteArray(R"({"data":[{"index":0,"embedding":[1,)") << 2
                               << QStringLiteral("not valid JSON");
}

void TestOpenAiProviders::embeddings()
{
    QFETCH(QByteArray, body);
    QFETCH(int, count);
    QFETCH(QString, errorPart);
    std::vector<std::vector<float>> vectors;
    const QString error = errorOf([&] { vectors = OpenAiWire::parseEmbeddings(body, count); });
    if (!errorPart.isEmpty()) {
        QVERIFY2(error.contains(errorPart), qPrintable(error));
        return;
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(vectors, (std::vector<std::vector<float>>{{1.0F, 2.0F}, {3.0F, 4.0F}}));
}

void TestOpenAiProviders::rerank_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errorPart"); // empty: scores {0.1, 0.9, 0.5}
    QTest::newRow("TEI") << QByteArray(R"([{"index":1,"score":0.9},{"index":2,"score":0.5},{"index":0,"score":0.1}])")
                         << QString();
    QTest::newRow("Cohere") << QByteArray(
        R"({"id":"x","results":[{"index":1,"relevance_score":0.9},{"index":2,"relevance_score":0.5},{"index":0,"relevance_score":0.1}]})")
                            << QString();
    QTest::newRow("llama.cpp with extra fields") << QByteArray(
        R"({"model":"m","object":"list","usage":{},"results":[{"index":0,"relevance_score":0.1,"document":{"text":"a"}},{"index":1,"relevance_score":0.9},{"index":2,"relevance_score":0.5}]})")
                                                 << QString();
    QTest::newRow("missing document") << QByteArray(R"([{"index":1,"score":0.9},{"index":0,"score":0.1}])")
                                      << QStringLiteral("no score for document 2 of 3");
    QTest::newRow("index out of range") << QByteArray(R"([{"index":3,"score":0.9}])")
                                        << QStringLiteral("result 0 has index 3: out of range or repeated");
    QTest::newRow("no score") << QByteArray(R"({"results":[{"index":0}]})") << QStringLiteral("has no 'relevance_score'");
    QTest::newRow("neither shape") << QByteArray(R"({"scores":[0.1,0.9,0.5]})")
                                   << QStringLiteral("neither a list nor an object with 'results'");
    QTest::newRow("error") << QByteArray(R"({"error":"model not loaded"})")
                           << QStringLiteral("the server returned an error: model not loaded");
    QTest::newRow("malformed") << QByteArray(R"([{"index":1,"sco)") << QStringLiteral("not valid JSON");
}

void TestOpenAiProviders::rerank()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, errorPart);
    QList<double> scores;
    const QString error = errorOf([&] { scores = OpenAiWire::parseRerank(body, 3); });
    if (!errorPart.isEmpty()) {
        QVERIFY2(error.contains(errorPart), qPrintable(error));
        return;
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(scores, (QList<double>{0.1, 0.9, 0.5}));
}

void TestOpenAiProviders::rerankRequest()
{
    const QStringList documents{QStringLiteral("a"), QStringLiteral("b")};
    const QJsonObject tei = QJsonDocument::fromJson(OpenAiWire::rerankRequest(OpenAiWire::RerankShape::Tei, {},
                                                                              QStringLiteral("q"), documents))
                                .object();
    QCOMPARE(tei[QStringLiteral("query")].toString(), QStringLiteral("q"));
    QCOMPARE(tei[QStringLiteral("texts")].toArray().size(), 2);
    QVERIFY(!tei.contains(QStringLiteral("documents")));
    const QJsonObject cohere = QJsonDocument::fromJson(OpenAiWire::rerankRequest(OpenAiWire::RerankShape::Cohere,
                                                                                 QStringLiteral("m"),
                                                                                 QStringLiteral("q"), documents))
                                   .object();
    QCOMPARE(cohere[QStringLiteral("model")].toString(), QStringLiteral("m"));
    QCOMPARE(cohere[QStringLiteral("documents")].toArray().size(), 2);
    QCOMPARE(cohere[QStringLiteral("top_n")].toInt(), 2);
}

void TestOpenAiProviders::embedderBatches_data()
{
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<int>("maxCount");
    QTest::addColumn<int>("maxChars");
    QTest::addColumn<QString>("expected"); // "begin-end ..."
    const QStringList five{QStringLiteral("aa"), QStringLiteral("bb"), QStringLiteral("cc"), QStringLiteral("dd"),
                           QStringLiteral("ee")};
    QTest::newRow("by count") << five << 2 << 1000 << QStringLiteral("0-2 2-4 4-5");
    QTest::newRow("by chars") << five << 10 << 5 << QStringLiteral("0-2 2-4 4-5");
    QTest::newRow("one batch") << five << 10 << 100 << QStringLiteral("0-5");
    QTest::newRow("long text alone") << QStringList{QStringLiteral("a"), QStringLiteral("0123456789"), QStringLiteral("b")}
                                     << 10 << 5 << QStringLiteral("0-1 1-2 2-3");
    QTest::newRow("empty") << QStringList() << 10 << 5 << QString();
}

void TestOpenAiProviders::embedderBatches()
{
    QFETCH(QStringList, texts);
    QFETCH(int, maxCount);
    QFETCH(int, maxChars);
    QFETCH(QString, expected);
    QStringList ranges;
    for (const auto& [begin, end] : OpenAiEmbedder::batches(texts, maxCount, maxChars))
        ranges.append(QStringLiteral("%1-%2").arg(begin).arg(end));
    QCOMPARE(ranges.join(u' '), expected);
}

void TestOpenAiProviders::embedderAgainstServer()
{
    OpenAiTestServer server;
    server.setLatencyMs(20);
    server.requireKeyFromEnvironment("TARE_TEST_EMBED_KEY", "sk-embed");
    OpenAiEmbedderSettings settings = embedderSettings(server);
    settings.apiKeyEnv = QStringLiteral("TARE_TEST_EMBED_KEY");
    settings.maxBatchCount = 3;
    settings.dimensions = 12;
    settings.expectedDim = 12;
    OpenAiEmbedder embedder(settings);
    QStringList texts;
    for (int i = 0; i < 10; ++i)
        texts.append(QStringLiteral("text number %1").arg(i));
    qint64 lastDone = 0;
    ProgressSink sink;
    sink.progress = [&](qint64 done, qint64 total, const QString&) {
        QCOMPARE(total, qint64(10));
        lastDone = done;
    };
    const std::vector<std::vector<float>> vectors = embedder.embed(texts, sink);
    QCOMPARE(vectors.size(), size_t(10));
    for (int i = 0; i < 10; ++i)
        QCOMPARE(vectors[size_t(i)], OpenAiTestServer::embeddingFor(texts[i], 12));
    QCOMPARE(lastDone, qint64(10));
    QCOMPARE(server.requestCount(), 4); // 3 + 3 + 3 + 1
    const QJsonObject first = QJsonDocument::fromJson(server.seen().first().body).object();
    QCOMPARE(first[QStringLiteral("model")].toString(), QStringLiteral("test-embedder"));
    QCOMPARE(first[QStringLiteral("dimensions")].toInt(), 12);
    QVERIFY(!embedder.identity().contains(QStringLiteral("sk-embed")));
}

void TestOpenAiProviders::embedderDimensionChecked()
{
    OpenAiTestServer server;
    OpenAiEmbedderSettings settings = embedderSettings(server);
    settings.expectedDim = 16; // the server answers with 8
    OpenAiEmbedder embedder(settings);
    const QString error = errorOf([&] { embedder.embed({QStringLiteral("a"), QStringLiteral("b")}); });
    QVERIFY2(error.contains(QStringLiteral("the model returned 8-dimensional vectors, the space has 16")),
             qPrintable(error));
}

void TestOpenAiProviders::embedderSurfacesServerMessage()
{
    OpenAiTestServer server;
    server.setRequiredApiKey("right-key");
    OpenAiEmbedderSettings settings = embedderSettings(server);
    OpenAiEmbedder embedder(settings);
    const QString error = errorOf([&] { embedder.embed({QStringLiteral("a")}); });
    QVERIFY2(error.contains(QStringLiteral("HTTP 401: Incorrect API key provided")), qPrintable(error));
    QCOMPARE(server.requestCount(), 1);

    settings.apiKeyEnv = QStringLiteral("TARE_TEST_UNSET_VARIABLE");
    const QString usage = errorOf([&] { OpenAiEmbedder unset(settings); });
    QVERIFY2(usage.contains(QStringLiteral("TARE_TEST_UNSET_VARIABLE")), qPrintable(usage));
}

void TestOpenAiProviders::rerankJudge_data()
{
    TestUtils::addSwitchRows("tei", "Cohere /v1/rerank", "TEI /rerank");
}

void TestOpenAiProviders::rerankJudge()
{
    QFETCH(bool, tei);
    OpenAiTestServer server;
    RerankJudgeSettings settings;
    settings.shape = tei ? OpenAiWire::RerankShape::Tei : OpenAiWire::RerankShape::Cohere;
    settings.baseUrl = tei ? server.baseUrl() : server.baseUrl() + QStringLiteral("/v1");
    settings.model = QStringLiteral("test-reranker");
    settings.maxDocumentsPerRequest = 4;
    RerankJudge judge(settings);
    QVERIFY(judge.needsTexts());
    QCOMPARE(judge.info().kind, QStringLiteral("reranker"));
    const QList<JudgeRequest> batch = rerankBatch();
    const QList<JudgeOutcome> outcomes = judge.judge(batch, {});
    QCOMPARE(outcomes.size(), batch.size());
    for (qsizetype i = 0; i < batch.size(); ++i) {
        QCOMPARE(outcomes[i].status, QStringLiteral("ok"));
        QVERIFY(outcomes[i].score.has_value());
        QCOMPARE(*outcomes[i].score, OpenAiTestServer::rerankScore(batch[i].queryText, batch[i].documentText));
    }
    // 2 queries x 5 documents at 4 per request.
    QCOMPARE(server.requestCount(), 4);
    for (const OpenAiTestServer::Seen& seen : server.seen())
        QCOMPARE(seen.path, tei ? QByteArray("/rerank") : QByteArray("/v1/rerank"));
}

void TestOpenAiProviders::rerankJudgeFailures_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("truncated JSON") << int(Fault::TruncatedJson) << QStringLiteral("not valid JSON");
    QTest::newRow("400") << int(Fault::BadRequest) << QStringLiteral("HTTP 400: Invalid request");
    QTest::newRow("500 exhausted") << int(Fault::ServerError) << QStringLiteral("HTTP 500 after 2 attempt(s)");
}

void TestOpenAiProviders::rerankJudgeFailures()
{
    QFETCH(int, fault);
    QFETCH(QString, errorPart);
    OpenAiTestServer server;
    server.pushFault(Fault(fault), 4, "0");
    RerankJudgeSettings settings;
    settings.baseUrl = server.baseUrl();
    settings.maxDocumentsPerRequest = 10;
    settings.concurrency = 1;
    settings.maxAttempts = 2;
    RerankJudge judge(settings);
    const QList<JudgeRequest> batch = rerankBatch(); // two requests, one per query
    const QList<JudgeOutcome> outcomes = judge.judge(batch, {});
    QCOMPARE(outcomes.size(), batch.size());
    for (qsizetype i = 0; i < batch.size(); ++i) {
        QCOMPARE(outcomes[i].status, QStringLiteral("failed"));
        QVERIFY(!outcomes[i].score.has_value());
        QVERIFY2(outcomes[i].error.contains(errorPart), qPrintable(outcomes[i].error));
    }
}

QTEST_GUILESS_MAIN(TestOpenAiProviders)
#include "tst_openaiproviders.moc"
