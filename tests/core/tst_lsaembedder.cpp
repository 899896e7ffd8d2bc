// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
//
// The built-in LSA embedder: TfidfVectorizer, LsaModel and EmbeddingTemplate (Tokenizer and
// RandomizedSvd have their own tests).
#include "core/embed/embeddingtemplate.h"
#include "core/embed/lsamodel.h"
#include "core/embed/tfidfvectorizer.h"
#include "core/util/tareerror.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QtConcurrent>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <numeric>

using namespace tare;

namespace {

struct Corpus
{
    QStringList ids;
    QStringList texts;
};

Corpus readCorpus(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    Corpus corpus;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        const QString title = object.value(QLatin1String("title")).toString();
        const QString text = object.value(QLatin1String("text")).toString();
        corpus.ids.append(object.value(QLatin1String("_id")).toString());
        corpus.texts.append(title.isEmpty() ? text : title + QLatin1Char(' ') + text);
    }
    return corpus;
}

float denseAt(const SparseRowMatrixXf& m, int row, int col)
{
    return m.coeff(row, col);
}

// The stored-format pieces the corruption rows edit (see LsaModel::serialize).
constexpr int s_offsetVersion = 8;
constexpr int s_offsetStopWords = 24;
constexpr int s_offsetTerms = 53;
constexpr int s_offsetDim = 57;
constexpr int s_offsetFirstTerm = 61;

quint64 fnv1a(const QByteArray& data)
{
    quint64 hash = 0xcbf29ce484222325ull;
    for (const char c : data) {
        hash ^= quint8(c);
        hash *= 0x100000001b3ull;
    }
    return hash;
}

void putUInt32(QByteArray& data, qsizetype offset, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        data[offset + i] = char((value >> (24 - 8 * i)) & 0xff);
}

quint32 getUInt32(const QByteArray& data, qsizetype offset)
{
    quint32 value = 0;
    for (int i = 0; i < 4; ++i)
        value = (value << 8) | quint8(data[offset + i]);
    return value;
}

// Replaces the trailing checksum with the right one for the edited payload.
QByteArray resealed(QByteArray blob)
{
    blob.chop(8);
    const quint64 hash = fnv1a(blob);
    for (int i = 0; i < 8; ++i)
        blob.append(char((hash >> (56 - 8 * i)) & 0xff));
    return blob;
}

// Offset of the first idf value: after the vocabulary's length-prefixed terms.
qsizetype idfOffset(const QByteArray& blob)
{
    const quint32 terms = getUInt32(blob, s_offsetTerms);
    qsizetype offset = s_offsetFirstTerm;
    for (quint32 j = 0; j < terms; ++j)
        offset += 4 + qsizetype(getUInt32(blob, offset));
    return offset;
}

} // namespace

class TestLsaEmbedder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // TfidfVectorizer
    void tfidfHandComputed_data();
    void tfidfHandComputed();
    void tfidfIdfAndVocabulary();
    void tfidfTransformIgnoresUnknownTerms();
    void tfidfMinDfAndMaxFeatures();
    void tfidfVocabularyIndependentOfOrder();
    void tfidfRejectsBadParts();

    // LsaModel
    void nuanceEmbeddingsHaveUnitNorm();
    void embedMatchesEmbedDocuments();
    void unknownTextGivesZeroVector();
    void pastaQueryFindsPasta();
    void dimIsClamped();
    void sameSeedBitIdenticalOtherSeedSameSpectrum();
    void serializeRoundTrip();
    void corruptBlobsThrow_data();
    void corruptBlobsThrow();
    void everyTruncationThrows();
    void explainShowsDocumentTerms();
    void explainOrderAndErrors();
    void embedFromManyThreads();
    void fitErrors();
    void fitCancelAndProgress();

    // EmbeddingTemplate
    void templateApply_data();
    void templateApply();

private:
    Corpus m_nuance;
    Corpus m_teaching;
    LsaModel m_model;
    RowMatrixXf m_embeddings;
    QByteArray m_smallBlob;
};

