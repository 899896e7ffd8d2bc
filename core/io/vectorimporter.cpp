// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/io/vectorimporter.h"

#include "core/db/documentvectorwriter.h"
#include "core/db/projectstore.h"
#include "core/io/jsonrecord.h"
#include "core/io/linereader.h"
#include "core/io/npyfile.h"
#include "core/util/displaytext.h"
#include "core/util/float16.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>

#include <cmath>

namespace tare {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tare::VectorImporter", text);
}

} // namespace

ImportReport VectorImporter::run(ProjectStore& store, const QString& path, const Options& options)
{
    const auto dataset = store.datasets().byName(options.common.datasetName);
    if (!dataset)
        throw TareError(TareError::Kind::Usage,
                        tr("no dataset named '%1' in %2").arg(options.common.datasetName, store.path()));
    if (!QFileInfo::exists(path))
        throw TareError(TareError::Kind::Io, tr("%1: no such file").arg(path));
    const bool npy = path.endsWith(QStringLiteral(".npy"), Qt::CaseInsensitive);
    if (npy && options.idsPath.isEmpty())
        throw TareError(TareError::Kind::Usage, tr("a .npy file needs an id list (one id per line, row order)"));

    ImportReport report;
    report.datasetId = dataset->id;
    BadRecordPolicy policy(options.common.skipBad, report);
    const QString spaceName = options.spaceName.isEmpty() ? QStringLiteral("imported") : options.spaceName;

    const auto bulkWrite = store.prepareForBulkWrite();
    auto transaction = store.beginTransaction();
    int dim = 0;
    ElementType elementType = ElementType::Float32;
    auto ensureSpace = [&](int rowDim, const QString& file, qint64 line) {
        if (report.spaceId == 0) {
            if (auto existing = store.spaces().byName(dataset->id, spaceName)) {
                // Vectors of another kind (built in, remote) are never mixed with imported ones, and
                // a space a run used keeps what the run saw.
                if (existing->provider != u"imported")
                    throw TareError(TareError::Kind::Usage,
                                    tr("the space '%1' holds %2 vectors; imported vectors go into a space of their own "
                                       "(name one with --space)")
                                        .arg(spaceName, existing->provider));
                if (!options.update)
                    throw TareError(TareError::Kind::Usage,
                                    tr("the space '%1' exists; add --update to add these vectors to it (replacing "
                                       "those of the same ids), or name a new space with --space")
                                        .arg(spaceName));
                QStringList users;
                for (const RunRecord& run : store.runs().all(dataset->id)) {
                    if (run.spaceId == existing->id)
                        users.prepend(QString::number(run.id));
                }
                if (!users.isEmpty())
                    throw TareError(TareError::Kind::Usage,
                                    tr("the space '%1' was used by run(s) %2 and stays as those runs saw it; import "
                                       "into a new space with --space")
                                        .arg(spaceName, users.join(QStringLiteral(", "))));
                if (options.elementType && *options.elementType != existing->elementType)
                    throw TareError(TareError::Kind::Usage,
                                    tr("the space '%1' stores %2 vectors, not %3; import into a new space with --space")
                                        .arg(spaceName, elementTypeName(existing->elementType),
                                             elementTypeName(*options.elementType)));
                report.spaceId = existing->id;
                dim = existing->dim;
                elementType = existing->elementType;
            } else {
                SpaceInfo space;
                space.datasetId = dataset->id;
                space.name = spaceName;
                space.provider = QStringLiteral("imported");
                space.model = options.model;
                space.dim = rowDim;
                space.elementType = options.elementType.value_or(ElementType::Float32);
                report.spaceId = store.spaces().create(space);
                elementType = space.elementType;
                dim = rowDim;
            }
        }
        if (rowDim != dim)
            throw TareError::input(file, line, tr("vector of dimension %1, but the space '%2' has dimension %3")
                                                   .arg(rowDim)
                                                   .arg(spaceName)
                                                   .arg(dim));
    };
    QHash<QByteArray, qint64> seen; // id -> line it was given on
    // Documents by external id, looked up once for the whole file; their vectors go to the file
    // in chunks of many rows.
    const QHash<QByteArray, qint64> documentIds =
        options.target == Target::Documents ? store.datasets().documentIdsByExtId(dataset->id) : QHash<QByteArray, qint64>();
    std::unique_ptr<DocumentVectorWriter> writer;
    auto store1 = [&](QByteArrayView id, const std::vector<float>& vector, const QString& file, qint64 line) {
        for (size_t i = 0; i < vector.size(); ++i) {
            if (!std::isfinite(vector[i]))
                throw TareError::input(file, line, tr("component %1 of the vector for '%2' is not finite")
                                                       .arg(i)
                                                       .arg(DisplayText::escaped(id)));
            if (options.target == Target::Documents && elementType == ElementType::Float16 && !Float16::representable(vector[i]))
                throw TareError::input(file, line, tr("component %1 of the vector for '%2' is %3, beyond the float16 range "
                                                      "(±65504); import it as float32")
                                                       .arg(i)
                                                       .arg(DisplayText::escaped(id))
                                                       .arg(double(vector[i])));
        }
        const QByteArray key = id.toByteArray();
        const auto earlier = seen.constFind(key);
        if (earlier != seen.constEnd())
            throw TareError::input(file, line, tr("the id '%1' was given before, on line %2").arg(DisplayText::escaped(id)).arg(*earlier));
        if (options.target == Target::Documents) {
            const auto documentId = documentIds.constFind(key);
            if (documentId == documentIds.constEnd())
                throw TareError::input(file, line, tr("unknown document id '%1'").arg(DisplayText::escaped(id)));
            if (!writer)
                writer = store.spaces().documentVectorWriter(report.spaceId);
            writer->add(*documentId, std::span<const float>(vector));
        } else {
            const auto queryId = store.datasets().queryId(dataset->id, id);
            if (!queryId)
                throw TareError::input(file, line, tr("unknown query id '%1'").arg(DisplayText::escaped(id)));
            store.spaces().setQueryVector(report.spaceId, *queryId, vector);
        }
        seen.insert(key, line);
        ++report.vectors;
        if (report.vectors % 1024 == 0 && options.common.sink.isCancelled())
            throw TareError(TareError::Kind::Cancelled, tr("import cancelled; nothing was added"));
    };
    auto guarded = [&](auto&& work) {
        try {
            work();
        } catch (const TareError& error) {
            if (error.kind() != TareError::Kind::Input)
                throw;
            policy.reject(error);
        }
    };

    if (npy) {
        NpyReader reader(path);
        LineReader ids(options.idsPath, options.common.maxLineBytes);
        std::vector<float> row;
        ensureSpace(reader.columns(), path, 0);
        while (reader.nextRow(row)) {
            if (!ids.next())
                throw TareError::input(options.idsPath, ids.lineNumber() + 1,
                                       tr("the id list has %1 lines but the array has %2 rows")
                                           .arg(ids.lineNumber())
                                           .arg(reader.rows()));
            const QByteArrayView id = ids.line().trimmed();
            guarded([&] { store1(id, row, options.idsPath, ids.lineNumber()); });
            options.common.sink.report(reader.bytesRead(), reader.size(), path);
        }
        while (ids.next()) {
            if (!ids.line().trimmed().isEmpty())
                throw TareError::input(options.idsPath, ids.lineNumber(),
                                       tr("the id list has more lines than the array has rows (%1)").arg(reader.rows()));
        }
        if (reader.rows() == 0)
            throw TareError::input(path, 0, tr("the array has no rows"));
    } else {
        LineReader reader(path, options.common.maxLineBytes);
        std::vector<float> vector;
        while (reader.next()) {
            if (reader.line().trimmed().isEmpty())
                continue;
            guarded([&] {
                const JsonRecord record(reader.line(), path, reader.lineNumber());
                const QByteArray id = record.requiredId(QLatin1StringView("_id"));
                const QJsonValue embedding = record.object().value(QLatin1StringView("embedding"));
                if (!embedding.isArray())
                    record.fail(tr("missing or non-array field \"embedding\""));
                const QJsonArray array = embedding.toArray();
                vector.resize(size_t(array.size()));
                for (qsizetype i = 0; i < array.size(); ++i) {
                    if (!array[i].isDouble())
                        record.fail(tr("component %1 of \"embedding\" is not a number").arg(i));
                    vector[size_t(i)] = float(array[i].toDouble());
                }
                if (vector.empty())
                    record.fail(tr("empty \"embedding\""));
                ensureSpace(int(vector.size()), path, reader.lineNumber());
                store1(id, vector, path, reader.lineNumber());
            });
            options.common.sink.report(reader.bytesRead(), reader.size(), path);
        }
        if (report.vectors == 0 && report.skipped == 0)
            throw TareError::input(path, 0, tr("the file is empty"));
    }
    if (writer)
        writer->finish();
    if (const auto space = store.spaces().find(report.spaceId)) {
        const bool documents = options.target == Target::Documents;
        report.coverageTotal = documents ? dataset->documentCount : dataset->queryCount;
        report.uncovered = report.coverageTotal - (documents ? space->documentVectorCount : space->queryVectorCount);
    }
    transaction->commit();
    return report;
}

} // namespace tare
