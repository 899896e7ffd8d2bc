// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "app/appjourney.h"
#include "app/appsettings.h"
#include "app/mainwindow.h"
#include "core/db/humanjudgmentstore.h"
#include "core/db/projectstore.h"
#include "core/feedback/humanfeedbackrun.h"
#include "widgets/annotationqueuewidget.h"
#include "widgets/chartsupport.h"
#include "widgets/journey.h"
#include "widgets/tsvtableview.h"
#include "widgets/viewfixture.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>

using namespace tare;

/// The annotator's journeys through the real window, keyboard only once the project is open:
/// Annotate ▸ Annotation Queue, a named annotator typed in, the judge's disagreements labelled
/// with Y/N and re-refined with Ctrl+R; and two annotators labelling the same 20 documents, the
/// κ the window shows equal to the one computed here by hand.
class TestAnnotatorJourney : public AppJourney::Test
{
    Q_OBJECT

public:
    using Test::Test;

private Q_SLOTS:
    void initTestCase();
    void labelsTenDisagreementsAndReRefines();
    void twoAnnotatorsAndTheKappaShown();

private:
    /// Opens the project, shows the noisy run on the dashboard and the queue through the menu.
    AnnotationQueueWidget* openQueue(MainWindow& window);
    /// Types a name into the annotator choice (Alt+N) and presses Enter; waits for the queue.
    void chooseAnnotator(AnnotationQueueWidget* queue, const QString& name);
    /// Chooses what the queue shows: Alt+S, then `key` in the "Show:" list, which must select
    /// `filter`; Tab Tab back to the table.
    void chooseFilter(AnnotationQueueWidget* queue, Qt::Key key, AnnotationQueueModel::Filter filter);
    /// Presses a key where the focus is, as a person does.
    static void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

    ViewFixture::SampleProjectRuns m_project;
};

void TestAnnotatorJourney::initTestCase()
{
    QVERIFY(setUpApplication());
    m_project = ViewFixture::build(m_dir.filePath(QStringLiteral("sample.tare")));
}

void TestAnnotatorJourney::press(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget* focus = QApplication::focusWidget();
    QVERIFY(focus);
    QTest::keyClick(focus, Qt::Key(key), modifiers);
}

AnnotationQueueWidget* TestAnnotatorJourney::openQueue(MainWindow& window)
{
    [&] { QVERIFY(AppJourney::openProject(window, m_project.path, 30000)); }();
    Journey::activate(&window);
    auto* queue = window.findChild<AnnotationQueueWidget*>();
    [&] { QVERIFY(queue); }();
    QSignalSpy shown(queue, &AnnotationQueueWidget::queueShown);
    [&] { QVERIFY(Journey::triggerMenuPath(&window, {QStringLiteral("Annotate"), QStringLiteral("Annotation Queue")})); }();
    [&] { QCOMPARE(window.pages()->currentWidget(), queue); }();
    [&] { QVERIFY(shown.wait(30000)); }();
    return queue;
}

void TestAnnotatorJourney::chooseAnnotator(AnnotationQueueWidget* queue, const QString& name)
{
    QSignalSpy shown(queue, &AnnotationQueueWidget::queueShown);
    press(Qt::Key_N, Qt::AltModifier); // the "Annotator:" label's mnemonic
    auto* choice = queue->findChild<QComboBox*>();
    QTRY_VERIFY(choice->hasFocus() || choice->lineEdit()->hasFocus());
    choice->lineEdit()->selectAll();
    QTest::keyClicks(QApplication::focusWidget(), name);
    press(Qt::Key_Return);
    QVERIFY(shown.wait(30000));
    QCOMPARE(queue->annotatorName(), name);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(queue->tableView()));
}

void TestAnnotatorJourney::chooseFilter(AnnotationQueueWidget* queue, Qt::Key key, AnnotationQueueModel::Filter filter)
{
    press(Qt::Key_S, Qt::AltModifier);
    press(key);
    QCOMPARE(queue->model()->filter(), filter);
    press(Qt::Key_Tab);
    press(Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(queue->tableView()));
}

