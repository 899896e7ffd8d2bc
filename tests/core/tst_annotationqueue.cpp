// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/feedback/annotationagreement.h"
#include "core/feedback/annotationqueue.h"
#include "core/feedback/rerefinechange.h"
#include "core/db/humanjudgmentstore.h"
#include "core/db/projectstore.h"
#include "core/feedback/humanfeedbackrun.h"
#include "core/io/sampleproject.h"
#include "core/run/queryreplay.h"
#include "core/util/tareerror.h"
#include "projectbuilder.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace tare;

namespace {

using Labels = QHash<qint64, double>;

/// A queue made by hand: one query, the run's judge (id 10), annotators alice (1) and bob (2)
/// and the adjudication (3).
AnnotationQueue handMade()
{
    AnnotationQueue queue;
    queue.runId = 1;
    queue.judgeId = 10;
    queue.annotators = {{1, QStringLiteral("alice"), false}, {2, QStringLiteral("bob"), false}, {3, QStringLiteral("adjudication"), true}};
    queue.queries = {{7, QStringLiteral("q7"), QStringLiteral("text"), 0.2, 0.3}};
    return queue;
}

AnnotationItem item(std::optional<double> score, int grade, Labels labels = {})
{
    AnnotationItem result;
    result.queryId = 7;
    result.score = score;
    result.grade = grade;
    result.labels = std::move(labels);
    return result;
}

} // namespace

/// The annotator's queue over a run: every judged document of every query with the judge's
/// answers, gold and each annotator's labels; why an item needs a person; which score
/// re-refining uses; agreement between people, judge and gold; what re-refining changed.
class TestAnnotationQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void flags_data();
    void flags();
    void effectiveScoreAndConsensus();
    void labelTexts();
    void annotatorsAreKeptApart();
    void annotatorNamesAreChecked_data();
    void annotatorNamesAreChecked();
    void loadsEveryJudgedDocumentOfTheRun();
    void agreementOfTwoAnnotatorsByHand();
    void reRefineReportsWhatChanged();

private:
    TestUtils::TempProject m_project{QStringLiteral("queue.tare")};
    qint64 m_noisyRun = 0;
    qint64 m_goldRun = 0;
};

void TestAnnotationQueue::initTestCase()
{
    RunSettings settings = TestUtils::sampleRunSettings(*m_project);
    settings.refine.steps = 30;
    m_goldRun = TestUtils::runToEnd(*m_project, settings);
    settings.judgeSpec = QStringLiteral("simulated:flip=0.25,seed=7");
    m_noisyRun = TestUtils::runToEnd(*m_project, settings);
}

void TestAnnotationQueue::flags_data()
{
    QTest::addColumn<std::optional<double>>("score");
    QTest::addColumn<int>("grade");
    QTest::addColumn<Labels>("labels");
    QTest::addColumn<qint64>("annotator");
    QTest::addColumn<AnnotationFlags>("expected");
    using F = AnnotationFlag;
    QTest::newRow("judge agrees, nobody labelled") << std::optional<double>(0.9) << 2 << Labels{} << qint64(1)
                                                   << AnnotationFlags(F::Unlabelled);
    QTest::newRow("judge disagrees") << std::optional<double>(0.9) << 0 << Labels{} << qint64(1)
                                     << (F::JudgeDisagrees | F::Unlabelled);
    QTest::newRow("corrected by alice") << std::optional<double>(0.9) << 0 << Labels{{1, 0.0}} << qint64(1)
                                        << AnnotationFlags();
    QTest::newRow("corrected by alice, seen by bob") << std::optional<double>(0.9) << 0 << Labels{{1, 0.0}} << qint64(2)
                                                     << (F::JudgeDisagrees | F::Unlabelled);
    QTest::newRow("alice against gold") << std::optional<double>(0.1) << 0 << Labels{{1, 1.0}} << qint64(1)
                                        << AnnotationFlags(F::JudgeDisagrees);
    QTest::newRow("people disagree") << std::optional<double>(0.2) << 0 << Labels{{1, 0.0}, {2, 7.0 / 9}} << qint64(1)
                                     << AnnotationFlags(F::PeopleDisagree);
    QTest::newRow("people agree on the decision") << std::optional<double>(0.2) << 2 << Labels{{1, 1.0}, {2, 7.0 / 9}}
                                                  << qint64(1) << AnnotationFlags();
    QTest::newRow("unsure judge") << std::optional<double>(0.6) << 2 << Labels{{1, 1.0}} << qint64(1)
                                  << AnnotationFlags(F::Unsure);
    QTest::newRow("at the margin: not unsure") << std::optional<double>(0.65) << 2 << Labels{{1, 1.0}} << qint64(1)
                                               << AnnotationFlags();
    QTest::newRow("failed judgment, unlabelled") << std::optional<double>() << 2 << Labels{} << qint64(1)
                                                 << AnnotationFlags(F::Unlabelled);
    // The adjudication's decision in force: its label, else the people's consensus, else the judge.
    QTest::newRow("adjudication: consensus corrects") << std::optional<double>(0.9) << 0 << Labels{{1, 0.0}, {2, 0.0}}
                                                      << qint64(3) << AnnotationFlags(F::Unlabelled);
    QTest::newRow("adjudication: disagreement") << std::optional<double>(0.9) << 0 << Labels{{1, 0.0}, {2, 1.0}}
                                                << qint64(3) << (F::JudgeDisagrees | F::PeopleDisagree | F::Unlabelled);
    QTest::newRow("adjudication: settled") << std::optional<double>(0.9) << 0
                                           << Labels{{1, 0.0}, {2, 1.0}, {3, 0.0}} << qint64(3)
                                           << AnnotationFlags(F::PeopleDisagree);
}

