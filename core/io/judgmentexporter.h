// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/db/projecttypes.h"
#include "core/io/atomicfilewriter.h"

#include <QCoreApplication>
#include <QString>

namespace tare {

class ProjectStore;

/// Writes one judge's or one annotator's judgments over a dataset for other tools: TREC qrels
/// (`qid 0 docid grade`; the grade is 1 for a score ≥ the threshold and 0 below, or, with a
/// scale N, the score × N rounded — 9 gives a person's digits back) and JSON Lines with
/// everything Tare knows of each judgment: the judge's identity, kind and name, score, status,
/// error, the prompt as sent, the raw response, latency, time, and the reason if one was asked
/// for. By default only the judgment in force per (query, document) pair; with `history`
/// every one, oldest first. Failed judgments have no grade: qrels leave them out, JSONL keeps
/// them. Files appear whole or not at all (AtomicFileWriter); an existing file is replaced only
/// when asked. Runs on the thread owning the store; throws TareError.
class JudgmentExporter
{
    Q_DECLARE_TR_FUNCTIONS(tare::JudgmentExporter)

public:
    enum class Format
    {
        Qrels,
        Jsonl,
    };

    struct Options
    {
        Format format = Format::Qrels;
        bool history = false;    ///< every judgment, not only the one in force
        double threshold = 0.5;  ///< qrels without a scale: relevant from this score on
        int scale = 0;           ///< qrels: grade = round(score × scale) when > 0
    };

    /// Writes the judge's judgments of the dataset to `path`; returns the lines written. An
    /// existing file at `path` is a TareError(Usage) unless `existing` is Replace.
    static qint64 write(ProjectStore& store, qint64 judgeId, qint64 datasetId, const Options& options, const QString& path,
                        AtomicFileWriter::Existing existing = AtomicFileWriter::Existing::Refuse);

    /// The judge a person names: its id, its identity, or an annotator's name ("alice", "human"
    /// for the unnamed default person, "adjudication"). TareError(Usage) listing the project's
    /// judges when none matches.
    static JudgeInfo resolveJudge(ProjectStore& store, const QString& name);

    /// One qrels line (without the newline); empty for a judgment without a score.
    static QByteArray qrelsLine(const ExportedJudgment& judgment, const Options& options);
    /// One JSON Lines record (without the newline).
    static QByteArray jsonLine(const ExportedJudgment& judgment, const JudgeInfo& judge);
};

} // namespace tare
