// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/projectstore.h"
#include "core/embed/embeddingtemplatetable.h"
#include "core/embed/remotespacebuilder.h"
#include "core/io/beirimporter.h"
#include "core/io/paperdatasetconverter.h"
#include "core/io/paperdatasets.h"
#include "core/judge/llmjudge.h"
#include "core/run/runengine.h"
#include "core/run/runsummary.h"
#include "projectbuilder.h"
#include "testserver/openaitestserver.h"
#include "testutils.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace tare;
using TestUtils::paperData;

namespace {

// What the paper's code (IBM/task-aware-embedding-refinement) builds, written out here on its
// own, from its f-strings, so the test does not take Tare's prompt to check Tare's prompt.
QString paperYesNoPrompt(const QString& taskInstruction, const QString& query, const QString& document)
{
    const QString suffix = taskInstruction.isEmpty()
        ? QString()
        : QStringLiteral("Judge the relevance according to the following task: ") + taskInstruction + QStringLiteral(" ");
    return QStringLiteral("Here is a user query and a document. Is this document relevant for this query? ") + suffix
        + QStringLiteral("Answer with only yes/no, without any preceding tokens. Query: ") + query
        + QStringLiteral("\nDocument: ") + document + QStringLiteral("\nRelevant? (Yes/No):");
}

QString paperRatingPrompt(const QString& taskInstruction, const QString& query, const QString& document)
{
    const QString suffix = taskInstruction.isEmpty()
        ? QString()
        : QStringLiteral("Judge the relevance according to the following task: ") + taskInstruction + QStringLiteral(" ");
    return QStringLiteral("Here is a user query and a document. On a scale of 0 to 100, to what extent is this document "
                          "relevant for this query? ")
        + suffix + QStringLiteral("Reply with your rating score without any preceding explanation. Query: ") + query
        + QStringLiteral("\nDocument: ") + document + QStringLiteral("\nRelevance rating (0-100):");
}

/// The body the OpenAI Python client sends for the paper's chat.completions.create(messages=...,
/// model=..., seed=42, max_tokens=5[, logprobs=True, top_logprobs=5][, extra_body=...]).
QJsonObject paperChatBody(const QString& model, const QString& prompt, bool logprobs)
{
    QJsonObject body{{QStringLiteral("messages"),
                      QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                             {QStringLiteral("content"), prompt}}}},
                     {QStringLiteral("model"), model},
                     {QStringLiteral("seed"), 42},
                     {QStringLiteral("max_tokens"), 5}};
    if (logprobs) {
        body.insert(QStringLiteral("logprobs"), true);
        body.insert(QStringLiteral("top_logprobs"), 5);
    }
    if (model.contains(QStringLiteral("Qwen")))
        body.insert(QStringLiteral("chat_template_kwargs"), QJsonObject{{QStringLiteral("enable_thinking"), false}});
    return body;
}

/// The Banking77 excerpt's files and the paper's Qwen embedding model.
const QStringList banking77Files{QStringLiteral("banking77/train.csv"), QStringLiteral("banking77/test.csv")};
const QString qwenEmbedding = QStringLiteral("Qwen/Qwen3-Embedding-0.6B");

/// A project holding one of the fixture datasets, converted and imported with the paper's preset;
/// its spaces and judges use the test server's OpenAI-compatible endpoint.
struct PaperProject
{
    QTemporaryDir dir;
    QString path;
    QString endpoint;
    qint64 datasetId = 0;

    PaperProject(const test::OpenAiTestServer& server, const QString& key, const QStringList& inputs)
        : endpoint(server.baseUrl() + QStringLiteral("/v1"))
    {
        path = dir.filePath(QStringLiteral("paper.tare"));
        PaperDatasetConverter::Options convert;
        for (const QString& input : inputs)
            convert.inputs.append(paperData(input));
        const QString beir = dir.filePath(QStringLiteral("beir"));
        PaperDatasetConverter::convert(key, convert, beir);
        const ImportOptions options = PaperDatasets::find(key)->importOptions();
        ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
        datasetId = BeirImporter::run(store, beir, options).datasetId;
    }

