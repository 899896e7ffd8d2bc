// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/metrics/rankingmetrics.h"
#include "core/util/tareerror.h"

#include <QTest>

#include <cmath>
#include <cstring>
#include <numeric>
#include <random>

using namespace tare;

namespace {

// "score:docno:grade ..." with grade "-" for a document that is not in the qrels.
std::vector<RankingMetrics::Candidate> candidatesFrom(const QByteArray& spec)
{
    std::vector<RankingMetrics::Candidate> out;
    for (const QByteArray& item : spec.split(' ')) {
        const QList<QByteArray> parts = item.split(':');
        RankingMetrics::Candidate c;
        c.score = parts.at(0).toDouble();
        c.docno = parts.at(1);
        c.grade = parts.at(2) == "-" ? RankingMetrics::Unjudged : parts.at(2).toInt();
        out.push_back(c);
    }
    return out;
}

std::vector<int> gradesFrom(const QByteArray& spec)
{
    std::vector<int> out;
    for (const QByteArray& g : spec.split(' '))
        out.push_back(g.toInt());
    return out;
}

double lg(double x)
{
    return std::log2(x);
}

// Exact equality that treats two NaNs as equal.
bool same(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

bool sameMetrics(const QueryMetrics& a, const QueryMetrics& b)
{
    return same(a.ap, b.ap) && same(a.ndcg10, b.ndcg10) && same(a.p10, b.p10) && same(a.recall100, b.recall100)
        && same(a.rr, b.rr) && same(a.auc, b.auc) && a.numRetrieved == b.numRetrieved
        && a.numRelevant == b.numRelevant && a.numRelevantRetrieved == b.numRelevantRetrieved;
}

QByteArray describe(const QueryMetrics& m)
{
    return QByteArray("ap=") + QByteArray::number(m.ap, 'g', 17) + " ndcg=" + QByteArray::number(m.ndcg10, 'g', 17)
        + " p=" + QByteArray::number(m.p10, 'g', 17) + " recall=" + QByteArray::number(m.recall100, 'g', 17)
        + " rr=" + QByteArray::number(m.rr, 'g', 17) + " auc=" + QByteArray::number(m.auc, 'g', 17);
}

} // namespace

/// Hand-checkable rankings and measures, and the fast path against the string path.
class TestRankingMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handChecked_data()
    {
        QTest::addColumn<QByteArray>("candidates");
        QTest::addColumn<QByteArray>("qrels");
        QTest::addColumn<QByteArrayList>("order");
        QTest::addColumn<double>("ap");
        QTest::addColumn<double>("ndcg");
        QTest::addColumn<double>("p10");
        QTest::addColumn<double>("recall");
        QTest::addColumn<double>("rr");
        QTest::addColumn<double>("auc");

