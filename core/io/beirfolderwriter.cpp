// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/io/beirfolderwriter.h"

#include "core/util/tareerror.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace tare {

namespace {

std::unique_ptr<QSaveFile> openFile(const QString& path)
{
    auto file = std::make_unique<QSaveFile>(path);
    if (!file->open(QIODevice::WriteOnly))
        throw TareError(TareError::Kind::Io,
                        BeirFolderWriter::tr("%1: cannot be written (%2)").arg(path, file->errorString()));
    return file;
}

QByteArray jsonLine(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

BeirFolderWriter::BeirFolderWriter(const QString& folder, const QString& split)
    : m_folder(folder)
{
    if (!QDir().mkpath(QDir(folder).filePath(QStringLiteral("qrels"))))
        throw TareError(TareError::Kind::Io, tr("%1: the folder cannot be created").arg(folder));
    const QDir dir(folder);
    m_corpus = openFile(dir.filePath(QStringLiteral("corpus.jsonl")));
    m_queriesFile = openFile(dir.filePath(QStringLiteral("queries.jsonl")));
    m_qrels = openFile(dir.filePath(QStringLiteral("qrels/%1.tsv").arg(split)));
    write(*m_qrels, QByteArrayLiteral("query-id\tcorpus-id\tscore\n"));
}

BeirFolderWriter::~BeirFolderWriter() = default;

void BeirFolderWriter::write(QSaveFile& file, const QByteArray& bytes)
{
    if (file.write(bytes) != bytes.size())
        throw TareError(TareError::Kind::Io, tr("%1: write failed (%2)").arg(file.fileName(), file.errorString()));
}

void BeirFolderWriter::addDocument(const QByteArray& id, const QByteArray& title, const QByteArray& text)
{
    write(*m_corpus, jsonLine(QJsonObject{{QStringLiteral("_id"), QString::fromUtf8(id)},
                                          {QStringLiteral("title"), QString::fromUtf8(title)},
                                          {QStringLiteral("text"), QString::fromUtf8(text)}}));
    ++m_documents;
}

void BeirFolderWriter::addQuery(const QByteArray& id, const QByteArray& text, const QByteArray& instruction)
{
    QJsonObject object{{QStringLiteral("_id"), QString::fromUtf8(id)}, {QStringLiteral("text"), QString::fromUtf8(text)}};
    if (!instruction.isEmpty())
        object.insert(QStringLiteral("instruction"), QString::fromUtf8(instruction));
    write(*m_queriesFile, jsonLine(object));
    ++m_queries;
}

void BeirFolderWriter::addLabel(const QByteArray& queryId, const QByteArray& documentId, int grade)
{
    // Ids with a tab or a line break would break the TSV; the converters never produce them.
    if (queryId.contains('\t') || queryId.contains('\n') || documentId.contains('\t') || documentId.contains('\n'))
        throw TareError(TareError::Kind::Input,
                        tr("the id '%1' or '%2' holds a tab or a line break; qrels cannot carry it")
                            .arg(QString::fromUtf8(queryId), QString::fromUtf8(documentId)));
    write(*m_qrels, queryId + '\t' + documentId + '\t' + QByteArray::number(grade) + '\n');
    ++m_labels;
}

void BeirFolderWriter::commit()
{
    for (QSaveFile* file : {m_corpus.get(), m_queriesFile.get(), m_qrels.get()}) {
        if (!file->commit())
            throw TareError(TareError::Kind::Io, tr("%1: cannot be saved (%2)").arg(file->fileName(), file->errorString()));
    }
}

} // namespace tare