void TestLsaEmbedder::initTestCase()
{
    m_nuance = readCorpus(QStringLiteral(TARE_SAMPLE_DATA_DIR "/nuance/corpus.jsonl"));
    m_teaching = readCorpus(QStringLiteral(TARE_SAMPLE_DATA_DIR "/teaching/corpus.jsonl"));
    QCOMPARE(m_nuance.texts.size(), 400);
    QVERIFY(m_teaching.texts.size() > 20);
    m_model = LsaModel::fit(m_nuance.texts);
    m_embeddings = m_model.embedDocuments(m_nuance.texts);
    LsaParams small;
    small.dim = 8;
    m_smallBlob = LsaModel::fit(m_teaching.texts, small).serialize();
}

// Three documents, hand-computed: n = 3, idf(df 1) = ln(4/2) + 1 = 1.6931472, idf(df 3) =
// ln(4/4) + 1 = 1. Stop words ("the", "an", "and", "a") are dropped first.
void TestLsaEmbedder::tfidfHandComputed_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("term");
    QTest::addColumn<double>("expected");

    // d0: apple tf 2 → (1 + ln 2) · 1.6931472 = 2.8667481; banana tf 1 → 1;
    //     norm √(2.8667481² + 1²) = 3.0361560
    QTest::newRow("d0 apple") << 0 << QStringLiteral("apple") << 2.8667481 / 3.0361560;
    QTest::newRow("d0 banana") << 0 << QStringLiteral("banana") << 1.0 / 3.0361560;
    QTest::newRow("d0 cherry") << 0 << QStringLiteral("cherry") << 0.0;
    // d1: banana 1, cherry 1.6931472; norm √(1 + 2.8667481) = 1.9664047
    QTest::newRow("d1 banana") << 1 << QStringLiteral("banana") << 1.0 / 1.9664047;
    QTest::newRow("d1 cherry") << 1 << QStringLiteral("cherry") << 1.6931472 / 1.9664047;
    // d2: banana tf 3 → 1 + ln 3 = 2.0986123; durian 1.6931472; norm √(4.4041736 + 2.8667481) = 2.6964676
    QTest::newRow("d2 banana") << 2 << QStringLiteral("banana") << 2.0986123 / 2.6964676;
    QTest::newRow("d2 durian") << 2 << QStringLiteral("durian") << 1.6931472 / 2.6964676;
    QTest::newRow("d2 apple") << 2 << QStringLiteral("apple") << 0.0;
}

void TestLsaEmbedder::tfidfHandComputed()
{
    QFETCH(int, row);
    QFETCH(QString, term);
    QFETCH(double, expected);

    TfidfVectorizer vectorizer;
    const SparseRowMatrixXf m =
        vectorizer.fitTransform({QStringLiteral("The apple, an APPLE and a banana."), QStringLiteral("banana cherry"),
                                 QStringLiteral("Banana banana banana durian!")});
    const int column = vectorizer.termIndex(term);
    QVERIFY(column >= 0);
    QVERIFY2(std::abs(double(denseAt(m, row, column)) - expected) < 1e-6,
             qPrintable(QString::number(denseAt(m, row, column), 'g', 9)));
    QVERIFY(std::abs(m.row(row).norm() - 1.0f) < 1e-6f);
}

void TestLsaEmbedder::tfidfIdfAndVocabulary()
{
    TfidfVectorizer vectorizer;
    const SparseRowMatrixXf m =
        vectorizer.fitTransform({QStringLiteral("apple apple banana"), QStringLiteral("banana cherry"),
                                 QStringLiteral("banana banana banana durian")});
    QCOMPARE(vectorizer.vocabulary(),
             (QStringList{QStringLiteral("apple"), QStringLiteral("banana"), QStringLiteral("cherry"),
                          QStringLiteral("durian")}));
    QCOMPARE(m.rows(), Eigen::Index(3));
    QCOMPARE(m.cols(), Eigen::Index(4));
    QCOMPARE(m.nonZeros(), Eigen::Index(6));
    QVERIFY(std::abs(vectorizer.idf()(0) - 1.6931472f) < 1e-6f);
    QCOMPARE(vectorizer.idf()(1), 1.0f);
    QCOMPARE(vectorizer.termIndex(QStringLiteral("kiwi")), -1);
}

