// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/db/projecttypes.h"
#include "core/io/linereader.h"
#include "core/util/progress.h"
#include "core/util/tareerror.h"

#include <QStringList>

namespace tare {

/// What every importer takes besides its input files.
struct ImportOptions
{
    QString datasetName;            ///< new dataset (BEIR, classification) or existing one (qrels, vectors)
    PoolRule pool = PoolRule::Corpus;
    QString split = QStringLiteral("test"); ///< BEIR qrels/<split>.tsv
    QString instruction;            ///< the dataset's task instruction, used by templates and LLM prompts
    std::optional<TaskType> taskType;         ///< empty: the importer's default (classification tables: classification)
    std::optional<DocumentJoin> documentJoin; ///< empty: title + " " + text, stripped (the paper's BEIR loader)
    bool skipBad = false;           ///< skip malformed records instead of failing the whole import
    qsizetype maxLineBytes = LineReader::DefaultMaxLineBytes; ///< the longest line (record) read; longer is an input error
    ProgressSink sink;
};

/// What an import did: counts of what it added and, with skipBad, what it left out and why.
struct ImportReport
{
    qint64 datasetId = 0;
    qint64 spaceId = 0;
    qint64 documents = 0;
    qint64 queries = 0;
    qint64 labels = 0;
    qint64 positiveLabels = 0;
    qint64 vectors = 0;
    qint64 uncovered = 0;       ///< vector imports: documents (or queries) of the dataset still without a vector in the space
    qint64 coverageTotal = 0;   ///< vector imports: documents (or queries) of the dataset
    qint64 skipped = 0;
    QStringList skippedReasons; ///< the first few reasons, in file order
    qint64 bytesRead = 0;
};

/// Applies the skip-bad policy: without it a bad record aborts the import (and its transaction);
/// with it the record is counted and the first reasons are kept for the report.
class BadRecordPolicy
{
public:
    BadRecordPolicy(bool skipBad, ImportReport& report)
        : m_skipBad(skipBad)
        , m_report(report)
    {
    }

    void reject(const TareError& error)
    {
        if (!m_skipBad)
            throw error;
        ++m_report.skipped;
        if (m_report.skippedReasons.size() < s_keptReasons)
            m_report.skippedReasons.append(error.message());
    }

    static constexpr int s_keptReasons = 10;

private:
    bool m_skipBad;
    ImportReport& m_report;
};

} // namespace tare
