// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/db/runrecords.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace tare {

/// Which documents a query is ranked among: the whole corpus (BEIR, intent sets) or only the
/// documents labelled for that query (ArgKP-21, whose qrels list 0 and 1 judgments).
enum class PoolRule
{
    Corpus,
    Judged,
};

QString poolRuleName(PoolRule rule);
std::optional<PoolRule> poolRuleFromName(const QString& name);

/// What a dataset asks of its queries. As in the paper's code, LLM judges get the dataset's task
/// sentence ("Judge the relevance according to the following task: ...") only for classification
/// (intent detection, key-point matching), never for search.
enum class TaskType
{
    Search,
    Classification,
};

QString taskTypeName(TaskType type);
std::optional<TaskType> taskTypeFromName(const QString& name);

/// How a document's title and text become the one text that judges and embedders read, as the
/// paper's loaders join them: BEIR sets as (title + " " + text) stripped of surrounding white
/// space, FollowIR as title + "\n" + text, the classification sets and abstracts as the text alone.
enum class DocumentJoin
{
    TitleSpace,
    TitleNewline,
    TextOnly,
};

QString documentJoinName(DocumentJoin join);
std::optional<DocumentJoin> documentJoinFromName(const QString& name);

/// What a dataset asks of its judges and embedders, editable after the import: the task
/// instruction, the task type and how documents are joined. A change is a new judge identity
/// (prompts change), so earlier judgments are kept but not reused for the new prompt.
struct DatasetTask
{
    QString instruction;
    TaskType taskType = TaskType::Search;
    DocumentJoin documentJoin = DocumentJoin::TitleSpace;

    /// The sentence LLM judge prompts carry, as the paper's code writes it: "Judge the relevance
    /// according to the following task: INSTRUCTION " for a classification dataset with an
    /// instruction, nothing otherwise.
    QString judgeTaskSentence() const;
    /// The instruction a judge is told: the instruction for classification, empty for search.
    QString judgeInstruction() const { return taskType == TaskType::Classification ? instruction : QString(); }
    /// The one text judges and embedders read for a document's title and text.
    QString documentText(const QString& title, const QString& text) const;

    friend bool operator==(const DatasetTask&, const DatasetTask&) = default;
};

/// A dataset as stored, with its row counts (filled by ProjectStore when read).
struct DatasetInfo
{
    qint64 id = 0;
    QString name;
    QString source;
    PoolRule pool = PoolRule::Corpus;
    QString instruction;
    TaskType taskType = TaskType::Search;
    DocumentJoin documentJoin = DocumentJoin::TitleSpace;
    qint64 documentCount = 0;
    qint64 queryCount = 0;
    qint64 labelCount = 0;
    qint64 positiveLabelCount = 0;

    DatasetTask task() const { return {instruction, taskType, documentJoin}; }
};

/// How a space stores its document vectors: float32 (4 bytes a component) or float16 (2 bytes,
/// rounded to nearest even; scored with float32 accumulation). Query vectors are float32 always.
enum class ElementType
{
    Float32,
    Float16,
};
/// "float32" / "float16", as stored in spaces.element_type and shown to users.
QString elementTypeName(ElementType type);
std::optional<ElementType> elementTypeFromName(const QString& name);
/// Bytes of one stored component.
inline int elementSize(ElementType type) { return type == ElementType::Float16 ? 2 : 4; }

/// An embedding space of a dataset: who made the vectors, with which templates and dimension.
struct SpaceInfo
{
    qint64 id = 0;
    qint64 datasetId = 0;
    QString name;
    QString provider;
    QString model;
    int dim = 0;
    QString queryTemplate = QStringLiteral("{text}");
    QString documentTemplate = QStringLiteral("{text}");
    QByteArray paramsJson = QByteArrayLiteral("{}");
    qint64 documentVectorCount = 0;
    qint64 queryVectorCount = 0;
    qint64 runCount = 0; ///< runs made in the space (filled when read)
    ElementType elementType = ElementType::Float32; ///< of the document vectors

    /// Stored bytes of one document vector: dim × element size.
    qint64 rowBytes() const { return qint64(dim) * elementSize(elementType); }
};

/// What deleting an embedding space takes with it: its runs (with their results and curves) and
/// the experiments over it.
struct SpaceUsage
{
    qint64 runs = 0;
    qint64 experiments = 0;
};

/// One relevance label with external ids, as exported to TREC qrels.
struct LabelRecord
{
    QString queryExtId;
    QString documentExtId;
    int grade = 0;
};

/// A document or query as the engine and views read it.
struct DocumentRecord
{
    qint64 id = 0;
    QString extId;
    QString title;
    QString text;

    /// What embedders and judges read: the title and the text on separate lines (just the text
    /// when there is no title).
    QString fullText() const;
};

struct QueryRecord
{
    qint64 id = 0;
    QString extId;
    QString text;
    QString instruction; ///< the query's own instruction (FollowIR's narratives), not the dataset's

    /// What judges read as the query and embedders fill into {text}: the text, and the query's own
    /// instruction on the next line when it has one, as the paper's FollowIR loader joins them.
    QString fullText() const;
};

/// One graded label of a query, by internal document id.
struct GradedDocument
{
    qint64 documentId = 0;
    int grade = 0;
};

/// A judge as stored: its identity is the cache key of every judgment it gave.
struct JudgeInfo
{
    qint64 id = 0;
    QString identity;
    QString kind; ///< gold, simulated, llm, reranker, human
    QString name;
    QByteArray paramsJson = QByteArrayLiteral("{}");
};

/// One judgment: a score, or a failure with its reason (never both missing).
struct JudgmentRecord
{
    qint64 id = 0;
    qint64 judgeId = 0;
    qint64 queryId = 0;
    qint64 documentId = 0;
    QString status = QStringLiteral("ok"); ///< ok, degraded, failed
    std::optional<double> score;
    QString error;
    QString prompt;
    QString rawResponse;
    double latencyMs = 0.0;
    QString createdAt;
};

/// A judge's one-sentence reason for one of its judgments, asked for afterwards (the feedback
/// inspector's "Why?"). Shown beside the judgment; never used in refinement.
struct JudgmentReason
{
    qint64 judgmentId = 0;
    QString text;        ///< the sentence
    QString model;       ///< the model that wrote it
    QString prompt;      ///< as sent
    QString rawResponse; ///< as returned
    double latencyMs = 0.0;
    QString createdAt;
};

/// A judgment with the external ids of its query and document, as exported.
struct ExportedJudgment
{
    JudgmentRecord record;
    QString queryExtId;
    QString documentExtId;
    std::optional<JudgmentReason> reason;
};

/// Counts over the whole project, for `tare-cli info` and the GUI's project page.
struct ProjectSummary
{
    QString path;
    int schemaVersion = 0;
    QList<DatasetInfo> datasets;
    QList<SpaceInfo> spaces;
    qint64 judgeCount = 0;
    qint64 judgmentCount = 0;
    qint64 runCount = 0;
};

} // namespace tare
