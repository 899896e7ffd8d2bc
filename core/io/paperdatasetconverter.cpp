// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/io/paperdatasetconverter.h"

#include "core/io/beirfolderwriter.h"
#include "core/io/beirimporter.h"
#include "core/io/corpussampler.h"
#include "core/io/csvreader.h"
#include "core/io/jsonrecord.h"
#include "core/io/linereader.h"
#include "core/io/paperdatasets.h"
#include "core/io/utf8.h"
#include "core/util/pythonstring.h"
#include "core/util/tareerror.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>

namespace tare {

namespace {

using Converter = PaperDatasetConverter;

struct Document
{
    QByteArray id;
    QByteArray title;
    QByteArray text;
};

struct Query
{
    QByteArray id;
    QByteArray text;
    QByteArray instruction;
};

struct Label
{
    QByteArray queryId;
    QByteArray documentId;
    int grade = 0;
};

/// What a reader collected, in output order, before the corpus cap.
struct Collected
{
    QList<Document> documents;
    QList<Query> queries;
    QList<Label> labels;
    QStringList notes;
};

bool utf8Less(const QByteArray& a, const QByteArray& b)
{
    return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(),
                                        [](char x, char y) { return quint8(x) < quint8(y); });
}

void checkCancelled(const ProgressSink& sink, qint64 counter)
{
    if (counter % 4096 == 0 && sink.isCancelled())
        throw TareError(TareError::Kind::Cancelled, PaperDatasetConverter::tr("conversion cancelled; nothing was written"));
}

void requireFile(const QString& path)
{
    if (!QFileInfo(path).isFile())
        throw TareError(TareError::Kind::Io, PaperDatasetConverter::tr("%1: no such file").arg(path));
}

void requireFolder(const QString& path)
{
    if (!QFileInfo(path).isDir())
        throw TareError(TareError::Kind::Io, PaperDatasetConverter::tr("%1: not a folder").arg(path));
}

/// A CSV file with a header row, read by column name.
class Table
{
public:
    explicit Table(const QString& path)
        : m_reader(path, ',')
    {
        requireFile(path);
        if (!m_reader.next())
            throw TareError::input(path, 0, PaperDatasetConverter::tr("the file is empty"));
        for (qsizetype i = 0; i < m_reader.fields().size(); ++i)
            m_columns.insert(QString::fromUtf8(m_reader.fields()[i]).trimmed(), i);
        m_width = m_reader.fields().size();
    }

    bool next() { return m_reader.next(); }
    bool has(const QString& column) const { return m_columns.contains(column); }
    qint64 line() const { return m_reader.recordLine(); }
    const QString& path() const { return m_reader.path(); }

    QByteArray field(const QString& column) const
    {
        const auto it = m_columns.constFind(column);
        if (it == m_columns.constEnd())
            throw TareError::input(path(), 1, PaperDatasetConverter::tr("no column named '%1' in the header").arg(column));
        if (m_reader.fields().size() != m_width)
            throw TareError::input(path(), line(),
                                   PaperDatasetConverter::tr("expected %1 fields as in the header, found %2")
                                       .arg(m_width)
                                       .arg(m_reader.fields().size()));
        const QByteArray& value = m_reader.fields()[*it];
        const qsizetype bad = Utf8::firstInvalidByte(value);
        if (bad >= 0)
            throw TareError::input(path(), line(),
                                   PaperDatasetConverter::tr("invalid UTF-8 in column '%1' at byte %2").arg(column).arg(bad + 1));
        return value;
    }