void TestAnnotationQueue::flags()
{
    QFETCH(std::optional<double>, score);
    QFETCH(int, grade);
    QFETCH(Labels, labels);
    QFETCH(qint64, annotator);
    QFETCH(AnnotationFlags, expected);
    const AnnotationQueue queue = handMade();
    QCOMPARE(queue.flags(item(score, grade, labels), annotator), expected);
}

void TestAnnotationQueue::effectiveScoreAndConsensus()
{
    const AnnotationQueue queue = handMade();
    bool byPerson = true;
    QCOMPARE(queue.effectiveScore(item(0.3, 0), 1, &byPerson), std::optional<double>(0.3));
    QVERIFY(!byPerson);
    QCOMPARE(queue.effectiveScore(item(0.3, 0, {{1, 1.0}}), 1, &byPerson), std::optional<double>(1.0));
    QVERIFY(byPerson);
    QCOMPARE(queue.effectiveScore(item(0.3, 0, {{2, 1.0}}), 1), std::optional<double>(0.3)); // bob's label is not alice's
    // Consensus: agreeing digits average; opposite decisions have none; the adjudication's own label wins.
    QCOMPARE(queue.consensus(item(0.3, 0, {{1, 1.0}, {2, 7.0 / 9}})), std::optional<double>((1.0 + 7.0 / 9) / 2));
    QCOMPARE(queue.consensus(item(0.3, 0, {{1, 1.0}, {2, 0.0}})), std::nullopt);
    QCOMPARE(queue.consensus(item(0.3, 0)), std::nullopt);
    QCOMPARE(queue.effectiveScore(item(0.3, 0, {{1, 1.0}, {2, 1.0}}), 3, &byPerson), std::optional<double>(1.0));
    QVERIFY(byPerson);
    QCOMPARE(queue.effectiveScore(item(0.3, 0, {{1, 1.0}, {2, 0.0}}), 3, &byPerson), std::optional<double>(0.3));
    QVERIFY(!byPerson);
    QCOMPARE(queue.effectiveScore(item(0.3, 0, {{1, 1.0}, {2, 0.0}, {3, 0.0}}), 3), std::optional<double>(0.0));
    QCOMPARE(queue.effectiveScore(item(std::nullopt, 0), 1), std::nullopt);
}

void TestAnnotationQueue::labelTexts()
{
    QCOMPARE(AnnotationQueue::labelText(1.0), QStringLiteral("Y"));
    QCOMPARE(AnnotationQueue::labelText(0.0), QStringLiteral("N"));
    QCOMPARE(AnnotationQueue::labelText(7.0 / 9.0), QStringLiteral("7"));
    QCOMPARE(AnnotationQueue::labelText(1.0 / 9.0), QStringLiteral("1"));
    QCOMPARE(AnnotationQueue::labelText(0.37), QStringLiteral("0.37"));
}

