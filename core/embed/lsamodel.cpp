// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/embed/lsamodel.h"

#include "core/embed/randomizedsvd.h"
#include "core/util/tareerror.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace tare {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("tare::LsaModel", text, disambiguation, n);
}

constexpr char s_magic[8] = {'T', 'A', 'R', 'E', 'L', 'S', 'A', '\0'};
constexpr quint32 s_formatVersion = 1;
constexpr qint64 s_checksumSize = 8;
// A term longer than this cannot come from the tokenizer of any sane text; refuse it.
constexpr quint32 s_maxTermBytes = 1u << 20;

quint64 fnv1a(const char* data, qint64 size)
{
    quint64 hash = 0xcbf29ce484222325ull;
    for (qint64 i = 0; i < size; ++i) {
        hash ^= quint8(data[i]);
        hash *= 0x100000001b3ull;
    }
    return hash;
}

void checkParams(const LsaParams& params)
{
    if (params.dim < 1)
        throw TareError(TareError::Kind::Usage, QCoreApplication::translate("tare::LsaModel", "the LSA dimension must be at least 1, not %1").arg(params.dim));
    if (params.oversampling < 0 || params.powerIterations < 0)
        throw TareError(TareError::Kind::Usage,
                        QCoreApplication::translate("tare::LsaModel", "oversampling (%1) and power iterations (%2) must not be negative")
                            .arg(params.oversampling)
                            .arg(params.powerIterations));
    if (params.minDf < 1 || params.maxFeatures < 0 || params.minTokenLength < 1)
        throw TareError(TareError::Kind::Usage,
                        QCoreApplication::translate("tare::LsaModel", "min_df (%1) and the minimum token length (%2) must be at least 1, max_features (%3) "
                           "not negative")
                            .arg(params.minDf)
                            .arg(params.minTokenLength)
                            .arg(params.maxFeatures));
}

TareError corrupt(const QString& reason)
{
    return TareError(TareError::Kind::Input, QCoreApplication::translate("tare::LsaModel", "Not a valid Tare LSA model: %1").arg(reason));
}

} // namespace

LsaModel::LsaModel() = default;

TfidfParams LsaModel::tfidfParams(const LsaParams& params)
{
    TfidfParams tfidf;
    tfidf.stopWords = params.stopWords ? Tokenizer::StopWords::RemoveEnglish : Tokenizer::StopWords::Keep;
    tfidf.minTokenLength = params.minTokenLength;
    tfidf.minDf = params.minDf;
    tfidf.maxFeatures = params.maxFeatures;
    return tfidf;
}

LsaModel LsaModel::fit(const QStringList& documents, const LsaParams& params, const ProgressSink& sink)
{
    checkParams(params);
    if (sink.isCancelled())
        throw TareError(TareError::Kind::Cancelled, tr("Fitting the LSA model was cancelled"));

    LsaModel model;
    model.m_params = params;
    model.m_documentCount = documents.size();
    model.m_vectorizer = TfidfVectorizer(tfidfParams(params));
    const SparseRowMatrixXf tfidf = model.m_vectorizer.fitTransform(documents);
    if (model.m_vectorizer.vocabularySize() == 0)
        throw TareError(TareError::Kind::Input,
                        tr("The %n document(s) contain no terms to build an LSA model from", nullptr,
                           int(std::min<qsizetype>(documents.size(), std::numeric_limits<int>::max()))));

    RandomizedSvdParams svdParams;
    svdParams.rank = int(std::min<qint64>({qint64(params.dim), qint64(tfidf.cols()), qint64(tfidf.rows())}));
    svdParams.oversampling = params.oversampling;
    svdParams.powerIterations = params.powerIterations;
    svdParams.seed = params.seed;
    svdParams.computeU = false;
    svdParams.computeV = true;

    // One stage for the tf-idf matrix, then the SVD's passes.
    sink.report(1, 0, tr("TF-IDF"));
    ProgressSink svdSink;
    svdSink.cancelled = sink.cancelled;
    if (sink.progress) {
        svdSink.progress = [&sink](qint64 done, qint64 total, const QString& what) {
            sink.report(done + 1, total + 1, what);
        };
    }
    SvdResult svd = RandomizedSvd(svdParams).compute(tfidf, svdSink);
    model.m_singularValues = std::move(svd.singularValues);
    model.m_projection = svd.v;
    return model;
}

void LsaModel::checkFitted() const
{
    if (isEmpty())
        throw TareError(TareError::Kind::Usage, tr("The LSA model has not been fitted"));
}

Eigen::VectorXf LsaModel::embed(const QString& text) const
{
    return embedDocuments(QStringList{text}).row(0).transpose();
}

