// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/humanjudgmentstore.h"
#include "core/feedback/humanfeedbackrun.h"
#include "core/metrics/interrateragreement.h"
#include "testserver/openaitestserver.h"
#include "widgets/annotationqueuewidget.h"
#include "widgets/chartsupport.h"
#include "widgets/tsvtableview.h"
#include "viewfixture.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSet>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTextBrowser>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>

using namespace tare;

/// The annotator's queue on the sample project's noisy run (a simulated judge that flips a
/// quarter of its decisions): every judged document where the judge disagrees with gold across
/// the queries, labelled with the keyboard only, re-refined with a key, two annotators' labels
/// kept apart with the κ between them, blind mode and the export.
class TestAnnotationQueueWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsDisagreementsAcrossQueries();
    void labelsTenWithTheKeyboardAndReRefines();
    void twoAnnotatorsAndTheirKappa();
    void blindModeHidesJudgeAndGold();
    void exportsTheAnnotatorsLabels();
    void whyAsksTheModelAndStoresTheReason();

private:
    void open(AnnotationQueueWidget& widget, const QString& annotator);

    QTemporaryDir m_dir;
    ViewFixture::SampleProjectRuns m_project;
};

void TestAnnotationQueueWidget::initTestCase()
{
    m_project = ViewFixture::build(m_dir.filePath(QStringLiteral("sample.tare")));
}

void TestAnnotationQueueWidget::open(AnnotationQueueWidget& widget, const QString& annotator)
{
    QSignalSpy shown(&widget, &AnnotationQueueWidget::queueShown);
    widget.showRun(m_project.path, m_project.noisyRun, annotator);
    QVERIFY(shown.wait(30000));
}

