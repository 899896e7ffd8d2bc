// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/embed/remotespacebuilder.h"

#include "core/db/documentvectorwriter.h"
#include "core/db/projectstore.h"
#include "core/embed/embeddingtemplate.h"
#include "core/net/endpointurl.h"
#include "core/util/tareerror.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace tare {

namespace {

// Texts sent per embed() call between cache commits: bounds what an interruption can lose.
constexpr qsizetype s_chunk = 1024;

} // namespace

std::vector<std::vector<float>> RemoteSpaceBuilder::embedCached(ProjectStore& store, OpenAiEmbedder& embedder,
                                                                const QStringList& texts, int expectedDim,
                                                                const ProgressSink& sink, qsizetype* fromCache,
                                                                qsizetype* embedded)
{
    const QString identity = embedder.identity();
    std::vector<std::vector<float>> vectors(size_t(texts.size()));
    // Distinct texts missing from the cache, each with the positions that need it.
    QHash<QByteArray, qsizetype> missingIndex;
    QStringList missingTexts;
    QList<QByteArray> missingHashes;
    QList<QList<qsizetype>> missingPositions;
    qsizetype hits = 0;
    QHash<QByteArray, qsizetype> seenHit;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const QByteArray hash = QCryptographicHash::hash(texts[i].toUtf8(), QCryptographicHash::Sha256);
        if (const auto slot = missingIndex.constFind(hash); slot != missingIndex.cend()) {
            missingPositions[*slot].append(i);
            continue;
        }
        if (std::optional<std::vector<float>> cached = store.spaces().cachedEmbedding(identity, hash)) {
            vectors[size_t(i)] = std::move(*cached);
            if (!seenHit.contains(hash)) {
                seenHit.insert(hash, i);
                ++hits;
            }
            continue;
        }
        missingIndex.insert(hash, missingTexts.size());
        missingTexts.append(texts[i]);
        missingHashes.append(hash);
        missingPositions.append(QList<qsizetype>{i});
    }

    // One dimension for all: the expected one, else that of the first vector (cached or new).
    // A batch that disagrees is refused before it is cached, so a bad answer never poisons the
    // cache; a cached vector that disagrees (an older Tare, a changed model) says how to clear it.
    qsizetype dim = expectedDim > 0 ? expectedDim : -1;
    for (const std::vector<float>& vector : vectors) {
        if (vector.empty())
            continue;
        if (dim < 0)
            dim = qsizetype(vector.size());
        if (qsizetype(vector.size()) != dim)
            throw TareError(TareError::Kind::Io, tr("the cache holds %1-dimensional vectors of '%2' where %3 are expected; "
                                                    "clear it with 'tare-cli cache clear' and embed again")
                                                     .arg(vector.size())
                                                     .arg(identity)
                                                     .arg(dim));
    }

    const qsizetype total = texts.size();
    qsizetype done = total - [&] {
        qsizetype pending = 0;
        for (const auto& positions : missingPositions)
            pending += positions.size();
        return pending;
    }();
    sink.report(done, total, tr("embedding"));
    for (qsizetype first = 0; first < missingTexts.size(); first += s_chunk) {
        if (sink.isCancelled())
            throw TareError(TareError::Kind::Cancelled, tr("embedding cancelled; the vectors fetched so far are cached"));
        const qsizetype count = std::min(s_chunk, missingTexts.size() - first);
        ProgressSink inner;
        inner.cancelled = sink.cancelled;
        std::vector<std::vector<float>> batch = embedder.embed(missingTexts.mid(first, count), inner);
        for (const std::vector<float>& vector : batch) {
            if (dim < 0)
                dim = qsizetype(vector.size());
            if (qsizetype(vector.size()) != dim)
                throw TareError(TareError::Kind::Io, tr("the embedder returned %1-dimensional vectors where %2 were "
                                                        "expected; nothing of this batch was cached")
                                                         .arg(vector.size())
                                                         .arg(dim));
        }
        auto transaction = store.beginTransaction();
        for (qsizetype k = 0; k < count; ++k) {
            const std::vector<float>& vector = batch[size_t(k)];
            store.spaces().putCachedEmbedding(identity, missingHashes[first + k], vector);
            for (qsizetype position : missingPositions[first + k]) {
                vectors[size_t(position)] = vector;
                ++done;
            }
        }
        transaction->commit();
        sink.report(done, total, tr("embedding"));
    }

    if (fromCache)
        *fromCache = hits;
    if (embedded)
        *embedded = missingTexts.size();
    return vectors;
}

RemoteSpaceBuilder::Result RemoteSpaceBuilder::build(ProjectStore& store, qint64 datasetId, const Options& options)
{
    const DatasetInfo dataset = store.spaces().datasetForNewSpace(datasetId, options.spaceName);
    const QList<DocumentRecord> documents = store.datasets().documents(datasetId);
    const QList<QueryRecord> queries = store.datasets().queries(datasetId);
    QStringList texts;
    texts.reserve(documents.size() + queries.size());
    const EmbeddingTemplate documentTemplate(options.documentTemplate);
    // As the paper's code: documents as its loaders join title and text, queries with their own
    // instruction (FollowIR) in {text} and the dataset's instruction in {instruction}.
    const DatasetTask task = dataset.task();
    for (const auto& document : documents)
        texts.append(documentTemplate.apply(task.documentText(document.title, document.text), dataset.instruction));
    const EmbeddingTemplate queryTemplate(options.queryTemplate);
    for (const auto& query : queries)
        texts.append(queryTemplate.apply(query.fullText(), dataset.instruction));

    OpenAiEmbedderSettings settings = options.embedder;
    if (settings.dimensions > 0)
        settings.expectedDim = settings.dimensions;
    OpenAiEmbedder embedder(settings);
    Result result;
    result.texts = texts.size();
    const std::vector<std::vector<float>> vectors = embedCached(store, embedder, texts, settings.expectedDim, options.sink,
                                                                &result.fromCache, &result.embedded);
    if (vectors.empty())
        throw TareError(TareError::Kind::Input, tr("dataset '%1' has no documents or queries to embed").arg(dataset.name));
    result.dim = int(vectors.front().size());

    auto transaction = store.beginTransaction();
    SpaceInfo space;
    space.datasetId = datasetId;
    space.name = options.spaceName;
    space.provider = settings.provider;
    space.model = settings.model;
    space.dim = result.dim;
    space.queryTemplate = options.queryTemplate;
    space.documentTemplate = options.documentTemplate;
    // The endpoint without credentials, never the key or its variable's value.
    space.paramsJson = QJsonDocument(QJsonObject{{QStringLiteral("endpoint"), EndpointUrl::publicUrl(settings.baseUrl)},
                                                 {QStringLiteral("dimensions"), settings.dimensions},
                                                 {QStringLiteral("identity"), embedder.identity()}})
                           .toJson(QJsonDocument::Compact);
    result.spaceId = store.spaces().create(space);
    const auto writer = store.spaces().documentVectorWriter(result.spaceId);
    for (qsizetype i = 0; i < documents.size(); ++i)
        writer->add(documents[i].id, std::span<const float>(vectors[size_t(i)]));
    writer->finish();
    for (qsizetype i = 0; i < queries.size(); ++i)
        store.spaces().setQueryVector(result.spaceId, queries[i].id, vectors[size_t(documents.size() + i)]);
    transaction->commit();
    return result;
}

} // namespace tare
