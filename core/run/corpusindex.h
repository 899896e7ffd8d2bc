// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/db/projecttypes.h"
#include "core/util/eigentypes.h"

#include <QHash>

#include <span>
#include <vector>

namespace tare {

class ProjectStore;

/// One query's candidates: rows of the corpus matrix with their grades, and the query's qrels.
struct CandidateSet
{
    std::vector<qint32> rows;        ///< rows of the CorpusIndex matrix, in document id order
    std::vector<int> grades;         ///< grade of each candidate (0 when unlabelled)
    std::vector<quint32> tieRanks;   ///< trec_eval tie-break rank (docno descending) within the set
    std::vector<int> qrelsGrades;    ///< every label of the query (R and the ideal DCG)
};

/// A dataset's embedding space loaded for scoring: the document vectors as one contiguous,
/// row-normalised matrix (cosine = dot product), loaded once per run, with ids, labels and the
/// pool rule that says which rows are a query's candidates. A float32 space is a float32 matrix;
/// a float16 space stays float16 in memory (half the bytes): each row is widened to float32,
/// normalised there and rounded to float16 once, and scoring widens the halves on load and
/// accumulates in float32 (DotKernel). Read-only after load(), so worker threads share it
/// without locks.
class CorpusIndex
{
public:
    /// Loads on the calling thread, which owns `store`.
    static CorpusIndex load(ProjectStore& store, qint64 datasetId, qint64 spaceId);

    ElementType elementType() const { return m_elementType; }
    int dim() const { return m_dim; }
    qint64 documentCount() const { return qint64(m_documentIds.size()); }
    /// A (unit) document row as float32, widened from float16 in a float16 space.
    Eigen::RowVectorXf documentRow(qint32 row) const;
    /// The bytes of the document matrix in memory (rows × dim × element size).
    qint64 vectorBytes() const;
    qint64 documentId(qint32 row) const { return m_documentIds[size_t(row)]; }
    const QString& documentExtId(qint32 row) const { return m_extIds[row]; }
    /// The row of a document, or -1 when the space has no vector for it.
    qint32 rowOf(qint64 documentId) const;
    PoolRule pool() const { return m_pool; }

    /// The candidates of a query under the dataset's pool rule (whole corpus, or its labelled documents).
    CandidateSet candidates(qint64 queryId) const;
    /// All labels of a query.
    const QList<GradedDocument> labels(qint64 queryId) const { return m_labels.value(queryId); }
    const QHash<qint64, QList<GradedDocument>>& allLabels() const { return m_labels; }

    /// The unit vector every score uses for `query`: query / |query|, or zeros for a (near-)zero vector.
    static Eigen::VectorXf unit(const Eigen::VectorXf& query);

    /// Cosine of every candidate with `query` (normalised here; a zero vector gives all zeros).
    void score(const Eigen::VectorXf& query, const CandidateSet& candidates, std::vector<float>& out) const;
    /// Cosines of every candidate with each column of `unitQueries` (already unit length) in one
    /// pass over the candidates: each block of rows is read once for all the columns, which is
    /// what makes scoring many queries (a run's block of queries, a curve's query states)
    /// affordable. `out` gets one column per query (candidates × columns). `threads` workers
    /// split the rows.
    ///
    /// Every cosine, here and in score(), is the same sum in the same order (one dot product of
    /// the row and the column, 8 lanes accumulated with FMA along the dimension, then the lanes
    /// and the tail in a fixed order), so a score is bit-identical whatever the number of
    /// columns, their order, the threads or the pool: batched runs equal their replay.
    void scoreMany(const Eigen::MatrixXf& unitQueries, const CandidateSet& candidates, Eigen::MatrixXf& out, int threads = 1) const;
    /// scoreMany() over every document, in row order (the candidates of the corpus pool).
    void scoreCorpus(const Eigen::MatrixXf& unitQueries, Eigen::MatrixXf& out, int threads = 1) const;

private:
    /// DotKernel over the matrix of either element type.
    void dots(const qint32* rows, qint64 rowCount, const float* queries, int queryCount, float* out, qint64 outStride,
              int threads) const;

    RowMatrixXf m_vectors;           ///< a float32 space's rows
    std::vector<quint16> m_halves;   ///< a float16 space's rows (Float16 bits, dim a row)
    ElementType m_elementType = ElementType::Float32;
    int m_dim = 0;
    std::vector<qint64> m_documentIds; ///< ascending: a row's document id
    QStringList m_extIds;
    QHash<qint64, QList<GradedDocument>> m_labels;
    std::vector<quint32> m_corpusTieRanks;
    PoolRule m_pool = PoolRule::Corpus;
};

} // namespace tare