void TestAnnotationQueueWidget::listsDisagreementsAcrossQueries()
{
    AnnotationQueueWidget widget;
    widget.resize(1280, 800);
    widget.show();
    open(widget, QStringLiteral("carol"));
    QAbstractItemModelTester tester(widget.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // What the core says needs attention, in the run's order, across queries.
    AnnotationQueue queue;
    qint64 carol = 0;
    {
        ProjectStore store(m_project.path);
        queue = AnnotationQueue::load(store, m_project.noisyRun);
        carol = HumanJudgmentStore(store, QStringLiteral("carol")).judgeId();
    }
    QList<int> expected;
    QSet<qint64> queries;
    int disagreements = 0;
    for (qsizetype i = 0; i < queue.items.size(); ++i) {
        const AnnotationFlags flags = queue.flags(queue.items[i], carol);
        if (flags & (AnnotationFlag::JudgeDisagrees | AnnotationFlag::PeopleDisagree | AnnotationFlag::Unsure)) {
            expected.append(int(i));
            queries.insert(queue.items[i].queryId);
        }
        disagreements += flags.testFlag(AnnotationFlag::JudgeDisagrees);
    }
    QVERIFY(disagreements >= 10);
    QVERIFY(queries.size() > 3);
    QCOMPARE(widget.model()->rowCount(), expected.size());
    for (int row = 0; row < widget.model()->rowCount(); ++row)
        QCOMPARE(widget.model()->queueIndex(row), expected[row]);
    QVERIFY2(widget.headingText().contains(QStringLiteral("carol")), qPrintable(widget.headingText()));
    // The filter narrows to the judge's disagreements; Ctrl+→ goes to the next query's first row.
    widget.setFilter(AnnotationQueueModel::Filter::JudgeDisagrees);
    QCOMPARE(widget.model()->rowCount(), disagreements);
    const qint64 first = widget.model()->item(0).queryId;
    QTest::keyClick(widget.tableView(), Qt::Key_Right, Qt::ControlModifier);
    const int row = widget.tableView()->currentIndex().row();
    QVERIFY(row > 0);
    QVERIFY(widget.model()->item(row).queryId != first);
    QCOMPARE(widget.model()->item(row - 1).queryId, first);
    QTest::keyClick(widget.tableView(), Qt::Key_Left, Qt::ControlModifier);
    QCOMPARE(widget.tableView()->currentIndex().row(), 0);
    ViewFixture::saveScreenshot(widget, QStringLiteral("annotationqueue"));
}

void TestAnnotationQueueWidget::labelsTenWithTheKeyboardAndReRefines()
{
    AnnotationQueueWidget widget;
    widget.resize(1280, 800);
    widget.show();
    open(widget, QStringLiteral("dave"));
    widget.setFilter(AnnotationQueueModel::Filter::JudgeDisagrees);
    QVERIFY(widget.model()->rowCount() >= 10);
    QSignalSpy stored(&widget, &AnnotationQueueWidget::labelStored);
    widget.tableView()->setFocus();
    widget.tableView()->selectRow(0);
    // Ten disagreements, each corrected to gold with Y or N.
    QList<int> labelled;
    for (int i = 0; i < 10; ++i) {
        const int row = widget.tableView()->currentIndex().row();
        QCOMPARE(row, i);
        labelled.append(widget.model()->queueIndex(row));
        QTest::keyClick(widget.tableView(), widget.model()->item(row).grade > 0 ? Qt::Key_Y : Qt::Key_N);
    }
    QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 10, 30000);
    // Corrected rows are no longer disagreements; the labels read Y or N.
    for (int index : std::as_const(labelled)) {
        const int row = widget.model()->rowOf(index);
        QVERIFY(row >= 0); // still listed: rows do not jump while a person works
        const AnnotationItem& item = widget.model()->item(row);
        QVERIFY(!(AnnotationFlags(widget.model()->index(row, 0).data(AnnotationQueueModel::FlagsRole).toInt())
                  & AnnotationFlag::JudgeDisagrees));
        QCOMPARE(widget.model()->index(row, AnnotationQueueModel::LabelColumn).data().toString(),
                 item.grade > 0 ? QStringLiteral("Y") : QStringLiteral("N"));
    }
    // Backspace takes the tenth back, and Y gives it again.
    QSignalSpy removed(&widget, &AnnotationQueueWidget::labelRemoved);
    QTest::keyClick(widget.tableView(), Qt::Key_Backspace);
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 30000);
    QCOMPARE(widget.tableView()->currentIndex().row(), 9);
    QVERIFY(widget.model()->index(9, AnnotationQueueModel::LabelColumn).data().toString().isEmpty());
    QTest::keyClick(widget.tableView(), widget.model()->item(9).grade > 0 ? Qt::Key_Y : Qt::Key_N);
    QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 11, 30000);
    // The labels are dave's, stored as his judge's.
    {
        ProjectStore store(m_project.path);
        HumanJudgmentStore dave(store, QStringLiteral("dave"));
        for (int index : std::as_const(labelled)) {
            const AnnotationItem& item = widget.model()->queue().items[index];
            QCOMPARE(dave.current(item.queryId, item.documentId), std::optional<double>(item.grade > 0 ? 1.0 : 0.0));
            QVERIFY(!HumanJudgmentStore(store).current(item.queryId, item.documentId));
        }
    }
    // Ctrl+R re-refines the current row's query and shows what changed.
    widget.tableView()->selectRow(0);
    const qint64 queryId = widget.model()->item(0).queryId;
    QSignalSpy reRefined(&widget, &AnnotationQueueWidget::reRefined);
    QTest::keyClick(widget.tableView(), Qt::Key_R, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(reRefined.size(), 1, 30000);
    const auto change = reRefined.first().first().value<ReRefineChange>();
    QCOMPARE(change.queryId, queryId);
    QVERIFY(!change.labelled.isEmpty());
    QVERIFY2(widget.changeText().contains(ChartSupport::figure(change.apNew)), qPrintable(widget.changeText()));
    QVERIFY(widget.changeText().contains(QStringLiteral("compare:%1,%2").arg(m_project.noisyRun).arg(change.feedbackRunId)));
    {
        ProjectStore store(m_project.path);
        const qint64 dave = HumanJudgmentStore(store, QStringLiteral("dave")).judgeId();
        QCOMPARE(HumanFeedbackRun::find(store, m_project.noisyRun, dave), std::optional<qint64>(change.feedbackRunId));
        QCOMPARE(store.runs().find(change.feedbackRunId)->label.endsWith(QStringLiteral("(dave)")), true);
    }
    ViewFixture::saveScreenshot(widget, QStringLiteral("annotationqueue-rerefined"));
}

