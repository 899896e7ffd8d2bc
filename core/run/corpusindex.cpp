// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/run/corpusindex.h"

#include "core/db/projectstore.h"
#include "core/metrics/rankingmetrics.h"
#include "core/run/dotkernel.h"
#include "core/util/float16.h"
#include "core/util/tareerror.h"

#include <QCoreApplication>

namespace tare {

CorpusIndex CorpusIndex::load(ProjectStore& store, qint64 datasetId, qint64 spaceId)
{
    CorpusIndex index;
    const auto dataset = store.datasets().find(datasetId);
    if (!dataset)
        throw TareError(TareError::Kind::Usage, QCoreApplication::translate("tare::CorpusIndex", "no dataset with id %1").arg(datasetId));
    index.m_pool = dataset->pool;
    const auto space = store.spaces().find(spaceId);
    if (!space)
        throw TareError(TareError::Kind::Usage,
                        QCoreApplication::translate("tare::CorpusIndex", "no embedding space with id %1").arg(spaceId));
    index.m_elementType = space->elementType;
    index.m_dim = space->dim;
    // Normalise rows once: every later score is a plain dot product.
    if (index.m_elementType == ElementType::Float16) {
        // In float32, then rounded to float16 once: a unit row is as close to unit as halves get.
        index.m_halves = store.spaces().documentHalves(spaceId, index.m_documentIds);
        Eigen::RowVectorXf row(index.m_dim);
        for (size_t r = 0; r < index.m_documentIds.size(); ++r) {
            quint16* halves = index.m_halves.data() + r * size_t(index.m_dim);
            Float16::toFloats({halves, size_t(index.m_dim)}, row.data());
            const float norm = row.norm();
            if (norm > 1e-8f) {
                row /= norm;
                Float16::fromFloats({row.data(), size_t(index.m_dim)}, halves);
            }
        }
    } else {
        index.m_vectors = store.spaces().documentMatrix(spaceId, index.m_documentIds);
        for (Eigen::Index row = 0; row < index.m_vectors.rows(); ++row) {
            const float norm = index.m_vectors.row(row).norm();
            if (norm > 1e-8f)
                index.m_vectors.row(row) /= norm;
        }
    }
    // Ids only: the documents' titles and texts are not needed to score or name them.
    const QHash<qint64, QString> extIds = store.datasets().documentExtIds(datasetId);
    index.m_extIds.reserve(qsizetype(index.m_documentIds.size()));
    std::vector<QByteArray> docnos;
    docnos.reserve(index.m_documentIds.size());
    for (size_t row = 0; row < index.m_documentIds.size(); ++row) {
        index.m_rowOfDocument.insert(index.m_documentIds[row], qint32(row));
        index.m_extIds.append(extIds.value(index.m_documentIds[row]));
        docnos.push_back(index.m_extIds.last().toUtf8());
    }
    if (index.m_pool == PoolRule::Corpus)
        index.m_corpusTieRanks = RankingMetrics::tieBreakRanks(docnos);
    index.m_labels = store.datasets().labelsByQuery(datasetId);
    return index;
}

CandidateSet CorpusIndex::candidates(qint64 queryId) const
{
    CandidateSet set;
    const QList<GradedDocument> labels = m_labels.value(queryId);
    set.qrelsGrades.reserve(size_t(labels.size()));
    for (const auto& label : labels)
        set.qrelsGrades.push_back(label.grade);
    if (m_pool == PoolRule::Corpus) {
        const qint32 n = qint32(documentCount());
        set.rows.resize(size_t(n));
        for (qint32 row = 0; row < n; ++row)
            set.rows[size_t(row)] = row;
        set.grades.assign(size_t(n), 0);
        for (const auto& label : labels) {
            const auto it = m_rowOfDocument.constFind(label.documentId);
            if (it != m_rowOfDocument.constEnd())
                set.grades[size_t(*it)] = label.grade;
        }
        set.tieRanks = m_corpusTieRanks;
        return set;
    }
    std::vector<QByteArray> docnos;
    for (const auto& label : labels) {
        const auto it = m_rowOfDocument.constFind(label.documentId);
        if (it == m_rowOfDocument.constEnd())
            continue; // a labelled document without a vector in this space cannot be ranked
        set.rows.push_back(*it);
        set.grades.push_back(label.grade);
        docnos.push_back(m_extIds[*it].toUtf8());
    }
    set.tieRanks = RankingMetrics::tieBreakRanks(docnos);
    return set;
}

Eigen::VectorXf CorpusIndex::unit(const Eigen::VectorXf& query)
{
    const float norm = query.norm();
    return norm > 1e-8f ? Eigen::VectorXf(query / norm) : Eigen::VectorXf::Zero(query.size());
}

Eigen::RowVectorXf CorpusIndex::documentRow(qint32 row) const
{
    if (m_elementType == ElementType::Float32)
        return m_vectors.row(row);
    Eigen::RowVectorXf widened(m_dim);
    Float16::toFloats({m_halves.data() + size_t(row) * size_t(m_dim), size_t(m_dim)}, widened.data());
    return widened;
}

qint64 CorpusIndex::vectorBytes() const
{
    return m_elementType == ElementType::Float16 ? qint64(m_halves.size() * sizeof(quint16))
                                                 : qint64(m_vectors.size()) * qint64(sizeof(float));
}

void CorpusIndex::dots(const qint32* rows, qint64 rowCount, const float* queries, int queryCount, float* out, qint64 outStride,
                       int threads) const
{
    if (m_elementType == ElementType::Float16)
        DotKernel::dots(m_halves.data(), rows, rowCount, m_dim, queries, queryCount, out, outStride, threads);
    else
        DotKernel::dots(m_vectors.data(), rows, rowCount, m_dim, queries, queryCount, out, outStride, threads);
}

void CorpusIndex::score(const Eigen::VectorXf& query, const CandidateSet& candidates, std::vector<float>& out) const
{
    const Eigen::VectorXf unitQuery = unit(query);
    out.resize(candidates.rows.size());
    const bool whole = m_pool == PoolRule::Corpus && qint64(candidates.rows.size()) == documentCount();
    dots(whole ? nullptr : candidates.rows.data(), qint64(candidates.rows.size()), unitQuery.data(), 1, out.data(),
         qint64(out.size()), 1);
}

void CorpusIndex::scoreMany(const Eigen::MatrixXf& unitQueries, const CandidateSet& candidates, Eigen::MatrixXf& out, int threads) const
{
    Q_ASSERT(unitQueries.rows() == dim());
    out.resize(Eigen::Index(candidates.rows.size()), unitQueries.cols());
    const bool whole = m_pool == PoolRule::Corpus && qint64(candidates.rows.size()) == documentCount();
    dots(whole ? nullptr : candidates.rows.data(), qint64(candidates.rows.size()), unitQueries.data(), int(unitQueries.cols()),
         out.data(), qint64(out.rows()), threads);
}

void CorpusIndex::scoreCorpus(const Eigen::MatrixXf& unitQueries, Eigen::MatrixXf& out, int threads) const
{
    Q_ASSERT(unitQueries.rows() == dim());
    out.resize(documentCount(), unitQueries.cols());
    dots(nullptr, documentCount(), unitQueries.data(), int(unitQueries.cols()), out.data(), qint64(out.rows()), threads);
}

} // namespace tare