void TestLsaEmbedder::tfidfTransformIgnoresUnknownTerms()
{
    TfidfVectorizer vectorizer;
    vectorizer.fitTransform({QStringLiteral("apple apple banana"), QStringLiteral("banana cherry")});
    const SparseRowMatrixXf m = vectorizer.transform({QStringLiteral("kiwi APPLE mango"), QStringLiteral("kiwi mango"),
                                                      QString(), QStringLiteral("cherry cherry banana")});
    QCOMPARE(m.rows(), Eigen::Index(4));
    QCOMPARE(denseAt(m, 0, vectorizer.termIndex(QStringLiteral("apple"))), 1.0f);
    QCOMPARE(m.row(0).nonZeros(), Eigen::Index(1));
    QCOMPARE(m.row(1).nonZeros(), Eigen::Index(0));
    QCOMPARE(m.row(2).nonZeros(), Eigen::Index(0));
    // n = 2: idf(cherry) = ln(3/2) + 1, idf(banana) = ln(3/3) + 1 = 1; cherry tf 2.
    const double cherry = (1.0 + std::log(2.0)) * (std::log(1.5) + 1.0);
    const double norm = std::sqrt(cherry * cherry + 1.0);
    QVERIFY(std::abs(double(denseAt(m, 3, vectorizer.termIndex(QStringLiteral("cherry")))) - cherry / norm) < 1e-6);
    QVERIFY(std::abs(double(denseAt(m, 3, vectorizer.termIndex(QStringLiteral("banana")))) - 1.0 / norm) < 1e-6);
}

void TestLsaEmbedder::tfidfMinDfAndMaxFeatures()
{
    const QStringList documents{QStringLiteral("apple banana"), QStringLiteral("banana cherry"),
                                QStringLiteral("banana cherry durian"), QStringLiteral("elder")};
    TfidfParams params;
    params.minDf = 2;
    TfidfVectorizer minDf(params);
    const SparseRowMatrixXf m = minDf.fitTransform(documents);
    QCOMPARE(minDf.vocabulary(), (QStringList{QStringLiteral("banana"), QStringLiteral("cherry")}));
    QCOMPARE(m.row(3).nonZeros(), Eigen::Index(0)); // "elder" fell below min_df
    // idf still counts all 4 documents: banana df 3 → ln(5/4) + 1.
    QVERIFY(std::abs(minDf.idf()(0) - float(std::log(5.0 / 4.0) + 1.0)) < 1e-6f);

    params.minDf = 1;
    params.maxFeatures = 3; // banana (3), cherry (2), then the df-1 tie goes alphabetically: apple
    TfidfVectorizer maxFeatures(params);
    maxFeatures.fitTransform(documents);
    QCOMPARE(maxFeatures.vocabulary(),
             (QStringList{QStringLiteral("apple"), QStringLiteral("banana"), QStringLiteral("cherry")}));
}

void TestLsaEmbedder::tfidfVocabularyIndependentOfOrder()
{
    QStringList documents = m_teaching.texts;
    TfidfVectorizer forward;
    forward.fitTransform(documents);
    std::reverse(documents.begin(), documents.end());
    TfidfVectorizer backward;
    backward.fitTransform(documents);
    QCOMPARE(forward.vocabulary(), backward.vocabulary());
    QCOMPARE(forward.idf(), backward.idf());
    QVERIFY(std::is_sorted(forward.vocabulary().cbegin(), forward.vocabulary().cend()));
}

