// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/embed/tokenizer.h"

#include <Eigen/Core>
#include <Eigen/SparseCore>

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace tare {

/// A row-major sparse float matrix: one document per row, one vocabulary term per column.
using SparseRowMatrixXf = Eigen::SparseMatrix<float, Eigen::RowMajor>;

/// How TfidfVectorizer tokenizes and which terms it keeps.
struct TfidfParams
{
    Tokenizer::StopWords stopWords = Tokenizer::StopWords::RemoveEnglish;
    int minTokenLength = 1;
    /// A term must occur in at least this many documents (>= 1).
    int minDf = 1;
    /// Keep only the terms with the highest document frequency (ties: alphabetical order);
    /// 0 keeps all.
    int maxFeatures = 0;
};

/// TF-IDF weighting as scikit-learn's TfidfVectorizer(sublinear_tf=True, smooth_idf=True,
/// norm="l2") computes it: weight = (1 + ln tf) · idf with idf = ln((1 + n) / (1 + df)) + 1,
/// where n is the number of fitted documents and df a term's document frequency; each row is
/// then scaled to unit L2 norm (rows without a known term stay zero). The vocabulary is sorted
/// (QString order), so column order does not depend on the documents' order.
///
/// Thread rule: fitting changes the object and belongs to one thread; a fitted vectorizer is
/// not changed by transform() and may be used from several threads at once.
class TfidfVectorizer
{
public:
    explicit TfidfVectorizer(const TfidfParams& params = {});

    /// Rebuilds a fitted vectorizer from its parts (e.g. a stored model). Throws
    /// TareError(Input) unless the vocabulary is strictly sorted and non-empty terms, and
    /// |idf| has one finite positive value per term.
    TfidfVectorizer(const TfidfParams& params, QStringList vocabulary, Eigen::VectorXf idf);

    /// Learns the vocabulary and idf from |documents| and returns their tf-idf rows
    /// (documents.size() × vocabularySize()). Throws TareError(Usage) for invalid params.
    SparseRowMatrixXf fitTransform(const QStringList& documents);

    /// The tf-idf rows of |texts| under the fitted vocabulary; unknown terms are ignored.
    SparseRowMatrixXf transform(const QStringList& texts) const;

    const TfidfParams& params() const { return m_params; }
    const Tokenizer& tokenizer() const { return m_tokenizer; }
    /// Sorted terms; column j of every matrix is vocabulary()[j].
    const QStringList& vocabulary() const { return m_vocabulary; }
    Eigen::Index vocabularySize() const { return Eigen::Index(m_vocabulary.size()); }
    /// The idf of each vocabulary term.
    const Eigen::VectorXf& idf() const { return m_idf; }
    /// The column of |term| (already tokenized form), or -1.
    int termIndex(const QString& term) const { return m_index.value(term, -1); }

private:
    // The column ids of each document's tokens (-1 for unknown terms), documents back to back:
    // document i owns ids[offsets[i] .. offsets[i + 1]).
    struct TermIds
    {
        std::vector<int> ids;
        std::vector<size_t> offsets;
    };

    SparseRowMatrixXf buildRows(const TermIds& termIds) const;

    TfidfParams m_params;
    Tokenizer m_tokenizer;
    QStringList m_vocabulary;
    QHash<QString, int> m_index;
    Eigen::VectorXf m_idf;
};

} // namespace tare
