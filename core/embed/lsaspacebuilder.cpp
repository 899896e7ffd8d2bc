// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/embed/lsaspacebuilder.h"

#include "core/db/documentvectorwriter.h"
#include "core/db/projectstore.h"
#include "core/embed/embeddingtemplate.h"
#include "core/util/tareerror.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace tare {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tare::LsaSpaceBuilder", text);
}

constexpr qsizetype s_batch = 4096;

} // namespace

qint64 LsaSpaceBuilder::build(ProjectStore& store, qint64 datasetId, const Options& options)
{
    const DatasetInfo dataset = store.spaces().datasetForNewSpace(datasetId, options.spaceName);
    const QList<DocumentRecord> documents = store.datasets().documents(datasetId);
    const QList<QueryRecord> queries = store.datasets().queries(datasetId);
    QStringList documentTexts;
    documentTexts.reserve(documents.size());
    const DatasetTask task = dataset.task();
    for (const auto& document : documents) {
        const QString text = task.documentText(document.title, document.text);
        documentTexts.append(EmbeddingTemplate(options.documentTemplate).apply(text, dataset.instruction));
    }
    const LsaModel model = LsaModel::fit(documentTexts, options.lsa, options.sink);

    auto transaction = store.beginTransaction();
    SpaceInfo space;
    space.datasetId = datasetId;
    space.name = options.spaceName;
    space.provider = QStringLiteral("lsa");
    space.model = QStringLiteral("tfidf-svd");
    space.dim = model.dim();
    space.queryTemplate = options.queryTemplate;
    space.documentTemplate = options.documentTemplate;
    space.paramsJson = QJsonDocument(QJsonObject{{QStringLiteral("dim"), options.lsa.dim},
                                                 {QStringLiteral("effective_dim"), model.dim()},
                                                 {QStringLiteral("seed"), QString::number(options.lsa.seed)},
                                                 {QStringLiteral("stop_words"), options.lsa.stopWords},
                                                 {QStringLiteral("oversampling"), options.lsa.oversampling},
                                                 {QStringLiteral("power_iterations"), options.lsa.powerIterations},
                                                 {QStringLiteral("min_df"), options.lsa.minDf},
                                                 {QStringLiteral("vocabulary"), qint64(model.vocabulary().size())}})
                           .toJson(QJsonDocument::Compact);
    const qint64 spaceId = store.spaces().create(space);
    store.spaces().setModelState(spaceId, model.serialize());

    // Embed in batches so memory stays bounded by a batch, not the corpus.
    const auto writer = store.spaces().documentVectorWriter(spaceId);
    for (qsizetype start = 0; start < documents.size(); start += s_batch) {
        if (options.sink.isCancelled())
            throw TareError(TareError::Kind::Cancelled, tr("embedding cancelled; nothing was stored"));
        const qsizetype count = std::min(s_batch, documents.size() - start);
        const RowMatrixXf vectors = model.embedDocuments(documentTexts.mid(start, count));
        for (qsizetype i = 0; i < count; ++i)
            writer->add(documents[start + i].id,
                        std::span<const float>(vectors.row(Eigen::Index(i)).data(), size_t(vectors.cols())));
        options.sink.report(start + count, documents.size() + queries.size(), tr("embedding documents"));
    }
    writer->finish();
    for (const auto& query : queries) {
        // {text} is the query as the paper's loaders build it (FollowIR: with its narrative),
        // {instruction} the dataset's task instruction.
        const Eigen::VectorXf vector =
            model.embed(EmbeddingTemplate(options.queryTemplate).apply(query.fullText(), dataset.instruction));
        store.spaces().setQueryVector(spaceId, query.id, std::span<const float>(vector.data(), size_t(vector.size())));
    }
    transaction->commit();
    options.sink.report(documents.size() + queries.size(), documents.size() + queries.size(), {});
    return spaceId;
}

LsaModel LsaSpaceBuilder::model(ProjectStore& store, qint64 spaceId)
{
    return LsaModel::deserialize(store.spaces().modelState(spaceId));
}

} // namespace tare