        // d3 and d2 tie at 0.5: the larger docno (d3) goes first. d9 is relevant but never retrieved.
        QTest::newRow("tie broken by docno descending")
            << QByteArray("0.5:d2:0 0.9:d1:1 0.5:d3:1 0.1:d4:-") << QByteArray("1 0 1 1")
            << QByteArrayList{"d1", "d3", "d2", "d4"} << (1.0 + 1.0) / 3 << (1 + 1 / lg(3)) / (1 + 1 / lg(3) + 0.5)
            << 0.2 << 2.0 / 3 << 1.0 << 3.5 / 4;
        // All tied: byte order descending, e0 > d9 > d100 > d10 > D5 (README §2.1).
        QTest::newRow("all tied, byte order")
            << QByteArray("1:d10:1 1:d9:0 1:d100:1 1:D5:1 1:e0:-") << QByteArray("1 0 1 1")
            << QByteArrayList{"e0", "d9", "d100", "d10", "D5"} << (1.0 / 3 + 2.0 / 4 + 3.0 / 5) / 3
            << (1 / lg(4) + 1 / lg(5) + 1 / lg(6)) / (1 + 1 / lg(3) + 0.5) << 0.3 << 1.0 << 1.0 / 3 << 0.5;
        // UTF-8 bytes: "é" is 0xC3 0xA9, above every ASCII letter.
        QTest::newRow("all tied, UTF-8 bytes")
            << QByteArray("2:z:1 2:\xc3\xa9:0 2:Z:0") << QByteArray("1 0 0")
            << QByteArrayList{"\xc3\xa9", "z", "Z"} << 0.5 << 1 / lg(3) << 0.1 << 1.0 << 0.5 << 0.5;
        // R = 3 (c and d are never retrieved); the ideal DCG has d's grade 2 first.
        QTest::newRow("never-retrieved relevant documents")
            << QByteArray("0.9:a:0 0.8:b:1") << QByteArray("0 1 1 2") << QByteArrayList{"a", "b"} << (1.0 / 2) / 3
            << (1 / lg(3)) / (2 + 1 / lg(3) + 0.5) << 0.1 << 1.0 / 3 << 0.5 << 0.0;
        // Linear gain: grade 2 counts 2 (not 2^2 - 1 = 3).
        QTest::newRow("graded nDCG, linear gain")
            << QByteArray("3:x:1 2:y:2 1:z:0 0.5:w:2") << QByteArray("1 2 0 2") << QByteArrayList{"x", "y", "z", "w"}
            << (1.0 + 1.0 + 3.0 / 4) / 3 << (1 + 2 / lg(3) + 2 / lg(5)) / (2 + 2 / lg(3) + 1 / lg(4)) << 0.3 << 1.0
            << 1.0 << 2.0 / 3;
        // A negative grade is judged but unassessed: not relevant, not in R, no gain.
        QTest::newRow("negative grade")
            << QByteArray("1:a:-1 0.5:b:1") << QByteArray("-1 1") << QByteArrayList{"a", "b"} << 0.5 << 1 / lg(3)
            << 0.1 << 1.0 << 0.5 << 0.0;
        QTest::newRow("no relevant document")
            << QByteArray("1:a:0 0.5:b:-") << QByteArray("0 0") << QByteArrayList{"a", "b"} << 0.0 << 0.0 << 0.0
            << 0.0 << 0.0 << std::nan("");
        // -0 and +0 are the same score, so the docno decides.
        QTest::newRow("minus zero ties with zero")
            << QByteArray("0:a:1 -0:b:0 -1e-3:c:1") << QByteArray("1 0 1") << QByteArrayList{"b", "a", "c"}
            << (1.0 / 2 + 2.0 / 3) / 2 << (1 / lg(3) + 1 / lg(4)) / (1 + 1 / lg(3)) << 0.2 << 1.0 << 0.5 << 0.25;
        // AUC with a tie between a relevant and a non-relevant document and one clear win each way.
        QTest::newRow("AUC with ties")
            << QByteArray("0.9:r1:1 0.7:n1:0 0.7:r2:2 0.2:n2:- 0.1:r3:1") << QByteArray("1 2 1 0")
            << QByteArrayList{"r1", "r2", "n1", "n2", "r3"}
            << (1.0 + 1.0 + 3.0 / 5) / 3 << (1 + 2 / lg(3) + 1 / lg(6)) / (2 + 1 / lg(3) + 1 / lg(4)) << 0.3 << 1.0
            << 1.0 << (2.0 + 1.5 + 0.0) / 6;
    }
    void handChecked()
    {
        QFETCH(QByteArray, candidates);
        QFETCH(QByteArray, qrels);
        QFETCH(QByteArrayList, order);
        QFETCH(double, ap);
        QFETCH(double, ndcg);
        QFETCH(double, p10);
        QFETCH(double, recall);
        QFETCH(double, rr);
        QFETCH(double, auc);

        const auto cands = candidatesFrom(candidates);
        QByteArrayList ranked;
        for (qsizetype i : RankingMetrics::rank(cands))
            ranked.append(cands[static_cast<std::size_t>(i)].docno);
        QCOMPARE(ranked, order);

        const QueryMetrics m = RankingMetrics::evaluate(cands, gradesFrom(qrels));
        QVERIFY2(std::abs(m.ap - ap) < 1e-15, describe(m).constData());
        QVERIFY2(std::abs(m.ndcg10 - ndcg) < 1e-15, describe(m).constData());
        QCOMPARE(m.p10, p10);
        QVERIFY2(std::abs(m.recall100 - recall) < 1e-15, describe(m).constData());
        QCOMPARE(m.rr, rr);
        QVERIFY2(same(m.auc, auc) || std::abs(m.auc - auc) < 1e-15, describe(m).constData());
        QCOMPARE(m.hasAuc(), !std::isnan(auc));
        QCOMPARE(m.numRetrieved, qint64(cands.size()));
    }

