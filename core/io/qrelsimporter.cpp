// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/io/qrelsimporter.h"

#include "core/db/projectstore.h"
#include "core/io/linereader.h"
#include "core/io/utf8.h"
#include "core/util/displaytext.h"

#include <QCoreApplication>

#include <charconv>

namespace tare {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tare::QrelsImporter", text);
}

std::optional<int> parseGrade(QByteArrayView field)
{
    int value = 0;
    const char* end = field.data() + field.size();
    const auto [ptr, ec] = std::from_chars(field.data(), end, value);
    if (ec != std::errc() || ptr != end)
        return std::nullopt;
    return value;
}

QList<QByteArrayView> splitFields(QByteArrayView line, bool whitespace)
{
    QList<QByteArrayView> fields;
    qsizetype start = 0;
    const qsizetype n = line.size();
    if (!whitespace) {
        for (qsizetype i = 0; i <= n; ++i) {
            if (i == n || line[i] == '\t') {
                fields.append(line.sliced(start, i - start));
                start = i + 1;
            }
        }
        return fields;
    }
    qsizetype i = 0;
    while (i < n) {
        while (i < n && (line[i] == ' ' || line[i] == '\t'))
            ++i;
        start = i;
        while (i < n && line[i] != ' ' && line[i] != '\t')
            ++i;
        if (i > start)
            fields.append(line.sliced(start, i - start));
    }
    return fields;
}

} // namespace

ImportReport QrelsImporter::run(ProjectStore& store, const QString& path, const ImportOptions& options)
{
    const auto dataset = store.datasets().byName(options.datasetName);
    if (!dataset)
        throw TareError(TareError::Kind::Usage, tr("no dataset named '%1' in %2").arg(options.datasetName, store.path()));
    ImportReport report;
    report.datasetId = dataset->id;
    auto transaction = store.beginTransaction();
    readInto(store, dataset->id, path, Format::Trec, options, report);
    transaction->commit();
    return report;
}

void QrelsImporter::readInto(ProjectStore& store, qint64 datasetId, const QString& path, Format format,
                             const ImportOptions& options, ImportReport& report)
{
    BadRecordPolicy policy(options.skipBad, report);
    LineReader reader(path, options.maxLineBytes);
    const bool trec = format == Format::Trec;
    const qsizetype expectedFields = trec ? 4 : 3;
    bool firstRecord = true;
    qint64 records = 0;
    // Consecutive rows usually share a query: remember the last lookup.
    QByteArray lastQuery;
    qint64 lastQueryId = 0;
    while (reader.next()) {
        const QByteArrayView line = reader.line();
        if (line.trimmed().isEmpty() || (trec && line.startsWith('#')))
            continue;
        ++records;
        if (records % 4096 == 0) {
            if (options.sink.isCancelled())
                throw TareError(TareError::Kind::Cancelled, tr("import cancelled; nothing was added"));
            options.sink.report(reader.bytesRead(), reader.size(), path);
        }
        try {
            const qsizetype bad = Utf8::firstInvalidByte(line);
            if (bad >= 0)
                throw TareError::input(path, reader.lineNumber(), tr("invalid UTF-8 at byte %1 of the line").arg(bad + 1), bad + 1);
            const QList<QByteArrayView> fields = splitFields(line, trec);
            const bool header = firstRecord && !trec && fields.size() == 3 && !parseGrade(fields[2].trimmed());
            firstRecord = false;
            if (header)
                continue;
            if (fields.size() != expectedFields)
                throw TareError::input(path, reader.lineNumber(),
                                       trec ? tr("expected 4 fields (query, iteration, document, grade), found %1")
                                                  .arg(fields.size())
                                            : tr("expected 3 tab-separated fields (query-id, corpus-id, score), found %1")
                                                  .arg(fields.size()));
            const QByteArrayView queryExt = fields[0].trimmed();
            const QByteArrayView documentExt = fields[trec ? 2 : 1].trimmed();
            const auto grade = parseGrade(fields[trec ? 3 : 2].trimmed());
            if (!grade)
                throw TareError::input(path, reader.lineNumber(),
                                       tr("the grade '%1' is not an integer").arg(DisplayText::escaped(fields[trec ? 3 : 2])));
            if (queryExt != lastQuery) {
                const auto id = store.datasets().queryId(datasetId, queryExt);
                if (!id)
                    throw TareError::input(path, reader.lineNumber(),
                                           tr("unknown query id '%1'").arg(DisplayText::escaped(queryExt)));
                lastQuery = queryExt.toByteArray();
                lastQueryId = *id;
            }
            const auto documentId = store.datasets().documentId(datasetId, documentExt);
            if (!documentId)
                throw TareError::input(path, reader.lineNumber(),
                                       tr("unknown document id '%1'").arg(DisplayText::escaped(documentExt)));
            if (!store.datasets().insertLabel(lastQueryId, *documentId, *grade))
                throw TareError::input(path, reader.lineNumber(),
                                       tr("duplicate label for query '%1' and document '%2'")
                                           .arg(DisplayText::escaped(queryExt), DisplayText::escaped(documentExt)));
            ++report.labels;
            if (*grade > 0)
                ++report.positiveLabels;
        } catch (const TareError& error) {
            if (error.kind() != TareError::Kind::Input)
                throw;
            policy.reject(error);
        }
    }
    if (records == 0)
        throw TareError::input(path, 0, tr("the file is empty"));
    options.sink.report(reader.bytesRead(), reader.size(), path);
}

} // namespace tare
