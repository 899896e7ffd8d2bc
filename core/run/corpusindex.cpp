// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/run/corpusindex.h"

#include "core/db/projectstore.h"
#include "core/metrics/rankingmetrics.h"
#include "core/run/dotkernel.h"
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
    index.m_vectors = store.spaces().documentMatrix(spaceId, index.m_documentIds);
    // Normalise rows once: every later score is a plain dot product.
    for (Eigen::Index row = 0; row < index.m_vectors.rows(); ++row) {
        const float norm = index.m_vectors.row(row).norm();
        if (norm > 1e-8f)
            index.m_vectors.row(row) /= norm;
    }
    QHash<qint64, QString> extIds;
    for (const auto& document : store.datasets().documents(datasetId))
        extIds.insert(document.id, document.extId);
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
        const qint32 n = qint32(m_vectors.rows());
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

void CorpusIndex::score(const Eigen::VectorXf& query, const CandidateSet& candidates, std::vector<float>& out) const
{
    const Eigen::VectorXf unitQuery = unit(query);
    out.resize(candidates.rows.size());
    const bool whole = m_pool == PoolRule::Corpus && qsizetype(candidates.rows.size()) == m_vectors.rows();
    DotKernel::dots(m_vectors.data(), whole ? nullptr : candidates.rows.data(), qint64(candidates.rows.size()), dim(),
                    unitQuery.data(), 1, out.data(), qint64(out.size()), 1);
}

void CorpusIndex::scoreMany(const Eigen::MatrixXf& unitQueries, const CandidateSet& candidates, Eigen::MatrixXf& out, int threads) const
{
    Q_ASSERT(unitQueries.rows() == dim());
    out.resize(Eigen::Index(candidates.rows.size()), unitQueries.cols());
    const bool whole = m_pool == PoolRule::Corpus && qsizetype(candidates.rows.size()) == m_vectors.rows();
    DotKernel::dots(m_vectors.data(), whole ? nullptr : candidates.rows.data(), qint64(candidates.rows.size()), dim(),
                    unitQueries.data(), int(unitQueries.cols()), out.data(), qint64(out.rows()), threads);
}

void CorpusIndex::scoreCorpus(const Eigen::MatrixXf& unitQueries, Eigen::MatrixXf& out, int threads) const
{
    Q_ASSERT(unitQueries.rows() == dim());
    out.resize(m_vectors.rows(), unitQueries.cols());
    DotKernel::dots(m_vectors.data(), nullptr, qint64(m_vectors.rows()), dim(), unitQueries.data(), int(unitQueries.cols()),
                    out.data(), qint64(out.rows()), threads);
}

} // namespace tare