    int intField(const QString& column) const
    {
        bool ok = false;
        const int value = field(column).trimmed().toInt(&ok);
        if (!ok)
            throw TareError::input(path(), line(), PaperDatasetConverter::tr("column '%1' is not an integer").arg(column));
        return value;
    }

private:
    CsvReader m_reader;
    QHash<QString, qsizetype> m_columns;
    qsizetype m_width = 0;
};

/// Calls `visit` for every non-blank line of a JSON-lines file.
void forEachJsonLine(const QString& path, const ProgressSink& sink, const std::function<void(const JsonRecord&)>& visit)
{
    requireFile(path);
    LineReader reader(path);
    qint64 records = 0;
    while (reader.next()) {
        if (reader.line().trimmed().isEmpty())
            continue;
        checkCancelled(sink, ++records);
        visit(JsonRecord(reader.line(), path, reader.lineNumber()));
    }
}

/// A whole JSON file (data_full.json, id2paper.json, one paper), parsed.
QJsonDocument readJsonFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw TareError(TareError::Kind::Io, PaperDatasetConverter::tr("%1: cannot be read (%2)").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    const qsizetype bad = Utf8::firstInvalidByte(bytes);
    if (bad >= 0)
        throw TareError::input(path, 0, PaperDatasetConverter::tr("invalid UTF-8 at byte %1").arg(bad + 1));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const qint64 line = bytes.left(error.offset).count('\n') + 1;
        throw TareError::input(path, line, PaperDatasetConverter::tr("malformed JSON: %1").arg(error.errorString()));
    }
    return document;
}

QByteArray rowId(const QString& base, qint64 row)
{
    return base.toUtf8() + '-' + QByteArray::number(row).rightJustified(5, '0');
}

/// The id field of an MTEB/HF record: "_id" (BEIR) or "id" (MTEB 2).
QByteArray recordId(const JsonRecord& record)
{
    return record.requiredId(record.contains(QLatin1StringView("_id")) ? QLatin1StringView("_id")
                                                                        : QLatin1StringView("id"));
}

/// Intent-to-utterance sets (Banking77, CLINC150): every distinct text one document (in order of
/// first appearance), every intent key one query (sorted, as pandas' groupby sorts), relevant =
/// the texts seen with that intent.
class IntentSets
{
public:
    /// `queryKey` groups and orders the queries (the paper's groupby key); the first id and text
    /// seen for a key name the query.
    void add(const QByteArray& text, const QByteArray& documentId, const QByteArray& queryKey,
             const QByteArray& queryText, const QByteArray& queryId)
    {
        auto document = m_documentByText.constFind(text);
        if (document == m_documentByText.constEnd()) {
            document = m_documentByText.insert(text, m_documents.size());
            m_documents.append({documentId, {}, text});
        }
        if (!m_queries.contains(queryKey))
            m_queries.insert(queryKey, {queryId, queryText, {}});
        m_members[queryKey].insert(*document);
    }

    Collected collect() const
    {
        Collected result;
        result.documents = m_documents;
        QList<QByteArray> keys = m_queries.keys();
        std::sort(keys.begin(), keys.end(), utf8Less);
        for (const QByteArray& key : keys) {
            const Query query = m_queries.value(key);
            const QByteArray id = query.id;
            result.queries.append(query);
            QList<qsizetype> members(m_members.value(key).cbegin(), m_members.value(key).cend());
            std::sort(members.begin(), members.end());
            for (const qsizetype index : members)
                result.labels.append({id, m_documents[index].id, 1});
        }
        return result;
    }

private:
    QList<Document> m_documents;
    QHash<QByteArray, qsizetype> m_documentByText;
    QHash<QByteArray, Query> m_queries;
    QHash<QByteArray, QSet<qsizetype>> m_members;
};