RowMatrixXf LsaModel::embedDocuments(const QStringList& texts) const
{
    checkFitted();
    const SparseRowMatrixXf tfidf = m_vectorizer.transform(texts);
    RowMatrixXf embeddings = tfidf * m_projection;
    for (Eigen::Index i = 0; i < embeddings.rows(); ++i) {
        const float norm = embeddings.row(i).norm();
        if (norm > 0.0f)
            embeddings.row(i) /= norm;
    }
    return embeddings;
}

QList<TermWeight> LsaModel::explain(const Eigen::VectorXf& vector, int count) const
{
    checkFitted();
    if (vector.size() != m_projection.cols())
        throw TareError(TareError::Kind::Usage,
                        tr("Cannot explain a vector of length %1 with an LSA model of dimension %2")
                            .arg(vector.size())
                            .arg(m_projection.cols()));
    if (count < 0)
        throw TareError(TareError::Kind::Usage, tr("The number of terms to explain must not be negative"));

    const Eigen::VectorXf weights = m_projection * vector;
    std::vector<int> positive;
    std::vector<int> negative;
    for (Eigen::Index j = 0; j < weights.size(); ++j) {
        if (weights(j) > 0.0f)
            positive.push_back(int(j));
        else if (weights(j) < 0.0f)
            negative.push_back(int(j));
    }
    const auto takeTop = [&weights, count](std::vector<int>& indices, auto before) {
        const size_t n = std::min(indices.size(), size_t(count));
        std::partial_sort(indices.begin(), indices.begin() + qsizetype(n), indices.end(), [&](int a, int b) {
            return before(weights(a), weights(b)) || (weights(a) == weights(b) && a < b);
        });
        indices.resize(n);
    };
    takeTop(positive, std::greater<float>());
    takeTop(negative, std::less<float>());

    QList<TermWeight> terms;
    terms.reserve(qsizetype(positive.size() + negative.size()));
    for (const int j : positive)
        terms.append(TermWeight{vocabulary().at(j), weights(j)});
    for (const int j : negative)
        terms.append(TermWeight{vocabulary().at(j), weights(j)});
    return terms;
}

QByteArray LsaModel::serialize() const
{
    checkFitted();
    QByteArray data;
    {
        QDataStream out(&data, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_0);
        out.setByteOrder(QDataStream::BigEndian);
        out.setFloatingPointPrecision(QDataStream::SinglePrecision);
        out.writeRawData(s_magic, sizeof(s_magic));
        out << s_formatVersion;
        out << qint32(m_params.dim) << quint64(m_params.seed) << quint8(m_params.stopWords ? 1 : 0)
            << qint32(m_params.oversampling) << qint32(m_params.powerIterations) << qint32(m_params.minDf)
            << qint32(m_params.maxFeatures) << qint32(m_params.minTokenLength);
        out << qint64(m_documentCount);
        const qint32 terms = qint32(m_projection.rows());
        const qint32 dim = qint32(m_projection.cols());
        out << terms << dim;
        for (const QString& term : vocabulary()) {
            const QByteArray utf8 = term.toUtf8();
            out << quint32(utf8.size());
            out.writeRawData(utf8.constData(), int(utf8.size()));
        }
        for (Eigen::Index j = 0; j < idf().size(); ++j)
            out << idf()(j);
        for (Eigen::Index i = 0; i < m_singularValues.size(); ++i)
            out << m_singularValues(i);
        for (Eigen::Index j = 0; j < m_projection.rows(); ++j) {
            for (Eigen::Index i = 0; i < m_projection.cols(); ++i)
                out << m_projection(j, i);
        }
        out << fnv1a(data.constData(), data.size());
    }
    return data;
}

