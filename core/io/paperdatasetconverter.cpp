// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/io/paperdatasetconverter.h"

#include "core/io/beirfolderwriter.h"
#include "core/io/corpussampler.h"
#include "core/io/jsonrecord.h"
#include "core/io/paperdatasetfiles.h"
#include "core/io/paperdatasetreader.h"
#include "core/io/paperdatasets.h"
#include "core/util/tareerror.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <map>

namespace tare {

namespace {

using Converter = PaperDatasetConverter;
using Files = PaperDatasetFiles;
using Collected = PaperDatasetReader::Collected;
using Document = PaperDatasetReader::Document;
using Query = PaperDatasetReader::Query;
using Label = PaperDatasetReader::Label;

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
    Files::requireFolder(folder);
    const QDir dir(folder);
    const QString split = options.splits.value(0, QStringLiteral("test"));
    const QString questionsPath = dir.filePath(QStringLiteral("RealScholarQuery/%1.jsonl").arg(split));
    const QString idsPath = dir.filePath(QStringLiteral("paper_database/id2paper.json"));
    const QDir database(dir.filePath(QStringLiteral("paper_database")));
    Files::requireFile(questionsPath);
    Files::requireFile(idsPath);

    const QJsonDocument idsDocument = Files::readJsonFile(idsPath);
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

    std::map<QByteArray, QString, decltype(&Files::utf8Less)> fileById(&Files::utf8Less);
    qint64 untitled = 0;
    qint64 counter = 0;
    for (const QString& path : paperFiles) {
        Files::checkCancelled(options.sink, ++counter);
        const QJsonDocument paper = Files::readJsonFile(path);
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
    Files::forEachJsonLine(questionsPath, options.sink, [&](const JsonRecord& record) {
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
        Files::checkCancelled(options.sink, ++counter);
        const QJsonObject paper = Files::readJsonFile(path).object();
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
        collected = PaperDatasetReader::argKp(options);
    else if (preset->key == u"banking77")
        collected = PaperDatasetReader::banking77(options);
    else if (preset->key == u"clinc150")
        collected = PaperDatasetReader::clinc150(options);
    else if (preset->key == u"nfcorpus")
        collected = PaperDatasetReader::beir(options);
    else
        collected = PaperDatasetReader::followIr(options);
    if (collected.documents.isEmpty())
        throw TareError(TareError::Kind::Input, tr("%1: the input holds no documents").arg(preset->displayName));
    writeCollected(collected, limit, options.seed, outputFolder, report);
    return report;
}

} // namespace tare