// ArgKP-21: every key point a query, its pool the arguments labelled for it (1 or 0).
Collected readArgKp(const Converter::Options& options)
{
    QString folder = options.inputs.value(0);
    requireFolder(folder);
    if (QFileInfo(QDir(folder).filePath(QStringLiteral("kpm_data"))).isDir())
        folder = QDir(folder).filePath(QStringLiteral("kpm_data"));
    const QStringList splits = options.splits.isEmpty() ? QStringList{QStringLiteral("dev"), QStringLiteral("train")}
                                                        : options.splits;
    Collected result;
    QSet<QByteArray> documentIds;
    QSet<QByteArray> queryIds;
    QSet<QPair<QByteArray, QByteArray>> labelled;
    qint64 duplicates = 0;
    qint64 counter = 0;
    for (const QString& split : splits) {
        const QDir dir(folder);
        Table arguments(dir.filePath(QStringLiteral("arguments_%1.csv").arg(split)));
        while (arguments.next()) {
            checkCancelled(options.sink, ++counter);
            const QByteArray id = arguments.field(QStringLiteral("arg_id"));
            if (documentIds.contains(id))
                throw TareError::input(arguments.path(), arguments.line(),
                                       PaperDatasetConverter::tr("argument id '%1' appears twice").arg(QString::fromUtf8(id)));
            documentIds.insert(id);
            result.documents.append({id, {}, arguments.field(QStringLiteral("argument"))});
        }
        Table keyPoints(dir.filePath(QStringLiteral("key_points_%1.csv").arg(split)));
        while (keyPoints.next()) {
            const QByteArray id = keyPoints.field(QStringLiteral("key_point_id"));
            if (queryIds.contains(id))
                throw TareError::input(keyPoints.path(), keyPoints.line(),
                                       PaperDatasetConverter::tr("key point id '%1' appears twice").arg(QString::fromUtf8(id)));
            queryIds.insert(id);
            result.queries.append({id, keyPoints.field(QStringLiteral("key_point")), {}});
        }
        Table labels(dir.filePath(QStringLiteral("labels_%1.csv").arg(split)));
        while (labels.next()) {
            checkCancelled(options.sink, ++counter);
            const QByteArray argument = labels.field(QStringLiteral("arg_id"));
            const QByteArray keyPoint = labels.field(QStringLiteral("key_point_id"));
            if (!documentIds.contains(argument))
                throw TareError::input(labels.path(), labels.line(),
                                       PaperDatasetConverter::tr("no argument '%1' in the arguments file").arg(QString::fromUtf8(argument)));
            if (!queryIds.contains(keyPoint))
                throw TareError::input(labels.path(), labels.line(),
                                       PaperDatasetConverter::tr("no key point '%1' in the key points file").arg(QString::fromUtf8(keyPoint)));
            const int grade = labels.intField(QStringLiteral("label"));
            // The paper keeps the first label of a repeated pair (Series.duplicated(keep='first')).
            if (labelled.contains({keyPoint, argument})) {
                ++duplicates;
                continue;
            }
            labelled.insert({keyPoint, argument});
            result.labels.append({keyPoint, argument, grade});
        }
    }
    if (duplicates > 0)
        result.notes.append(PaperDatasetConverter::tr("%n repeated label row(s) left out (the first label of a pair counts)", nullptr,
                                          int(duplicates)));
    return result;
}

// Banking77: train and test concatenated; the intent name with "_" read as " " is the query.
Collected readBanking(const Converter::Options& options)
{
    if (options.inputs.isEmpty())
        throw TareError(TareError::Kind::Usage, PaperDatasetConverter::tr("banking77 needs its train.csv and test.csv (or JSON lines)"));
    IntentSets sets;
    qint64 counter = 0;
    for (const QString& path : options.inputs) {
        const QString base = QFileInfo(path).completeBaseName();
        const QString suffix = QFileInfo(path).suffix().toLower();
        qint64 row = 0;
        auto add = [&](const QByteArray& text, const QByteArray& intent, const QString& file, qint64 line) {
            if (intent.trimmed().isEmpty())
                throw TareError::input(file, line, PaperDatasetConverter::tr("empty intent"));
            // pandas groups by the intent name; the query text reads "_" as " ".
            sets.add(text, rowId(base, row), intent, QByteArray(intent).replace('_', ' '), intent);
            ++row;
        };
        if (suffix == u"jsonl" || suffix == u"json" || suffix == u"ndjson") {
            LineReader reader(path);
            while (reader.next()) {
                if (reader.line().trimmed().isEmpty())
                    continue;
                checkCancelled(options.sink, ++counter);
                const JsonRecord record(reader.line(), path, reader.lineNumber());
                const QByteArray intent = record.contains(QLatin1StringView("label_text"))
                    ? record.requiredString(QLatin1StringView("label_text"))
                    : record.requiredString(QLatin1StringView("category"));
                add(record.requiredString(QLatin1StringView("text")), intent, path, reader.lineNumber());
            }
        } else {
            Table table(path);
            const QString intentColumn = table.has(QStringLiteral("category")) ? QStringLiteral("category")
                                                                               : QStringLiteral("label_text");
            while (table.next()) {
                checkCancelled(options.sink, ++counter);
                add(table.field(QStringLiteral("text")), table.field(intentColumn), path, table.line());
            }
        }
    }
    return sets.collect();
}