void TestAnnotationQueueWidget::twoAnnotatorsAndTheirKappa()
{
    // Two people label the same 20 documents; their confusion table by construction: both Y 7,
    // erin Y frank N 3, erin N frank Y 2, both N 8. p_o = 15/20; erin Y 10, frank Y 9:
    // p_e = (10·9 + 10·11)/400 = 200/400 = 0.5; κ = (0.75 − 0.5)/0.5 = 0.5.
    const QString erinKeys = QStringLiteral("YYYYYYYYYYNNNNNNNNNN");
    const QString frankKeys = QStringLiteral("YYYYYYYNNNYYNNNNNNNN");
    const double expectedKappa = 0.5;
    QList<int> items;
    for (const QString& person : {QStringLiteral("erin"), QStringLiteral("frank")}) {
        AnnotationQueueWidget widget;
        widget.resize(1280, 800);
        widget.show();
        open(widget, person);
        widget.setFilter(AnnotationQueueModel::Filter::All);
        QVERIFY(widget.model()->rowCount() >= 20);
        QSignalSpy stored(&widget, &AnnotationQueueWidget::labelStored);
        // The last 20 documents of the run (the other tests label early ones).
        const int first = widget.model()->rowCount() - 20;
        widget.tableView()->setFocus();
        widget.tableView()->selectRow(first);
        const QString& keys = person == u"erin" ? erinKeys : frankKeys;
        for (QChar key : keys)
            QTest::keyClick(widget.tableView(), key == u'Y' ? Qt::Key_Y : Qt::Key_N);
        QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 20, 30000);
        if (items.isEmpty()) {
            for (int row = first; row < first + 20; ++row)
                items.append(widget.model()->queueIndex(row));
        }
    }
    // A fresh view shows both, with the κ between them.
    AnnotationQueueWidget widget;
    widget.resize(1280, 800);
    widget.show();
    open(widget, QStringLiteral("erin"));
    const AnnotationQueue& queue = widget.model()->queue();
    qint64 erin = 0, frank = 0;
    for (const Annotator& annotator : queue.annotators) {
        if (annotator.name == u"erin")
            erin = annotator.judgeId;
        if (annotator.name == u"frank")
            frank = annotator.judgeId;
    }
    QVERIFY(erin && frank);
    for (int i = 0; i < 20; ++i) {
        const AnnotationItem& item = queue.items[items[i]];
        QCOMPARE(item.label(erin), std::optional<double>(erinKeys[i] == u'Y' ? 1.0 : 0.0));
        QCOMPARE(item.label(frank), std::optional<double>(frankKeys[i] == u'Y' ? 1.0 : 0.0));
        QCOMPARE(item.labels.size(), 2); // nobody else labelled these
    }
    const double kappa = widget.agreement().kappaBetween(AgreementRater::Kind::Person, erin, AgreementRater::Kind::Person, frank);
    QVERIFY2(std::abs(kappa - expectedKappa) < 1e-12, qPrintable(QString::number(kappa)));
    QVERIFY2(widget.agreementText().contains(QStringLiteral(">%1<").arg(ChartSupport::figure(expectedKappa))),
             qPrintable(widget.agreementText()));
    // Two people: Fleiss' κ is Scott's π on the same table: pooled Y share 19/40:
    // p_e = (19/40)² + (21/40)² = 802/1600; π = (0.75 − 802/1600)/(1 − 802/1600) = 398/798.
    QVERIFY(std::abs(widget.agreement().fleissKappa - 398.0 / 798.0) < 1e-12);
    QCOMPARE(widget.agreement().multiplyLabelled, 20);
    QVERIFY(widget.agreementText().contains(ChartSupport::figure(398.0 / 798.0)));
    ViewFixture::saveScreenshot(widget, QStringLiteral("annotationqueue-agreement"));
    widget.resize(1600, 1000);
    ViewFixture::saveScreenshot(widget, QStringLiteral("annotationqueue-agreement-1600"));

    // The adjudication lists the documents the two decided differently.
    QSignalSpy shown(&widget, &AnnotationQueueWidget::queueShown);
    widget.setAnnotator(HumanJudgmentStore::adjudicationIdentity());
    QVERIFY(shown.wait(30000));
    widget.setFilter(AnnotationQueueModel::Filter::PeopleDisagree);
    QCOMPARE(widget.model()->rowCount(), 5);
}

