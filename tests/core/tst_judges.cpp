// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/judge/judgefactory.h"
#include "core/judge/simulatedjudge.h"
#include "core/util/tareerror.h"

#include <QTest>

#include <algorithm>

using namespace tare;

namespace {

GoldJudge::Grades someGrades()
{
    GoldJudge::Grades grades;
    for (qint64 q = 1; q <= 20; ++q) {
        for (qint64 d = 1; d <= 500; ++d)
            grades.insert({q, d}, (d % 5 == 0) ? 2 : (d % 7 == 0 ? 0 : -1));
    }
    return grades;
}

QList<JudgeRequest> allPairs()
{
    QList<JudgeRequest> requests;
    for (qint64 q = 1; q <= 20; ++q) {
        for (qint64 d = 1; d <= 500; ++d)
            requests.append({q, d, {}, {}, {}});
    }
    return requests;
}

} // namespace

class TestJudges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goldIsBinary();
    void flipRateAndDeterminism();
    void gaussianNoiseIsClipped();
    void identitiesDiffer();
    void factory_data();
    void factory();
    void remoteJudgeSettingsNeverCarrySecrets_data();
    void remoteJudgeSettingsNeverCarrySecrets();
};

void TestJudges::goldIsBinary()
{
    GoldJudge judge(someGrades());
    const auto outcomes = judge.judge({{1, 5, {}, {}, {}}, {1, 7, {}, {}, {}}, {1, 1, {}, {}, {}}, {99, 99, {}, {}, {}}}, {});
    QCOMPARE(outcomes.size(), 4);
    QCOMPARE(*outcomes[0].score, 1.0); // grade 2
    QCOMPARE(*outcomes[1].score, 0.0); // grade 0
    QCOMPARE(*outcomes[2].score, 0.0); // negative grade
    QCOMPARE(*outcomes[3].score, 0.0); // unlabelled
    QCOMPARE(judge.info().identity, QStringLiteral("gold"));
}

void TestJudges::flipRateAndDeterminism()
{
    const auto grades = someGrades();
    SimulatedJudge judge(grades, {0.2, 0.0, 7});
    GoldJudge gold(grades);
    auto requests = allPairs();
    const auto outcomes = judge.judge(requests, {});
    int flipped = 0;
    for (qsizetype i = 0; i < requests.size(); ++i)
        flipped += *outcomes[i].score != gold.goldScore(requests[i].queryId, requests[i].documentId);
    const double rate = double(flipped) / double(requests.size());
    // 10,000 Bernoulli(0.2) draws: the standard deviation of the rate is 0.004.
    QVERIFY2(rate > 0.18 && rate < 0.22, qPrintable(QString::number(rate)));

    // The same pair gets the same answer whatever the order of the batch.
    std::reverse(requests.begin(), requests.end());
    const auto reversed = judge.judge(requests, {});
    for (qsizetype i = 0; i < requests.size(); ++i)
        QCOMPARE(*reversed[i].score, judge.score(requests[i].queryId, requests[i].documentId));

    // Another seed flips other pairs.
    SimulatedJudge other(grades, {0.2, 0.0, 8});
    int differ = 0;
    for (const auto& request : requests)
        differ += other.score(request.queryId, request.documentId) != judge.score(request.queryId, request.documentId);
    QVERIFY(differ > 1000);
}

void TestJudges::gaussianNoiseIsClipped()
{
    SimulatedJudge judge(someGrades(), {0.0, 0.3, 1});
    const auto outcomes = judge.judge(allPairs(), {});
    double sum = 0.0;
    int interior = 0;
    for (const auto& outcome : outcomes) {
        QVERIFY(*outcome.score >= 0.0 && *outcome.score <= 1.0);
        sum += *outcome.score;
        interior += *outcome.score > 0.0 && *outcome.score < 1.0;
    }
    QVERIFY(interior > 2000); // noise moved scores off 0 and 1
    // 20% of pairs are relevant; clipped noise keeps the mean near that, pulled towards 0.5 a little.
    const double mean = sum / outcomes.size();
    QVERIFY2(mean > 0.2 && mean < 0.35, qPrintable(QString::number(mean)));
}

void TestJudges::identitiesDiffer()
{
    const auto grades = someGrades();
    QSet<QString> identities;
    for (const QString& spec : {QStringLiteral("gold"), QStringLiteral("simulated:flip=0.2"), QStringLiteral("simulated:flip=0.3"),
                                QStringLiteral("simulated:flip=0.2,seed=5"), QStringLiteral("simulated:sigma=0.2")})
        identities.insert(JudgeFactory::create(spec, grades)->info().identity);
    QCOMPARE(identities.size(), 5);
}

void TestJudges::factory_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("valid");
    QTest::newRow("gold") << QStringLiteral("gold") << true;
    QTest::newRow("flip") << QStringLiteral("simulated:flip=0.2") << true;
    QTest::newRow("flip seed") << QStringLiteral("simulated:flip=0.1:seed=3") << true;
    QTest::newRow("sigma") << QStringLiteral("simulated:sigma=0.25,seed=9") << true;
    QTest::newRow("no noise") << QStringLiteral("simulated") << false;
    QTest::newRow("rate above 1") << QStringLiteral("simulated:flip=1.5") << false;
    QTest::newRow("not a number") << QStringLiteral("simulated:flip=x") << false;
    QTest::newRow("unknown") << QStringLiteral("oracle") << false;
}

void TestJudges::factory()
{
    QFETCH(QString, spec);
    QFETCH(bool, valid);
    if (valid) {
        QVERIFY(JudgeFactory::create(spec, {}));
        return;
    }
    try {
        JudgeFactory::create(spec, {});
        QFAIL("must throw");
    } catch (const TareError& error) {
        QCOMPARE(error.kind(), TareError::Kind::Usage);
        QVERIFY(error.message().contains(spec));
    }
}

void TestJudges::remoteJudgeSettingsNeverCarrySecrets_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("keyVariable");
    QTest::addColumn<QString>("expected");
    QTest::newRow("credentials in the URL") << QStringLiteral("http://user:sk-secret-123@127.0.0.1:9/v1") << QString()
                                            << QStringLiteral("must not hold credentials");
    QTest::newRow("key given as the variable") << QStringLiteral("http://127.0.0.1:9/v1") << QStringLiteral("sk-secret-123")
                                               << QStringLiteral("not the key itself");
}

void TestJudges::remoteJudgeSettingsNeverCarrySecrets()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, keyVariable);
    QFETCH(QString, expected);
    RemoteJudgeSettings remote;
    remote.endpoint = endpoint;
    remote.model = QStringLiteral("m");
    remote.apiKeyEnv = keyVariable;
    try {
        JudgeFactory::create(QStringLiteral("llm-yesno"), {}, remote);
        QFAIL("must throw");
    } catch (const TareError& error) {
        QCOMPARE(error.kind(), TareError::Kind::Usage);
        QVERIFY2(error.message().contains(expected), qPrintable(error.message()));
        QVERIFY(!error.message().contains(QStringLiteral("sk-secret-123")));
    }
}

QTEST_GUILESS_MAIN(TestJudges)
#include "tst_judges.moc"
