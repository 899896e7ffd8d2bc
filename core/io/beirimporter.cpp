// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/io/beirimporter.h"

#include "core/db/projectstore.h"
#include "core/io/externalid.h"
#include "core/io/jsonrecord.h"
#include "core/io/linereader.h"
#include "core/io/qrelsimporter.h"
#include "core/util/displaytext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace tare {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tare::BeirImporter", text);
}

constexpr qint64 s_reportEvery = 4096;

} // namespace

QString BeirImporter::qrelsPath(const QString& folder, const QString& split)
{
    const QDir qrels(QDir(folder).filePath(QStringLiteral("qrels")));
    const QString wanted = qrels.filePath(split + QStringLiteral(".tsv"));
    if (QFileInfo::exists(wanted))
        return wanted;
    const QStringList all = qrels.entryList({QStringLiteral("*.tsv")}, QDir::Files, QDir::Name);
    if (all.size() == 1)
        return qrels.filePath(all.first());
    return wanted;
}

ImportReport BeirImporter::run(ProjectStore& store, const QString& folder, const ImportOptions& options)
{
    const QDir dir(folder);
    if (!QFileInfo(folder).isDir())
        throw TareError(TareError::Kind::Io, tr("%1: not a folder").arg(folder));
    const QString corpusPath = dir.filePath(QStringLiteral("corpus.jsonl"));
    const QString queriesPath = dir.filePath(QStringLiteral("queries.jsonl"));
    const QString labelsPath = qrelsPath(folder, options.split);
    for (const QString& path : {corpusPath, queriesPath, labelsPath}) {
        if (!QFileInfo::exists(path))
            throw TareError(TareError::Kind::Io, tr("%1: missing (a BEIR folder holds corpus.jsonl, queries.jsonl and "
                                                    "qrels/<split>.tsv)")
                                                     .arg(path));
    }

    ImportReport report;
    BadRecordPolicy policy(options.skipBad, report);
    const qint64 totalBytes =
        QFileInfo(corpusPath).size() + QFileInfo(queriesPath).size() + QFileInfo(labelsPath).size();

    const auto bulkWrite = store.prepareForBulkWrite();
    auto transaction = store.beginTransaction();

    DatasetInfo dataset;
    dataset.name = options.datasetName.isEmpty() ? QDir(folder).dirName() : options.datasetName;
    dataset.source = QDir(folder).absolutePath();
    dataset.pool = options.pool;
    dataset.instruction = options.instruction;
    dataset.taskType = options.taskType.value_or(TaskType::Search);
    dataset.documentJoin = options.documentJoin.value_or(DocumentJoin::TitleSpace);
    report.datasetId = store.datasets().create(dataset);

    auto readJsonLines = [&](const QString& path, qint64 bytesBefore, auto&& insert) {
        LineReader reader(path, options.maxLineBytes);
        qint64 records = 0;
        while (reader.next()) {
            if (reader.line().trimmed().isEmpty())
                continue;
            try {
                const JsonRecord record(reader.line(), path, reader.lineNumber());
                insert(record);
            } catch (const TareError& error) {
                if (error.kind() != TareError::Kind::Input)
                    throw;
                policy.reject(error);
            }
            if (++records % s_reportEvery == 0) {
                if (options.sink.isCancelled())
                    throw TareError(TareError::Kind::Cancelled, tr("import cancelled; nothing was added"));
                options.sink.report(bytesBefore + reader.bytesRead(), totalBytes, path);
            }
        }
        if (records == 0)
            throw TareError::input(path, 0, tr("the file is empty"));
        return reader.bytesRead();
    };
    // With --skip-bad every record may have been skipped: an empty dataset is no success.
    auto requireSome = [&](const QString& path, qint64 imported, const QString& message) {
        if (imported == 0)
            throw TareError::input(path, 0, message.arg(report.skipped).arg(report.skippedReasons.value(0)));
    };

    qint64 done = readJsonLines(corpusPath, 0, [&](const JsonRecord& record) {
        const QByteArray id = record.requiredId(QLatin1StringView("_id"));
        if (const QString problem = ExternalId::problem(id); !problem.isEmpty())
            record.fail(problem);
        const QByteArray text = record.requiredString(QLatin1StringView("text"));
        const QByteArray title = record.optionalString(QLatin1StringView("title"));
        if (store.datasets().insertDocument(report.datasetId, id, title, text) == 0)
            record.fail(tr("duplicate document id '%1'").arg(DisplayText::escaped(id)));
        ++report.documents;
    });
    requireSome(corpusPath, report.documents, tr("no usable documents (%1 bad record(s) skipped; the first: %2)"));

    done += readJsonLines(queriesPath, done, [&](const JsonRecord& record) {
        const QByteArray id = record.requiredId(QLatin1StringView("_id"));
        if (const QString problem = ExternalId::problem(id); !problem.isEmpty())
            record.fail(problem);
        const QByteArray text = record.requiredString(QLatin1StringView("text"));
        const QByteArray instruction = record.optionalString(QLatin1StringView("instruction"));
        if (store.datasets().insertQuery(report.datasetId, id, text, instruction) == 0)
            record.fail(tr("duplicate query id '%1'").arg(DisplayText::escaped(id)));
        ++report.queries;
    });
    requireSome(queriesPath, report.queries, tr("no usable queries (%1 bad record(s) skipped; the first: %2)"));

    ImportOptions labelOptions = options;
    labelOptions.sink.progress = [&](qint64 bytes, qint64, const QString& what) {
        options.sink.report(done + bytes, totalBytes, what);
    };
    QrelsImporter::readInto(store, report.datasetId, labelsPath, QrelsImporter::Format::BeirTsv, labelOptions, report);

    transaction->commit();
    report.bytesRead = totalBytes;
    options.sink.report(totalBytes, totalBytes, {});
    return report;
}

} // namespace tare
