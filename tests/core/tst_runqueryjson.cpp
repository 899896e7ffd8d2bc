// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/runqueryjson.h"

#include <QJsonDocument>
#include <QTest>

#include <cmath>

using namespace tare;

class TestRunQueryJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusNames();
    void metricsRoundTrip();
    void failedQueryHasNoFigures();
    void judgedRoundTrip();
};

void TestRunQueryJson::statusNames()
{
    for (RunStatus status : {RunStatus::Created, RunStatus::Running, RunStatus::Paused, RunStatus::Cancelled,
                             RunStatus::Failed, RunStatus::Finished})
        QCOMPARE(runStatusFromName(runStatusName(status)), status);
    QCOMPARE(runStatusName(RunStatus::Finished), QStringLiteral("finished"));
    QVERIFY(!runStatusFromName(QStringLiteral("Finished")));
    QCOMPARE(queryOutcomeName(QueryOutcome::Failed), QStringLiteral("failed"));
    QCOMPARE(queryOutcomeFromName(QStringLiteral("finished")), QueryOutcome::Finished);
    QVERIFY(!queryOutcomeFromName(QStringLiteral("running")));
}

void TestRunQueryJson::metricsRoundTrip()
{
    QueryFigures figures;
    figures.metrics.ap = 0.625;
    figures.metrics.ndcg10 = 0.5;
    figures.metrics.p10 = 0.3;
    figures.metrics.recall100 = 1.0;
    figures.metrics.rr = 1.0 / 3.0;
    figures.metrics.auc = std::numeric_limits<double>::quiet_NaN(); // stored as null
    figures.metrics.numRelevant = 4;
    figures.dPrime = 1.25;
    figures.ks = 0.75;
    figures.bestF1 = 0.8;
    figures.candidates = 27;
    const QByteArray bytes = RunQueryJson::metricsBytes(figures);
    // The column's exact form: sorted keys, compact, null for a non-finite figure.
    const QByteArray expected = R"({"ap":0.625,"auc":null,"best_f1":0.8,"candidates":27,"dprime":1.25,"ks":0.75,)"
                                R"("ndcg10":0.5,"p10":0.3,"recall100":1,"relevant":4,"rr":0.3333333333333333})";
    QCOMPARE(bytes, expected);
    const auto back = RunQueryJson::parseMetrics(bytes);
    QVERIFY(back);
    for (const QueryFigure figure : QueryFigures::all) {
        if (std::isnan(figures.value(figure)))
            QVERIFY(std::isnan(back->value(figure)));
        else
            QCOMPARE(back->value(figure), figures.value(figure));
    }
    QCOMPARE(back->candidates, qint64(27));
    QCOMPARE(back->metrics.numRelevant, qint64(4));
    QCOMPARE(RunQueryJson::metricsBytes(back), bytes);
    // A missing figure reads as NaN.
    QVERIFY(std::isnan(RunQueryJson::parseMetrics(R"({"ap":0.5})")->value(QueryFigure::Ks)));
}

void TestRunQueryJson::failedQueryHasNoFigures()
{
    QCOMPARE(RunQueryJson::metricsBytes(std::nullopt), QByteArrayLiteral("{}"));
    QVERIFY(!RunQueryJson::parseMetrics("{}"));
    QVERIFY(!RunQueryJson::parseMetrics("not json"));
    RunQueryRecord failed;
    failed.outcome = QueryOutcome::Failed;
    QVERIFY(!failed.finished());
    QVERIFY(std::isnan(failed.figure(QueryFigure::Ap, true)));
}

void TestRunQueryJson::judgedRoundTrip()
{
    const QList<JudgedDocument> documents = {
        {QStringLiteral("d7"), 7, 3, 1, 0.9, QStringLiteral("ok"), 2, false},
        {QStringLiteral("d\"8"), 8, 1, 4, std::nullopt, QStringLiteral("ok"), 0, false}, // no score: stored as failed
        {QStringLiteral("d9"), 9, 2, 2, 1.0, QStringLiteral("ok"), 1, true},
    };
    const QByteArray bytes = RunQueryJson::judgedBytes(documents);
    const QByteArray expected =
        R"([{"document":"d7","document_id":7,"grade":2,"rank_after":1,"rank_before":3,"score":0.9,"status":"ok"},)"
        R"({"document":"d\"8","document_id":8,"grade":0,"rank_after":4,"rank_before":1,"score":null,"status":"failed"},)"
        R"({"document":"d9","document_id":9,"grade":1,"human":true,"rank_after":2,"rank_before":2,"score":1,"status":"ok"}])";
    QCOMPARE(bytes, expected);
    const QList<JudgedDocument> back = RunQueryJson::parseJudged(bytes);
    QCOMPARE(back.size(), 3);
    QCOMPARE(back[0].extId, QStringLiteral("d7"));
    QCOMPARE(back[0].score, std::optional<double>(0.9));
    QCOMPARE(back[1].status, QStringLiteral("failed"));
    QVERIFY(!back[1].score);
    QVERIFY(back[2].human && !back[0].human);
    QCOMPARE(back[2].rankBefore, 2);
    QCOMPARE(RunQueryJson::judgedBytes(back), bytes);
}

QTEST_GUILESS_MAIN(TestRunQueryJson)
#include "tst_runqueryjson.moc"