void TestAnnotationQueue::annotatorsAreKeptApart()
{
    QTemporaryDir dir;
    ProjectStore store(dir.filePath(QStringLiteral("people.tare")), ProjectStore::OpenMode::CreateIfMissing);
    SampleProject::ensureImported(store, QStringLiteral(TARE_SAMPLE_DATA_DIR));
    const auto teaching = store.datasets().byName(QStringLiteral("teaching"));
    const qint64 query = *store.datasets().queryId(teaching->id, "tq1");
    const qint64 document = *store.datasets().documentId(teaching->id, "t01");
    QVERIFY(HumanJudgmentStore::annotators(store).isEmpty()); // nothing is created by looking
    HumanJudgmentStore alice(store, QStringLiteral("alice"));
    HumanJudgmentStore bob(store, QStringLiteral(" bob "));
    alice.label(query, document, 1.0, QStringLiteral("Y"));
    bob.label(query, document, 0.0, QStringLiteral("N"));
    HumanJudgmentStore(store).label(query, document, 5.0 / 9.0, QStringLiteral("5"));
    HumanJudgmentStore::adjudication(store).label(query, document, 1.0, QStringLiteral("Y"));
    QCOMPARE(alice.current(query, document), std::optional<double>(1.0));
    QCOMPARE(HumanJudgmentStore(store, QStringLiteral("bob")).current(query, document), std::optional<double>(0.0));
    QVERIFY(alice.judgeId() != bob.judgeId());
    QCOMPARE(store.judgments().judge(bob.judgeId())->identity, QStringLiteral("human:bob"));
    // Listed by name, then the unnamed default person, then the adjudication.
    const QList<Annotator> annotators = HumanJudgmentStore::annotators(store);
    QCOMPARE(annotators.size(), 4);
    QCOMPARE(annotators[0].name, QStringLiteral("alice"));
    QCOMPARE(annotators[1].name, QStringLiteral("bob"));
    QCOMPARE(annotators[2].name, QStringLiteral("human"));
    QVERIFY(!annotators[2].adjudication);
    QCOMPARE(annotators[3].name, QStringLiteral("adjudication"));
    QVERIFY(annotators[3].adjudication);
    // Undo takes back only the annotator's own label.
    QVERIFY(bob.undo(query, document));
    QCOMPARE(bob.current(query, document), std::nullopt);
    QCOMPARE(alice.current(query, document), std::optional<double>(1.0));
    QVERIFY(!bob.undo(query, document));
}

void TestAnnotationQueue::annotatorNamesAreChecked_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << QStringLiteral("   ") << QStringLiteral("needs a name");
    QTest::newRow("long") << QString(65, u'x') << QStringLiteral("longer than 64");
    QTest::newRow("control") << QStringLiteral("a\tb") << QStringLiteral("control characters");
    QTest::newRow("reserved default") << QStringLiteral("human") << QStringLiteral("reserved");
    QTest::newRow("reserved adjudication") << QStringLiteral("adjudication") << QStringLiteral("reserved");
}

void TestAnnotationQueue::annotatorNamesAreChecked()
{
    QFETCH(QString, name);
    QFETCH(QString, error);
    try {
        HumanJudgmentStore::checkedName(name);
        QFAIL("accepted");
    } catch (const TareError& e) {
        QCOMPARE(e.kind(), TareError::Kind::Usage);
        QVERIFY2(e.message().contains(error), qPrintable(e.message()));
    }
    QCOMPARE(HumanJudgmentStore::checkedName(QStringLiteral("  Zoë  ")), QStringLiteral("Zoë"));
}