void TestLsaEmbedder::tfidfRejectsBadParts()
{
    const TfidfParams params;
    Eigen::VectorXf idf(2);
    idf << 1.0f, 2.0f;
    TfidfVectorizer ok(params, {QStringLiteral("a1"), QStringLiteral("b2")}, idf);
    QCOMPARE(ok.termIndex(QStringLiteral("b2")), 1);
    QVERIFY_THROWS_EXCEPTION(TareError, TfidfVectorizer(params, {QStringLiteral("b2"), QStringLiteral("a1")}, idf));
    QVERIFY_THROWS_EXCEPTION(TareError, TfidfVectorizer(params, {QStringLiteral("a1"), QStringLiteral("a1")}, idf));
    QVERIFY_THROWS_EXCEPTION(TareError, TfidfVectorizer(params, {QStringLiteral("a1")}, idf));
    idf(1) = std::numeric_limits<float>::infinity();
    QVERIFY_THROWS_EXCEPTION(TareError, TfidfVectorizer(params, {QStringLiteral("a1"), QStringLiteral("b2")}, idf));
    TfidfParams badDf;
    badDf.minDf = 0;
    TfidfVectorizer bad(badDf);
    QVERIFY_THROWS_EXCEPTION(TareError, bad.fitTransform({QStringLiteral("a")}));
}

void TestLsaEmbedder::nuanceEmbeddingsHaveUnitNorm()
{
    QCOMPARE(m_model.dim(), 256);
    QCOMPARE(m_embeddings.rows(), Eigen::Index(400));
    QCOMPARE(m_embeddings.cols(), Eigen::Index(256));
    QVERIFY(m_embeddings.allFinite());
    for (Eigen::Index i = 0; i < m_embeddings.rows(); ++i)
        QVERIFY2(std::abs(m_embeddings.row(i).norm() - 1.0f) < 1e-5f, qPrintable(m_nuance.ids.at(i)));
    // Singular values are sorted and positive; the projection has orthonormal columns.
    for (Eigen::Index i = 1; i < m_model.singularValues().size(); ++i)
        QVERIFY(m_model.singularValues()(i) <= m_model.singularValues()(i - 1));
    QVERIFY(m_model.singularValues()(255) > 0.0f);
    const Eigen::MatrixXf gram = m_model.projection().transpose() * m_model.projection();
    QVERIFY((gram - Eigen::MatrixXf::Identity(256, 256)).cwiseAbs().maxCoeff() < 1e-4f);
}

void TestLsaEmbedder::embedMatchesEmbedDocuments()
{
    for (qsizetype i = 0; i < m_nuance.texts.size(); ++i) {
        const Eigen::VectorXf single = m_model.embed(m_nuance.texts.at(i));
        QCOMPARE(single.size(), Eigen::Index(256));
        QVERIFY2((single - m_embeddings.row(i).transpose()).cwiseAbs().maxCoeff() < 1e-5f,
                 qPrintable(m_nuance.ids.at(i)));
    }
}

void TestLsaEmbedder::unknownTextGivesZeroVector()
{
    const Eigen::VectorXf none = m_model.embed(QStringLiteral("zzxqj qqvwk 🍝"));
    QCOMPARE(none.size(), Eigen::Index(256));
    QCOMPARE(none.cwiseAbs().maxCoeff(), 0.0f);
    const RowMatrixXf rows = m_model.embedDocuments({QString(), QStringLiteral("the and of")});
    QCOMPARE(rows.rows(), Eigen::Index(2));
    QCOMPARE(rows.cwiseAbs().maxCoeff(), 0.0f);
    QCOMPARE(m_model.embedDocuments({}).rows(), Eigen::Index(0));
}

