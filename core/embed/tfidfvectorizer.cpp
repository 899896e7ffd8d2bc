// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/embed/tfidfvectorizer.h"

#include "core/util/tareerror.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace tare {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tare::TfidfVectorizer", text);
}

void checkParams(const TfidfParams& params)
{
    if (params.minDf < 1)
        throw TareError(TareError::Kind::Usage, QCoreApplication::translate("tare::TfidfVectorizer", "min_df must be at least 1, not %1").arg(params.minDf));
    if (params.maxFeatures < 0)
        throw TareError(TareError::Kind::Usage,
                        QCoreApplication::translate("tare::TfidfVectorizer", "max_features must be 0 (no limit) or positive, not %1").arg(params.maxFeatures));
}

} // namespace

TfidfVectorizer::TfidfVectorizer(const TfidfParams& params)
    : m_params(params)
    , m_tokenizer(params.stopWords, params.minTokenLength)
{
}

TfidfVectorizer::TfidfVectorizer(const TfidfParams& params, QStringList vocabulary, Eigen::VectorXf idf)
    : m_params(params)
    , m_tokenizer(params.stopWords, params.minTokenLength)
    , m_vocabulary(std::move(vocabulary))
    , m_idf(std::move(idf))
{
    checkParams(params);
    if (m_idf.size() != Eigen::Index(m_vocabulary.size()))
        throw TareError(TareError::Kind::Input,
                        tr("the vocabulary has %1 terms but %2 idf values").arg(m_vocabulary.size()).arg(m_idf.size()));
    m_index.reserve(m_vocabulary.size());
    for (qsizetype j = 0; j < m_vocabulary.size(); ++j) {
        if (m_vocabulary.at(j).isEmpty() || (j > 0 && !(m_vocabulary.at(j - 1) < m_vocabulary.at(j))))
            throw TareError(TareError::Kind::Input, tr("the vocabulary is not a sorted list of distinct terms"));
        if (!std::isfinite(m_idf(j)) || m_idf(j) <= 0.0f)
            throw TareError(TareError::Kind::Input, tr("the idf of term %1 is not a positive number").arg(j));
        m_index.insert(m_vocabulary.at(j), int(j));
    }
}

SparseRowMatrixXf TfidfVectorizer::fitTransform(const QStringList& documents)
{
    checkParams(m_params);
    // One tokenizing pass: each distinct term gets a provisional id in order of appearance, and
    // documents are kept as id lists (4 bytes a token rather than a QString each).
    QHash<QString, int> provisional;
    std::vector<QString> provisionalTerms;
    std::vector<qint64> df;
    TermIds ids;
    ids.offsets.reserve(size_t(documents.size()) + 1);
    ids.offsets.push_back(0);
    std::vector<int> distinct;
    for (const QString& document : documents) {
        const size_t first = ids.ids.size();
        for (const QString& token : m_tokenizer.tokenize(document)) {
            auto it = provisional.find(token);
            if (it == provisional.end()) {
                it = provisional.insert(token, int(provisionalTerms.size()));
                provisionalTerms.push_back(token);
                df.push_back(0);
            }
            ids.ids.push_back(it.value());
        }
        ids.offsets.push_back(ids.ids.size());
        distinct.assign(ids.ids.begin() + qsizetype(first), ids.ids.end());
        std::sort(distinct.begin(), distinct.end());
        distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
        for (const int id : distinct)
            ++df[size_t(id)];
    }

    std::vector<int> kept; // provisional ids
    for (size_t id = 0; id < df.size(); ++id) {
        if (df[id] >= m_params.minDf)
            kept.push_back(int(id));
    }
    const auto byTerm = [&provisionalTerms](int a, int b) {
        return provisionalTerms[size_t(a)] < provisionalTerms[size_t(b)];
    };
    if (m_params.maxFeatures > 0 && kept.size() > size_t(m_params.maxFeatures)) {
        // Highest document frequency first; ties alphabetically, so the cut is deterministic.
        std::sort(kept.begin(), kept.end(), [&](int a, int b) {
            return df[size_t(a)] != df[size_t(b)] ? df[size_t(a)] > df[size_t(b)] : byTerm(a, b);
        });
        kept.resize(size_t(m_params.maxFeatures));
    }
    std::sort(kept.begin(), kept.end(), byTerm);

    const double n = double(documents.size());
    std::vector<int> finalId(provisionalTerms.size(), -1);
    m_vocabulary.clear();
    m_vocabulary.reserve(qsizetype(kept.size()));
    m_index.clear();
    m_index.reserve(qsizetype(kept.size()));
    m_idf.resize(Eigen::Index(kept.size()));
    for (size_t j = 0; j < kept.size(); ++j) {
        const size_t id = size_t(kept[j]);
        finalId[id] = int(j);
        m_vocabulary.append(provisionalTerms[id]);
        m_index.insert(provisionalTerms[id], int(j));
        m_idf(Eigen::Index(j)) = float(std::log((1.0 + n) / (1.0 + double(df[id]))) + 1.0);
    }
    for (int& id : ids.ids)
        id = finalId[size_t(id)];
    return buildRows(ids);
}

SparseRowMatrixXf TfidfVectorizer::transform(const QStringList& texts) const
{
    TermIds ids;
    ids.offsets.reserve(size_t(texts.size()) + 1);
    ids.offsets.push_back(0);
    for (const QString& text : texts) {
        for (const QString& token : m_tokenizer.tokenize(text))
            ids.ids.push_back(m_index.value(token, -1));
        ids.offsets.push_back(ids.ids.size());
    }
    return buildRows(ids);
}

SparseRowMatrixXf TfidfVectorizer::buildRows(const TermIds& termIds) const
{
    const Eigen::Index rows = Eigen::Index(termIds.offsets.size()) - 1;
    // Rows are produced in order with sorted columns, so they go straight into the compressed
    // storage (at most one entry per token, hence the reservation).
    SparseRowMatrixXf matrix(rows, vocabularySize());
    matrix.reserve(Eigen::Index(termIds.ids.size()));
    std::vector<int> ids;
    std::vector<std::pair<int, double>> entries;
    for (Eigen::Index i = 0; i < rows; ++i) {
        ids.clear();
        for (size_t t = termIds.offsets[size_t(i)]; t < termIds.offsets[size_t(i) + 1]; ++t) {
            if (termIds.ids[t] >= 0) // -1: not in the vocabulary
                ids.push_back(termIds.ids[t]);
        }
        std::sort(ids.begin(), ids.end());
        entries.clear();
        double squaredNorm = 0.0;
        for (size_t k = 0; k < ids.size();) {
            size_t end = k;
            while (end < ids.size() && ids[end] == ids[k])
                ++end;
            const double weight = (1.0 + std::log(double(end - k))) * double(m_idf(ids[k]));
            entries.emplace_back(ids[k], weight);
            squaredNorm += weight * weight;
            k = end;
        }
        const double scale = squaredNorm > 0.0 ? 1.0 / std::sqrt(squaredNorm) : 0.0;
        matrix.startVec(i);
        for (const auto& [column, weight] : entries)
            matrix.insertBack(i, column) = float(weight * scale);
    }
    matrix.finalize();
    return matrix;
}

} // namespace tare
