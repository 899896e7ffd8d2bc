// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/documentvectorwriter.h"
#include "core/metrics/rankingmetrics.h"
#include "core/run/corpusindex.h"
#include "projectbuilder.h"

#include <QTest>

#include <algorithm>
#include <map>
#include <numeric>
#include <random>
#include <vector>

using namespace tare;

/// CorpusIndex::load over spaces of several chunks, stored in document order and out of it, in
/// float32 and float16: every row is its document's vector made unit, rows are in document id
/// order, ids and names match, and the corpus's tie ranks are trec_eval's (docno descending), as
/// RankingMetrics::tieBreakRanks computes them from the names.
class TestCorpusIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loadsEveryRowUnitInDocumentOrder_data();
    void loadsEveryRowUnitInDocumentOrder();
    void corpusTieRanksAreTrecEvals_data();
    void corpusTieRanksAreTrecEvals();

private:
    static constexpr int s_dim = 1024;
    static constexpr int s_documents = 5000; // 20 MB of float32 vectors: three chunks of 8 MiB

    void addSpaces_data();

    std::unique_ptr<TestUtils::ProjectBuilder> m_project;
    std::map<qint64, QByteArray> m_extIdOf;         ///< every document of the dataset
    std::map<qint64, Eigen::VectorXf> m_vectorOf;   ///< the documents with vectors (one has none)
    qint64 m_queryId = 0;
    qint64 m_inOrder = 0, m_shuffled = 0, m_halves = 0;
};

void TestCorpusIndex::initTestCase()
{
    m_project = std::make_unique<TestUtils::ProjectBuilder>(QStringLiteral("corpus.tare"));
    auto& project = *m_project;
    // Names whose byte order is neither insertion nor numeric order: "d10" < "d9", upper case
    // before lower case, UTF-8 after ASCII.
    std::mt19937 generator(7);
    std::vector<int> names(s_documents);
    std::iota(names.begin(), names.end(), 0);
    std::shuffle(names.begin(), names.end(), generator);
    std::vector<qint64> ids;
    for (int i = 0; i < s_documents; ++i) {
        const int n = names[size_t(i)];
        const QByteArray prefix = n % 7 == 0 ? QByteArray("\xc3\x89") : n % 5 == 0 ? QByteArray("D") : QByteArray("d"); // É, D, d
        const QByteArray extId = prefix + QByteArray::number(n);
        const qint64 id = project.addDocument(extId, "text " + extId);
        m_extIdOf[id] = extId;
        ids.push_back(id);
    }
    std::normal_distribution<float> normal(0.f, 3.f);
    for (size_t i = 0; i < ids.size(); ++i) {
        if (i == 17)
            continue; // a document without a vector: not a row, not a candidate
        Eigen::VectorXf vector(s_dim);
        for (int c = 0; c < s_dim; ++c)
            vector[c] = i == 23 ? 0.f : normal(generator); // one zero vector stays zero
        m_vectorOf[ids[i]] = vector;
    }
    m_inOrder = project.addSpace(QStringLiteral("in order"), s_dim);
    m_shuffled = project.addSpace(QStringLiteral("shuffled"), s_dim);
    m_halves = project.addSpace(QStringLiteral("halves"), s_dim, ElementType::Float16);
    std::vector<qint64> shuffled;
    for (const auto& [id, vector] : m_vectorOf)
        shuffled.push_back(id);
    std::shuffle(shuffled.begin(), shuffled.end(), generator);
    const auto write = [&](qint64 space, const std::vector<qint64>& order) {
        const auto writer = project->spaces().documentVectorWriter(space);
        for (const qint64 id : order) {
            const Eigen::VectorXf& vector = m_vectorOf[id];
            writer->add(id, std::span<const float>(vector.data(), size_t(vector.size())));
        }
        writer->finish();
    };
    std::vector<qint64> inOrder;
    for (const auto& [id, vector] : m_vectorOf)
        inOrder.push_back(id);
    write(m_inOrder, inOrder);
    write(m_shuffled, shuffled);
    write(m_halves, shuffled);
    m_queryId = project.addQuery("q1", "a query");
    project.label(m_queryId, ids[3], 2);
    project.label(m_queryId, ids[17], 1); // labelled, but without a vector
}

void TestCorpusIndex::addSpaces_data()
{
    QTest::addColumn<qint64>("space");
    QTest::addColumn<float>("tolerance");
    QTest::newRow("float32, stored in document order") << m_inOrder << 1e-6f;
    QTest::newRow("float32, stored out of order") << m_shuffled << 1e-6f;
    QTest::newRow("float16") << m_halves << 2e-3f;
}

void TestCorpusIndex::loadsEveryRowUnitInDocumentOrder_data()
{
    addSpaces_data();
}

void TestCorpusIndex::loadsEveryRowUnitInDocumentOrder()
{
    QFETCH(qint64, space);
    QFETCH(float, tolerance);
    const CorpusIndex index = CorpusIndex::load(m_project->store(), m_project->datasetId(), space);
    QCOMPARE(index.documentCount(), qint64(m_vectorOf.size()));
    qint32 row = 0;
    for (const auto& [id, vector] : m_vectorOf) {
        QCOMPARE(index.documentId(row), id);
        QCOMPARE(index.rowOf(id), row);
        QCOMPARE(index.documentExtId(row), QString::fromUtf8(m_extIdOf.at(id)));
        const Eigen::RowVectorXf loaded = index.documentRow(row);
        const float norm = vector.norm();
        if (norm == 0.f) {
            QVERIFY2(loaded.isZero(0.f), "a zero vector stays zero");
        } else {
            const float error = (loaded.transpose() - vector / norm).cwiseAbs().maxCoeff();
            QVERIFY2(error <= tolerance, qPrintable(QStringLiteral("row %1 is off its unit vector by %2").arg(row).arg(error)));
        }
        ++row;
    }
    const qint64 withoutVector = std::next(m_extIdOf.begin(), 17)->first;
    QCOMPARE(index.rowOf(withoutVector), -1);
    QCOMPARE(index.rowOf(0), -1);
}

void TestCorpusIndex::corpusTieRanksAreTrecEvals_data()
{
    addSpaces_data();
}

void TestCorpusIndex::corpusTieRanksAreTrecEvals()
{
    QFETCH(qint64, space);
    const CorpusIndex index = CorpusIndex::load(m_project->store(), m_project->datasetId(), space);
    const CandidateSet candidates = index.candidates(m_queryId);
    std::vector<QByteArray> docnos;
    for (const auto& [id, vector] : m_vectorOf)
        docnos.push_back(m_extIdOf.at(id));
    QCOMPARE(candidates.rows.size(), docnos.size());
    QVERIFY(candidates.tieRanks == RankingMetrics::tieBreakRanks(docnos));
    QCOMPARE(int(std::count(candidates.grades.begin(), candidates.grades.end(), 2)), 1);
    QCOMPARE(int(std::count(candidates.grades.begin(), candidates.grades.end(), 1)), 0);
    QCOMPARE(candidates.qrelsGrades.size(), size_t(2));
}

QTEST_GUILESS_MAIN(TestCorpusIndex)
#include "tst_corpusindex.moc"
