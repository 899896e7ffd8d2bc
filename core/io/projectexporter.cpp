// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/io/projectexporter.h"

#include "core/db/projectstore.h"
#include "core/io/npyfile.h"
#include "core/util/tareerror.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace tare {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tare::ProjectExporter", text);
}

void openForWriting(QSaveFile& file)
{
    if (!file.open(QIODevice::WriteOnly))
        throw TareError(TareError::Kind::Io, QCoreApplication::translate("tare::ProjectExporter", "%1: cannot write: %2").arg(file.fileName(), file.errorString()));
}

void commit(QSaveFile& file)
{
    if (!file.commit())
        throw TareError(TareError::Kind::Io, QCoreApplication::translate("tare::ProjectExporter", "%1: cannot write: %2").arg(file.fileName(), file.errorString()));
}

} // namespace

qint64 ProjectExporter::writeQrels(ProjectStore& store, qint64 datasetId, const QString& path)
{
    QSaveFile file(path);
    openForWriting(file);
    qint64 lines = 0;
    store.datasets().forEachLabel(datasetId, [&](const LabelRecord& label) {
        file.write(label.queryExtId.toUtf8() + " 0 " + label.documentExtId.toUtf8() + ' '
                   + QByteArray::number(label.grade) + '\n');
        ++lines;
    });
    commit(file);
    return lines;
}

qint64 ProjectExporter::writeVectors(ProjectStore& store, qint64 spaceId, const QString& npyPath, const QString& idsPath)
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
    NpyWriter writer(npyPath, space.documentVectorCount, space.dim);
    QSaveFile ids(idsPath);
    openForWriting(ids);
    qint64 rows = 0;
    store.spaces().forEachDocumentVector(spaceId, [&](const QString& extId, std::span<const float> vector) {
        writer.writeRow(vector);
        ids.write(extId.toUtf8() + '\n');
        ++rows;
    });
    writer.finish();
    commit(ids);
    return rows;
}

} // namespace tare