    /// Builds an endpoint space with the templates the model template table gives the model.
    qint64 embed(const QString& model = qwenEmbedding)
    {
        ProjectStore store(path);
        RemoteSpaceBuilder::Options options;
        options.spaceName = QStringLiteral("endpoint");
        options.embedder.baseUrl = endpoint;
        options.embedder.model = model;
        const EmbeddingTemplateEntry entry = store.spaces().templateTable().lookup(model);
        options.queryTemplate = entry.queryTemplate;
        options.documentTemplate = entry.documentTemplate;
        return RemoteSpaceBuilder::build(store, datasetId, options).spaceId;
    }

    /// A run judged by `judge` at the project's endpoint, or at `judgeEndpoint` when given.
    qint64 run(qint64 spaceId, const QString& judge, const QString& model, int total = 3, const QString& judgeEndpoint = {})
    {
        ProjectStore store(path);
        RunSettings settings;
        settings.datasetId = datasetId;
        settings.spaceId = spaceId;
        settings.judgeSpec = judge;
        settings.judgeEndpoint = judgeEndpoint.isEmpty() ? endpoint : judgeEndpoint;
        settings.judgeModel = model;
        settings.refine.total = total;
        settings.refine.fromTop = total;
        settings.refine.steps = 5;
        return TestUtils::runToEnd(store, settings);
    }

    /// (query text, document text) of every judged document of a run, as the paper's loader
    /// builds them: `queryText` and `documentText` map ext ids to those strings.
    QList<QPair<QString, QString>> judgedPairs(qint64 runId, const QHash<QString, QString>& queryText,
                                                const QHash<QString, QString>& documentText)
    {
        ProjectStore store(path);
        const RunSummary summary = RunSummary::load(store, runId);
        QList<QPair<QString, QString>> pairs;
        for (const RunQueryRecord& result : summary.results) {
            for (const JudgedDocument& judged : result.judged)
                pairs.append({queryText.value(summary.queryExtIds.value(result.queryId)), documentText.value(judged.extId)});
        }
        return pairs;
    }
};

QList<QJsonObject> sorted(QList<QJsonObject> bodies)
{
    std::sort(bodies.begin(), bodies.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return QJsonDocument(a).toJson(QJsonDocument::Compact) < QJsonDocument(b).toJson(QJsonDocument::Compact);
    });
    return bodies;
}

/// The embedder's inputs as the paper's code sends them, sorted (the order of the requests is not
/// part of it): the documents as given and each query behind "Instruct: {instruction}\nQuery: ".
QStringList paperEmbeddingInputs(QStringList documents, const QString& instruction, const QHash<QString, QString>& queries)
{
    for (const QString& text : queries)
        documents.append(QStringLiteral("Instruct: ") + instruction + QStringLiteral("\nQuery: ") + text);
    documents.sort();
    return documents;
}

/// What the test server was sent to embed, sorted.
QStringList sortedEmbeddingInputs(const test::OpenAiTestServer& server)
{
    QStringList inputs = server.embeddingInputs();
    inputs.sort();
    return inputs;
}

} // namespace

/// Issue 16's "done means": a recording OpenAI-compatible server sees, for a dataset imported with
/// the paper's Banking77 preset, embedding inputs and judge requests that are exactly what the
/// paper's code sends; for a search dataset no task sentence. And the fidelity switches: a
/// content-filter refusal scored 0.5 and stored as such, raw 0–100 ratings, TEI raw scores, the
/// true/false judge, a changed task being a new judge identity.
class TestPaperFidelity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void classificationPresetSendsThePapersRequests();
    void searchDatasetHasNoTaskSentence();
    void followIrQueriesCarryTheirInstructions();
    void contentFilterIsScoredNeutral();
    void rawRatingsAndRawRerankScores();
    void changedTaskIsANewJudge();
    void openAiHostGetsMaxCompletionTokens();
};

void TestPaperFidelity::initTestCase()
{
    qputenv("NO_PROXY", "127.0.0.1,localhost");
    qputenv("no_proxy", "127.0.0.1,localhost");
}

