// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/embed/hydespacebuilder.h"

#include "core/db/documentvectorwriter.h"
#include "core/db/projectstore.h"
#include "core/embed/embeddingtemplate.h"
#include "core/embed/lsaspacebuilder.h"
#include "core/embed/remotespacebuilder.h"
#include "core/util/tareerror.h"

#include <QJsonDocument>

namespace tare {

HydeSpaceBuilder::Result HydeSpaceBuilder::build(ProjectStore& store, qint64 sourceSpaceId, const Options& options)
{
    const std::optional<SpaceInfo> source = store.spaces().find(sourceSpaceId);
    if (!source)
        throw TareError(TareError::Kind::Usage, tr("no embedding space with id %1").arg(sourceSpaceId));
    Result result;
    result.spaceName = options.spaceName.isEmpty() ? source->name + QStringLiteral("-hyde") : options.spaceName;
    const DatasetInfo dataset = store.spaces().datasetForNewSpace(source->datasetId, result.spaceName);
    const QJsonObject sourceParams = QJsonDocument::fromJson(source->paramsJson).object();
    const bool lsa = source->provider == u"lsa";
    const bool remote = sourceParams.value(QStringLiteral("identity")).toString().startsWith(u"openai-embeddings|");
    if (!lsa && !remote)
        throw TareError(TareError::Kind::Usage,
                        tr("HyDE needs a space Tare can embed new text into (lsa or openai); '%1' is a %2 space")
                            .arg(source->name, source->provider));

    // Write first (the expensive, failure-prone part), then embed, then store in one transaction.
    const QList<QueryRecord> queries = store.datasets().queries(source->datasetId);
    QList<HydeQueryWriter::Query> prompts;
    prompts.reserve(queries.size());
    QStringList instructions;
    for (const auto& query : queries) {
        // The paper writes HyDE passages for the query as its loader builds it and embeds them with
        // the query template (the dataset's instruction).
        prompts.append({query.fullText(), dataset.instruction});
        instructions.append(dataset.instruction);
    }
    HydeQueryWriter writer(options.writer);
    const QStringList hypothetical = writer.write(prompts, options.sink);

    const EmbeddingTemplate queryTemplate(source->queryTemplate);
    QStringList texts;
    texts.reserve(hypothetical.size());
    for (qsizetype i = 0; i < hypothetical.size(); ++i)
        texts.append(queryTemplate.apply(hypothetical[i], instructions[i]));
    std::vector<std::vector<float>> vectors;
    if (lsa) {
        const LsaModel model = LsaSpaceBuilder::model(store, sourceSpaceId);
        for (const QString& text : texts) {
            const Eigen::VectorXf vector = model.embed(text);
            vectors.emplace_back(vector.data(), vector.data() + vector.size());
        }
    } else {
        OpenAiEmbedderSettings settings;
        settings.provider = source->provider;
        settings.baseUrl = sourceParams.value(QStringLiteral("endpoint")).toString();
        settings.model = source->model;
        settings.dimensions = sourceParams.value(QStringLiteral("dimensions")).toInt();
        settings.expectedDim = source->dim;
        settings.apiKeyEnv = options.embedApiKeyEnv;
        OpenAiEmbedder embedder(settings);
        ProgressSink inner;
        inner.cancelled = options.sink.cancelled;
        vectors = RemoteSpaceBuilder::embedCached(store, embedder, texts, source->dim, inner);
    }

    if (options.includeQuery) {
        const QHash<qint64, Eigen::VectorXf> original = store.spaces().queryVectors(sourceSpaceId);
        for (qsizetype i = 0; i < queries.size(); ++i) {
            const auto found = original.constFind(queries[i].id);
            std::vector<float>& vector = vectors[size_t(i)];
            if (found == original.cend() || found->size() != qsizetype(vector.size()))
                continue;
            for (size_t k = 0; k < vector.size(); ++k)
                vector[k] = 0.5f * (vector[k] + (*found)[Eigen::Index(k)]);
        }
    }

    std::vector<qint64> documentIds;
    const RowMatrixXf documents = store.spaces().documentMatrix(sourceSpaceId, documentIds);
    QJsonObject written;
    for (qsizetype i = 0; i < queries.size(); ++i)
        written.insert(QString::number(queries[i].id), hypothetical[i]);

    auto transaction = store.beginTransaction();
    SpaceInfo space;
    space.datasetId = source->datasetId;
    space.name = result.spaceName;
    space.provider = QStringLiteral("hyde");
    space.model = source->model;
    space.dim = source->dim;
    space.queryTemplate = source->queryTemplate;
    space.documentTemplate = source->documentTemplate;
    QJsonObject params = writer.parameters();
    params.insert(QStringLiteral("source_space"), source->name);
    params.insert(QStringLiteral("source_provider"), source->provider);
    params.insert(QStringLiteral("include_query"), options.includeQuery);
    space.paramsJson = QJsonDocument(params).toJson(QJsonDocument::Compact);
    result.spaceId = store.spaces().create(space);
    store.spaces().setModelState(result.spaceId, QJsonDocument(written).toJson(QJsonDocument::Compact));
    const auto documentWriter = store.spaces().documentVectorWriter(result.spaceId);
    for (size_t row = 0; row < documentIds.size(); ++row)
        documentWriter->add(documentIds[row], std::span<const float>(documents.row(Eigen::Index(row)).data(), size_t(documents.cols())));
    documentWriter->finish();
    for (qsizetype i = 0; i < queries.size(); ++i)
        store.spaces().setQueryVector(result.spaceId, queries[i].id, vectors[size_t(i)]);
    transaction->commit();
    result.dim = source->dim;
    result.documents = qsizetype(documentIds.size());
    result.queries = queries.size();
    return result;
}

QHash<qint64, QString> HydeSpaceBuilder::hypotheticalDocuments(ProjectStore& store, qint64 spaceId)
{
    QHash<qint64, QString> documents;
    const std::optional<SpaceInfo> space = store.spaces().find(spaceId);
    if (!space || space->provider != u"hyde")
        return documents;
    const QJsonObject written = QJsonDocument::fromJson(store.spaces().modelState(spaceId)).object();
    for (auto it = written.begin(); it != written.end(); ++it)
        documents.insert(it.key().toLongLong(), it.value().toString());
    return documents;
}

} // namespace tare
