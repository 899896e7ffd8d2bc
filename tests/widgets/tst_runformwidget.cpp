// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/refine/refineparams.h"
#include "widgets/judgechooserwidget.h"
#include "widgets/runformwidget.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace tare;

namespace {

/// Two datasets: nuance with two spaces, teaching with one; a third without a space.
ProjectSummary summary()
{
    ProjectSummary s;
    s.datasets = {{1, QStringLiteral("nuance"), {}, PoolRule::Corpus, {}, TaskType::Search, DocumentJoin::TitleSpace, 100, 23},
                  {2, QStringLiteral("teaching"), {}, PoolRule::Corpus, {}, TaskType::Search, DocumentJoin::TitleSpace, 40, 4},
                  {3, QStringLiteral("empty"), {}, PoolRule::Corpus, {}, TaskType::Search, DocumentJoin::TitleSpace, 10, 2}};
    SpaceInfo lsa;
    lsa.id = 10;
    lsa.datasetId = 1;
    lsa.name = QStringLiteral("lsa");
    lsa.dim = 256;
    SpaceInfo remote = lsa;
    remote.id = 11;
    remote.name = QStringLiteral("e5");
    remote.dim = 1024;
    SpaceInfo teaching = lsa;
    teaching.id = 20;
    teaching.datasetId = 2;
    s.spaces = {remote, lsa, teaching};
    return s;
}

} // namespace

/// The form for the next run: the paper's defaults, every judge kind, the judged budget, and
/// which dataset and space it runs on.
class TestRunFormWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paperDefaults();
    void datasetsAndSpaces();
    void judgedBudgetAndEvaluation();
    void simulatedJudges();
    void httpJudgesNeedEndpointAndModel();
    void fillsFromARunsSettings();
};

void TestRunFormWidget::paperDefaults()
{
    RunFormWidget form;
    const RunSettings settings = form.runSettings();
    QCOMPARE(settings.judgeSpec, QStringLiteral("gold"));
    QCOMPARE(settings.refiner, QStringLiteral("kl-adam"));
    QCOMPARE(settings.refine, RefineParams{});
    QCOMPARE(settings.evalEvery, 0);
    QCOMPARE(settings.datasetId, 0); // no project
    QCOMPARE(form.runAction()->shortcut(), QKeySequence(Qt::Key_F5));
    QVERIFY(!form.runAction()->isEnabled());
    QVERIFY(form.targetText().contains(QStringLiteral("No embedding space")));
    // ReFIT starts from its own learning rate; Rocchio takes no steps.
    form.refinerBox()->setCurrentIndex(form.refinerBox()->findData(QStringLiteral("refit")));
    QCOMPARE(form.runSettings().refine.lr, RefineParams::refitDefaults().lr);
    QVERIFY(form.runSettings().refine.refit);
    form.refinerBox()->setCurrentIndex(form.refinerBox()->findData(QStringLiteral("rocchio")));
    QVERIFY(!form.stepsBox()->isEnabled());
    QVERIFY(!form.lrBox()->isEnabled());
}

void TestRunFormWidget::datasetsAndSpaces()
{
    RunFormWidget form;
    QSignalSpy requested(&form, &RunFormWidget::runRequested);
    form.setProject(summary(), 10);
    QCOMPARE(form.datasetBox()->count(), 2); // the dataset without a space cannot run
    RunSettings settings = form.runSettings();
    QCOMPARE(settings.datasetId, 1);
    QCOMPARE(settings.spaceId, 10);
    QCOMPARE(form.spaceBox()->count(), 2);
    QVERIFY(form.targetText().contains(QStringLiteral("nuance")));
    QVERIFY(form.runAction()->isEnabled());
    form.runAction()->trigger();
    QCOMPARE(requested.size(), 1);
    // Another dataset: its spaces only (lsa preferred).
    form.datasetBox()->setCurrentIndex(1);
    settings = form.runSettings();
    QCOMPARE(settings.datasetId, 2);
    QCOMPARE(settings.spaceId, 20);
    QCOMPARE(form.spaceBox()->count(), 1);
    // While a run goes, the next one waits.
    form.setRunning(true);
    QVERIFY(!form.runAction()->isEnabled());
    form.runAction()->trigger();
    QCOMPARE(requested.size(), 1);
    form.setRunning(false);
    QVERIFY(form.runAction()->isEnabled());
    // A new summary keeps the choice.
    form.setProject(summary());
    QCOMPARE(form.runSettings().spaceId, 20);
}

