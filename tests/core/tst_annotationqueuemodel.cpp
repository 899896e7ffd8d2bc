// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/models/annotationqueuemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace tare;

namespace {

constexpr qint64 s_alice = 11;
constexpr qint64 s_bob = 12;

AnnotationItem item(qint64 query, qint64 document, int grade, std::optional<double> score)
{
    AnnotationItem result;
    result.queryId = query;
    result.documentId = document;
    result.extId = QStringLiteral("d%1").arg(document);
    result.text = QStringLiteral("text of d%1").arg(document);
    result.rankBefore = int(document);
    result.grade = grade;
    result.score = score;
    return result;
}

/// Two queries: q1 with a judge error (d1), a sure agreement (d2) and an unsure one (d3); q2
/// with a judge error (d4) and a document alice and bob decided differently (d5).
AnnotationQueue sampleQueue()
{
    AnnotationQueue queue;
    queue.runId = 1;
    queue.judgeId = 5;
    queue.judgeName = QStringLiteral("simulated");
    queue.annotators = {{s_alice, QStringLiteral("alice"), false}, {s_bob, QStringLiteral("bob"), false}};
    queue.queries = {{1, QStringLiteral("q1"), QStringLiteral("first"), 0.5, 0.6}, {2, QStringLiteral("q2"), QStringLiteral("second"), 0.3, 0.4}};
    queue.items = {item(1, 1, 1, 0.1), item(1, 2, 0, 0.05), item(1, 3, 1, 0.55), item(2, 4, 0, 0.9), item(2, 5, 0, 0.02)};
    queue.items[4].labels = {{s_alice, 1.0}, {s_bob, 0.0}};
    return queue;
}

} // namespace

/// The annotator's queue as a table: which items a filter lists, labels as Y/N/digits updated in
/// place (rows stay, flags follow), neighbour queries for next/previous, blind mode.
class TestAnnotationQueueModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filtersChooseTheRows();
    void labelsUpdateInPlace();
    void neighbourQueries();
    void blindHidesJudgeGoldAndOthers();
};

void TestAnnotationQueueModel::filtersChooseTheRows()
{
    AnnotationQueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQueue(sampleQueue());
    model.setAnnotator(s_alice);
    const auto listed = [&model] {
        QStringList ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.append(model.index(row, AnnotationQueueModel::DocumentColumn).data().toString());
        return ids;
    };
    // Needs attention: d1 (judge 0.1, gold yes), d3 (0.55: unsure), d4 (0.9, gold no), d5 (alice
    // says Y, gold no; bob says N). d2 agrees and is sure.
    QCOMPARE(listed(), (QStringList{QStringLiteral("d1"), QStringLiteral("d3"), QStringLiteral("d4"), QStringLiteral("d5")}));
    model.setFilter(AnnotationQueueModel::Filter::JudgeDisagrees);
    QCOMPARE(listed(), (QStringList{QStringLiteral("d1"), QStringLiteral("d4"), QStringLiteral("d5")}));
    model.setFilter(AnnotationQueueModel::Filter::PeopleDisagree);
    QCOMPARE(listed(), QStringList{QStringLiteral("d5")});
    model.setFilter(AnnotationQueueModel::Filter::Unsure);
    QCOMPARE(listed(), QStringList{QStringLiteral("d3")});
    model.setFilter(AnnotationQueueModel::Filter::Unlabelled);
    QCOMPARE(listed().size(), 4);
    model.setFilter(AnnotationQueueModel::Filter::All);
    QCOMPARE(listed().size(), 5);
    QCOMPARE(model.index(4, AnnotationQueueModel::QueryColumn).data().toString(), QStringLiteral("q2"));
    QCOMPARE(model.index(4, AnnotationQueueModel::LabelColumn).data().toString(), QStringLiteral("Y"));
    QCOMPARE(model.index(4, AnnotationQueueModel::OthersColumn).data().toString(), QStringLiteral("bob N"));
    QCOMPARE(model.index(4, AnnotationQueueModel::FlagsColumn).data().toString(), QStringLiteral("judge ≠ gold · people differ"));
    // Bob sees the same document from his side.
    model.setAnnotator(s_bob);
    QCOMPARE(model.index(4, AnnotationQueueModel::LabelColumn).data().toString(), QStringLiteral("N"));
    QCOMPARE(model.index(4, AnnotationQueueModel::FlagsColumn).data().toString(), QStringLiteral("people differ"));
}

