// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/io/paperdatasetreader.h"

#include "core/io/beirimporter.h"
#include "core/io/csvtable.h"
#include "core/io/jsonrecord.h"
#include "core/io/linereader.h"
#include "core/io/paperdatasetfiles.h"
#include "core/util/pythonstring.h"
#include "core/util/tareerror.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace tare {

namespace {

using Files = PaperDatasetFiles;
using Document = PaperDatasetReader::Document;
using Query = PaperDatasetReader::Query;
using Label = PaperDatasetReader::Label;
using Collected = PaperDatasetReader::Collected;

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
        std::sort(keys.begin(), keys.end(), Files::utf8Less);
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

QList<Label> readQrelsTsv(const QString& path, const ProgressSink& sink)
{
    Files::requireFile(path);
    QList<Label> labels;
    LineReader reader(path);
    qint64 counter = 0;
    while (reader.next()) {
        const QByteArray line = reader.line().toByteArray();
        if (line.trimmed().isEmpty())
            continue;
        Files::checkCancelled(sink, ++counter);
        const QList<QByteArray> fields = line.split('\t');
        if (reader.lineNumber() == 1 && fields.value(0).trimmed() == "query-id")
            continue;
        if (fields.size() < 3)
            throw TareError::input(path, reader.lineNumber(),
                                   PaperDatasetReader::tr("expected query-id, corpus-id and score"));
        bool ok = false;
        const double score = fields[2].trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(score))
            throw TareError::input(path, reader.lineNumber(), PaperDatasetReader::tr("the score is not a number"));
        labels.append({fields[0].trimmed(), fields[1].trimmed(), int(std::lround(score))});
    }
    return labels;
}

QList<Label> readQrelsJson(const QString& path, const ProgressSink& sink)
{
    QList<Label> labels;
    Files::forEachJsonLine(path, sink, [&](const JsonRecord& record) {
        const QJsonValue score = record.object().value(QStringLiteral("score"));
        if (!score.isDouble())
            record.fail(PaperDatasetReader::tr("field \"score\" must be a number"));
        labels.append({record.requiredId(QLatin1StringView("query-id")), record.requiredId(QLatin1StringView("corpus-id")),
                       int(std::lround(score.toDouble()))});
    });
    return labels;
}

} // namespace