LsaModel LsaModel::deserialize(const QByteArray& data)
{
    const qint64 headerSize = qint64(sizeof(s_magic)) + 4;
    if (data.size() < headerSize + s_checksumSize)
        throw corrupt(tr("only %n byte(s)", nullptr, int(data.size())));
    if (QByteArrayView(data).first(sizeof(s_magic)) != QByteArrayView(s_magic, sizeof(s_magic)))
        throw corrupt(tr("bad magic"));

    const qint64 payloadSize = data.size() - s_checksumSize;
    const QByteArray payload = QByteArray::fromRawData(data.constData(), payloadSize);
    QDataStream in(payload);
    in.setVersion(QDataStream::Qt_6_0);
    in.setByteOrder(QDataStream::BigEndian);
    in.setFloatingPointPrecision(QDataStream::SinglePrecision);
    in.skipRawData(sizeof(s_magic));
    quint32 version = 0;
    in >> version;
    if (version != s_formatVersion)
        throw corrupt(
            tr("unsupported format version %1 (this Tare reads version %2)").arg(version).arg(s_formatVersion));

    {
        QDataStream trailer(QByteArray::fromRawData(data.constData() + payloadSize, s_checksumSize));
        trailer.setByteOrder(QDataStream::BigEndian);
        quint64 stored = 0;
        trailer >> stored;
        if (stored != fnv1a(payload.constData(), payloadSize))
            throw corrupt(tr("checksum mismatch (the data is damaged or truncated)"));
    }

    const auto remaining = [&in]() { return in.device()->bytesAvailable(); };
    const auto need = [&](qint64 bytes, const char* what) {
        if (bytes < 0 || remaining() < bytes)
            throw corrupt(tr("truncated %1").arg(tr(what)));
    };

    LsaParams params;
    qint32 dimRequested = 0, oversampling = 0, powerIterations = 0, minDf = 0, maxFeatures = 0, minTokenLength = 0;
    quint64 seed = 0;
    quint8 stopWords = 0;
    qint64 documentCount = 0;
    qint32 terms = 0, dim = 0;
    need(4 + 8 + 1 + 5 * 4 + 8 + 2 * 4, QT_TRANSLATE_NOOP("tare::LsaModel", "header"));
    in >> dimRequested >> seed >> stopWords >> oversampling >> powerIterations >> minDf >> maxFeatures >> minTokenLength
        >> documentCount >> terms >> dim;
    params.dim = dimRequested;
    params.seed = seed;
    params.stopWords = stopWords == 1;
    params.oversampling = oversampling;
    params.powerIterations = powerIterations;
    params.minDf = minDf;
    params.maxFeatures = maxFeatures;
    params.minTokenLength = minTokenLength;
    if (stopWords > 1)
        throw corrupt(tr("bad stop-word flag"));
    try {
        checkParams(params);
    } catch (const TareError& error) {
        throw corrupt(error.message());
    }
    if (terms < 1 || dim < 1 || dim > terms || dim > params.dim || qint64(dim) > documentCount)
        throw corrupt(
            tr("inconsistent sizes (%1 terms, dimension %2, %3 documents)").arg(terms).arg(dim).arg(documentCount));
    // Every term takes at least 4 + 1 bytes and an idf value; then come σ and V_k, 4 · dim ·
    // (terms + 1) bytes. Check against what is left before allocating (divisions: no overflow).
    if (qint64(terms) > remaining() / 9 || qint64(dim) > (remaining() - 9 * qint64(terms)) / (4 * (qint64(terms) + 1)))
        throw corrupt(tr("truncated %1").arg(tr("model data")));

    QStringList vocabulary;
    vocabulary.reserve(terms);
    for (qint32 j = 0; j < terms; ++j) {
        quint32 length = 0;
        in >> length;
        if (length == 0 || length > s_maxTermBytes)
            throw corrupt(tr("term %1 has an impossible length %2").arg(j).arg(length));
        need(qint64(length), QT_TRANSLATE_NOOP("tare::LsaModel", "vocabulary"));
        QByteArray utf8(qsizetype(length), Qt::Uninitialized);
        in.readRawData(utf8.data(), int(length));
        vocabulary.append(QString::fromUtf8(utf8));
    }
    need(qint64(terms) * 4 + qint64(dim) * 4 + qint64(terms) * qint64(dim) * 4,
         QT_TRANSLATE_NOOP("tare::LsaModel", "model data"));
    Eigen::VectorXf idf(terms);
    for (qint32 j = 0; j < terms; ++j)
        in >> idf(j);
    LsaModel model;
    model.m_singularValues.resize(dim);
    for (qint32 i = 0; i < dim; ++i)
        in >> model.m_singularValues(i);
    model.m_projection.resize(terms, dim);
    for (qint32 j = 0; j < terms; ++j) {
        for (qint32 i = 0; i < dim; ++i)
            in >> model.m_projection(j, i);
    }
    if (in.status() != QDataStream::Ok || !in.atEnd())
        throw corrupt(tr("unexpected data after the projection"));
    if (!model.m_singularValues.allFinite() || !model.m_projection.allFinite()
        || (model.m_singularValues.array() < 0.0f).any())
        throw corrupt(tr("non-finite or negative numbers"));

    try {
        model.m_vectorizer = TfidfVectorizer(tfidfParams(params), std::move(vocabulary), std::move(idf));
    } catch (const TareError& error) {
        throw corrupt(error.message());
    }
    model.m_params = params;
    model.m_documentCount = documentCount;
    return model;
}

} // namespace tare