void TestAnnotationQueueModel::labelsUpdateInPlace()
{
    AnnotationQueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQueue(sampleQueue());
    model.setAnnotator(s_alice);
    model.setFilter(AnnotationQueueModel::Filter::JudgeDisagrees);
    QCOMPARE(model.rowCount(), 3);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // Alice corrects d1 to relevant (7/9 is relevant too): still listed, no longer a disagreement.
    model.setLabel(model.queueIndex(0), 7.0 / 9.0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, AnnotationQueueModel::LabelColumn).data().toString(), QStringLiteral("7"));
    const AnnotationFlags flags(model.index(0, 0).data(AnnotationQueueModel::FlagsRole).toInt());
    QVERIFY(!flags.testFlag(AnnotationFlag::JudgeDisagrees));
    QVERIFY(!flags.testFlag(AnnotationFlag::Unlabelled));
    // Chosen again, the corrected row leaves the list.
    model.refilter();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(0), -1);
    // Taken back, it is a disagreement again.
    model.setLabel(0, std::nullopt);
    model.refilter();
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(!model.queue().items[0].label(s_alice));
}

void TestAnnotationQueueModel::neighbourQueries()
{
    AnnotationQueueModel model;
    model.setQueue(sampleQueue());
    model.setAnnotator(s_alice);
    model.setFilter(AnnotationQueueModel::Filter::All);
    QCOMPARE(model.rowOfNeighbourQuery(0, +1), 3);
    QCOMPARE(model.rowOfNeighbourQuery(2, +1), 3);
    QCOMPARE(model.rowOfNeighbourQuery(3, +1), -1);
    QCOMPARE(model.rowOfNeighbourQuery(4, -1), 0);
    QCOMPARE(model.rowOfNeighbourQuery(1, -1), -1);
    QCOMPARE(model.rowsOfQuery(1), 3);
    QCOMPARE(model.rowsOfQuery(2), 2);
}

void TestAnnotationQueueModel::blindHidesJudgeGoldAndOthers()
{
    AnnotationQueueModel model;
    model.setQueue(sampleQueue());
    model.setAnnotator(s_alice);
    model.setFilter(AnnotationQueueModel::Filter::All);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setBlind(true);
    QCOMPARE(changed.size(), 1);
    for (int column : {AnnotationQueueModel::JudgeColumn, AnnotationQueueModel::GoldColumn, AnnotationQueueModel::OthersColumn,
                       AnnotationQueueModel::FlagsColumn})
        QCOMPARE(model.index(4, column).data().toString(), QStringLiteral("—"));
    QCOMPARE(model.index(4, AnnotationQueueModel::LabelColumn).data().toString(), QStringLiteral("Y")); // one's own label stays
    // Neither the flags (d5: people differ; d1: judge ≠ gold) nor a filter by them tell it.
    QCOMPARE(model.index(4, 0).data(AnnotationQueueModel::FlagsRole).toInt(), 0);
    QCOMPARE(model.index(0, 0).data(AnnotationQueueModel::FlagsRole).toInt(), int(AnnotationFlag::Unlabelled));
    for (auto filter : {AnnotationQueueModel::Filter::NeedsAttention, AnnotationQueueModel::Filter::JudgeDisagrees,
                        AnnotationQueueModel::Filter::PeopleDisagree, AnnotationQueueModel::Filter::Unsure}) {
        QVERIFY(AnnotationQueueModel::revealsOthers(filter));
        model.setFilter(filter);
        QCOMPARE(model.filter(), AnnotationQueueModel::Filter::All);
        QCOMPARE(model.rowCount(), 5);
    }
    model.setFilter(AnnotationQueueModel::Filter::Unlabelled);
    QCOMPARE(model.rowCount(), 4); // alice labelled d5
    model.setBlind(false);
    QCOMPARE(model.index(3, AnnotationQueueModel::JudgeColumn).data().toString(), QStringLiteral("0.90"));
    QCOMPARE(model.index(3, AnnotationQueueModel::GoldColumn).data().toString(), QStringLiteral("no"));
    QVERIFY(model.index(3, 0).data(AnnotationQueueModel::FlagsRole).toInt() & int(AnnotationFlag::JudgeDisagrees));
    // Turning blind mode on over a filter by disagreements lists the unlabelled rows instead.
    model.setFilter(AnnotationQueueModel::Filter::NeedsAttention);
    QCOMPARE(model.rowCount(), 4); // d1, d3 (unsure), d4, d5
    model.setBlind(true);
    QCOMPARE(model.filter(), AnnotationQueueModel::Filter::Unlabelled);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.item(0).documentId, 1);
    QCOMPARE(model.item(1).documentId, 2);
}

QTEST_GUILESS_MAIN(TestAnnotationQueueModel)
#include "tst_annotationqueuemodel.moc"