// CLINC150: the "train" section of data_full.json; each intent's description (with "_" read as
// " ") is the query, "oos" is left out.
Collected readClinc(const Converter::Options& options)
{
    const QString path = options.inputs.value(0);
    requireFile(path);
    const QString section = options.splits.value(0, QStringLiteral("train"));
    QHash<QByteArray, QByteArray> descriptions;
    if (!options.descriptionsPath.isEmpty()) {
        Table table(options.descriptionsPath);
        while (table.next()) {
            const QByteArray description =
                PythonString::strip(QString::fromUtf8(table.field(QStringLiteral("intent_description")))).toUtf8();
            descriptions.insert(table.field(QStringLiteral("intent_name")), description);
        }
    }
    const QJsonDocument document = readJsonFile(path);
    if (!document.isObject() || !document.object().value(section).isArray())
        throw TareError::input(path, 0, PaperDatasetConverter::tr("no section \"%1\" (a list of [text, intent] pairs)").arg(section));
    const QJsonArray rows = document.object().value(section).toArray();
    IntentSets sets;
    qint64 row = 0;
    for (const QJsonValue& value : rows) {
        checkCancelled(options.sink, row + 1);
        const QJsonArray pair = value.toArray();
        if (pair.size() != 2 || !pair[0].isString() || !pair[1].isString())
            throw TareError::input(path, 0,
                                   PaperDatasetConverter::tr("entry %1 of \"%2\" is not a [text, intent] pair").arg(row).arg(section));
        const QByteArray text = pair[0].toString().toUtf8();
        const QByteArray intent = pair[1].toString().toUtf8();
        QByteArray mapped = intent;
        if (!options.descriptionsPath.isEmpty()) {
            const auto found = descriptions.constFind(intent);
            if (found == descriptions.constEnd())
                throw TareError::input(options.descriptionsPath, 0,
                                       PaperDatasetConverter::tr("intent '%1' has no description").arg(QString::fromUtf8(intent)));
            mapped = *found;
        }
        const qint64 thisRow = row++;
        if (mapped == "oos")
            continue;
        // The paper replaces "_" before it groups: the replaced description is key and text.
        mapped.replace('_', ' ');
        sets.add(text, rowId(section, thisRow), mapped, mapped, intent);
    }
    Collected result = sets.collect();
    if (options.descriptionsPath.isEmpty())
        result.notes.append(PaperDatasetConverter::tr("no intent description table: the queries are the intent names, not the "
                                          "paper's descriptions"));
    return result;
}

QList<Label> readQrelsTsv(const QString& path, const ProgressSink& sink)
{
    requireFile(path);
    QList<Label> labels;
    LineReader reader(path);
    qint64 counter = 0;
    while (reader.next()) {
        const QByteArray line = reader.line().toByteArray();
        if (line.trimmed().isEmpty())
            continue;
        checkCancelled(sink, ++counter);
        const QList<QByteArray> fields = line.split('\t');
        if (reader.lineNumber() == 1 && fields.value(0).trimmed() == "query-id")
            continue;
        if (fields.size() < 3)
            throw TareError::input(path, reader.lineNumber(), PaperDatasetConverter::tr("expected query-id, corpus-id and score"));
        bool ok = false;
        const double score = fields[2].trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(score))
            throw TareError::input(path, reader.lineNumber(), PaperDatasetConverter::tr("the score is not a number"));
        labels.append({fields[0].trimmed(), fields[1].trimmed(), int(std::lround(score))});
    }
    return labels;
}

QList<Label> readQrelsJson(const QString& path, const ProgressSink& sink)
{
    QList<Label> labels;
    forEachJsonLine(path, sink, [&](const JsonRecord& record) {
        const QJsonValue score = record.object().value(QStringLiteral("score"));
        if (!score.isDouble())
            record.fail(PaperDatasetConverter::tr("field \"score\" must be a number"));
        labels.append({record.requiredId(QLatin1StringView("query-id")), record.requiredId(QLatin1StringView("corpus-id")),
                       int(std::lround(score.toDouble()))});
    });
    return labels;
}

