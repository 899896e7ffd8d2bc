// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/sqliteconnection.h"
#include "core/models/feedbackmodel.h"
#include "core/feedback/humanfeedbackrun.h"
#include "core/db/humanjudgmentstore.h"
#include "widgets/feedbackinspectorwidget.h"
#include "widgets/journey.h"
#include "widgets/tsvtableview.h"
#include "viewfixture.h"

#include <QApplication>
#include <QClipboard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>

#include <cmath>

using namespace tare;

class TestFeedbackInspectorWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsEveryJudgedDocument();
    void keyboardLabelsAreStoredAndUndone();
    void labellingStaysOffTheGuiThread();
    void reRefineUsesTheLabels();
    void copiesAsTsv();

private:
    void open(FeedbackInspectorWidget& widget, qint64 queryId);

    QTemporaryDir m_dir;
    ViewFixture::SampleProjectRuns m_project;
    QList<qint64> m_queryIds;
};

void TestFeedbackInspectorWidget::initTestCase()
{
    m_project = ViewFixture::build(m_dir.filePath(QStringLiteral("sample.tare")));
    ProjectStore store(m_project.path);
    for (const RunQueryRecord& record : store.runs().queries(m_project.noisyRun, false))
        m_queryIds.append(record.queryId);
    QCOMPARE(m_queryIds.size(), 23);
}

void TestFeedbackInspectorWidget::open(FeedbackInspectorWidget& widget, qint64 queryId)
{
    QSignalSpy shown(&widget, &FeedbackInspectorWidget::inspectionShown);
    widget.inspect(m_project.path, m_project.noisyRun, queryId);
    QVERIFY(shown.wait(30000));
}

void TestFeedbackInspectorWidget::showsEveryJudgedDocument()
{
    FeedbackInspectorWidget widget;
    QVERIFY(Journey::showExposed(&widget, {1200, 800}));
    // The query with the most disagreements makes the best picture and the strongest check.
    int mostDisagreements = -1;
    qint64 chosen = 0;
    for (qint64 queryId : m_queryIds.mid(0, 6)) {
        open(widget, queryId);
        int disagreements = 0;
        for (int row = 0; row < widget.model()->rowCount(); ++row)
            disagreements += widget.model()->index(row, 0).data(FeedbackModel::DisagreementRole).toBool();
        if (disagreements > mostDisagreements) {
            mostDisagreements = disagreements;
            chosen = queryId;
        }
    }
    // A chat judge's answers for the chosen query, as an LLM yes/no judge stores them (newest row of
    // the run's judge), so the view shows top tokens the way it does for a real LLM run.
    {
        ProjectStore store(m_project.path);
        const QueryReplay replay = QueryReplay::load(store, m_project.noisyRun, chosen);
        for (const ReplayJudgedDocument& document : replay.judged()) {
            const double yes = document.score.value_or(0.5) > 0.5 ? 0.93 : 0.04;
            JudgmentRecord answer;
            answer.judgeId = store.runs().find(m_project.noisyRun)->judgeId;
            answer.queryId = chosen;
            answer.documentId = document.documentId;
            answer.score = document.score;
            answer.rawResponse = QStringLiteral(R"({"choices":[{"message":{"content":"%1"},"logprobs":{"content":[)"
                                                R"({"token":"%1","logprob":0,"top_logprobs":[{"token":"yes","logprob":%2},)"
                                                R"({"token":"no","logprob":%3},{"token":"Yes","logprob":%4}]}]}}]})")
                                     .arg(yes > 0.5 ? QStringLiteral("yes") : QStringLiteral("no"))
                                     .arg(std::log(yes))
                                     .arg(std::log(0.97 - yes))
                                     .arg(std::log(0.02));
            store.judgments().insert(answer);
        }
    }
    open(widget, chosen);
    QCOMPARE(widget.model()->rowCount(), 20); // the paper's default: the top 20 are judged
    QVERIFY(!widget.tableView()->isColumnHidden(FeedbackModel::TopTokensColumn));
    QVERIFY(widget.model()->index(0, FeedbackModel::TopTokensColumn).data().toString().contains(QStringLiteral("yes 0.")));
    QVERIFY(mostDisagreements > 0);
    // Disagreement is the judge's decision against gold, and the agreement figures count it.
    const JudgeAgreement agreement = widget.model()->judgeAgreement();
    QCOMPARE(agreement.n, 20);
    QCOMPARE(agreement.n - agreement.agreements, qint64(mostDisagreements));
    QVERIFY(widget.agreementText().contains(QString::number(agreement.accuracy, 'f', 3)));
    QVERIFY(widget.agreementText().contains(QStringLiteral("κ")));
    // Ranks before are the engine's top 20.
    QList<int> ranks;
    for (int row = 0; row < 20; ++row)
        ranks.append(widget.model()->index(row, FeedbackModel::RankBeforeColumn).data().toInt());
    std::sort(ranks.begin(), ranks.end());
    QCOMPARE(ranks.first(), 1);
    QCOMPARE(ranks.last(), 20);
    ViewFixture::saveScreenshot(widget, QStringLiteral("feedbackinspectorwidget"));
}