void TestLsaEmbedder::pastaQueryFindsPasta()
{
    const Eigen::VectorXf query = m_model.embed(QStringLiteral("vegetarian pasta"));
    QVERIFY(std::abs(query.norm() - 1.0f) < 1e-5f);
    const Eigen::VectorXf scores = m_embeddings * query;
    std::vector<int> order(size_t(scores.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return scores(a) > scores(b); });

    const auto isPasta = [this](int i) {
        return m_nuance.texts.at(i).contains(QLatin1String("pasta"), Qt::CaseInsensitive);
    };
    int pastaInTop10 = 0;
    for (int rank = 0; rank < 10; ++rank)
        pastaInTop10 += isPasta(order[size_t(rank)]) ? 1 : 0;
    QVERIFY2(pastaInTop10 >= 1, "no pasta document among the top 10");
    QVERIFY(isPasta(order[0]));

    // On average pasta documents score far above the rest.
    double pasta = 0, other = 0;
    int pastaCount = 0;
    for (int i = 0; i < int(scores.size()); ++i) {
        if (isPasta(i)) {
            pasta += scores(i);
            ++pastaCount;
        } else {
            other += scores(i);
        }
    }
    QVERIFY(pastaCount > 0);
    QVERIFY(pasta / pastaCount > 3.0 * std::max(0.01, other / (scores.size() - pastaCount)));
}

void TestLsaEmbedder::dimIsClamped()
{
    LsaParams params;
    params.dim = 256;
    const LsaModel model = LsaModel::fit(m_teaching.texts, params);
    const int expected = int(std::min<qsizetype>({256, m_teaching.texts.size(), model.vocabulary().size()}));
    QCOMPARE(model.dim(), expected);
    QVERIFY(model.dim() < 256);
    QCOMPARE(model.params().dim, 256);
    QCOMPARE(model.documentCount(), qint64(m_teaching.texts.size()));
    QCOMPARE(model.projection().cols(), Eigen::Index(expected));
    QCOMPARE(model.embed(m_teaching.texts.first()).size(), Eigen::Index(expected));

    params.dim = 3;
    QCOMPARE(LsaModel::fit(m_teaching.texts, params).dim(), 3);
}

void TestLsaEmbedder::sameSeedBitIdenticalOtherSeedSameSpectrum()
{
    const LsaModel again = LsaModel::fit(m_nuance.texts);
    QCOMPARE(again.serialize(), m_model.serialize()); // every float, bit for bit

    LsaParams params;
    params.seed = 7;
    const LsaModel other = LsaModel::fit(m_nuance.texts, params);
    QVERIFY(m_model.projection() != other.projection());
    // The leading singular values do not depend on the random start. (TF-IDF spectra are flat,
    // so values near the cut-off, σ₂₅₆ ≈ 0.44·σ₁ here, are only good to a few per cent.)
    for (int i = 0; i < 32; ++i) {
        const float a = m_model.singularValues()(i);
        const float b = other.singularValues()(i);
        QVERIFY2(std::abs(a - b) < 1e-4f * a, qPrintable(QStringLiteral("σ%1: %2 vs %3").arg(i).arg(a).arg(b)));
    }
}

void TestLsaEmbedder::serializeRoundTrip()
{
    const QByteArray blob = m_model.serialize();
    QVERIFY(blob.startsWith("TARELSA"));
    const LsaModel copy = LsaModel::deserialize(blob);
    QCOMPARE(copy.dim(), m_model.dim());
    QCOMPARE(copy.vocabulary(), m_model.vocabulary());
    QCOMPARE(copy.idf(), m_model.idf());
    QCOMPARE(copy.singularValues(), m_model.singularValues());
    QCOMPARE(copy.projection(), m_model.projection());
    QCOMPARE(copy.documentCount(), m_model.documentCount());
    QCOMPARE(copy.params().seed, m_model.params().seed);
    QCOMPARE(copy.params().stopWords, m_model.params().stopWords);
    QCOMPARE(copy.embedDocuments(m_nuance.texts), m_embeddings);
    QCOMPARE(copy.serialize(), blob);

    LsaParams keep;
    keep.dim = 5;
    keep.stopWords = false;
    keep.minTokenLength = 2;
    const LsaModel model = LsaModel::fit(m_teaching.texts, keep);
    const LsaModel restored = LsaModel::deserialize(model.serialize());
    QCOMPARE(restored.params().stopWords, false);
    QCOMPARE(restored.params().minTokenLength, 2);
    QCOMPARE(restored.embed(QStringLiteral("the dog and the cake")),
             model.embed(QStringLiteral("the dog and the cake")));

    QVERIFY_THROWS_EXCEPTION(TareError, LsaModel().serialize());
}

