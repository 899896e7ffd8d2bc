// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace tare {

/// The first rows of an input as a table, for the import dialogs' preview and column choice.
/// A plain value type.
struct ImportPreview
{
    QStringList columns;
    QList<QStringList> rows; ///< at most the rows asked for; each as long as `columns`
    QString note;            ///< what the input is (format, size, shape of a .npy)
};

/// Reads the first rows of what an importer would read: a BEIR folder's corpus.jsonl, a CSV/TSV
/// table (first record as header), JSON lines (keys of the first records as columns), TREC qrels
/// (whitespace-separated), or the shape of a .npy matrix. Reads only the first rows, so it is
/// cheap even for large files; runs on any thread. Throws TareError with file and line.
class ImportPreviewReader
{
    Q_DECLARE_TR_FUNCTIONS(tare::ImportPreviewReader)

public:
    static ImportPreview beirFolder(const QString& folder, int maxRows = 20);
    static ImportPreview file(const QString& path, int maxRows = 20);
};

} // namespace tare