void TestFeedbackInspectorWidget::keyboardLabelsAreStoredAndUndone()
{
    FeedbackInspectorWidget widget;
    QVERIFY(Journey::showExposed(&widget));
    const qint64 queryId = m_queryIds.at(1);
    open(widget, queryId);
    QSignalSpy stored(&widget, &FeedbackInspectorWidget::labelStored);
    QSignalSpy removed(&widget, &FeedbackInspectorWidget::labelRemoved);
    widget.tableView()->setFocus();
    const qint64 first = widget.model()->item(0).documentId;
    const qint64 second = widget.model()->item(1).documentId;
    QTest::keyClick(widget.tableView(), Qt::Key_Y);
    QTest::keyClick(widget.tableView(), Qt::Key_3);
    QTRY_COMPARE(stored.size(), 2); // written by the view's worker, in order
    {
        ProjectStore store(m_project.path);
        HumanJudgmentStore humans(store);
        QCOMPARE(humans.current(queryId, first), std::optional<double>(1.0));
        QCOMPARE(humans.current(queryId, second), std::optional<double>(3.0 / 9.0));
    }
    QCOMPARE(widget.model()->index(0, FeedbackModel::HumanColumn).data().toString(), QStringLiteral("Y"));
    QCOMPARE(widget.model()->index(1, FeedbackModel::HumanColumn).data().toString(), QStringLiteral("3"));
    QCOMPARE(widget.model()->humanLabelCount(), 2);

    // Backspace removes the newest label first, from the file too.
    QTest::keyClick(widget.tableView(), Qt::Key_Backspace);
    QTRY_COMPARE(removed.size(), 1);
    QCOMPARE(removed.first().first().toLongLong(), second);
    {
        ProjectStore store(m_project.path);
        HumanJudgmentStore humans(store);
        QCOMPARE(humans.current(queryId, second), std::nullopt);
        QCOMPARE(humans.current(queryId, first), std::optional<double>(1.0));
    }
    QTest::keyClick(widget.tableView(), Qt::Key_Backspace);
    QTRY_COMPARE(removed.size(), 2);
    QCOMPARE(widget.model()->humanLabelCount(), 0);
    ProjectStore store(m_project.path);
    QCOMPARE(HumanJudgmentStore(store).current(queryId, first), std::nullopt);

    // Arrows move; N labels the row moved to.
    widget.tableView()->selectRow(0);
    QTest::keyClick(widget.tableView(), Qt::Key_Down);
    QTest::keyClick(widget.tableView(), Qt::Key_N);
    QTRY_COMPARE(HumanJudgmentStore(store).current(queryId, second), std::optional<double>(0.0));
    QTest::keyClick(widget.tableView(), Qt::Key_Backspace);
    QTRY_COMPARE(HumanJudgmentStore(store).current(queryId, second), std::nullopt);
}

void TestFeedbackInspectorWidget::labellingStaysOffTheGuiThread()
{
    FeedbackInspectorWidget widget;
    QVERIFY(Journey::showExposed(&widget));
    const qint64 queryId = m_queryIds.at(3);
    QSignalSpy stored(&widget, &FeedbackInspectorWidget::labelStored);
    QSignalSpy removed(&widget, &FeedbackInspectorWidget::labelRemoved);
    // From here on, any SQLite on this (the GUI) thread is counted.
    SqliteConnection::setForbiddenThread(QThread::currentThread());
    const quint64 before = SqliteConnection::forbiddenThreadUses();
    open(widget, queryId);
    widget.tableView()->setFocus();
    const qint64 first = widget.model()->item(0).documentId;
    // Labels show at once, before the worker has written them.
    QTest::keyClick(widget.tableView(), Qt::Key_Y);
    QTest::keyClick(widget.tableView(), Qt::Key_N);
    QTest::keyClick(widget.tableView(), Qt::Key_7);
    QCOMPARE(widget.model()->humanLabelCount(), 3);
    QCOMPARE(widget.model()->index(0, FeedbackModel::HumanColumn).data().toString(), QStringLiteral("Y"));
    QCOMPARE(widget.model()->index(2, FeedbackModel::HumanColumn).data().toString(), QStringLiteral("7"));
    QTest::keyClick(widget.tableView(), Qt::Key_Backspace);
    QCOMPARE(widget.model()->humanLabelCount(), 2);
    QTRY_COMPARE(stored.size(), 3);
    QTRY_COMPARE(removed.size(), 1);
    open(widget, queryId); // a reload reads what the worker wrote
    QCOMPARE(widget.model()->humanLabelCount(), 2);
    QCOMPARE(SqliteConnection::forbiddenThreadUses(), before);
    SqliteConnection::setForbiddenThread(nullptr);

    ProjectStore store(m_project.path);
    QCOMPARE(HumanJudgmentStore(store).current(queryId, first), std::optional<double>(1.0));
}