void TestPaperFidelity::classificationPresetSendsThePapersRequests()
{
    test::OpenAiTestServer server;
    PaperProject project(server, QStringLiteral("banking77"), banking77Files);
    const QString instruction = QStringLiteral("Given an intent category, identify utterances that express this intent.");

    // Embeddings: queries as "Instruct: {instruction}\nQuery: {text}", documents as they are (the
    // paper's loader keeps Banking77's texts verbatim, leading line break included).
    const qint64 spaceId = project.embed();
    const QHash<QString, QString> queries{{QStringLiteral("Refund_not_showing_up"), QStringLiteral("Refund not showing up")},
                                          {QStringLiteral("card_arrival"), QStringLiteral("card arrival")},
                                          {QStringLiteral("declined_card_payment"), QStringLiteral("declined card payment")},
                                          {QStringLiteral("pin_blocked"), QStringLiteral("pin blocked")}};
    QCOMPARE(sortedEmbeddingInputs(server),
             paperEmbeddingInputs({QStringLiteral("I am still waiting on my card?"), QStringLiteral("\nHow do I unblock my PIN?"),
                                   QStringLiteral("My refund is missing"), QStringLiteral("Where is my card?"),
                                   QStringLiteral("Why, again, was my card declined?")},
                                  instruction, queries));

    // The yes/no judge: the paper's prompt with the task sentence, its generation parameters, and
    // Qwen's thinking off; nothing else in the body.
    server.resetCounters();
    const QString model = QStringLiteral("Qwen/Qwen3-8B");
    const qint64 runId = project.run(spaceId, QStringLiteral("llm-yesno"), model);
    const QHash<QString, QString> documents{{QStringLiteral("train-00000"), QStringLiteral("I am still waiting on my card?")},
                                            {QStringLiteral("train-00001"), QStringLiteral("\nHow do I unblock my PIN?")},
                                            {QStringLiteral("train-00002"), QStringLiteral("My refund is missing")},
                                            {QStringLiteral("train-00003"), QStringLiteral("Where is my card?")},
                                            {QStringLiteral("test-00001"), QStringLiteral("Why, again, was my card declined?")}};
    QList<QJsonObject> expected;
    for (const auto& [query, document] : project.judgedPairs(runId, queries, documents))
        expected.append(paperChatBody(model, paperYesNoPrompt(instruction, query, document), true));
    QCOMPARE(expected.size(), 4 * 3);
    const QList<QJsonObject> bodies = server.bodies("/v1/chat/completions");
    QCOMPARE(bodies.size(), expected.size());
    QCOMPARE(sorted(bodies), sorted(expected));
}

void TestPaperFidelity::searchDatasetHasNoTaskSentence()
{
    test::OpenAiTestServer server;
    PaperProject project(server, QStringLiteral("nfcorpus"), {QStringLiteral("nfcorpus")});
    const QString instruction = QStringLiteral("Given a question, retrieve relevant documents that best answer the question.");
    const qint64 spaceId = project.embed(QStringLiteral("intfloat/e5-mistral-7b-instruct"));
    // Documents as BEIR's loader joins them: (title + " " + text).strip().
    const QHash<QString, QString> documents{
        {QStringLiteral("MED-10"), QStringLiteral("Statin Use and Breast Cancer Recent studies have suggested that statins may protect.")},
        {QStringLiteral("MED-14"), QStringLiteral("Untitled abstract with spaces around it.")},
        {QStringLiteral("MED-20"), QStringLiteral("Vitamin D Vitamin D and bone health.")}};
    const QHash<QString, QString> queries{{QStringLiteral("PLAIN-2"), QStringLiteral("Do Cholesterol Statin Drugs Cause Breast Cancer?")},
                                          {QStringLiteral("PLAIN-3"), QStringLiteral("Is vitamin D good for bones?")}};
    QCOMPARE(sortedEmbeddingInputs(server), paperEmbeddingInputs(documents.values(), instruction, queries));

    server.resetCounters();
    const QString model = QStringLiteral("mistralai/Mistral-Small-3.2-24B-Instruct-2506");
    const qint64 runId = project.run(spaceId, QStringLiteral("llm-yesno"), model, 2);
    QList<QJsonObject> expected;
    for (const auto& [query, document] : project.judgedPairs(runId, queries, documents))
        expected.append(paperChatBody(model, paperYesNoPrompt(QString(), query, document), true));
    const QList<QJsonObject> bodies = server.bodies("/v1/chat/completions");
    QCOMPARE(bodies.size(), 4);
    QCOMPARE(sorted(bodies), sorted(expected));
    for (const QJsonObject& body : bodies) {
        QVERIFY(!body.contains(QStringLiteral("chat_template_kwargs"))); // not a Qwen model
        QVERIFY(!body.value(QStringLiteral("messages")).toArray().first().toObject().value(QStringLiteral("content"))
                     .toString()
                     .contains(QStringLiteral("Judge the relevance")));
    }
}