void TestLsaEmbedder::corruptBlobsThrow_data()
{
    QTest::addColumn<QByteArray>("blob");

    const QByteArray good = m_smallBlob;
    QVERIFY(good.size() > 200);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not a model") << QByteArray("{\"model\": \"lsa\", \"dim\": 256}");
    QTest::newRow("magic only") << good.left(8);
    QTest::newRow("truncated header") << good.left(30);
    QTest::newRow("truncated in the vocabulary") << good.left(s_offsetFirstTerm + 10);
    QTest::newRow("truncated by one byte") << good.chopped(1);
    QTest::newRow("truncated, resealed") << resealed(good.chopped(100));

    QByteArray flipped = good;
    flipped[flipped.size() - 20] = char(flipped[flipped.size() - 20] ^ 0x01);
    QTest::newRow("flipped bit in the projection") << flipped;

    QByteArray magic = good;
    magic[0] = 'X';
    QTest::newRow("bad magic") << resealed(magic);

    QByteArray version = good;
    putUInt32(version, s_offsetVersion, 2);
    QTest::newRow("future format version") << resealed(version);

    QByteArray stopWords = good;
    stopWords[s_offsetStopWords] = 7;
    QTest::newRow("bad stop-word flag") << resealed(stopWords);

    for (const auto& [name, offset, value] : std::initializer_list<std::tuple<const char*, int, quint32>>{
             {"absurd term count", s_offsetTerms, 0x7fffffffu},
             {"negative term count", s_offsetTerms, 0xffffffffu},
             {"zero terms", s_offsetTerms, 0u},
             {"absurd dimension", s_offsetDim, 0x7fffffffu},
             {"dimension above the term count", s_offsetDim, getUInt32(good, s_offsetTerms) + 1},
             {"zero dimension", s_offsetDim, 0u},
             {"huge term length", s_offsetFirstTerm, 0xfffffff0u},
             {"term length past the end", s_offsetFirstTerm, quint32(good.size())},
         }) {
        QByteArray edited = good;
        putUInt32(edited, offset, value);
        QTest::newRow(name) << resealed(edited);
    }

    QByteArray unsorted = good;
    const quint32 firstLength = getUInt32(good, s_offsetFirstTerm);
    for (quint32 i = 0; i < firstLength; ++i)
        unsorted[s_offsetFirstTerm + 4 + i] = 'z';
    QTest::newRow("vocabulary out of order") << resealed(unsorted);

    QByteArray zeroIdf = good;
    putUInt32(zeroIdf, idfOffset(good), 0u);
    QTest::newRow("zero idf") << resealed(zeroIdf);

    QByteArray nan = good;
    putUInt32(nan, nan.size() - 12, 0x7fc00000u); // the last projection value
    QTest::newRow("NaN in the projection") << resealed(nan);

    QByteArray trailing = good;
    trailing.insert(trailing.size() - 8, QByteArray(4, '\0'));
    QTest::newRow("bytes after the projection") << resealed(trailing);
}

void TestLsaEmbedder::corruptBlobsThrow()
{
    QFETCH(QByteArray, blob);
    try {
        LsaModel::deserialize(blob);
        QFAIL("the blob was accepted");
    } catch (const TareError& error) {
        QCOMPARE(error.kind(), TareError::Kind::Input);
        QVERIFY(!error.message().isEmpty());
    }
}

