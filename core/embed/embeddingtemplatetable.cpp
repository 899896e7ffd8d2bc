// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/embed/embeddingtemplatetable.h"

#include "core/embed/embeddingtemplate.h"
#include "core/util/tareerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace tare {

namespace {

EmbeddingTemplateEntry shipped(const char* model, const QString& query, const QString& document, const char* note)
{
    EmbeddingTemplateEntry entry;
    entry.model = QString::fromUtf8(model);
    entry.queryTemplate = query;
    entry.documentTemplate = document;
    entry.note = QString::fromUtf8(note);
    entry.shipped = true;
    return entry;
}

} // namespace

EmbeddingTemplateTable::EmbeddingTemplateTable() = default;

QList<EmbeddingTemplateEntry> EmbeddingTemplateTable::shippedEntries()
{
    const QString instruct = QString::fromUtf16(EmbeddingTemplate::s_defaultQueryPattern);
    const QString text = QStringLiteral("{text}");
    const QString bgeQuery = QStringLiteral("Represent this sentence for searching relevant passages: {text}");
    // Most specific first: lookup takes the first match.
    return {
        shipped("*Qwen3-Embedding*", instruct, text, "Qwen3-Embedding model card (the paper's default embedder)"),
        shipped("qwen3-embedding*", instruct, text, "Qwen3-Embedding as Ollama names it"),
        shipped("*e5-mistral-7b-instruct*", instruct, text, "intfloat/e5-mistral-7b-instruct model card"),
        shipped("*multilingual-e5-large-instruct*", instruct, text, "intfloat/multilingual-e5-large-instruct model card"),
        shipped("*Linq-Embed-Mistral*", instruct, text, "Linq-AI-Research/Linq-Embed-Mistral model card"),
        shipped("*llama-embed-nemotron*", instruct, text, "nvidia/llama-embed-nemotron-8b model card"),
        shipped("*gte-Qwen2*instruct*", instruct, text, "Alibaba-NLP/gte-Qwen2-instruct model cards"),
        shipped("*e5-*", QStringLiteral("query: {text}"), QStringLiteral("passage: {text}"), "intfloat/e5 (v2, multilingual) model cards"),
        shipped("*bge-*-en-v1.5*", bgeQuery, text, "BAAI/bge v1.5 model cards (retrieval instruction)"),
        shipped("*mxbai-embed-large*", bgeQuery, text, "mixedbread-ai/mxbai-embed-large-v1 model card"),
        shipped("*snowflake-arctic-embed*", bgeQuery, text, "Snowflake/snowflake-arctic-embed (v1) model cards"),
        shipped("*bge-m3*", text, text, "BAAI/bge-m3 takes no instruction"),
        shipped("*nomic-embed-text*", QStringLiteral("search_query: {text}"), QStringLiteral("search_document: {text}"),
                "nomic-ai/nomic-embed-text model cards"),
        shipped("text-embedding-3-*", text, text, "OpenAI embeddings take no instruction"),
        shipped("text-embedding-ada-002", text, text, "OpenAI embeddings take no instruction"),
        shipped("*all-MiniLM*", text, text, "sentence-transformers models without instructions"),
        shipped("*all-mpnet*", text, text, "sentence-transformers models without instructions"),
        shipped("*", instruct, text, "the paper's default for every model (instruction_templates.yaml)"),
    };
}

bool EmbeddingTemplateTable::matches(const QString& pattern, const QString& model)
{
    const QRegularExpression glob(QRegularExpression::wildcardToRegularExpression(
                                      pattern, QRegularExpression::UnanchoredWildcardConversion),
                                  QRegularExpression::CaseInsensitiveOption);
    auto whole = [&](const QString& name) {
        const QRegularExpressionMatch match = glob.match(name);
        return match.hasMatch() && match.capturedStart() == 0 && match.capturedLength() == name.size();
    };
    return whole(model) || whole(model.section(u'/', -1));
}

EmbeddingTemplateTable EmbeddingTemplateTable::fromJson(const QByteArray& json)
{
    EmbeddingTemplateTable table;
    if (json.trimmed().isEmpty())
        return table;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        throw TareError(TareError::Kind::Input, tr("the model template table is not valid JSON (%1)").arg(error.errorString()));
    for (const QJsonValue& value : document.object().value(u"entries").toArray()) {
        const QJsonObject object = value.toObject();
        EmbeddingTemplateEntry entry;
        entry.model = object.value(u"model").toString();
        entry.queryTemplate = object.value(u"query_template").toString();
        entry.documentTemplate = object.value(u"document_template").toString(QStringLiteral("{text}"));
        entry.note = object.value(u"note").toString();
        if (entry.model.isEmpty() || !entry.queryTemplate.contains(u"{text}"))
            throw TareError(TareError::Kind::Input, tr("a model template entry needs a model and a query template with {text}"));
        table.m_project.append(entry);
    }
    return table;
}

QByteArray EmbeddingTemplateTable::toJson() const
{
    QJsonArray entries;
    for (const EmbeddingTemplateEntry& entry : m_project) {
        QJsonObject object{{QStringLiteral("model"), entry.model},
                           {QStringLiteral("query_template"), entry.queryTemplate},
                           {QStringLiteral("document_template"), entry.documentTemplate}};
        if (!entry.note.isEmpty())
            object.insert(QStringLiteral("note"), entry.note);
        entries.append(object);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("entries"), entries}}).toJson(QJsonDocument::Compact);
}

EmbeddingTemplateEntry EmbeddingTemplateTable::lookup(const QString& model) const
{
    for (const EmbeddingTemplateEntry& entry : m_project) {
        if (matches(entry.model, model))
            return entry;
    }
    const QList<EmbeddingTemplateEntry> builtIn = shippedEntries();
    for (const EmbeddingTemplateEntry& entry : builtIn) {
        if (matches(entry.model, model))
            return entry;
    }
    return builtIn.last();
}

void EmbeddingTemplateTable::set(const EmbeddingTemplateEntry& entry)
{
    if (entry.model.trimmed().isEmpty())
        throw TareError(TareError::Kind::Usage, tr("a model template entry needs a model name or pattern"));
    if (!entry.queryTemplate.contains(u"{text}") || !entry.documentTemplate.contains(u"{text}"))
        throw TareError(TareError::Kind::Usage, tr("query and document templates must hold {text}"));
    EmbeddingTemplateEntry stored = entry;
    stored.shipped = false;
    for (EmbeddingTemplateEntry& existing : m_project) {
        if (existing.model.compare(entry.model, Qt::CaseInsensitive) == 0) {
            existing = stored;
            return;
        }
    }
    m_project.prepend(stored);
}

bool EmbeddingTemplateTable::remove(const QString& model)
{
    for (qsizetype i = 0; i < m_project.size(); ++i) {
        if (m_project[i].model.compare(model, Qt::CaseInsensitive) == 0) {
            m_project.removeAt(i);
            return true;
        }
    }
    return false;
}

QList<EmbeddingTemplateEntry> EmbeddingTemplateTable::entries() const
{
    return m_project + shippedEntries();
}

} // namespace tare
