// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/embed/spacebuilder.h"

#include "core/db/projectstore.h"
#include "core/util/tareerror.h"

namespace tare {

SpaceBuilder::Result SpaceBuilder::build(ProjectStore& store, const Request& request, const ProgressSink& sink)
{
    Result result;
    QString extra;
    switch (request.kind) {
    case Kind::Lsa: {
        LsaSpaceBuilder::Options options = request.lsa;
        if (!request.spaceName.isEmpty())
            options.spaceName = request.spaceName;
        options.sink = sink;
        result.spaceId = LsaSpaceBuilder::build(store, request.datasetId, options);
        break;
    }
    case Kind::Remote: {
        RemoteSpaceBuilder::Options options = request.remote;
        if (!request.spaceName.isEmpty())
            options.spaceName = request.spaceName;
        options.sink = sink;
        const RemoteSpaceBuilder::Result built = RemoteSpaceBuilder::build(store, request.datasetId, options);
        result.spaceId = built.spaceId;
        extra = tr("Texts from the cache: %1; sent to the endpoint: %2.").arg(built.fromCache).arg(built.embedded);
        break;
    }
    case Kind::Hyde: {
        HydeSpaceBuilder::Options options = request.hyde;
        if (!request.spaceName.isEmpty())
            options.spaceName = request.spaceName;
        options.sink = sink;
        result.spaceId = HydeSpaceBuilder::build(store, request.sourceSpaceId, options).spaceId;
        extra = tr("The query vectors embed a hypothetical document per query; the document vectors are the source's.");
        break;
    }
    }
    const auto space = store.spaces().find(result.spaceId);
    if (!space)
        throw TareError(TareError::Kind::Internal, tr("the new embedding space %1 was not found").arg(result.spaceId));
    result.spaceName = space->name;
    result.dim = space->dim;
    result.documentVectors = space->documentVectorCount;
    result.queryVectors = space->queryVectorCount;
    result.summary = tr("Built space '%1' (dimension %2): document vectors %3, query vectors %4.")
                         .arg(result.spaceName)
                         .arg(result.dim)
                         .arg(result.documentVectors)
                         .arg(result.queryVectors);
    if (!extra.isEmpty())
        result.summary += QLatin1Char(' ') + extra;
    return result;
}

} // namespace tare
