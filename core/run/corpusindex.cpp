// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/run/corpusindex.h"

#include "core/db/projectstore.h"
#include "core/metrics/rankingmetrics.h"
#include "core/run/dotkernel.h"
#include "core/util/float16.h"
#include "core/util/hugepages.h"
#include "core/util/tareerror.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>
#include <future>

namespace tare {

namespace {

/// Works through row ranges on one background thread in the order they come, one at a time: the
/// caller hands over a range and goes on with the next while this one is worked on.
class BackgroundRanges
{
public:
    explicit BackgroundRanges(std::function<void(qint64 first, qint64 count)> work)
        : m_work(std::move(work))
    {
    }
    BackgroundRanges(const BackgroundRanges&) = delete;
    BackgroundRanges& operator=(const BackgroundRanges&) = delete;
    ~BackgroundRanges()
    {
        if (m_pending.valid())
            m_pending.wait(); // on an exception: the work must not outlive what it works on
    }

    void add(qint64 first, qint64 count)
    {
        finish();
        m_pending = std::async(std::launch::async, m_work, first, count);
    }
    /// Waits for the range in work, rethrowing what it threw.
    void finish()
    {
        if (m_pending.valid())
            m_pending.get();
    }

private:
    std::function<void(qint64, qint64)> m_work;
    std::future<void> m_pending;
};

} // namespace

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
    const size_t dim = size_t(index.m_dim);
    // Normalise rows once: every later score is a plain dot product. Each chunk is normalised on
    // another thread as soon as it is in place, while the next one is read: the second pass over
    // the corpus overlaps the reading instead of following it. The pipeline is declared after
    // `index`, so it finishes before the rows it works on could go.
    std::function<void(qint64, qint64)> normalise;
    std::function<char*(qint64)> allocate;
    if (index.m_elementType == ElementType::Float16) {
        // In float32, then rounded to float16 once: a unit row is as close to unit as halves get.
        normalise = [&index, dim](qint64 first, qint64 count) {
            Eigen::RowVectorXf row(static_cast<Eigen::Index>(dim));
            for (qint64 r = first; r < first + count; ++r) {
                quint16* halves = index.m_halves.data() + size_t(r) * dim;
                Float16::toFloats({halves, dim}, row.data());
                const float norm = row.norm();
                if (norm > 1e-8f) {
                    row /= norm;
                    Float16::fromFloats({row.data(), dim}, halves);
                }
            }
        };
        allocate = [&index, dim](qint64 rows) {
            index.m_halves.reserve(size_t(rows) * dim); // allocated, not yet touched: advise first
            HugePages::advise(index.m_halves.data(), index.m_halves.capacity() * sizeof(quint16));
            index.m_halves.resize(size_t(rows) * dim);
            return reinterpret_cast<char*>(index.m_halves.data());
        };
    } else {
        normalise = [&index](qint64 first, qint64 count) {
            for (Eigen::Index row = first; row < first + count; ++row) {
                const float norm = index.m_vectors.row(row).norm();
                if (norm > 1e-8f)
                    index.m_vectors.row(row) /= norm;
            }
        };
        allocate = [&index](qint64 rows) {
            index.m_vectors.resize(rows, index.m_dim); // uninitialised: advise before the first write
            HugePages::advise(index.m_vectors.data(), size_t(index.m_vectors.size()) * sizeof(float));
            return reinterpret_cast<char*>(index.m_vectors.data());
        };
    }
    {
        BackgroundRanges normaliser(normalise);
        store.spaces().readDocumentRows(spaceId, allocate, index.m_documentIds,
                                        [&](qint64 first, qint64 count) { normaliser.add(first, count); });
        normaliser.finish();
    }
    // Rows are in ascending document id order (readDocumentRows), so rowOf() is a binary search.
    Q_ASSERT(std::is_sorted(index.m_documentIds.begin(), index.m_documentIds.end()));
    // Ids only: the documents' titles and texts are not needed to score or name them. They come
    // in ascending docno order, so the corpus's trec_eval tie ranks (docno descending) need no
    // sort: the k-th named row from the end is rank k. A row without a document of the dataset
    // (damaged project) has docno "", the lowest: those come last, in row order.
    const qint64 rows = index.documentCount();
    index.m_extIds = QStringList(qsizetype(rows));
    std::vector<qint64> rowsByDocno;
    rowsByDocno.reserve(size_t(rows));
    std::vector<bool> named(size_t(rows), false);
    store.datasets().forEachDocumentExtId(datasetId, [&](qint64 documentId, const QString& extId) {
        const qint32 row = index.rowOf(documentId);
        if (row < 0)
            return; // a document without a vector in this space
        index.m_extIds[row] = extId;
        rowsByDocno.push_back(row);
        named[size_t(row)] = true;
    });
    if (index.m_pool == PoolRule::Corpus) {
        index.m_corpusTieRanks.resize(size_t(rows));
        quint32 rank = 0;
        for (auto row = rowsByDocno.rbegin(); row != rowsByDocno.rend(); ++row)
            index.m_corpusTieRanks[size_t(*row)] = rank++;
        for (qint64 row = 0; row < rows; ++row) {
            if (!named[size_t(row)])
                index.m_corpusTieRanks[size_t(row)] = rank++;
        }
    }
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
            const qint32 row = rowOf(label.documentId);
            if (row >= 0)
                set.grades[size_t(row)] = label.grade;
        }
        set.tieRanks = m_corpusTieRanks;
        return set;
    }
    std::vector<QByteArray> docnos;
    for (const auto& label : labels) {
        const qint32 row = rowOf(label.documentId);
        if (row < 0)
            continue; // a labelled document without a vector in this space cannot be ranked
        set.rows.push_back(row);
        set.grades.push_back(label.grade);
        docnos.push_back(m_extIds[row].toUtf8());
    }
    set.tieRanks = RankingMetrics::tieBreakRanks(docnos);
    return set;
}

qint32 CorpusIndex::rowOf(qint64 documentId) const
{
    const auto it = std::lower_bound(m_documentIds.begin(), m_documentIds.end(), documentId);
    return it != m_documentIds.end() && *it == documentId ? qint32(it - m_documentIds.begin()) : -1;
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