void TestPaperFidelity::followIrQueriesCarryTheirInstructions()
{
    test::OpenAiTestServer server;
    PaperProject project(server, QStringLiteral("followir"), {QStringLiteral("followir/core17"), QStringLiteral("followir/news21")});
    const QString instruction = QStringLiteral("Retrieve text based on a fine-grained user query.");
    const qint64 spaceId = project.embed();
    // The paper's FollowIR loader: query = text + "\n" + instruction, document = title + "\n" + text.
    const QStringList inputs = server.embeddingInputs();
    QVERIFY(inputs.contains(QStringLiteral("Storm Hits Coast\nA storm hit the coast on Monday.")));
    QVERIFY(inputs.contains(QStringLiteral("\nMarkets fell sharply.")));
    QVERIFY(inputs.contains(QStringLiteral("Instruct: ") + instruction
                            + QStringLiteral("\nQuery: coastal storms\nA relevant document describes storm damage.")));

    // A true/false-token judge (FollowIR-7B): the FollowIR template as a raw text completion.
    server.resetCounters();
    const QString model = QStringLiteral("jhu-clsp/FollowIR-7B");
    project.run(spaceId, QStringLiteral("llm-truefalse"), model, 1);
    const QList<QJsonObject> bodies = server.bodies("/v1/completions");
    QVERIFY(!bodies.isEmpty());
    const QString expectedPrompt = QStringLiteral(
        "<s> [INST] You are an expert Google searcher, whose job is to determine if the following document is relevant "
        "to the query (true/false). Answer using only one word, one of those two choices.\n\nQuery: election results\n"
        "Documents must report final counts.\nDocument: Election night\nVotes were counted.\nRelevant (only output one "
        "word, either \"true\" or \"false\"): [/INST] ");
    bool found = false;
    for (const QJsonObject& body : bodies) {
        QCOMPARE(body.value(QStringLiteral("model")).toString(), model);
        QCOMPARE(body.value(QStringLiteral("max_tokens")).toInt(), 1);
        found = found || body.value(QStringLiteral("prompt")).toString() == expectedPrompt;
    }
    QVERIFY2(found, qPrintable(bodies.first().value(QStringLiteral("prompt")).toString()));
}

void TestPaperFidelity::contentFilterIsScoredNeutral()
{
    test::OpenAiTestServer server;
    PaperProject project(server, QStringLiteral("banking77"), banking77Files);
    const qint64 spaceId = project.embed();
    server.pushFault(test::OpenAiTestServer::Fault::ContentFilter, 1);
    const qint64 runId = project.run(spaceId, QStringLiteral("llm-yesno"), QStringLiteral("gpt-4.1-mini"), 2);
    ProjectStore store(project.path);
    const auto judgments = store.judgments().latest(store.runs().find(runId)->judgeId, project.datasetId);
    int filtered = 0;
    for (const JudgmentRecord& judgment : judgments) {
        if (judgment.status != u"filtered")
            continue;
        ++filtered;
        QCOMPARE(*judgment.score, 0.5);
        QVERIFY(judgment.error.contains(QStringLiteral("0.5")));
        QVERIFY(judgment.rawResponse.contains(QStringLiteral("The response was filtered")));
    }
    QCOMPARE(filtered, 1);
    const RunSummary summary = RunSummary::load(store, runId);
    QCOMPARE(summary.failed, 0);
}

