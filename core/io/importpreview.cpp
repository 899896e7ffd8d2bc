// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/io/importpreview.h"

#include "core/io/csvreader.h"
#include "core/io/jsonrecord.h"
#include "core/io/linereader.h"
#include "core/io/npyfile.h"
#include "core/util/tareerror.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace tare {

namespace {

/// Long texts are cut for the table; the importer reads them whole.
QString cell(QString text)
{
    constexpr int maxLength = 200;
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.size() > maxLength ? text.left(maxLength) + QStringLiteral("…") : text;
}

QString jsonCell(const QJsonValue& value)
{
    if (value.isString())
        return cell(value.toString());
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isArray())
        return ImportPreviewReader::tr("[%n value(s)]", nullptr, int(value.toArray().size()));
    if (value.isObject())
        return cell(QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)));
    return {};
}

ImportPreview jsonLines(const QString& path, int maxRows)
{
    ImportPreview preview;
    QList<QJsonObject> objects;
    LineReader lines(path);
    while (objects.size() < maxRows && lines.next()) {
        if (lines.line().trimmed().isEmpty())
            continue;
        const JsonRecord record(lines.line(), path, lines.lineNumber());
        objects.append(record.object());
        for (auto it = record.object().constBegin(); it != record.object().constEnd(); ++it) {
            if (!preview.columns.contains(it.key()))
                preview.columns.append(it.key());
        }
    }
    for (const QJsonObject& object : std::as_const(objects)) {
        QStringList row;
        for (const QString& column : std::as_const(preview.columns))
            row.append(jsonCell(object.value(column)));
        preview.rows.append(row);
    }
    preview.note = ImportPreviewReader::tr("JSON lines, %1").arg(QLocale().formattedDataSize(QFileInfo(path).size()));
    return preview;
}

ImportPreview delimited(const QString& path, char delimiter, int maxRows)
{
    ImportPreview preview;
    CsvReader reader(path, delimiter);
    if (reader.next()) {
        for (const QByteArray& field : reader.fields())
            preview.columns.append(QString::fromUtf8(field));
    }
    while (preview.rows.size() < maxRows && reader.next()) {
        QStringList row;
        for (qsizetype i = 0; i < preview.columns.size(); ++i)
            row.append(i < reader.fields().size() ? cell(QString::fromUtf8(reader.fields()[i])) : QString());
        preview.rows.append(row);
    }
    preview.note = (delimiter == ',' ? ImportPreviewReader::tr("CSV, %1") : ImportPreviewReader::tr("TSV, %1"))
                       .arg(QLocale().formattedDataSize(QFileInfo(path).size()));
    return preview;
}

ImportPreview whitespaceColumns(const QString& path, int maxRows)
{
    ImportPreview preview;
    LineReader lines(path);
    int width = 0;
    while (preview.rows.size() < maxRows && lines.next()) {
        const QString line = QString::fromUtf8(lines.line()).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList fields = line.split(QRegularExpression(QStringLiteral("\\s+")));
        width = std::max(width, int(fields.size()));
        preview.rows.append(fields);
    }
    if (width == 4)
        preview.columns = {ImportPreviewReader::tr("query"), ImportPreviewReader::tr("iteration"), ImportPreviewReader::tr("document"), ImportPreviewReader::tr("grade")};
    for (int i = int(preview.columns.size()); i < width; ++i)
        preview.columns.append(ImportPreviewReader::tr("column %1").arg(i + 1));
    for (QStringList& row : preview.rows) {
        while (row.size() < width)
            row.append(QString());
    }
    preview.note = ImportPreviewReader::tr("Whitespace-separated, %1").arg(QLocale().formattedDataSize(QFileInfo(path).size()));
    return preview;
}

} // namespace

ImportPreview ImportPreviewReader::beirFolder(const QString& folder, int maxRows)
{
    const QString corpus = QDir(folder).filePath(QStringLiteral("corpus.jsonl"));
    if (!QFileInfo::exists(corpus))
        throw TareError(TareError::Kind::Input, tr("%1: not a BEIR folder (no corpus.jsonl)").arg(folder));
    ImportPreview preview = jsonLines(corpus, maxRows);
    QStringList splits;
    for (const QString& file : QDir(QDir(folder).filePath(QStringLiteral("qrels"))).entryList({QStringLiteral("*.tsv")}, QDir::Files))
        splits.append(QFileInfo(file).completeBaseName());
    preview.note = tr("corpus.jsonl (%1); qrels splits: %2")
                       .arg(QLocale().formattedDataSize(QFileInfo(corpus).size()),
                            splits.isEmpty() ? tr("none") : splits.join(QStringLiteral(", ")));
    return preview;
}

ImportPreview ImportPreviewReader::file(const QString& path, int maxRows)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"csv")
        return delimited(path, ',', maxRows);
    if (suffix == u"tsv" || suffix == u"tab") {
        // BEIR-style qrels TSV and classification tables alike have a header row.
        return delimited(path, '\t', maxRows);
    }
    if (suffix == u"jsonl" || suffix == u"ndjson" || suffix == u"json")
        return jsonLines(path, maxRows);
    if (suffix == u"npy") {
        NpyReader reader(path);
        ImportPreview preview;
        preview.note = tr("NumPy matrix: %1 rows × %2 columns, %3")
                           .arg(reader.rows())
                           .arg(reader.columns())
                           .arg(reader.isFloat16() ? QStringLiteral("float16") : QStringLiteral("float32"));
        return preview;
    }
    return whitespaceColumns(path, maxRows);
}

} // namespace tare