void TestAnnotationQueue::loadsEveryJudgedDocumentOfTheRun()
{
    HumanJudgmentStore alice(*m_project, QStringLiteral("alice"));
    const QList<RunQueryRecord> records = m_project->runs().queries(m_noisyRun, false);
    const RunQueryRecord& first = records.first();
    alice.label(first.queryId, first.judged.at(2).documentId, 0.0, QStringLiteral("N"));
    const AnnotationQueue queue = AnnotationQueue::load(*m_project, m_noisyRun);
    QCOMPARE(queue.queries.size(), records.size());
    qsizetype expected = 0;
    for (const RunQueryRecord& record : records)
        expected += record.judged.size();
    QCOMPARE(queue.items.size(), expected);
    QVERIFY(queue.judgeName.startsWith(QStringLiteral("simulated")));
    // In query order, then in the engine's selection order, with the run's figures.
    const QList<int> firstItems = queue.itemsOfQuery(first.queryId);
    QCOMPARE(firstItems.size(), first.judged.size());
    int disagreements = 0;
    for (qsizetype i = 0; i < firstItems.size(); ++i) {
        const AnnotationItem& it = queue.items[firstItems[i]];
        QCOMPARE(it.documentId, first.judged[i].documentId);
        QCOMPARE(it.rankBefore, first.judged[i].rankBefore);
        QCOMPARE(it.rankAfter, first.judged[i].rankAfter);
        QCOMPARE(it.score, first.judged[i].score);
        QCOMPARE(it.selection, int(i));
        QVERIFY(it.judgmentId > 0);
        QVERIFY(!it.text.isEmpty());
        disagreements += (*it.score >= 0.5) != (it.grade > 0);
    }
    QCOMPARE(queue.query(first.queryId)->apAfter, first.apAfter);
    // Alice's label arrived; the flags say who still has to look.
    const AnnotationItem& labelled = queue.items[firstItems[2]];
    QCOMPARE(labelled.label(alice.judgeId()), std::optional<double>(0.0));
    QVERIFY(!queue.flags(labelled, alice.judgeId()).testFlag(AnnotationFlag::Unlabelled));
    int flagged = 0;
    for (int index : firstItems)
        flagged += queue.flags(queue.items[index], 0).testFlag(AnnotationFlag::JudgeDisagrees);
    QCOMPARE(flagged, disagreements);
    QVERIFY(disagreements > 0); // a quarter of the labels flipped
    QVERIFY_THROWS_EXCEPTION(TareError, AnnotationQueue::load(*m_project, 9999));
}

void TestAnnotationQueue::agreementOfTwoAnnotatorsByHand()
{
    // Carol and Dave label the same 12 documents of the gold run: both Y on 4, both N on 5,
    // Carol Y / Dave N on 2, Carol N / Dave Y on 1. By hand: p_o = 9/12; Carol Y 6/12, Dave Y
    // 5/12: p_e = (6·5 + 6·7)/144 = 72/144; κ = (9/12 − 1/2)/(1/2) = 1/2.
    const QList<RunQueryRecord> records = m_project->runs().queries(m_goldRun, false);
    HumanJudgmentStore carol(*m_project, QStringLiteral("carol"));
    HumanJudgmentStore dave(*m_project, QStringLiteral("dave"));
    const QList<std::pair<double, double>> pattern{{1, 1}, {1, 1}, {1, 1}, {1, 1}, {0, 0}, {0, 0}, {0, 0},
                                                   {0, 0}, {0, 0}, {1, 0}, {1, 0}, {0, 1}};
    const RunQueryRecord& record = records.at(1);
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        carol.label(record.queryId, record.judged[i].documentId, pattern[i].first);
        dave.label(record.queryId, record.judged[i].documentId, pattern[i].second);
    }
    const AnnotationQueue queue = AnnotationQueue::load(*m_project, m_goldRun);
    const AnnotationAgreement agreement = AnnotationAgreement::compute(queue, queue.itemsOfQuery(record.queryId));
    using Kind = AgreementRater::Kind;
    QVERIFY(std::abs(agreement.kappaBetween(Kind::Person, carol.judgeId(), Kind::Person, dave.judgeId()) - 0.5) < 1e-12);
    // Carol with gold, by hand from the judged grades.
    int agree = 0, carolYes = 0, goldYes = 0;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const bool gold = record.judged[i].grade > 0;
        agree += (pattern[i].first >= 0.5) == gold;
        carolYes += pattern[i].first >= 0.5;
        goldYes += gold;
    }
    const double n = 12.0, po = agree / n, pe = (carolYes * goldYes + (n - carolYes) * (n - goldYes)) / (n * n);
    if (pe < 1.0)
        QVERIFY(std::abs(agreement.kappaBetween(Kind::Person, carol.judgeId(), Kind::Gold, 0) - (po - pe) / (1 - pe)) < 1e-12);
    // The gold run's judge is gold: κ 1 with gold over every judged document.
    QCOMPARE(agreement.kappaBetween(Kind::Judge, queue.judgeId, Kind::Gold, 0), 1.0);
    const auto indexOf = [&agreement](const QString& name) {
        for (size_t i = 0; i < size_t(agreement.raters.size()); ++i) {
            if (agreement.raters[qsizetype(i)].name == name)
                return i;
        }
        return size_t(0);
    };
    QCOMPARE(agreement.shared[indexOf(QStringLiteral("carol"))][indexOf(QStringLiteral("dave"))], 12);
    QCOMPARE(agreement.rated[indexOf(QStringLiteral("alice"))], 0); // alice labelled another query
    // Among the people: Fleiss' κ of two raters is Scott's π: pooled yes 11/24:
    // p_e = (11/24)² + (13/24)² = 290/576; π = (9/12 − 290/576)/(1 − 290/576) = 142/286.
    QCOMPARE(agreement.multiplyLabelled, 12);
    QVERIFY(std::abs(agreement.fleissKappa - 142.0 / 286.0) < 1e-12);
    QVERIFY(!std::isnan(agreement.alphaNominal));
    QVERIFY(!std::isnan(agreement.alphaOrdinal));
}

