// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/metrics/rankingmetrics.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <map>
#include <vector>

namespace tare {

/// What TrecEval does with a qrels query that has no line in the run.
enum class TrecMissingQueries
{
    Error,       ///< trec_eval 10.0 without -c: stop with an error
    CountAsZero, ///< trec_eval -c: every measure 0, counted in the mean
};

/// Settings of TrecEval::evaluate().
struct TrecEvalOptions
{
    TrecMissingQueries missing = TrecMissingQueries::Error;
    RankingOptions metrics;
};

/// Reads TREC qrels and run files and evaluates a run like trec_eval 10.0
/// (`trec_eval -q [-c] -m map -m P.10 -m recall.100 -m ndcg_cut.10 -m recip_rank`): queries are the
/// qrels queries in strcmp order, run-only queries are ignored, `all` is the plain mean, and the
/// ranking is RankingMetrics' (score descending, ties by docno descending).
///
/// Stricter than trec_eval where trec_eval silently guesses: a score or grade that is not a whole
/// number token is an error (trec_eval's atof/atol would read a prefix or 0). Blank lines are
/// skipped in both files, and a line whose first non-blank character is `#` is a comment.
///
/// Static and pure apart from reading the named files: usable from any thread.
class TrecEval
{
    Q_DECLARE_TR_FUNCTIONS(TrecEval)

public:
    /// One qrels line.
    struct Judgment
    {
        QByteArray docno;
        int grade = 0;
    };

    /// A qrels file: per query (strcmp order of qid) the judgments sorted by docno.
    struct Qrels
    {
        QString fileName;
        std::map<QByteArray, std::vector<Judgment>> queries;
    };

    /// One run line.
    struct RunEntry
    {
        QByteArray docno;
        double score = 0.0;
        qint64 line = 0; ///< 1-based line in the run file
    };

    /// A run file: per query (strcmp order of qid) the entries in file order.
    struct Run
    {
        QString fileName;
        QByteArray tag; ///< run tag of the last line, as trec_eval keeps it
        std::map<QByteArray, std::vector<RunEntry>> queries;
    };

    using MissingQueries = TrecMissingQueries;

    using Options = TrecEvalOptions;

    /// The evaluation of one qrels query.
    struct QueryResult
    {
        QByteArray qid;
        QueryMetrics metrics;
        std::vector<QByteArray> ranking; ///< the run's docnos in trec_eval order
        bool missingFromRun = false;
    };

    /// The evaluation of a run.
    struct Result
    {
        RankingMetrics::Options metricOptions;
        std::vector<QueryResult> queries; ///< qrels order
        /// Plain means over `queries` of ap, ndcg10, p10, recall100 and rr (trec_eval `all`); auc is
        /// the mean over the queries where it is defined (NaN if none); the counts are sums.
        QueryMetrics mean;
    };

    /// Reads a qrels file (`qid iter docno rel`). Throws TareError (Io, or Input with file and line).
    static Qrels readQrels(const QString& path);
    /// Parses qrels text; fileName is only used in messages.
    static Qrels parseQrels(QByteArrayView text, const QString& fileName);

    /// Reads a run file (`qid Q0 docno rank score tag`; rank is ignored, further columns too).
    static Run readRun(const QString& path);
    /// Parses run text; fileName is only used in messages.
    static Run parseRun(QByteArrayView text, const QString& fileName);

    /// Evaluates run against qrels. Throws TareError (Input) for a qrels query missing from the run
    /// unless options.missing is CountAsZero.
    static Result evaluate(const Qrels& qrels, const Run& run, const Options& options = {});

    /// trec_eval's `-q` output for the five measures: per query map, recip_rank, P_k, recall_k,
    /// ndcg_cut_k, then the same for `all`; each line `%-22s\t%s\t%6.4f` and a newline.
    static QByteArray format(const Result& result);
    /// One output line without the newline, printf `%-22s\t%s\t%6.4f` in the C locale.
    static QByteArray formatLine(QByteArrayView measure, QByteArrayView qid, double value);
};

} // namespace tare