    void cutoffs()
    {
        // 12 retrieved, relevant at ranks 1, 5 and 11; a fourth relevant document is never retrieved.
        std::vector<RankingMetrics::Candidate> cands;
        for (int rank = 1; rank <= 12; ++rank) {
            const bool relevant = rank == 1 || rank == 5 || rank == 11;
            cands.push_back({100.0 - rank, "doc" + QByteArray::number(rank), relevant ? 1 : 0});
        }
        std::vector<int> qrels(12, 0);
        qrels[0] = qrels[1] = qrels[2] = qrels[3] = 1;

        RankingMetrics::Options options;
        options.ndcgCutoff = 5;
        options.precisionCutoff = 5;
        options.recallCutoff = 10;
        const QueryMetrics m = RankingMetrics::evaluate(cands, qrels, options);
        QCOMPARE(m.p10, 2.0 / 5);
        QCOMPARE(m.recall100, 2.0 / 4);
        QVERIFY(std::abs(m.ndcg10 - (1 + 1 / lg(6)) / (1 + 1 / lg(3) + 1 / lg(4) + 1 / lg(5))) < 1e-15);
        QVERIFY(std::abs(m.ap - (1.0 + 2.0 / 5 + 3.0 / 11) / 4) < 1e-15);
        QCOMPARE(m.numRelevant, qint64(4));
        QCOMPARE(m.numRelevantRetrieved, qint64(3));

        // Defaults: P@10 divides by 10 however few documents were retrieved.
        const QueryMetrics d = RankingMetrics::evaluate(std::span(cands).first(2), qrels);
        QCOMPARE(d.p10, 0.1);
        QCOMPARE(d.recall100, 0.25);

        options.precisionCutoff = 0;
        QVERIFY_THROWS_EXCEPTION(TareError, RankingMetrics::evaluate(cands, qrels, options));
    }

    void tieBreakRanks()
    {
        const std::vector<QByteArray> docnos{"d10", "d9", "d100", "D5", "e0"};
        const std::vector<quint32> expected{3, 1, 2, 4, 0};
        QCOMPARE(RankingMetrics::tieBreakRanks(docnos), expected);
    }

    void invalidInputIsRefused()
    {
        const std::vector<int> grades{1, 0};
        const std::vector<double> unsorted{0.1, 0.9};
        const std::vector<int> qrels{1, 0};
        QVERIFY_THROWS_EXCEPTION(TareError,
                                 RankingMetrics::evaluateRanked(grades, std::span<const double>(unsorted), qrels));

        RankingMetrics::Workspace ws;
        const std::vector<float> scores{0.5f, 0.5f};
        const std::vector<quint32> notAPermutation{0, 0};
        QVERIFY_THROWS_EXCEPTION(TareError, RankingMetrics::rankFast(scores, notAPermutation, ws));
    }