// NFCorpus (any BEIR folder): the queries that have qrels rows, as BEIR's GenericDataLoader keeps them.
Collected readBeir(const Converter::Options& options)
{
    const QString folder = options.inputs.value(0);
    requireFolder(folder);
    const QDir dir(folder);
    Collected result;
    QSet<QByteArray> documentIds;
    forEachJsonLine(dir.filePath(QStringLiteral("corpus.jsonl")), options.sink, [&](const JsonRecord& record) {
        const QByteArray id = record.requiredId(QLatin1StringView("_id"));
        if (documentIds.contains(id))
            record.fail(PaperDatasetConverter::tr("duplicate document id '%1'").arg(QString::fromUtf8(id)));
        documentIds.insert(id);
        result.documents.append({id, record.optionalString(QLatin1StringView("title")),
                                 record.optionalString(QLatin1StringView("text"))});
    });
    const QList<Label> qrels = readQrelsTsv(BeirImporter::qrelsPath(folder, options.splits.value(0, QStringLiteral("test"))),
                                            options.sink);
    QSet<QByteArray> judgedQueries;
    for (const Label& label : qrels)
        judgedQueries.insert(label.queryId);
    QSet<QByteArray> queryIds;
    qint64 unjudged = 0;
    forEachJsonLine(dir.filePath(QStringLiteral("queries.jsonl")), options.sink, [&](const JsonRecord& record) {
        const QByteArray id = record.requiredId(QLatin1StringView("_id"));
        if (!judgedQueries.contains(id)) {
            ++unjudged;
            return;
        }
        queryIds.insert(id);
        result.queries.append({id, record.requiredString(QLatin1StringView("text")),
                               record.optionalString(QLatin1StringView("instruction"))});
    });
    qint64 dangling = 0;
    QSet<QPair<QByteArray, QByteArray>> seen;
    for (const Label& label : qrels) {
        if (!queryIds.contains(label.queryId) || !documentIds.contains(label.documentId)) {
            ++dangling;
            continue;
        }
        if (seen.contains({label.queryId, label.documentId}))
            continue; // BEIR's loader keeps the last score of a repeated pair
        seen.insert({label.queryId, label.documentId});
        result.labels.append(label);
    }
    // A repeated pair: the last row wins, as the dict BEIR's loader fills.
    QHash<QPair<QByteArray, QByteArray>, int> lastGrade;
    for (const Label& label : qrels)
        lastGrade.insert({label.queryId, label.documentId}, label.grade);
    for (Label& label : result.labels)
        label.grade = lastGrade.value({label.queryId, label.documentId});
    if (unjudged > 0)
        result.notes.append(PaperDatasetConverter::tr("%n query(ies) without qrels rows left out", nullptr, int(unjudged)));
    if (dangling > 0)
        result.notes.append(PaperDatasetConverter::tr("%n qrels row(s) naming no query or document left out", nullptr, int(dangling)));
    return result;
}