void TestAnnotatorJourney::labelsTenDisagreementsAndReRefines()
{
    MainWindow window(QStringLiteral(TARE_SAMPLE_DATA_DIR));
    window.resize(1280, 800);
    window.show();
    AnnotationQueueWidget* queue = openQueue(window);
    QVERIFY(queue);
    QCOMPARE(window.pages()->tabText(window.pages()->currentIndex()), QStringLiteral("Annotate"));
    chooseAnnotator(queue, QStringLiteral("ada"));
    // Show: Judge disagrees with gold — ↓ from "Needs attention".
    chooseFilter(queue, Qt::Key_Down, AnnotationQueueModel::Filter::JudgeDisagrees);
    QVERIFY(queue->model()->rowCount() >= 10);
    QCOMPARE(queue->tableView()->currentIndex().row(), 0);

    // Ten disagreements, each labelled as gold has it: the queue moves on by itself.
    QSignalSpy stored(queue, &AnnotationQueueWidget::labelStored);
    QList<int> labelled;
    for (int i = 0; i < 10; ++i) {
        const int row = queue->tableView()->currentIndex().row();
        QCOMPARE(row, i);
        labelled.append(queue->model()->queueIndex(row));
        press(queue->model()->item(row).grade > 0 ? Qt::Key_Y : Qt::Key_N);
    }
    QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 10, 30000);
    for (int index : std::as_const(labelled)) {
        const int row = queue->model()->rowOf(index);
        QVERIFY(!(AnnotationFlags(queue->model()->index(row, 0).data(AnnotationQueueModel::FlagsRole).toInt())
                  & AnnotationFlag::JudgeDisagrees));
        QVERIFY(!queue->model()->index(row, AnnotationQueueModel::FlagsColumn).data().toString().contains(QStringLiteral("judge ≠ gold")));
    }

    // Back to the first row (Ctrl+Home); Ctrl+R re-refines its query.
    QSignalSpy reRefined(queue, &AnnotationQueueWidget::reRefined);
    press(Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(queue->tableView()->currentIndex().row(), 0);
    const qint64 queryId = queue->model()->item(0).queryId;
    press(Qt::Key_R, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(reRefined.size(), 1, 30000);
    const auto change = reRefined.first().first().value<ReRefineChange>();
    QCOMPARE(change.queryId, queryId);
    // What the window shows is what the project holds: the derived run's AP for this query.
    double storedAp = -1.0;
    {
        ProjectStore store(m_project.path);
        const qint64 ada = HumanJudgmentStore(store, QStringLiteral("ada")).judgeId();
        QCOMPARE(HumanFeedbackRun::find(store, m_project.noisyRun, ada), std::optional<qint64>(change.feedbackRunId));
        for (const RunQueryRecord& record : store.runs().queries(change.feedbackRunId, false)) {
            if (record.queryId == queryId)
                storedAp = record.apAfter;
        }
    }
    QVERIFY2(queue->changeText().contains(QStringLiteral("<b>%1</b>").arg(ChartSupport::figure(storedAp))), qPrintable(queue->changeText()));
    // Ctrl+→ goes on to the next query's first listed document.
    press(Qt::Key_Right, Qt::ControlModifier);
    QVERIFY(queue->model()->item(queue->tableView()->currentIndex().row()).queryId != queryId);
    // The name is remembered for the next start.
    QCOMPARE(QSettings().value(QStringLiteral("annotation/annotator")).toString(), QStringLiteral("ada"));
}

void TestAnnotatorJourney::twoAnnotatorsAndTheKappaShown()
{
    // The same 20 documents (the last 20 of the run), by two people. The confusion table of
    // their keys, counted here: both Y 6, bo Y cy N 4, bo N cy Y 1, both N 9.
    const QString boKeys = QStringLiteral("YYYYYYYYYYNNNNNNNNNN");
    const QString cyKeys = QStringLiteral("YYYYYYNNNNYNNNNNNNNN");
    int yy = 0, yn = 0, ny = 0, nn = 0;
    for (int i = 0; i < 20; ++i) {
        const bool b = boKeys[i] == u'Y', c = cyKeys[i] == u'Y';
        yy += b && c;
        yn += b && !c;
        ny += !b && c;
        nn += !b && !c;
    }
    QCOMPARE(yy, 6);
    QCOMPARE(yn, 4);
    QCOMPARE(ny, 1);
    QCOMPARE(nn, 9);
    // κ = (p_o − p_e)/(1 − p_e) with p_o = 15/20, p_e = (10/20)(7/20) + (10/20)(13/20) = 0.5.
    const double po = 15.0 / 20.0, pe = 0.5 * 0.35 + 0.5 * 0.65;
    const double kappa = (po - pe) / (1.0 - pe);
    QCOMPARE(kappa, 0.5);

    MainWindow window(QStringLiteral(TARE_SAMPLE_DATA_DIR));
    window.resize(1280, 800);
    window.show();
    AnnotationQueueWidget* queue = openQueue(window);
    QVERIFY(queue);
    for (const QString& person : {QStringLiteral("bo"), QStringLiteral("cy")}) {
        chooseAnnotator(queue, person);
        // Show: All judged documents — End, the list's last; then Ctrl+End, and up 19 rows.
        chooseFilter(queue, Qt::Key_End, AnnotationQueueModel::Filter::All);
        press(Qt::Key_End, Qt::ControlModifier);
        for (int i = 0; i < 19; ++i)
            press(Qt::Key_Up);
        QCOMPARE(queue->tableView()->currentIndex().row(), queue->model()->rowCount() - 20);
        QSignalSpy stored(queue, &AnnotationQueueWidget::labelStored);
        const QString& keys = person == u"bo" ? boKeys : cyKeys;
        for (QChar key : keys)
            press(key == u'Y' ? Qt::Key_Y : Qt::Key_N);
        QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 20, 30000);
    }
    // The agreement the window shows, after cy's labels: κ between bo and cy.
    QVERIFY2(queue->agreementText().contains(QStringLiteral(">%1<").arg(ChartSupport::figure(kappa))), qPrintable(queue->agreementText()));
    qint64 bo = 0, cy = 0;
    for (const Annotator& annotator : queue->model()->queue().annotators) {
        if (annotator.name == u"bo")
            bo = annotator.judgeId;
        if (annotator.name == u"cy")
            cy = annotator.judgeId;
    }
    QCOMPARE(queue->agreement().kappaBetween(AgreementRater::Kind::Person, bo, AgreementRater::Kind::Person, cy), kappa);
    ViewFixture::saveScreenshot(window, QStringLiteral("journey-annotator-agreement"));
}

JOURNEY_MAIN(TestAnnotatorJourney)
#include "tst_annotatorjourney.moc"