void TestRunFormWidget::judgedBudgetAndEvaluation()
{
    RunFormWidget form;
    form.setProject(summary(), 10);
    form.stepsBox()->setValue(50);
    form.lrBox()->setValue(0.001);
    form.totalBox()->setValue(30);
    form.fromTopBox()->setValue(10);
    form.seedBox()->setValue(7);
    form.evalEveryBox()->setValue(5);
    form.nameEdit()->setText(QStringLiteral("  wider budget "));
    const RunSettings settings = form.runSettings();
    QCOMPARE(settings.refine.steps, 50);
    QCOMPARE(settings.refine.lr, 0.001);
    QCOMPARE(settings.refine.total, 30);
    QCOMPARE(settings.refine.fromTop, 10);
    QCOMPARE(settings.refine.seed, 7);
    QCOMPARE(settings.evalEvery, 5);
    QCOMPARE(settings.label, QStringLiteral("wider budget"));
    // The top part never exceeds the judged documents.
    form.totalBox()->setValue(8);
    QCOMPARE(form.fromTopBox()->maximum(), 8);
    QCOMPARE(form.runSettings().refine.fromTop, 8);
}

void TestRunFormWidget::simulatedJudges()
{
    RunFormWidget form;
    JudgeChooserWidget* judge = form.judgeChooser();
    QVERIFY(!judge->noiseBox()->isVisibleTo(&form)); // gold has no noise
    QVERIFY(judge->setSpec(QStringLiteral("simulated:flip=0.3")));
    QVERIFY(judge->noiseBox()->isVisibleTo(&form));
    QCOMPARE(judge->noiseBox()->value(), 0.3);
    QCOMPARE(form.runSettings().judgeSpec, QStringLiteral("simulated:flip=0.3"));
    judge->seedBox()->setValue(5);
    QCOMPARE(form.runSettings().judgeSpec, QStringLiteral("simulated:flip=0.3,seed=5"));
    QVERIFY(judge->setSpec(QStringLiteral("simulated:sigma=0.25,seed=9")));
    QCOMPARE(form.runSettings().judgeSpec, QStringLiteral("simulated:sigma=0.25,seed=9"));
    QVERIFY(form.runSettings().judgeEndpoint.isEmpty());
    // Choosing the kind in the box starts from its default level.
    judge->kindBox()->setCurrentIndex(judge->kindBox()->findData(QStringLiteral("simulated:flip")));
    QCOMPARE(form.runSettings().judgeSpec, QStringLiteral("simulated:flip=0.2,seed=9"));
    QVERIFY(!judge->setSpec(QStringLiteral("simulated:flip=abc")));
    QVERIFY(!judge->setSpec(QStringLiteral("oracle")));
}