void TestFeedbackInspectorWidget::reRefineUsesTheLabels()
{
    FeedbackInspectorWidget widget;
    QVERIFY(Journey::showExposed(&widget));
    const qint64 queryId = m_queryIds.at(2);
    open(widget, queryId);
    // Correct every judgment the person disagrees with: label each document with its gold class.
    widget.tableView()->selectRow(0);
    for (int row = 0; row < widget.model()->rowCount(); ++row)
        QTest::keyClick(widget.tableView(), widget.model()->item(row).grade > 0 ? Qt::Key_Y : Qt::Key_N);
    QCOMPARE(widget.model()->humanLabelCount(), 20);
    QCOMPARE(widget.model()->effectiveAgreement().accuracy, 1.0);

    QSignalSpy refined(&widget, &FeedbackInspectorWidget::reRefined);
    widget.reRefine();
    QVERIFY(refined.wait(30000));
    const double ap = refined.first().at(0).toDouble();
    const double storedAp = refined.first().at(1).toDouble();

    // The same replay computed here gives the same AP, and gold feedback changes the noisy run's.
    ProjectStore store(m_project.path);
    const QueryReplay replay = QueryReplay::load(store, m_project.noisyRun, queryId);
    std::vector<std::optional<double>> gold;
    for (const ReplayJudgedDocument& document : replay.judged())
        gold.push_back(document.grade > 0 ? 1.0 : 0.0);
    QCOMPARE(ap, replay.refine(gold).after.ap);
    QCOMPARE(storedAp, replay.storedApAfter());
    QVERIFY(ap != storedAp);
    QVERIFY(widget.reRefineText().contains(QString::number(ap, 'f', 3)));
    // The noisy judge's scores replayed reproduce the stored AP (nothing else changed).
    QCOMPARE(replay.refine(replay.storedScores()).after.ap, replay.storedApAfter());

    // With the gold labels, the re-refined AP equals the gold run's stored AP for this query.
    for (const RunQueryRecord& record : store.runs().queries(m_project.goldRun, false)) {
        if (record.queryId == queryId)
            QCOMPARE(ap, record.apAfter);
    }

    // The re-refined row is stored in the noisy run's "human feedback" run.
    const auto apStoredIn = [&](qint64 runId) -> std::optional<double> {
        for (const RunQueryRecord& record : store.runs().queries(runId, false)) {
            if (record.queryId == queryId)
                return record.apAfter;
        }
        return std::nullopt;
    };
    QSignalSpy storedIn(&widget, &FeedbackInspectorWidget::reRefineStored);
    const auto feedbackRun = HumanFeedbackRun::find(store, m_project.noisyRun);
    QVERIFY(feedbackRun);
    QCOMPARE(apStoredIn(*feedbackRun), std::optional<double>(ap));
    QVERIFY(widget.reRefineText().contains(QString::number(*feedbackRun)));
    widget.resize(1200, 800);
    ViewFixture::saveScreenshot(widget, QStringLiteral("feedbackinspectorwidget-rerefined"));

    // Undo the labels: re-refining with the judge's scores replaces the row, the stored AP changes.
    widget.tableView()->selectRow(0);
    while (widget.model()->humanLabelCount() > 0)
        QVERIFY(widget.undoLabel());
    widget.reRefine();
    QVERIFY(storedIn.wait(30000));
    QCOMPARE(storedIn.first().at(0).toLongLong(), *feedbackRun);
    QCOMPARE(storedIn.first().at(1).toLongLong(), queryId);
    QCOMPARE(apStoredIn(*feedbackRun), std::optional<double>(replay.storedApAfter()));
    QCOMPARE(store.runs().queries(*feedbackRun, false).size(), 1);

    // Opened again, the inspector shows the stored AP with feedback.
    open(widget, queryId);
    QVERIFY2(widget.reRefineText().contains(QStringLiteral("run %1").arg(*feedbackRun)), qPrintable(widget.reRefineText()));
}

void TestFeedbackInspectorWidget::copiesAsTsv()
{
    FeedbackInspectorWidget widget;
    QVERIFY(Journey::showExposed(&widget));
    open(widget, m_queryIds.at(0));
    widget.tableView()->selectRow(0);
    widget.tableView()->setFocus();
    QTest::keyClick(widget.tableView(), Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("Document\tText\tRank before")));
    QCOMPARE(lines.at(1).split(u'\t').first(), widget.model()->item(0).extId);
}

QTEST_MAIN(TestFeedbackInspectorWidget)
#include "tst_feedbackinspectorwidget.moc"