// FollowIR: Core17, Robust04 and News21 in the MTEB layout; queries keep their instructions, each
// query ranks only its judged documents.
Collected readFollowIr(const Converter::Options& options)
{
    if (options.inputs.isEmpty())
        throw TareError(TareError::Kind::Usage, PaperDatasetConverter::tr("followir needs one folder per task (MTEB layout)"));
    Collected result;
    for (const QString& folder : options.inputs) {
        requireFolder(folder);
        const QDir dir(folder);
        const QByteArray prefix = options.inputs.size() > 1 ? QFileInfo(folder).fileName().toUtf8() + '/' : QByteArray();
        auto firstExisting = [&](const QStringList& names) {
            for (const QString& name : names) {
                if (QFileInfo(dir.filePath(name)).isFile())
                    return dir.filePath(name);
            }
            throw TareError(TareError::Kind::Io,
                            PaperDatasetConverter::tr("%1: none of %2 (the MTEB layout as JSON lines)").arg(folder, names.join(u", ")));
        };

        QHash<QByteArray, qsizetype> instructionIndex;
        QList<Query> queries;
        forEachJsonLine(firstExisting({QStringLiteral("queries.jsonl"), QStringLiteral("queries/queries.jsonl")}),
                        options.sink, [&](const JsonRecord& record) {
                            const QByteArray id = recordId(record);
                            if (instructionIndex.contains(id))
                                record.fail(PaperDatasetConverter::tr("duplicate query id '%1'").arg(QString::fromUtf8(id)));
                            instructionIndex.insert(id, queries.size());
                            queries.append({id, record.requiredString(QLatin1StringView("text")),
                                            record.optionalString(QLatin1StringView("instruction"))});
                        });
        for (const QString& name : {QStringLiteral("instruction.jsonl"), QStringLiteral("instruction/instruction.jsonl")}) {
            if (!QFileInfo(dir.filePath(name)).isFile())
                continue;
            forEachJsonLine(dir.filePath(name), options.sink, [&](const JsonRecord& record) {
                const QByteArray id = record.requiredId(QLatin1StringView("query-id"));
                const auto index = instructionIndex.constFind(id);
                if (index == instructionIndex.constEnd())
                    record.fail(PaperDatasetConverter::tr("instruction for unknown query '%1'").arg(QString::fromUtf8(id)));
                queries[*index].instruction = record.requiredString(QLatin1StringView("instruction"));
            });
            break;
        }

        QString qrelsPath;
        for (const QString& name : {QStringLiteral("qrels/test.jsonl"), QStringLiteral("qrels.jsonl"),
                                    QStringLiteral("default/test.jsonl"), QStringLiteral("qrels/test.tsv")}) {
            if (QFileInfo(dir.filePath(name)).isFile()) {
                qrelsPath = dir.filePath(name);
                break;
            }
        }
        if (qrelsPath.isEmpty())
            throw TareError(TareError::Kind::Io, PaperDatasetConverter::tr("%1: no qrels (qrels/test.jsonl, qrels.jsonl, "
                                                               "default/test.jsonl or qrels/test.tsv)")
                                                     .arg(folder));
        const QList<Label> qrels = qrelsPath.endsWith(u".tsv") ? readQrelsTsv(qrelsPath, options.sink)
                                                               : readQrelsJson(qrelsPath, options.sink);
        QSet<QByteArray> judgedDocuments;
        QSet<QByteArray> judgedQueries;
        for (const Label& label : qrels) {
            judgedDocuments.insert(label.documentId);
            judgedQueries.insert(label.queryId);
        }

        QSet<QByteArray> documentIds;
        qint64 unjudgedDocuments = 0;
        forEachJsonLine(firstExisting({QStringLiteral("corpus.jsonl"), QStringLiteral("corpus/corpus.jsonl")}),
                        options.sink, [&](const JsonRecord& record) {
                            const QByteArray id = recordId(record);
                            if (documentIds.contains(id))
                                record.fail(PaperDatasetConverter::tr("duplicate document id '%1'").arg(QString::fromUtf8(id)));
                            documentIds.insert(id);
                            if (!judgedDocuments.contains(id)) {
                                ++unjudgedDocuments;
                                return;
                            }
                            result.documents.append({prefix + id, record.optionalString(QLatin1StringView("title")),
                                                     record.optionalString(QLatin1StringView("text"))});
                        });
        for (const Query& query : queries) {
            if (judgedQueries.contains(query.id))
                result.queries.append({prefix + query.id, query.text, query.instruction});
        }
        qint64 dangling = 0;
        QSet<QPair<QByteArray, QByteArray>> seen;
        for (const Label& label : qrels) {
            if (!instructionIndex.contains(label.queryId) || !documentIds.contains(label.documentId)) {
                ++dangling;
                continue;
            }
            if (seen.contains({label.queryId, label.documentId}))
                continue;
            seen.insert({label.queryId, label.documentId});
            result.labels.append({prefix + label.queryId, prefix + label.documentId, label.grade});
        }
        const QString task = QFileInfo(folder).fileName();
        if (unjudgedDocuments > 0)
            result.notes.append(PaperDatasetConverter::tr("%1: %n document(s) no query judged left out", nullptr, int(unjudgedDocuments))
                                    .arg(task));
        if (dangling > 0)
            result.notes.append(PaperDatasetConverter::tr("%1: %n qrels row(s) naming no query or document left out", nullptr,
                                              int(dangling))
                                    .arg(task));
    }
    return result;
}