    void fastPathMatchesStringPath_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("levels");
        QTest::addColumn<quint64>("seed");
        QTest::newRow("10 candidates, 3 score levels") << 10 << 3 << quint64(1);
        QTest::newRow("600 candidates, 5 levels (radix sort)") << 600 << 5 << quint64(2);
        QTest::newRow("5000 candidates, 41 levels") << 5000 << 41 << quint64(3);
        QTest::newRow("20000 candidates, 2 levels") << 20000 << 2 << quint64(4);
        QTest::newRow("3000 candidates, distinct scores") << 3000 << 0 << quint64(5);
    }
    void fastPathMatchesStringPath()
    {
        QFETCH(int, count);
        QFETCH(int, levels);
        QFETCH(quint64, seed);

        std::mt19937_64 rng(seed);
        const auto below = [&](int n) { return static_cast<int>(rng() % static_cast<quint64>(n)); };
        static const char alphabet[] = "aAzZ09_-.\xc3\xa9";
        const std::size_t alphabetSize = std::strlen(alphabet);

        std::vector<float> scores(static_cast<std::size_t>(count));
        std::vector<QByteArray> docnos(static_cast<std::size_t>(count));
        std::vector<int> grades(static_cast<std::size_t>(count));
        std::vector<int> qrels;
        std::vector<RankingMetrics::Candidate> cands(static_cast<std::size_t>(count));
        for (std::size_t i = 0; i < scores.size(); ++i) {
            float s = levels > 0 ? static_cast<float>(below(levels) - levels / 2) / 20.0f
                                 : std::ldexp(static_cast<float>(rng() >> 40), -24) - 0.5f;
            const int special = below(100);
            if (special == 0)
                s = -0.0f;
            else if (special == 1)
                s = std::nanf("");
            scores[i] = s;
            // Random prefix plus the index keeps docnos unique while sharing prefixes.
            QByteArray docno;
            for (int k = below(4); k >= 0; --k)
                docno.append(alphabet[static_cast<std::size_t>(below(static_cast<int>(alphabetSize)))]);
            docnos[i] = docno + QByteArray::number(static_cast<qulonglong>(i));
            const int g = below(6);
            grades[i] = g == 5 ? RankingMetrics::Unjudged : g - 1; // -1, 0, 1, 2, 3 or unjudged
            if (grades[i] != RankingMetrics::Unjudged)
                qrels.push_back(grades[i]);
            cands[i] = {static_cast<double>(s), docnos[i], grades[i]};
        }
        for (int extra = 0; extra < 7; ++extra)
            qrels.push_back(below(3)); // judged documents nobody retrieved

        const auto stringOrder = RankingMetrics::rank(cands);
        const auto ties = RankingMetrics::tieBreakRanks(docnos);
        RankingMetrics::Workspace ws;
        RankingMetrics::rankFast(scores, ties, ws);
        QCOMPARE(ws.order.size(), stringOrder.size());
        for (std::size_t p = 0; p < stringOrder.size(); ++p)
            QVERIFY2(qsizetype(ws.order[p]) == stringOrder[p], qPrintable(QStringLiteral("rank %1").arg(p + 1)));

        const QueryMetrics slow = RankingMetrics::evaluate(cands, qrels);
        const QueryMetrics fast = RankingMetrics::evaluateFast(scores, ties, grades, qrels, ws);
        QVERIFY2(sameMetrics(slow, fast), QByteArray(describe(slow) + " vs " + describe(fast)).constData());
        // A reused workspace gives the same answer.
        QVERIFY(sameMetrics(fast, RankingMetrics::evaluateFast(scores, ties, grades, qrels, ws)));
        QVERIFY(slow.numRelevantRetrieved > 0);
    }

    // evaluateFast() counts ranks instead of sorting; it must give bit for bit what the full sort
    // (rankFast() + evaluateRanked()) gives, on random data with score ties, -0, NaN, graded and
    // negative labels, other relevance levels and cutoffs, and relevant documents on tied scores.
    void partialEqualsFullSort_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("levels");
        QTest::addColumn<int>("relevanceLevel");
        QTest::addColumn<int>("cutoff");
        QTest::addColumn<int>("gradedPercent");
        QTest::addColumn<quint64>("seed");
        QTest::newRow("200,000 candidates, 2% graded, distinct scores") << 200000 << 0 << 1 << 10 << 2 << quint64(11);
        QTest::newRow("100,000 candidates, 9 levels (heavy ties)") << 100000 << 9 << 1 << 10 << 5 << quint64(12);
        QTest::newRow("50,000 candidates, 300 levels, level 2") << 50000 << 300 << 2 << 100 << 10 << quint64(13);
        QTest::newRow("3,000 candidates, half graded, cutoff 1") << 3000 << 40 << 1 << 1 << 50 << quint64(14);
        QTest::newRow("1,000 candidates, one score") << 1000 << 1 << 1 << 10 << 20 << quint64(15);
        QTest::newRow("500 candidates, level 0 (sorting fallback)") << 500 << 5 << 0 << 10 << 30 << quint64(16);
        QTest::newRow("12 candidates, none graded") << 12 << 3 << 1 << 10 << 0 << quint64(17);
        QTest::newRow("30 candidates, all graded") << 30 << 4 << 1 << 5 << 100 << quint64(18);
    }
    void partialEqualsFullSort()
    {
        QFETCH(int, count);
        QFETCH(int, levels);
        QFETCH(int, relevanceLevel);
        QFETCH(int, cutoff);
        QFETCH(int, gradedPercent);
        QFETCH(quint64, seed);

        std::mt19937_64 rng(seed);
        std::vector<float> scores(static_cast<std::size_t>(count));
        std::vector<int> grades(scores.size(), 0);
        std::vector<int> qrels;
        for (std::size_t i = 0; i < scores.size(); ++i) {
            const quint64 r = rng();
            float s = levels > 0 ? static_cast<float>(r % quint64(levels)) / 16.0f - 0.2f
                                 : std::ldexp(static_cast<float>(r >> 40), -24) - 0.5f;
            if ((r >> 20) % 211 == 0)
                s = -0.0f;
            else if ((r >> 20) % 223 == 0)
                s = std::nanf("");
            scores[i] = s;
            if (int((r >> 32) % 100) < gradedPercent) {
                grades[i] = 1 + int((r >> 50) % 3); // 1, 2 or 3
                qrels.push_back(grades[i]);
            } else if ((r >> 32) % 100 == 99) {
                grades[i] = -1; // judged, unassessed
                qrels.push_back(-1);
            }
        }
        for (int extra = 0; extra < 5; ++extra)
            qrels.push_back(extra % 3); // labelled documents that were not retrieved
        std::vector<quint32> ties(scores.size());
        std::iota(ties.begin(), ties.end(), 0u);
        std::shuffle(ties.begin(), ties.end(), rng);

        RankingMetrics::Options options;
        options.relevanceLevel = relevanceLevel;
        options.ndcgCutoff = cutoff;
        options.precisionCutoff = cutoff;
        options.recallCutoff = cutoff * 10;

        RankingMetrics::Workspace full;
        RankingMetrics::rankFast(scores, ties, full);
        std::vector<int> rankedGrades;
        std::vector<float> rankedScores;
        for (quint32 i : full.order) {
            rankedGrades.push_back(grades[i]);
            rankedScores.push_back(scores[i]);
        }
        const QueryMetrics sorted =
            RankingMetrics::evaluateRanked(rankedGrades, std::span<const float>(rankedScores), qrels, options);
        RankingMetrics::Workspace partial;
        const QueryMetrics counted = RankingMetrics::evaluateFast(scores, ties, grades, qrels, partial, options);
        QVERIFY2(sameMetrics(sorted, counted), QByteArray(describe(sorted) + " vs " + describe(counted)).constData());
        // Again with the same workspace.
        QVERIFY(sameMetrics(sorted, RankingMetrics::evaluateFast(scores, ties, grades, qrels, partial, options)));

        // ranksOf() agrees with the positions of the full order.
        std::vector<qint32> which;
        for (int k = 0; k < 25 && count > 0; ++k)
            which.push_back(qint32(rng() % quint64(count)));
        std::vector<qint32> ranks;
        RankingMetrics::ranksOf(scores, ties, which, ranks, partial);
        std::vector<qint32> position(scores.size());
        for (std::size_t p = 0; p < full.order.size(); ++p)
            position[full.order[p]] = qint32(p + 1);
        for (std::size_t k = 0; k < which.size(); ++k)
            QCOMPARE(ranks[k], position[std::size_t(which[k])]);
    }
};

QTEST_GUILESS_MAIN(TestRankingMetrics)
#include "tst_rankingmetrics.moc"