void TestPaperFidelity::rawRatingsAndRawRerankScores()
{
    test::OpenAiTestServer server;
    server.setPlainRatings(true);
    PaperProject project(server, QStringLiteral("banking77"), banking77Files);
    const qint64 spaceId = project.embed();
    server.resetCounters();
    const QString model = QStringLiteral("mistralai/Mistral-Small-3.2-24B-Instruct-2506");
    const qint64 ratingRun = project.run(spaceId, QStringLiteral("llm-rating:raw"), model, 2);
    const QString instruction = QStringLiteral("Given an intent category, identify utterances that express this intent.");
    const QList<QJsonObject> bodies = server.bodies("/v1/chat/completions");
    QCOMPARE(bodies.size(), 8);
    for (const QJsonObject& body : bodies) {
        const QString prompt =
            body.value(QStringLiteral("messages")).toArray().first().toObject().value(QStringLiteral("content")).toString();
        QVERIFY(prompt.startsWith(paperRatingPrompt(instruction, QString(), QString()).section(QStringLiteral("Query: "), 0, 0)));
        QCOMPARE(body.keys(), (QStringList{QStringLiteral("max_tokens"), QStringLiteral("messages"), QStringLiteral("model"),
                                            QStringLiteral("seed")}));
        QCOMPARE(body.value(QStringLiteral("max_tokens")).toInt(), 5);
    }
    ProjectStore store(project.path);
    const auto ratings = store.judgments().latest(store.runs().find(ratingRun)->judgeId, project.datasetId);
    QVERIFY(!ratings.isEmpty());
    for (const JudgmentRecord& judgment : ratings) {
        // The rating as written, 0–100, not divided: what the paper's code puts into the softmax.
        QCOMPARE(*judgment.score, double(test::OpenAiTestServer::rating(judgment.prompt)));
        QVERIFY(*judgment.score > 1.0);
    }

    // TEI with raw_scores: the cross-encoder's logits, as the paper's CrossEncoder scores.
    server.resetCounters();
    const qint64 rerankRun = project.run(spaceId, QStringLiteral("rerank:raw"), QString(), 2, server.baseUrl());
    const QList<QJsonObject> rerank = server.bodies("/rerank");
    QVERIFY(!rerank.isEmpty());
    for (const QJsonObject& body : rerank)
        QCOMPARE(body.value(QStringLiteral("raw_scores")).toBool(), true);
    const auto scores = store.judgments().latest(store.runs().find(rerankRun)->judgeId, project.datasetId);
    bool negative = false;
    for (const JudgmentRecord& judgment : scores)
        negative = negative || *judgment.score < 0.0;
    QVERIFY2(negative, "raw cross-encoder scores are logits, some below 0");
}

void TestPaperFidelity::changedTaskIsANewJudge()
{
    test::OpenAiTestServer server;
    PaperProject project(server, QStringLiteral("banking77"), banking77Files);
    const qint64 spaceId = project.embed();
    server.resetCounters();
    const QString model = QStringLiteral("judge");
    const qint64 first = project.run(spaceId, QStringLiteral("llm-yesno"), model, 2);
    const int asked = server.requestCount();
    QCOMPARE(asked, 8);
    project.run(spaceId, QStringLiteral("llm-yesno"), model, 2);
    QCOMPARE(server.requestCount(), asked); // the same task: every judgment from the cache

    {
        ProjectStore store(project.path);
        DatasetTask task = store.datasets().find(project.datasetId)->task();
        task.taskType = TaskType::Search; // no task sentence any more: other prompts, another judge
        store.datasets().setTask(project.datasetId, task);
    }
    const qint64 third = project.run(spaceId, QStringLiteral("llm-yesno"), model, 2);
    QCOMPARE(server.requestCount(), 2 * asked);
    ProjectStore store(project.path);
    QVERIFY(store.runs().find(first)->judgeId != store.runs().find(third)->judgeId);
    for (const QJsonObject& body : server.bodies("/v1/chat/completions").mid(asked)) {
        QVERIFY(!body.value(QStringLiteral("messages")).toArray().first().toObject().value(QStringLiteral("content"))
                     .toString()
                     .contains(QStringLiteral("Judge the relevance")));
    }
}

void TestPaperFidelity::openAiHostGetsMaxCompletionTokens()
{
    LlmJudgeSettings settings;
    settings.baseUrl = QStringLiteral("https://api.openai.com/v1");
    settings.model = QStringLiteral("gpt-4.1-mini");
    const JudgeInfo openAi = LlmJudge(settings).info();
    QVERIFY2(openAi.identity.contains(QStringLiteral("max_completion_tokens=5")), qPrintable(openAi.identity));
    settings.baseUrl = QStringLiteral("http://localhost:4000/v1");
    const JudgeInfo liteLlm = LlmJudge(settings).info();
    QVERIFY2(liteLlm.identity.contains(QStringLiteral("max_tokens=5")), qPrintable(liteLlm.identity));
    QVERIFY(liteLlm.identity.contains(QStringLiteral("temperature=default")));
}

QTEST_GUILESS_MAIN(TestPaperFidelity)
#include "tst_paperfidelity.moc"