QString jsonString(const QJsonObject& object, const QString& key, const QString& path)
{
    const QJsonValue value = object.value(key);
    if (!value.isString())
        throw TareError::input(path, 0, PaperDatasetConverter::tr("field \"%1\" missing or not a string").arg(key));
    return value.toString();
}

/// The writer's input for the corpus cap: ids, and the relevant ones.
struct CapInput
{
    QList<QByteArray> ids;
    QSet<QByteArray> relevant;
};

} // namespace

namespace {

void writeCollected(const Collected& collected, qint64 limit, qint64 seed, const QString& outputFolder,
                    Converter::Report& report)
{
    QList<QByteArray> ids;
    ids.reserve(collected.documents.size());
    for (const Document& document : collected.documents)
        ids.append(document.id);
    QSet<QByteArray> relevant;
    for (const Label& label : collected.labels) {
        if (label.grade > 0)
            relevant.insert(label.documentId);
    }
    const QSet<QByteArray> kept = CorpusSampler::select(ids, relevant, limit, seed);

    BeirFolderWriter writer(outputFolder);
    for (const Document& document : collected.documents) {
        if (kept.contains(document.id))
            writer.addDocument(document.id, document.title, document.text);
    }
    for (const Query& query : collected.queries)
        writer.addQuery(query.id, query.text, query.instruction);
    for (const Label& label : collected.labels) {
        if (!kept.contains(label.documentId))
            continue;
        writer.addLabel(label.queryId, label.documentId, label.grade);
        if (label.grade > 0)
            ++report.positiveLabels;
    }
    writer.commit();
    report.documents = writer.documents();
    report.queries = writer.queries();
    report.labels = writer.labels();
    report.sampledOut = collected.documents.size() - kept.size();
    report.notes = collected.notes;
}

// RealScholarQuery: abstracts of the PaSa paper database (each paper's arXiv id found through
// id2paper.json by its title), the test questions with their answer_arxiv_id lists. Streams the
// papers twice (ids first, then the kept ones), so memory stays small for 570k papers.
void convertRealScholarQuery(const Converter::Options& options, qint64 limit, const QString& outputFolder,
                             Converter::Report& report)
{
    const QString folder = options.inputs.value(0);
    requireFolder(folder);
    const QDir dir(folder);
    const QString split = options.splits.value(0, QStringLiteral("test"));
    const QString questionsPath = dir.filePath(QStringLiteral("RealScholarQuery/%1.jsonl").arg(split));
    const QString idsPath = dir.filePath(QStringLiteral("paper_database/id2paper.json"));
    const QDir database(dir.filePath(QStringLiteral("paper_database")));
    requireFile(questionsPath);
    requireFile(idsPath);

    const QJsonDocument idsDocument = readJsonFile(idsPath);
    if (!idsDocument.isObject())
        throw TareError::input(idsPath, 0, PaperDatasetConverter::tr("expected an object of arXiv id: title"));
    QHash<QString, QByteArray> idByTitle; // the paper inverts the map: the last id of a title wins
    const QJsonObject idMap = idsDocument.object();
    for (auto it = idMap.begin(); it != idMap.end(); ++it)
        idByTitle.insert(it.value().toString(), it.key().toUtf8());

    QStringList paperFiles;
    QDirIterator files(database.path(), {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        if (QFileInfo(path).fileName() != u"id2paper.json")
            paperFiles.append(path);
    }
    if (paperFiles.isEmpty()) {
        if (QFileInfo::exists(database.filePath(QStringLiteral("cs_paper_2nd.zip"))))
            throw TareError(TareError::Kind::Usage, PaperDatasetConverter::tr("%1 holds cs_paper_2nd.zip but no paper files: unzip it "
                                                                  "there first (unzip -d %1 %1/cs_paper_2nd.zip)")
                                                        .arg(database.path()));
        throw TareError(TareError::Kind::Io, PaperDatasetConverter::tr("%1: no paper files (*.json)").arg(database.path()));
    }
    paperFiles.sort();

    std::map<QByteArray, QString, decltype(&utf8Less)> fileById(&utf8Less);
    qint64 untitled = 0;
    qint64 counter = 0;
    for (const QString& path : paperFiles) {
        checkCancelled(options.sink, ++counter);
        const QJsonDocument paper = readJsonFile(path);
        const QString title = jsonString(paper.object(), QStringLiteral("title"), path);
        const auto id = idByTitle.constFind(title);
        if (id == idByTitle.constEnd()) {
            ++untitled;
            continue;
        }
        fileById[*id] = path; // a later file of the same id replaces an earlier one, as the paper's dict does
    }

    Collected questions;
    qint64 line = 0;
    forEachJsonLine(questionsPath, options.sink, [&](const JsonRecord& record) {
        const QByteArray id = record.contains(QLatin1StringView("qid")) ? record.requiredId(QLatin1StringView("qid"))
                                                                        : "q" + QByteArray::number(line).rightJustified(4, '0');
        ++line;
        questions.queries.append({id, record.requiredString(QLatin1StringView("question")), {}});
        const QJsonValue answers = record.object().value(QStringLiteral("answer_arxiv_id"));
        if (!answers.isArray())
            record.fail(PaperDatasetConverter::tr("field \"answer_arxiv_id\" must be a list"));
        QSet<QByteArray> seen;
        for (const QJsonValue& answer : answers.toArray()) {
            const QByteArray documentId = answer.toString().toUtf8();
            if (fileById.find(documentId) == fileById.end() || seen.contains(documentId))
                continue;
            seen.insert(documentId);
            questions.labels.append({id, documentId, 1});
        }
    });

    CapInput cap;
    for (const auto& [id, path] : fileById)
        cap.ids.append(id);
    for (const Label& label : questions.labels)
        cap.relevant.insert(label.documentId);
    const QSet<QByteArray> kept = CorpusSampler::select(cap.ids, cap.relevant, limit, options.seed);

    BeirFolderWriter writer(outputFolder);
    for (const auto& [id, path] : fileById) {
        if (!kept.contains(id))
            continue;
        checkCancelled(options.sink, ++counter);
        const QJsonObject paper = readJsonFile(path).object();
        writer.addDocument(id, jsonString(paper, QStringLiteral("title"), path).toUtf8(),
                           jsonString(paper, QStringLiteral("abstract"), path).toUtf8());
    }
    for (const Query& query : questions.queries)
        writer.addQuery(query.id, query.text);
    for (const Label& label : questions.labels) {
        writer.addLabel(label.queryId, label.documentId, label.grade);
        ++report.positiveLabels;
    }
    writer.commit();
    report.documents = writer.documents();
    report.queries = writer.queries();
    report.labels = writer.labels();
    report.sampledOut = qint64(fileById.size()) - kept.size();
    if (untitled > 0)
        report.notes.append(PaperDatasetConverter::tr("%n paper(s) whose title id2paper.json does not list left out", nullptr,
                                          int(untitled)));
}

} // namespace

PaperDatasetConverter::Report PaperDatasetConverter::convert(const QString& datasetKey, const Options& options,
                                                             const QString& outputFolder)
{
    const std::optional<PaperDatasetPreset> preset = PaperDatasets::find(datasetKey);
    if (!preset)
        throw TareError(TareError::Kind::Usage, tr("unknown dataset '%1' (one of %2)")
                                                    .arg(datasetKey, PaperDatasets::keys().join(QStringLiteral(", "))));
    if (options.inputs.isEmpty())
        throw TareError(TareError::Kind::Usage, tr("%1: no input given (%2)").arg(preset->displayName, preset->sourceFormat));
    const qint64 limit = options.corpusLimit < 0 ? preset->corpusLimit : options.corpusLimit;
    Report report;
    if (preset->key == u"realscholarquery") {
        convertRealScholarQuery(options, limit, outputFolder, report);
        return report;
    }
    Collected collected;
    if (preset->key == u"argkp21")
        collected = readArgKp(options);
    else if (preset->key == u"banking77")
        collected = readBanking(options);
    else if (preset->key == u"clinc150")
        collected = readClinc(options);
    else if (preset->key == u"nfcorpus")
        collected = readBeir(options);
    else
        collected = readFollowIr(options);
    if (collected.documents.isEmpty())
        throw TareError(TareError::Kind::Input, tr("%1: the input holds no documents").arg(preset->displayName));
    writeCollected(collected, limit, options.seed, outputFolder, report);
    return report;
}

} // namespace tare