void TestLsaEmbedder::everyTruncationThrows()
{
    // Every prefix, as it is and with a checksum that matches it (so parsing itself must notice).
    QCOMPARE(LsaModel::deserialize(m_smallBlob).dim(), 8);
    int refused = 0;
    for (qsizetype length = 0; length < m_smallBlob.size(); ++length) {
        const QByteArray prefix = m_smallBlob.left(length);
        for (const QByteArray& blob : {prefix, length >= 8 ? resealed(prefix) : prefix}) {
            try {
                LsaModel::deserialize(blob);
            } catch (const TareError& error) {
                QCOMPARE(error.kind(), TareError::Kind::Input);
                ++refused;
            }
        }
    }
    QCOMPARE(refused, int(2 * m_smallBlob.size()));
}

void TestLsaEmbedder::explainShowsDocumentTerms()
{
    const Tokenizer tokenizer;
    int topTermInDocument = 0;
    for (qsizetype i = 0; i < m_nuance.texts.size(); ++i) {
        const QStringList tokens = tokenizer.tokenize(m_nuance.texts.at(i));
        const QList<TermWeight> terms = m_model.explain(m_embeddings.row(i).transpose(), 5);
        QVERIFY(!terms.isEmpty());
        QVERIFY(terms.first().weight > 0.0f);
        bool found = false;
        for (qsizetype t = 0; t < terms.size() && terms.at(t).weight > 0.0f; ++t)
            found = found || tokens.contains(terms.at(t).term);
        QVERIFY2(found, qPrintable(m_nuance.ids.at(i)));
        topTermInDocument += tokens.contains(terms.first().term) ? 1 : 0;
    }
    QVERIFY2(topTermInDocument >= 380, qPrintable(QString::number(topTermInDocument)));
}

void TestLsaEmbedder::explainOrderAndErrors()
{
    const Eigen::VectorXf query = m_model.embed(QStringLiteral("vegetarian pasta"));
    const QList<TermWeight> terms = m_model.explain(query, 8);
    QCOMPARE(terms.size(), 16);
    for (int i = 0; i < 8; ++i) {
        QVERIFY(terms.at(i).weight > 0.0f);
        QVERIFY(terms.at(8 + i).weight < 0.0f);
        if (i > 0) {
            QVERIFY(terms.at(i).weight <= terms.at(i - 1).weight);
            QVERIFY(terms.at(8 + i).weight >= terms.at(8 + i - 1).weight);
        }
    }
    QStringList top;
    for (int i = 0; i < 2; ++i)
        top.append(terms.at(i).term);
    top.sort();
    QCOMPARE(top, (QStringList{QStringLiteral("pasta"), QStringLiteral("vegetarian")}));

    QCOMPARE(m_model.explain(query, 0).size(), 0);
    QVERIFY_THROWS_EXCEPTION(TareError, m_model.explain(Eigen::VectorXf::Ones(3), 5));
    QVERIFY_THROWS_EXCEPTION(TareError, m_model.explain(query, -1));
}

void TestLsaEmbedder::embedFromManyThreads()
{
    const QList<Eigen::VectorXf> vectors =
        QtConcurrent::blockingMapped(m_nuance.texts, [this](const QString& text) { return m_model.embed(text); });
    QCOMPARE(vectors.size(), m_nuance.texts.size());
    for (qsizetype i = 0; i < vectors.size(); ++i)
        QVERIFY((vectors.at(i) - m_embeddings.row(i).transpose()).cwiseAbs().maxCoeff() < 1e-5f);
}

void TestLsaEmbedder::fitErrors()
{
    const auto kindOf = [](const std::function<void()>& work) {
        try {
            work();
        } catch (const TareError& error) {
            return int(error.kind());
        }
        return -1;
    };
    QCOMPARE(kindOf([] {
                 LsaModel::fit({QStringLiteral("the and of"), QStringLiteral("!!")});
             }),
             int(TareError::Kind::Input));
    QCOMPARE(kindOf([] { LsaModel::fit({}); }), int(TareError::Kind::Input));
    LsaParams params;
    params.dim = 0;
    QCOMPARE(kindOf([&] { LsaModel::fit({QStringLiteral("apple")}, params); }), int(TareError::Kind::Usage));
    params.dim = 4;
    params.minDf = 0;
    QCOMPARE(kindOf([&] { LsaModel::fit({QStringLiteral("apple")}, params); }), int(TareError::Kind::Usage));
    QCOMPARE(kindOf([] { LsaModel().embed(QStringLiteral("apple")); }), int(TareError::Kind::Usage));
    QVERIFY(LsaModel().isEmpty());
}