void TestAnnotationQueueWidget::blindModeHidesJudgeAndGold()
{
    AnnotationQueueWidget widget;
    widget.resize(1280, 800);
    widget.show();
    open(widget, QStringLiteral("gina"));
    widget.setBlind(true);
    QVERIFY(widget.tableView()->isColumnHidden(AnnotationQueueModel::JudgeColumn));
    QVERIFY(widget.tableView()->isColumnHidden(AnnotationQueueModel::GoldColumn));
    QVERIFY(widget.tableView()->isColumnHidden(AnnotationQueueModel::OthersColumn));
    QCOMPARE(widget.model()->index(0, AnnotationQueueModel::JudgeColumn).data().toString(), QStringLiteral("—"));
    QCOMPARE(widget.model()->index(0, AnnotationQueueModel::GoldColumn).data().toString(), QStringLiteral("—"));
    QVERIFY(widget.tableView()->isColumnHidden(AnnotationQueueModel::FlagsColumn));
    // The filters by disagreement are not offered; the queue lists what gina has not labelled.
    auto* filter = widget.findChild<QComboBox*>(QStringLiteral("annotationFilter"));
    QVERIFY(filter);
    QCOMPARE(widget.model()->filter(), AnnotationQueueModel::Filter::Unlabelled);
    QCOMPARE(AnnotationQueueModel::Filter(filter->currentData().toInt()), AnnotationQueueModel::Filter::Unlabelled);
    auto* choices = qobject_cast<QStandardItemModel*>(filter->model());
    QVERIFY(choices);
    for (int i = 0; i < filter->count(); ++i) {
        const auto offered = AnnotationQueueModel::Filter(filter->itemData(i).toInt());
        QCOMPARE(choices->item(i)->isEnabled(), !AnnotationQueueModel::revealsOthers(offered));
    }
    widget.setFilter(AnnotationQueueModel::Filter::JudgeDisagrees);
    QCOMPARE(widget.model()->filter(), AnnotationQueueModel::Filter::Unlabelled);
    // No colours, no agreement, no judge's answer in the details.
    for (int row = 0; row < widget.model()->rowCount(); ++row)
        QVERIFY(!widget.tableView()->model()->index(row, 0).data(Qt::BackgroundRole).isValid());
    QVERIFY(!widget.findChild<QLabel*>(QStringLiteral("annotationAgreement"))->isVisible());
    auto* details = widget.findChild<QTextBrowser*>(QStringLiteral("annotationDetails"));
    QVERIFY(!details->toPlainText().contains(QStringLiteral("Raw response")));
    QVERIFY(!details->toPlainText().contains(QStringLiteral("Why the judge")));
    // A re-refine says what moved, not the AP (it is measured against gold).
    QSignalSpy reRefined(&widget, &AnnotationQueueWidget::reRefined);
    widget.tableView()->setFocus();
    widget.tableView()->selectRow(0);
    QTest::keyClick(widget.tableView(), Qt::Key_Y);
    QTest::keyClick(widget.tableView(), Qt::Key_Up);
    QTest::keyClick(widget.tableView(), Qt::Key_R, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(reRefined.size(), 1, 30000);
    const auto change = reRefined.first().first().value<ReRefineChange>();
    QVERIFY2(widget.changeText().contains(QStringLiteral("AP hidden in blind mode")), qPrintable(widget.changeText()));
    QVERIFY2(!widget.changeText().contains(QStringLiteral("AP before")), qPrintable(widget.changeText()));
    ViewFixture::saveScreenshot(widget, QStringLiteral("annotationqueue-blind"));
    widget.setBlind(false);
    QVERIFY2(widget.changeText().contains(ChartSupport::figure(change.apNew)), qPrintable(widget.changeText()));
    QVERIFY(widget.findChild<QLabel*>(QStringLiteral("annotationAgreement"))->isVisible());
    for (int i = 0; i < filter->count(); ++i)
        QVERIFY(choices->item(i)->isEnabled());
    QVERIFY(!widget.tableView()->isColumnHidden(AnnotationQueueModel::JudgeColumn));
    QVERIFY(widget.model()->index(0, AnnotationQueueModel::JudgeColumn).data().toString() != QStringLiteral("—"));
}

void TestAnnotationQueueWidget::exportsTheAnnotatorsLabels()
{
    AnnotationQueueWidget widget;
    open(widget, QStringLiteral("hana"));
    QSignalSpy stored(&widget, &AnnotationQueueWidget::labelStored);
    widget.tableView()->setFocus();
    widget.tableView()->selectRow(0);
    QTest::keyClick(widget.tableView(), Qt::Key_Y);
    QTest::keyClick(widget.tableView(), Qt::Key_7);
    QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 2, 30000);
    QSignalSpy exported(&widget, &AnnotationQueueWidget::exported);
    const QString path = m_dir.filePath(QStringLiteral("hana.jsonl"));
    widget.exportJudgments(path);
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 30000);
    QCOMPARE(exported.first().at(1).toLongLong(), 2);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QList<double> scores;
    for (const QByteArray& line : lines) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        QCOMPARE(object.value(QStringLiteral("judge")).toString(), QStringLiteral("human:hana"));
        scores.append(object.value(QStringLiteral("score")).toDouble());
    }
    std::sort(scores.begin(), scores.end());
    QCOMPARE(scores, (QList<double>{7.0 / 9.0, 1.0}));
}