void TestRunFormWidget::httpJudgesNeedEndpointAndModel()
{
    RunFormWidget form;
    JudgeChooserWidget* judge = form.judgeChooser();
    const QStringList remote{QStringLiteral("llm-yesno"), QStringLiteral("llm-rating"), QStringLiteral("rerank"), QStringLiteral("rerank-cohere")};
    const auto tooltip = [&](const QString& spec) {
        return judge->kindBox()->itemData(judge->kindBox()->findData(spec), Qt::ToolTipRole).toString();
    };
    // Listed, but disabled without settings, each saying what is missing.
    for (const QString& spec : remote) {
        QVERIFY2(judge->kindBox()->findData(spec) >= 0, qPrintable(spec));
        QVERIFY2(!judge->isAvailable(spec), qPrintable(spec));
        QVERIFY2(tooltip(spec).contains(QStringLiteral("endpoint")), qPrintable(tooltip(spec)));
        QVERIFY(!judge->setSpec(spec));
    }
    QVERIFY(judge->isAvailable(QStringLiteral("gold")));
    QCOMPARE(form.runSettings().judgeSpec, QStringLiteral("gold"));

    // An endpoint alone: TEI's reranker (no model) is offered, the others still need a model.
    form.setJudgeEndpoint(QStringLiteral("http://127.0.0.1:8080"), QString());
    QVERIFY(judge->isAvailable(QStringLiteral("rerank")));
    QVERIFY(!judge->isAvailable(QStringLiteral("llm-yesno")));
    QVERIFY(tooltip(QStringLiteral("llm-yesno")).contains(QStringLiteral("judge model")));
    QVERIFY(!tooltip(QStringLiteral("llm-yesno")).contains(QStringLiteral("endpoint")));

    // Endpoint and model: every HTTP judge, and the run settings carry both.
    form.setJudgeEndpoint(QStringLiteral("http://127.0.0.1:8000/v1"), QStringLiteral("judge-m"));
    for (const QString& spec : remote)
        QVERIFY2(judge->isAvailable(spec), qPrintable(spec));
    QVERIFY(tooltip(QStringLiteral("llm-yesno")).contains(QStringLiteral("judge-m")));
    QVERIFY(judge->setSpec(QStringLiteral("llm-yesno")));
    RunSettings settings = form.runSettings();
    QCOMPARE(settings.judgeSpec, QStringLiteral("llm-yesno"));
    QCOMPARE(settings.judgeEndpoint, QStringLiteral("http://127.0.0.1:8000/v1"));
    QCOMPARE(settings.judgeModel, QStringLiteral("judge-m"));
    QVERIFY(judge->setSpec(QStringLiteral("rerank-cohere")));
    QCOMPARE(form.runSettings().judgeSpec, QStringLiteral("rerank-cohere"));

    // Offline judges carry no endpoint (it would change their run's definition).
    QVERIFY(judge->setSpec(QStringLiteral("gold")));
    QVERIFY(form.runSettings().judgeEndpoint.isEmpty());

    // Settings cleared while an HTTP judge is chosen: back to gold labels.
    QVERIFY(judge->setSpec(QStringLiteral("llm-rating")));
    form.setJudgeEndpoint(QString(), QString());
    QCOMPARE(form.runSettings().judgeSpec, QStringLiteral("gold"));
    QVERIFY(!judge->isAvailable(QStringLiteral("llm-rating")));
}

void TestRunFormWidget::fillsFromARunsSettings()
{
    RunFormWidget form;
    form.setProject(summary(), 10);
    RunSettings settings;
    settings.datasetId = 1;
    settings.spaceId = 11;
    settings.judgeSpec = QStringLiteral("simulated:sigma=0.2");
    settings.refiner = QStringLiteral("refit");
    settings.refine = RefineParams::refitDefaults();
    settings.refine.steps = 30;
    settings.refine.total = 12;
    settings.refine.fromTop = 6;
    settings.refine.seed = 3;
    settings.evalEvery = 2;
    form.setSettings(settings);
    const RunSettings back = form.runSettings();
    QCOMPARE(back.spaceId, 11);
    QCOMPARE(back.judgeSpec, settings.judgeSpec);
    QCOMPARE(back.refiner, settings.refiner);
    QCOMPARE(back.refine, settings.refine);
    QCOMPARE(back.evalEvery, 2);
}

QTEST_MAIN(TestRunFormWidget)
#include "tst_runformwidget.moc"
