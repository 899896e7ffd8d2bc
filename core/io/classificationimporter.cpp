// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/io/classificationimporter.h"

#include "core/db/projectstore.h"
#include "core/io/csvreader.h"
#include "core/io/externalid.h"
#include "core/io/jsonrecord.h"
#include "core/io/linereader.h"
#include "core/io/utf8.h"
#include "core/util/displaytext.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QHash>

#include <functional>

namespace tare {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tare::ClassificationImporter", text);
}

/// One row of a table with named columns, whatever the file format.
struct TableRow
{
    qint64 line = 0;
    std::function<QByteArray(const QString& column)> field; // throws when the column is missing
};

/// Streams the rows of a CSV/TSV (with header) or JSONL file to `visit`.
void readTable(const QString& path, ClassificationImporter::Format format, BadRecordPolicy& policy,
               const ProgressSink& sink, qsizetype maxLineBytes, const std::function<void(const TableRow&)>& visit)
{
    qint64 rows = 0;
    auto tick = [&](qint64 done, qint64 total) {
        if (++rows % 4096 == 0) {
            if (sink.isCancelled())
                throw TareError(TareError::Kind::Cancelled, QCoreApplication::translate("tare::ClassificationImporter", "import cancelled; nothing was added"));
            sink.report(done, total, path);
        }
    };
    auto guarded = [&](const TableRow& row) {
        try {
            visit(row);
        } catch (const TareError& error) {
            if (error.kind() != TareError::Kind::Input)
                throw;
            policy.reject(error);
        }
    };

    if (format == ClassificationImporter::Format::JsonLines) {
        LineReader reader(path, maxLineBytes);
        while (reader.next()) {
            if (reader.line().trimmed().isEmpty())
                continue;
            tick(reader.bytesRead(), reader.size());
            TableRow row;
            row.line = reader.lineNumber();
            std::optional<JsonRecord> record;
            try {
                record.emplace(reader.line(), path, reader.lineNumber());
            } catch (const TareError& error) {
                policy.reject(error);
                continue;
            }
            row.field = [&](const QString& column) {
                return record->requiredId(QLatin1StringView(column.toLatin1()));
            };
            guarded(row);
        }
        if (rows == 0)
            throw TareError::input(path, 0, QCoreApplication::translate("tare::ClassificationImporter", "the file is empty"));
        return;
    }

    CsvReader reader(path, format == ClassificationImporter::Format::Tsv ? '\t' : ',', maxLineBytes);
    if (!reader.next())
        throw TareError::input(path, 0, QCoreApplication::translate("tare::ClassificationImporter", "the file is empty"));
    QHash<QString, qsizetype> columns;
    for (qsizetype i = 0; i < reader.fields().size(); ++i)
        columns.insert(QString::fromUtf8(reader.fields()[i]).trimmed(), i);
    const qsizetype width = reader.fields().size();
    while (reader.next()) {
        tick(reader.bytesRead(), reader.size());
        TableRow row;
        row.line = reader.recordLine();
        const QList<QByteArray>& fields = reader.fields();
        row.field = [&](const QString& column) {
            const auto it = columns.constFind(column);
            if (it == columns.constEnd())
                throw TareError::input(path, 1, QCoreApplication::translate("tare::ClassificationImporter", "no column named '%1' in the header").arg(column));
            if (fields.size() != width)
                throw TareError::input(path, reader.recordLine(),
                                       QCoreApplication::translate("tare::ClassificationImporter", "expected %1 fields as in the header, found %2").arg(width).arg(fields.size()));
            const QByteArray& value = fields[*it];
            const qsizetype bad = Utf8::firstInvalidByte(value);
            if (bad >= 0)
                throw TareError::input(path, reader.recordLine(),
                                       QCoreApplication::translate("tare::ClassificationImporter", "invalid UTF-8 in column '%1' at byte %2").arg(column).arg(bad + 1));
            if (value.contains('\0'))
                throw TareError::input(path, reader.recordLine(),
                                       QCoreApplication::translate("tare::ClassificationImporter", "a NUL character in column '%1'").arg(column));
            return value;
        };
        guarded(row);
    }
}

} // namespace

ClassificationImporter::Format ClassificationImporter::formatFor(const QString& path, Format requested)
{
    if (requested != Format::Auto)
        return requested;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"tsv" || suffix == u"tab")
        return Format::Tsv;
    if (suffix == u"jsonl" || suffix == u"ndjson")
        return Format::JsonLines;
    return Format::Csv;
}