void TestAnnotationQueueWidget::whyAsksTheModelAndStoresTheReason()
{
    tare::test::OpenAiTestServer server;
    AnnotationQueueWidget widget;
    RemoteJudgeSettings connection;
    connection.endpoint = server.baseUrl() + QStringLiteral("/v1");
    connection.model = QStringLiteral("test-llm");
    connection.totalTimeoutMs = 10000;
    widget.setReasonConnection(connection);
    open(widget, QStringLiteral("ines"));
    widget.setFilter(AnnotationQueueModel::Filter::All);
    int row = 0;
    while (row < widget.model()->rowCount() && widget.model()->item(row).judgmentId == 0)
        ++row;
    QVERIFY(row < widget.model()->rowCount()); // the run's judge stored its judgments
    const qint64 judgmentId = widget.model()->item(row).judgmentId;
    widget.tableView()->setFocus();
    widget.tableView()->selectRow(row);
    QSignalSpy reasons(&widget, &AnnotationQueueWidget::reasonStored);
    QTest::keyClick(widget.tableView(), Qt::Key_W);
    QTRY_COMPARE_WITH_TIMEOUT(reasons.size(), 1, 30000);
    QCOMPARE(reasons.first().at(0).toLongLong(), judgmentId);
    const QString sentence = reasons.first().at(1).toString();
    ProjectStore store(m_project.path);
    const auto stored = store.judgments().reason(judgmentId);
    QVERIFY(stored);
    QCOMPARE(stored->text, sentence);
    QCOMPARE(sentence, tare::test::OpenAiTestServer::reason(stored->prompt)); // the first sentence only
    QCOMPARE(stored->model, QStringLiteral("test-llm"));
    QVERIFY(widget.findChild<QTextBrowser*>()->toPlainText().contains(sentence));
    // A refinement never reads it: the run's judgment itself is unchanged.
    QCOMPARE(store.judgments().latestForQuery(store.runs().find(m_project.noisyRun)->judgeId, widget.model()->item(row).queryId)
                 .value(widget.model()->item(row).documentId)
                 .id,
             judgmentId);
}

QTEST_MAIN(TestAnnotationQueueWidget)
#include "tst_annotationqueuewidget.moc"
