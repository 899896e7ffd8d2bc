// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/runqueryjson.h"
#include "core/models/queryresultsmodel.h"
#include "core/run/runsummary.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

#include <limits>

using namespace tare;

namespace {

RunQueryRecord result(qint64 queryId, double before, double after, double aucBefore, double aucAfter)
{
    RunQueryRecord record;
    record.runId = 7;
    record.queryId = queryId;
    record.apBefore = before;
    record.apAfter = after;
    record.before = RunQueryJson::parseMetrics("{\"ap\":" + QByteArray::number(before) + ",\"auc\":" + QByteArray::number(aucBefore) + "}");
    record.after = RunQueryJson::parseMetrics("{\"ap\":" + QByteArray::number(after) + ",\"auc\":" + QByteArray::number(aucAfter) + "}");
    return record;
}

RunQueryRecord failedResult(qint64 queryId)
{
    RunQueryRecord record;
    record.runId = 7;
    record.queryId = queryId;
    record.outcome = QueryOutcome::Failed;
    record.error = QStringLiteral("no vector");
    record.apBefore = std::numeric_limits<double>::quiet_NaN();
    record.apAfter = std::numeric_limits<double>::quiet_NaN();
    return record;
}

} // namespace

class TestQueryResultsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendsAndFormats();
    void setRunResets();
    void sortsNumerically_data();
    void sortsNumerically();
    void judgeAgreementColumn();
};

void TestQueryResultsModel::judgeAgreementColumn()
{
    QueryResultsModel model;
    RunQueryRecord record = result(3, 0.2, 0.4, 0.5, 0.6);
    // Four judged documents: the judge agrees with gold on three (0.9/2, 0.1/0, 0.6/1), not on 0.7/0;
    // a failed judgment does not count.
    record.judged = RunQueryJson::parseJudged(R"([{"score":0.9,"grade":2},{"score":0.1,"grade":0},{"score":0.6,"grade":1},)"
                                              R"({"score":0.7,"grade":0},{"score":null,"grade":1,"status":"failed"}])");
    model.appendResult(record, QStringLiteral("q3"));
    QCOMPARE(model.index(0, QueryResultsModel::JudgeAgreementColumn).data().toString(), QStringLiteral("0.750"));
    QCOMPARE(model.index(0, QueryResultsModel::JudgeAgreementColumn).data(QueryResultsModel::SortRole).toDouble(), 0.75);
    QVERIFY(!model.headerData(QueryResultsModel::JudgeAgreementColumn, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    model.appendResult(failedResult(4), QStringLiteral("q4"));
    QCOMPARE(model.index(1, QueryResultsModel::JudgeAgreementColumn).data().toString(), QStringLiteral("–"));
}

void TestQueryResultsModel::appendsAndFormats()
{
    QueryResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQueryTexts({{11, QStringLiteral("first query")}});
    QCOMPARE(model.columnCount(), int(QueryResultsModel::ColumnCount));
    model.appendResult(result(11, 0.25, 0.5, 0.6, 0.8), QStringLiteral("q11"));
    model.appendResult(failedResult(12), QStringLiteral("q12"));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.runId(), 7);
    QCOMPARE(model.index(0, QueryResultsModel::QueryColumn).data().toString(), QStringLiteral("q11"));
    QCOMPARE(model.index(0, QueryResultsModel::TextColumn).data().toString(), QStringLiteral("first query"));
    QCOMPARE(model.index(0, QueryResultsModel::ApBeforeColumn).data().toString(), QStringLiteral("0.250"));
    QCOMPARE(model.index(0, QueryResultsModel::DeltaApColumn).data().toString(), QStringLiteral("+0.250"));
    QCOMPARE(model.index(0, QueryResultsModel::AucAfterColumn).data(QueryResultsModel::SortRole).toDouble(), 0.8);
    QCOMPARE(model.index(0, 0).data(QueryResultsModel::QueryIdRole).toLongLong(), 11);
    QCOMPARE(model.index(1, QueryResultsModel::ApAfterColumn).data().toString(), QStringLiteral("–"));
    QCOMPARE(model.index(1, QueryResultsModel::StatusColumn).data().toString(), QStringLiteral("failed"));
    QCOMPARE(model.index(1, QueryResultsModel::ApAfterColumn).data(Qt::ToolTipRole).toString(), QStringLiteral("no vector"));
    QVERIFY(!model.headerData(QueryResultsModel::DeltaApColumn, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());

    // The same query again (a resumed run) updates its row.
    model.appendResult(result(11, 0.25, 0.75, 0.6, 0.9), QStringLiteral("q11"));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, QueryResultsModel::ApAfterColumn).data().toString(), QStringLiteral("0.750"));

    model.clear(8);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.runId(), 8);
}

void TestQueryResultsModel::setRunResets()
{
    QueryResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RunSummary summary;
    summary.run.id = 3;
    for (int q = 1; q <= 5; ++q) {
        summary.results.append(result(q, 0.1 * q, 0.1 * q + 0.05, 0.5, 0.6));
        summary.queryExtIds.insert(q, QStringLiteral("q%1").arg(q));
        summary.queryTexts.insert(q, QStringLiteral("text %1").arg(q));
    }
    model.setRun(summary);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.runId(), 3);
    QCOMPARE(model.rowOfQuery(4), 3);
    QCOMPARE(model.index(4, QueryResultsModel::TextColumn).data().toString(), QStringLiteral("text 5"));
}

void TestQueryResultsModel::sortsNumerically_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("ascending");
    // AP before: 0.9, 0.05, 0.3 ; after: 0.95, 0.6, 0.2 ; q4 failed (sorts first ascending)
    QTest::newRow("ap before") << int(QueryResultsModel::ApBeforeColumn) << QStringList{QStringLiteral("q4"), QStringLiteral("q2"), QStringLiteral("q3"), QStringLiteral("q10")};
    QTest::newRow("delta") << int(QueryResultsModel::DeltaApColumn) << QStringList{QStringLiteral("q4"), QStringLiteral("q3"), QStringLiteral("q10"), QStringLiteral("q2")};
    QTest::newRow("query id") << int(QueryResultsModel::QueryColumn) << QStringList{QStringLiteral("q2"), QStringLiteral("q3"), QStringLiteral("q4"), QStringLiteral("q10")};
}

void TestQueryResultsModel::sortsNumerically()
{
    QFETCH(int, column);
    QFETCH(QStringList, ascending);
    QueryResultsModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(QueryResultsModel::SortRole);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(column, Qt::AscendingOrder);
    model.appendResult(result(10, 0.9, 0.95, 0.9, 0.95), QStringLiteral("q10"));
    model.appendResult(result(2, 0.05, 0.6, 0.4, 0.7), QStringLiteral("q2"));
    model.appendResult(result(3, 0.3, 0.2, 0.6, 0.5), QStringLiteral("q3"));
    model.appendResult(failedResult(4), QStringLiteral("q4"));
    QStringList order;
    for (int row = 0; row < proxy.rowCount(); ++row)
        order.append(proxy.index(row, QueryResultsModel::QueryColumn).data().toString());
    QCOMPARE(order, ascending);
}

QTEST_GUILESS_MAIN(TestQueryResultsModel)
#include "tst_queryresultsmodel.moc"
