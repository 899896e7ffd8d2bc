// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/io/projectexporter.h"

#include "core/db/projectstore.h"
#include "core/io/externalid.h"
#include "core/io/npyfile.h"
#include "core/util/tareerror.h"

#include <QCoreApplication>

namespace tare {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tare::ProjectExporter", text);
}

} // namespace

qint64 ProjectExporter::writeQrels(ProjectStore& store, qint64 datasetId, const QString& path, Existing existing)
{
    AtomicFileWriter file(path, existing);
    qint64 lines = 0;
    store.datasets().forEachLabel(datasetId, [&](const LabelRecord& label) {
        ExternalId::requireWritable(label.queryExtId, path);
        ExternalId::requireWritable(label.documentExtId, path);
        file.write(label.queryExtId.toUtf8() + " 0 " + label.documentExtId.toUtf8() + ' '
                   + QByteArray::number(label.grade) + '\n');
        ++lines;
    });
    file.commit();
    return lines;
}

qint64 ProjectExporter::writeVectors(ProjectStore& store, qint64 spaceId, const QString& npyPath, const QString& idsPath,
                                     Existing existing)
{
    SpaceInfo space;
    bool found = false;
    for (const auto& dataset : store.datasets().all()) {
        for (const auto& candidate : store.spaces().all(dataset.id)) {
            if (candidate.id == spaceId) {
                space = candidate;
                found = true;
            }
        }
    }
    if (!found)
        throw TareError(TareError::Kind::Usage, tr("no embedding space with id %1").arg(spaceId));
    AtomicFileWriter::checkTarget(npyPath, existing);
    AtomicFileWriter::checkTarget(idsPath, existing);
    NpyWriter writer(npyPath, space.documentVectorCount, space.dim, existing);
    AtomicFileWriter ids(idsPath, existing);
    qint64 rows = 0;
    store.spaces().forEachDocumentVector(spaceId, [&](const QString& extId, std::span<const float> vector) {
        ExternalId::requireWritable(extId, idsPath);
        writer.writeRow(vector);
        ids.write(extId.toUtf8() + '\n');
        ++rows;
    });
    // Both written out before either appears: a full disk leaves neither.
    writer.finishWriting();
    ids.finishWriting();
    writer.finish();
    ids.commit();
    return rows;
}

} // namespace tare