void TestLsaEmbedder::fitCancelAndProgress()
{
    qint64 lastDone = 0;
    qint64 lastTotal = -1;
    int reports = 0;
    ProgressSink sink;
    sink.progress = [&](qint64 done, qint64 total, const QString&) {
        QVERIFY(done >= lastDone);
        lastDone = done;
        lastTotal = total;
        ++reports;
    };
    LsaParams params;
    params.dim = 16;
    LsaModel::fit(m_teaching.texts, params, sink);
    QVERIFY(reports >= 3);
    QCOMPARE(lastDone, lastTotal);

    ProgressSink cancel;
    cancel.cancelled = [] { return true; };
    try {
        LsaModel::fit(m_teaching.texts, params, cancel);
        QFAIL("cancellation was ignored");
    } catch (const TareError& error) {
        QCOMPARE(error.kind(), TareError::Kind::Cancelled);
    }
    int polls = 0;
    ProgressSink late; // lets the tf-idf stage run, cancels inside the SVD
    late.cancelled = [&polls] { return ++polls > 2; };
    QVERIFY_THROWS_EXCEPTION(TareError, LsaModel::fit(m_teaching.texts, params, late));
    QVERIFY(polls > 2);
}

void TestLsaEmbedder::templateApply_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("instruction");
    QTest::addColumn<QString>("expected");

    const QString query = EmbeddingTemplate::defaultQuery().pattern();
    QTest::newRow("default query") << query << QStringLiteral("vegetarian pasta")
                                   << QStringLiteral("Given a request, find passages")
                                   << QStringLiteral(
                                          "Instruct: Given a request, find passages\nQuery: vegetarian pasta");
    QTest::newRow("default document") << EmbeddingTemplate::defaultDocument().pattern() << QStringLiteral("A text.")
                                      << QStringLiteral("ignored") << QStringLiteral("A text.");
    QTest::newRow("empty instruction keeps the words")
        << query << QStringLiteral("q") << QString() << QStringLiteral("Instruct: \nQuery: q");
    QTest::newRow("unknown placeholder stays") << QStringLiteral("{title}: {text} {TEXT}") << QStringLiteral("body")
                                               << QString() << QStringLiteral("{title}: body {TEXT}");
    QTest::newRow("values are not expanded again")
        << QStringLiteral("{instruction}|{text}") << QStringLiteral("{instruction}") << QStringLiteral("{text}")
        << QStringLiteral("{text}|{instruction}");
    QTest::newRow("repeated placeholders")
        << QStringLiteral("{text} and {text}") << QStringLiteral("x") << QString() << QStringLiteral("x and x");
    QTest::newRow("stray braces") << QStringLiteral("{{text}} {") << QStringLiteral("y") << QString()
                                  << QStringLiteral("{y} {");
    QTest::newRow("no placeholder") << QStringLiteral("constant") << QStringLiteral("y") << QString()
                                    << QStringLiteral("constant");
}

void TestLsaEmbedder::templateApply()
{
    QFETCH(QString, pattern);
    QFETCH(QString, text);
    QFETCH(QString, instruction);
    QFETCH(QString, expected);
    const EmbeddingTemplate embeddingTemplate(pattern);
    QCOMPARE(embeddingTemplate.apply(text, instruction), expected);
    QCOMPARE(embeddingTemplate.usesInstruction(), pattern.contains(QLatin1String("{instruction}")));
    QCOMPARE(EmbeddingTemplate().pattern(), QStringLiteral("{text}"));
}

QTEST_GUILESS_MAIN(TestLsaEmbedder)
#include "tst_lsaembedder.moc"