void TestAnnotationQueue::reRefineReportsWhatChanged()
{
    // Erin labels every judged document of one noisy query as gold says: re-refining then gives
    // the gold run's AP exactly, and the row lands in Erin's own derived run.
    const QList<RunQueryRecord> records = m_project->runs().queries(m_noisyRun, false);
    const RunQueryRecord& record = records.at(3);
    HumanJudgmentStore erin(*m_project, QStringLiteral("erin"));
    for (const JudgedDocument& document : record.judged)
        erin.label(record.queryId, document.documentId, document.grade > 0 ? 1.0 : 0.0);
    const AnnotationQueue queue = AnnotationQueue::load(*m_project, m_noisyRun);
    const ReRefineChange::Request request = ReRefineChange::requestFor(queue, record.queryId, erin.judgeId());
    QCOMPARE(request.scores.size(), size_t(record.judged.size()));
    QVERIFY(std::all_of(request.human.begin(), request.human.end(), [](bool b) { return b; }));
    const QList<ReRefineChange> changes = ReRefineChange::reRefine(*m_project, m_noisyRun, {request}, erin.judgeId());
    QCOMPARE(changes.size(), 1);
    const ReRefineChange& change = changes.first();
    double goldAp = 0.0;
    for (const RunQueryRecord& gold : m_project->runs().queries(m_goldRun, false)) {
        if (gold.queryId == record.queryId)
            goldAp = gold.apAfter;
    }
    QCOMPARE(change.apNew, goldAp);
    QCOMPARE(change.apRun, record.apAfter);
    QCOMPARE(change.apBefore, record.apBefore);
    QCOMPARE(change.queryExtId, queue.query(record.queryId)->extId);
    QCOMPARE(change.labelled.size(), record.judged.size());
    QCOMPARE(change.labelled.first().rankRun, record.judged.first().rankAfter);
    // Risers rose, fallers fell, the largest moves first, at most 5 each.
    QVERIFY(change.risers.size() <= 5 && change.fallers.size() <= 5);
    for (qsizetype i = 0; i < change.risers.size(); ++i) {
        QVERIFY(change.risers[i].rise() > 0);
        if (i > 0)
            QVERIFY(change.risers[i].rise() <= change.risers[i - 1].rise());
    }
    for (const RankShift& shift : change.fallers)
        QVERIFY(shift.rise() < 0);
    // Erin's derived run, labelled with her name, holds the row; the unnamed person has none yet.
    QCOMPARE(HumanFeedbackRun::find(*m_project, m_noisyRun, erin.judgeId()), std::optional<qint64>(change.feedbackRunId));
    const auto derived = m_project->runs().find(change.feedbackRunId);
    QVERIFY2(derived->label.endsWith(QStringLiteral(" · human feedback (erin)")), qPrintable(derived->label));
    QCOMPARE(derived->judgeId, erin.judgeId());
    QCOMPARE(m_project->runs().queries(change.feedbackRunId, false).size(), 1);
    const qint64 defaultPerson = HumanJudgmentStore(*m_project).judgeId();
    QVERIFY(!HumanFeedbackRun::find(*m_project, m_noisyRun, defaultPerson));
}

QTEST_GUILESS_MAIN(TestAnnotationQueue)
#include "tst_annotationqueue.moc"