// ArgKP-21: every key point a query, its pool the arguments labelled for it (1 or 0).
PaperDatasetReader::Collected PaperDatasetReader::argKp(const PaperDatasetConverter::Options& options)
{
    QString folder = options.inputs.value(0);
    Files::requireFolder(folder);
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
        CsvTable arguments(dir.filePath(QStringLiteral("arguments_%1.csv").arg(split)));
        while (arguments.next()) {
            Files::checkCancelled(options.sink, ++counter);
            const QByteArray id = arguments.field(QStringLiteral("arg_id"));
            if (documentIds.contains(id))
                throw TareError::input(arguments.path(), arguments.line(),
                                       tr("argument id '%1' appears twice").arg(QString::fromUtf8(id)));
            documentIds.insert(id);
            result.documents.append({id, {}, arguments.field(QStringLiteral("argument"))});
        }
        CsvTable keyPoints(dir.filePath(QStringLiteral("key_points_%1.csv").arg(split)));
        while (keyPoints.next()) {
            const QByteArray id = keyPoints.field(QStringLiteral("key_point_id"));
            if (queryIds.contains(id))
                throw TareError::input(keyPoints.path(), keyPoints.line(),
                                       tr("key point id '%1' appears twice").arg(QString::fromUtf8(id)));
            queryIds.insert(id);
            result.queries.append({id, keyPoints.field(QStringLiteral("key_point")), {}});
        }
        CsvTable labels(dir.filePath(QStringLiteral("labels_%1.csv").arg(split)));
        while (labels.next()) {
            Files::checkCancelled(options.sink, ++counter);
            const QByteArray argument = labels.field(QStringLiteral("arg_id"));
            const QByteArray keyPoint = labels.field(QStringLiteral("key_point_id"));
            if (!documentIds.contains(argument))
                throw TareError::input(labels.path(), labels.line(),
                                       tr("no argument '%1' in the arguments file").arg(QString::fromUtf8(argument)));
            if (!queryIds.contains(keyPoint))
                throw TareError::input(labels.path(), labels.line(),
                                       tr("no key point '%1' in the key points file").arg(QString::fromUtf8(keyPoint)));
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
        result.notes.append(tr("%n repeated label row(s) left out (the first label of a pair counts)", nullptr,
                                          int(duplicates)));
    return result;
}

// Banking77: train and test concatenated; the intent name with "_" read as " " is the query.
PaperDatasetReader::Collected PaperDatasetReader::banking77(const PaperDatasetConverter::Options& options)
{
    if (options.inputs.isEmpty())
        throw TareError(TareError::Kind::Usage, tr("banking77 needs its train.csv and test.csv (or JSON lines)"));
    IntentSets sets;
    qint64 counter = 0;
    for (const QString& path : options.inputs) {
        const QString base = QFileInfo(path).completeBaseName();
        const QString suffix = QFileInfo(path).suffix().toLower();
        qint64 row = 0;
        auto add = [&](const QByteArray& text, const QByteArray& intent, const QString& file, qint64 line) {
            if (intent.trimmed().isEmpty())
                throw TareError::input(file, line, tr("empty intent"));
            // pandas groups by the intent name; the query text reads "_" as " ".
            sets.add(text, rowId(base, row), intent, QByteArray(intent).replace('_', ' '), intent);
            ++row;
        };
        if (suffix == u"jsonl" || suffix == u"json" || suffix == u"ndjson") {
            LineReader reader(path);
            while (reader.next()) {
                if (reader.line().trimmed().isEmpty())
                    continue;
                Files::checkCancelled(options.sink, ++counter);
                const JsonRecord record(reader.line(), path, reader.lineNumber());
                const QByteArray intent = record.contains(QLatin1StringView("label_text"))
                    ? record.requiredString(QLatin1StringView("label_text"))
                    : record.requiredString(QLatin1StringView("category"));
                add(record.requiredString(QLatin1StringView("text")), intent, path, reader.lineNumber());
            }
        } else {
            CsvTable table(path);
            const QString intentColumn = table.has(QStringLiteral("category")) ? QStringLiteral("category")
                                                                               : QStringLiteral("label_text");
            while (table.next()) {
                Files::checkCancelled(options.sink, ++counter);
                add(table.field(QStringLiteral("text")), table.field(intentColumn), path, table.line());
            }
        }
    }
    return sets.collect();
}

// CLINC150: the "train" section of data_full.json; each intent's description (with "_" read as
// " ") is the query, "oos" is left out.
PaperDatasetReader::Collected PaperDatasetReader::clinc150(const PaperDatasetConverter::Options& options)
{
    const QString path = options.inputs.value(0);
    Files::requireFile(path);
    const QString section = options.splits.value(0, QStringLiteral("train"));
    QHash<QByteArray, QByteArray> descriptions;
    if (!options.descriptionsPath.isEmpty()) {
        CsvTable table(options.descriptionsPath);
        while (table.next()) {
            const QByteArray description =
                PythonString::strip(QString::fromUtf8(table.field(QStringLiteral("intent_description")))).toUtf8();
            descriptions.insert(table.field(QStringLiteral("intent_name")), description);
        }
    }
    const QJsonDocument document = Files::readJsonFile(path);
    if (!document.isObject() || !document.object().value(section).isArray())
        throw TareError::input(path, 0, tr("no section \"%1\" (a list of [text, intent] pairs)").arg(section));
    const QJsonArray rows = document.object().value(section).toArray();
    IntentSets sets;
    qint64 row = 0;
    for (const QJsonValue& value : rows) {
        Files::checkCancelled(options.sink, row + 1);
        const QJsonArray pair = value.toArray();
        if (pair.size() != 2 || !pair[0].isString() || !pair[1].isString())
            throw TareError::input(path, 0,
                                   tr("entry %1 of \"%2\" is not a [text, intent] pair").arg(row).arg(section));
        const QByteArray text = pair[0].toString().toUtf8();
        const QByteArray intent = pair[1].toString().toUtf8();
        QByteArray mapped = intent;
        if (!options.descriptionsPath.isEmpty()) {
            const auto found = descriptions.constFind(intent);
            if (found == descriptions.constEnd())
                throw TareError::input(options.descriptionsPath, 0,
                                       tr("intent '%1' has no description").arg(QString::fromUtf8(intent)));
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
        result.notes.append(tr("no intent description table: the queries are the intent names, not the "
                                          "paper's descriptions"));
    return result;
}

// NFCorpus (any BEIR folder): the queries that have qrels rows, as BEIR's GenericDataLoader keeps them.
PaperDatasetReader::Collected PaperDatasetReader::beir(const PaperDatasetConverter::Options& options)
{
    const QString folder = options.inputs.value(0);
    Files::requireFolder(folder);
    const QDir dir(folder);
    Collected result;
    QSet<QByteArray> documentIds;
    Files::forEachJsonLine(dir.filePath(QStringLiteral("corpus.jsonl")), options.sink, [&](const JsonRecord& record) {
        const QByteArray id = record.requiredId(QLatin1StringView("_id"));
        if (documentIds.contains(id))
            record.fail(tr("duplicate document id '%1'").arg(QString::fromUtf8(id)));
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
    Files::forEachJsonLine(dir.filePath(QStringLiteral("queries.jsonl")), options.sink, [&](const JsonRecord& record) {
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
        result.notes.append(tr("%n query(ies) without qrels rows left out", nullptr, int(unjudged)));
    if (dangling > 0)
        result.notes.append(tr("%n qrels row(s) naming no query or document left out", nullptr, int(dangling)));
    return result;
}

// FollowIR: Core17, Robust04 and News21 in the MTEB layout; queries keep their instructions, each
// query ranks only its judged documents.
PaperDatasetReader::Collected PaperDatasetReader::followIr(const PaperDatasetConverter::Options& options)
{
    if (options.inputs.isEmpty())
        throw TareError(TareError::Kind::Usage, tr("followir needs one folder per task (MTEB layout)"));
    Collected result;
    for (const QString& folder : options.inputs) {
        Files::requireFolder(folder);
        const QDir dir(folder);
        const QByteArray prefix = options.inputs.size() > 1 ? QFileInfo(folder).fileName().toUtf8() + '/' : QByteArray();
        auto firstExisting = [&](const QStringList& names) {
            for (const QString& name : names) {
                if (QFileInfo(dir.filePath(name)).isFile())
                    return dir.filePath(name);
            }
            throw TareError(TareError::Kind::Io,
                            tr("%1: none of %2 (the MTEB layout as JSON lines)").arg(folder, names.join(u", ")));
        };

        QHash<QByteArray, qsizetype> instructionIndex;
        QList<Query> queries;
        Files::forEachJsonLine(firstExisting({QStringLiteral("queries.jsonl"), QStringLiteral("queries/queries.jsonl")}),
                        options.sink, [&](const JsonRecord& record) {
                            const QByteArray id = recordId(record);
                            if (instructionIndex.contains(id))
                                record.fail(tr("duplicate query id '%1'").arg(QString::fromUtf8(id)));
                            instructionIndex.insert(id, queries.size());
                            queries.append({id, record.requiredString(QLatin1StringView("text")),
                                            record.optionalString(QLatin1StringView("instruction"))});
                        });
        for (const QString& name : {QStringLiteral("instruction.jsonl"), QStringLiteral("instruction/instruction.jsonl")}) {
            if (!QFileInfo(dir.filePath(name)).isFile())
                continue;
            Files::forEachJsonLine(dir.filePath(name), options.sink, [&](const JsonRecord& record) {
                const QByteArray id = record.requiredId(QLatin1StringView("query-id"));
                const auto index = instructionIndex.constFind(id);
                if (index == instructionIndex.constEnd())
                    record.fail(tr("instruction for unknown query '%1'").arg(QString::fromUtf8(id)));
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
            throw TareError(TareError::Kind::Io, tr("%1: no qrels (qrels/test.jsonl, qrels.jsonl, "
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
        Files::forEachJsonLine(firstExisting({QStringLiteral("corpus.jsonl"), QStringLiteral("corpus/corpus.jsonl")}),
                        options.sink, [&](const JsonRecord& record) {
                            const QByteArray id = recordId(record);
                            if (documentIds.contains(id))
                                record.fail(tr("duplicate document id '%1'").arg(QString::fromUtf8(id)));
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
            result.notes.append(tr("%1: %n document(s) no query judged left out", nullptr, int(unjudgedDocuments))
                                    .arg(task));
        if (dangling > 0)
            result.notes.append(tr("%1: %n qrels row(s) naming no query or document left out", nullptr,
                                              int(dangling))
                                    .arg(task));
    }
    return result;
}

} // namespace tare