ImportReport ClassificationImporter::run(ProjectStore& store, const QString& path, const Options& options)
{
    if (!QFileInfo::exists(path))
        throw TareError(TareError::Kind::Io, tr("%1: no such file").arg(path));
    if (options.textColumn == options.labelColumn)
        throw TareError(TareError::Kind::Usage, tr("the text column and the label column are both '%1'").arg(options.textColumn));
    if (!options.idColumn.isEmpty() && (options.idColumn == options.textColumn || options.idColumn == options.labelColumn))
        throw TareError(TareError::Kind::Usage,
                        tr("the id column '%1' is also the text or the label column").arg(options.idColumn));
    ImportReport report;
    BadRecordPolicy policy(options.common.skipBad, report);
    const Format format = formatFor(path, options.format);

    // Label descriptions become query texts; a small table, read whole.
    QHash<QByteArray, QByteArray> descriptions;
    if (!options.descriptionsPath.isEmpty()) {
        ImportReport ignored;
        BadRecordPolicy strict(false, ignored);
        readTable(options.descriptionsPath, formatFor(options.descriptionsPath, Format::Auto), strict, {}, options.common.maxLineBytes,
                  [&](const TableRow& row) {
                      descriptions.insert(row.field(QStringLiteral("label")), row.field(QStringLiteral("description")));
                  });
    }

    const auto bulkWrite = store.prepareForBulkWrite();
    auto transaction = store.beginTransaction();
    DatasetInfo dataset;
    dataset.name = options.common.datasetName.isEmpty() ? QFileInfo(path).completeBaseName() : options.common.datasetName;
    dataset.source = QFileInfo(path).absoluteFilePath();
    dataset.pool = PoolRule::Corpus;
    dataset.instruction = options.common.instruction;
    // Intent detection is classification; its texts are used as they are, as the paper's loaders do.
    dataset.taskType = options.common.taskType.value_or(TaskType::Classification);
    dataset.documentJoin = options.common.documentJoin.value_or(DocumentJoin::TextOnly);
    report.datasetId = store.datasets().create(dataset);

    const QByteArray baseName = QFileInfo(path).completeBaseName().toUtf8();
    QHash<QByteArray, qint64> documentsByTextHash; // SHA-1 of the exact text -> document id
    QHash<QByteArray, qint64> queriesByLabel;
    qint64 dataRow = 0;
    readTable(path, format, policy, options.common.sink, options.common.maxLineBytes, [&](const TableRow& row) {
        const qint64 thisRow = dataRow++;
        const QByteArray text = row.field(options.textColumn);
        const QByteArray label = row.field(options.labelColumn).trimmed();
        if (label.isEmpty())
            throw TareError::input(path, row.line, tr("empty label"));
        if (text.trimmed().isEmpty())
            throw TareError::input(path, row.line, tr("empty text"));
        // The label becomes the query's id, which TREC files must carry: whitespace becomes '_'.
        const QByteArray queryExtId = ExternalId::fromLabel(label);
        if (const QString problem = ExternalId::problem(queryExtId); !problem.isEmpty())
            throw TareError::input(path, row.line, tr("label '%1': %2").arg(DisplayText::escaped(label), problem));
        const QByteArray textKey = QCryptographicHash::hash(text, QCryptographicHash::Sha1);
        qint64 documentId = documentsByTextHash.value(textKey);
        if (documentId == 0) {
            const QByteArray id = options.idColumn.isEmpty()
                ? ExternalId::fromLabel(baseName) + '-' + QByteArray::number(thisRow).rightJustified(5, '0')
                : row.field(options.idColumn).trimmed();
            if (const QString problem = ExternalId::problem(id); !problem.isEmpty())
                throw TareError::input(path, row.line, problem);
            documentId = store.datasets().insertDocument(report.datasetId, id, {}, text);
            if (documentId == 0)
                throw TareError::input(path, row.line, tr("duplicate document id '%1'").arg(DisplayText::escaped(id)));
            documentsByTextHash.insert(textKey, documentId);
            ++report.documents;
        }
        qint64 queryId = queriesByLabel.value(label);
        if (queryId == 0) {
            QByteArray queryText = descriptions.value(label);
            if (queryText.isEmpty())
                queryText = QByteArray(label).replace('_', ' ');
            queryId = store.datasets().insertQuery(report.datasetId, queryExtId, queryText, {});
            if (queryId == 0)
                throw TareError::input(path, row.line, tr("the label '%1' and another label both become the query id '%2'")
                                                           .arg(DisplayText::escaped(label), DisplayText::escaped(queryExtId)));
            queriesByLabel.insert(label, queryId);
            ++report.queries;
        }
        if (store.datasets().insertLabel(queryId, documentId, 1)) {
            ++report.labels;
            ++report.positiveLabels;
        }
    });
    if (report.documents == 0)
        throw TareError::input(path, 0, tr("no usable rows"));
    transaction->commit();
    options.common.sink.report(QFileInfo(path).size(), QFileInfo(path).size(), {});
    return report;
}

} // namespace tare
