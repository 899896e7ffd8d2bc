// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

class QSaveFile;

namespace tare {

/// Writes a BEIR folder (corpus.jsonl, queries.jsonl, qrels/<split>.tsv with its header) from
/// records handed to it one by one, in the order given. The three files are written to temporary
/// files and replace the final ones only in commit(), so a failed or abandoned conversion leaves no
/// half-written folder behind. Strings are UTF-8 and written as JSON strings, unchanged. Use from
/// one thread.
class BeirFolderWriter
{
    Q_DECLARE_TR_FUNCTIONS(tare::BeirFolderWriter)

public:
    /// Creates the folder (and qrels/) when missing; throws TareError(Io) when it cannot.
    explicit BeirFolderWriter(const QString& folder, const QString& split = QStringLiteral("test"));
    ~BeirFolderWriter();
    BeirFolderWriter(const BeirFolderWriter&) = delete;
    BeirFolderWriter& operator=(const BeirFolderWriter&) = delete;

    /// {"_id", "title", "text"}.
    void addDocument(const QByteArray& id, const QByteArray& title, const QByteArray& text);
    /// {"_id", "text"} and, when not empty, "instruction".
    void addQuery(const QByteArray& id, const QByteArray& text, const QByteArray& instruction = {});
    /// One qrels row: query id, document id, grade.
    void addLabel(const QByteArray& queryId, const QByteArray& documentId, int grade);

    /// Makes the three files final; throws TareError(Io) when a write failed.
    void commit();

    qint64 documents() const { return m_documents; }
    qint64 queries() const { return m_queries; }
    qint64 labels() const { return m_labels; }

private:
    void write(QSaveFile& file, const QByteArray& bytes);

    QString m_folder;
    std::unique_ptr<QSaveFile> m_corpus;
    std::unique_ptr<QSaveFile> m_queriesFile;
    std::unique_ptr<QSaveFile> m_qrels;
    qint64 m_documents = 0;
    qint64 m_queries = 0;
    qint64 m_labels = 0;
};

} // namespace tare
